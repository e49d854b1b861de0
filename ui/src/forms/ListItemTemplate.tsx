// One item of a list in a form. Items that are groups of fields (a text per language: locale
// and translation) sit in a frame of their own, so it is clear which fields belong together and
// which item the move and remove buttons act on. Plain items keep the theme's compact row.
import { Box, Flex, Group } from "@mantine/core";
import { getUiOptions, type ArrayFieldItemTemplateProps } from "@rjsf/utils";

/** The ui option `buildUiSchema` sets on the items of a list of objects. */
export const LIST_GROUP_OPTION = "listGroup";

export function ListItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { buttonsProps, className, hasToolbar, uiSchema, registry, children } = props;
  const uiOptions = getUiOptions(uiSchema);
  // The theme's buttons, as registered: no per-field override is used in Plugdesk's forms.
  const Buttons = registry.templates.ArrayFieldItemButtonsTemplate;
  const group = uiOptions[LIST_GROUP_OPTION] === true;
  return (
    <Box className={className || "rjsf-array-item"} mb="xs" data-testid="form-list-item">
      <Flex gap="xs" align={group ? "flex-start" : "end"} justify="center">
        <Box
          w="100%"
          p={group ? "xs" : undefined}
          style={
            group
              ? { border: "1px solid var(--mantine-color-default-border)", borderRadius: 4 }
              : undefined
          }
        >
          {children}
        </Box>
        {hasToolbar && (
          <Group wrap="nowrap" gap={2} mb={group ? 0 : 7} mt={group ? 6 : 0}>
            <Buttons {...buttonsProps} />
          </Group>
        )}
      </Flex>
    </Box>
  );
}
