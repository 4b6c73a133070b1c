export {
  asksForHelp,
  helpText,
  parseCommandLine,
  usageLine,
  wholeNumber,
  wholeNumbers,
  type CommandLine,
  type CommandSpec,
  type OptionSpec,
  type OptionValues,
} from './commandLine';
export { reportFailure } from './failure';
export { fromWhereTyped, main } from './main';
