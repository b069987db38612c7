export { SETTING_DEFINITIONS, type SettingKey, type Settings } from './definitions';
export type { ManifestType, SettingDefinition, SettingGroup, SettingText } from './kinds';
export { DEFAULT_SETTINGS, parseSettings, settingsSchema, type SettingProblem } from './parse';
export { manifestParameters, settingsMarkdown, translationParameters, type ManifestParameter } from './publish';
