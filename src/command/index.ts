export {
  asksForHelp,
  helpText,
  parseCommandLine,
  usageLine,
  wholeNumber,
  wholeNumbers,
  type CommandSpec,
  type OptionValues,
} from './commandLine';
export { reportFailure } from './failure';
export { fromWhereTyped, main } from './main';
