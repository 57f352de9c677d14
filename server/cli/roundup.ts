import { InvalidArgumentError, type Command } from 'commander';
import type { Deps } from '../deps';
import { systemContext } from '../http/context';
import { approveRoundup, draftRoundup, getRoundup, sendRoundup } from '../modules/partnership/roundup.service';
import { weekStartOf } from '../modules/partnership/roundup.rules';

/** `useit roundup draft|send`: the weekly round-up from the command line, run as the system. */
type WithDeps = <T>(fn: (deps: Deps) => Promise<T>) => Promise<T>;
const out = (line: string) => process.stdout.write(`${line}\n`);

function day(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  return value;
}
const atNoon = (d: string | undefined) => (d ? new Date(`${d}T12:00:00Z`) : new Date());

export function addRoundupCommands(program: Command, withDeps: WithDeps): void {
  const roundup = program.command('roundup').description('draft or send the weekly round-up');
  roundup
    .command('draft')
    .description("draft the week's round-up from the activity (or show the week's existing one)")
    .option('--week <day>', 'any day of the week (default: today)', day)
    .action(async (o: { week?: string }) => {
      const { created, roundup: r } = await withDeps((deps) => draftRoundup(deps, systemContext, atNoon(o.week)));
      out(`${created ? 'Drafted' : 'Already exists'}: round-up for the week of ${r.weekStart} (${r.status})`);
      for (const h of r.highlights) out(`  - ${h}`);
    });
  roundup
    .command('send')
    .description("send the week's approved round-up to every partner contact (once)")
    .option('--week <day>', 'any day of the week (default: today)', day)
    .option('--approve', 'approve the draft first')
    .action(async (o: { week?: string; approve?: boolean }) => {
      const sent = await withDeps(async (deps) => {
        let r = await getRoundup(deps, weekStartOf(atNoon(o.week)));
        if (o.approve && r.status === 'draft') r = await approveRoundup(deps, systemContext, r.id, r.version);
        return sendRoundup(deps, systemContext, r.id, r.version);
      });
      out(`Sent: round-up for the week of ${sent.weekStart} queued to ${sent.deliveries.length} contacts`);
      out('Run `useit jobs` (or the server) to deliver the mail');
    });
}
