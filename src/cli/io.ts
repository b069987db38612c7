import type { ModelLoad } from './model';
/** What a command needs from the process, passed in so commands can be tested without one. */
export interface CliIo {
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  /** Loads the learned detectors (the package's weights file when not given). */
  loadModel?: () => Promise<ModelLoad>;
}

/** A subcommand: takes its own arguments, returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;
