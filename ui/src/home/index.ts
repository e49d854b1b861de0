// What other screens use from Home: the dashboard for a connected tenant, and its setting.
export { HomeDashboard } from "./HomeDashboard";
export { HomeRefreshSetting } from "./HomeRefreshSetting";
