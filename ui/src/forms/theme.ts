// The form theme: @rjsf/mantine's templates and its select, text-area and checkbox widgets,
// with Plugdesk's own widgets for booleans, dates, times and references. The package's widget
// index is not imported: it loads dayjs plugins by a path Node's ESM loader cannot resolve,
// and its date widgets format values differently from what the API takes.
import type { ThemeProps } from "@rjsf/core";
import Templates from "@rjsf/mantine/lib/templates/index.js";
import CheckboxesWidget from "@rjsf/mantine/lib/widgets/CheckboxesWidget.js";
import CheckboxWidget from "@rjsf/mantine/lib/widgets/CheckboxWidget.js";
import PasswordWidget from "@rjsf/mantine/lib/widgets/PasswordWidget.js";
import RadioWidget from "@rjsf/mantine/lib/widgets/RadioWidget.js";
import TextareaWidget from "@rjsf/mantine/lib/widgets/TextareaWidget.js";
import { FieldTemplate } from "./FieldTemplate";
import { NumberAwareInputTemplate } from "./NumberAwareInputTemplate";
import { ListItemTemplate } from "./ListItemTemplate";
import { ListTitle, SectionTitle } from "./SectionTitle";
import { SectionedObjectTemplate } from "./SectionedObjectTemplate";
import { VariantAwareSelectWidget } from "./VariantSelectWidget";
import {
  DateTimeWidget,
  DateWidget,
  ReferenceWidget,
  SecretWidget,
  SwitchWidget,
  TimeWidget,
} from "./widgets";

export const formTheme: ThemeProps = {
  templates: {
    ...Templates,
    FieldTemplate,
    BaseInputTemplate: NumberAwareInputTemplate,
    TitleFieldTemplate: SectionTitle,
    ArrayFieldTitleTemplate: ListTitle,
    ArrayFieldItemTemplate: ListItemTemplate,
    ObjectFieldTemplate: SectionedObjectTemplate,
  },
  widgets: {
    CheckboxesWidget,
    CheckboxWidget,
    PasswordWidget,
    RadioWidget,
    SelectWidget: VariantAwareSelectWidget,
    TextareaWidget,
    SwitchWidget,
    DateTimeWidget,
    DateWidget,
    TimeWidget,
    ReferenceWidget,
    SecretWidget,
  },
};
