export { ADVANCED_SETTING, INSTALL_FORM, SETTING_DEFINITIONS, type AdvancedSettingKey, type FormSettingKey, type SettingKey, type Settings } from './definitions';
export type { ManifestType, SettingDefinition, SettingGroup, SettingText } from './kinds';
export { DEFAULT_SETTINGS, parseSettings, readAdvanced, settingsSchema, type SettingProblem } from './parse';
export { manifestParameters, settingsMarkdown, translationParameters, type ManifestParameter } from './publish';
