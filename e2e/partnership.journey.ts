import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Journey, JourneyContext } from './lib/journey';
import { documentDirection, expectNoAxeViolations, settle, switchLanguage, waitForHeading } from './lib/ui';

const lead = 'lead@demo.useit.example';
const title = 'Hospital Group: January review (e2e)';
const owners = [
  { name: 'Samir Placeholder (demo)', partner: 'Sandwell and West Birmingham Hospitals NHS Trust' },
  { name: 'Daniel Example (demo)', partner: 'Canal & River Trust' },
];
const actions = ['Share hospital vacancies with the job club (e2e)', 'Book the canal-side venue (e2e)'];

async function recordAction(page: Page, action: string, owner: (typeof owners)[number], due: string) {
  const form = page.getByRole('form', { name: 'New action' });
  await form.getByRole('textbox', { name: 'Title' }).fill(action);
  await form.getByRole('combobox', { name: 'Owner' }).selectOption({ label: `${owner.name} — ${owner.partner}` });
  await form.getByLabel('Due').fill(due);
  await form.getByRole('button', { name: 'Record action' }).click();
  const table = page.getByRole('table', { name: 'Actions agreed at this meeting; each one is a task' });
  await table.getByRole('link', { name: action }).waitFor();
}

/** axe on each partnership page, in the current language; violations are collected, not thrown. */
async function checkPages(j: JourneyContext, page: Page, meetingPath: string, taskPath: string, tag: string) {
  const failures: string[] = [];
  const heading = (en: string, ar: string) => (tag === 'en' ? en : ar);
  const pages = [
    { path: '/partnership', name: 'tasks', h1: heading('Tasks', 'المهام') },
    { path: '/partnership/board', name: 'board', h1: heading('Task board', 'لوحة المهام') },
    { path: '/partnership/my-tasks', name: 'my-tasks', h1: heading('My tasks', 'مهامي') },
    { path: '/partnership/meetings', name: 'meetings', h1: heading('Meetings', 'الاجتماعات') },
    { path: '/partnership/meetings/new', name: 'new-meeting', h1: heading('New meeting', 'اجتماع جديد') },
    { path: '/partnership/tasks/new', name: 'new-task', h1: heading('New task', 'مهمة جديدة') },
    { path: meetingPath, name: 'meeting', h1: title },
    { path: taskPath, name: 'task', h1: actions[0]! },
  ];
  for (const target of pages) {
    await page.goto(target.path);
    await waitForHeading(page, target.h1);
    await settle(page);
    await j.shot(page, `${target.name}-${tag}`);
    try {
      await expectNoAxeViolations(page, `${target.path} (${tag})`);
    } catch (err) {
      failures.push((err as Error).message);
    }
  }
  return failures;
}

/**
 * The project manager holds a Hospital Group meeting: the form refuses an end before the start on the right
 * field, invites two people, records attendance, a decision and two actions for two partners; the actions are
 * tasks on the task list and the board, where a status changes from the keyboard. axe in English and Arabic.
 */
export default {
  name: 'partnership: a Hospital Group meeting, two actions become tasks for two partners; axe in English and Arabic',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, lead);
    await page.goto('/partnership/meetings');
    await waitForHeading(page, 'Meetings');
    await page.getByRole('link', { name: 'New meeting' }).click();
    await waitForHeading(page, 'New meeting');
    const group = page.getByRole('combobox', { name: 'Group' });
    await group.locator('option', { hasText: 'Hospital Group' }).waitFor({ state: 'attached' });
    await group.selectOption({ label: 'Hospital Group' });
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    await page.getByLabel('Starts').fill('2027-01-12T10:00');
    await page.getByLabel('Ends').fill('2027-01-12T09:00');
    await page.getByRole('textbox', { name: 'Location' }).fill('Ladywood Community Centre, room 2');
    await page.getByRole('textbox', { name: 'Agenda' }).fill('Recruitment update\nJob club\nAny other business');
    await page.getByRole('textbox', { name: 'Papers' }).fill('Recruitment report https://example.org/report.pdf');
    for (const owner of owners)
      await page.getByRole('checkbox', { name: new RegExp(`^${owner.name.replace(/[()]/g, '\\$&')}`) }).check();
    await page.getByRole('button', { name: 'Create meeting and send invitations' }).click();
    const ends = page.getByLabel('Ends');
    await page.getByText('The meeting must end after it starts.').waitFor();
    assert.equal(await ends.getAttribute('aria-invalid'), 'true', 'the error is on the end time');
    await j.shot(page, 'validation');
    await ends.fill('2027-01-12T11:30');
    await page.getByRole('button', { name: 'Create meeting and send invitations' }).click();
    await waitForHeading(page, title);
    const meetingPath = new URL(page.url()).pathname;

    await page.getByRole('combobox', { name: `Attendance of ${owners[0]!.name}` }).selectOption('attended');
    await page.getByRole('combobox', { name: `Attendance of ${owners[1]!.name}` }).selectOption('apologies');
    await page.getByRole('textbox', { name: 'Minutes of the meeting' }).fill('Recruitment is ahead of plan.');
    await page.getByRole('button', { name: 'Save minutes' }).click();
    await page.getByRole('status').getByText('Saved').waitFor();
    await page.getByRole('textbox', { name: 'New decision' }).fill('Run a jobs fair at the hospital in March');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Run a jobs fair at the hospital in March').waitFor();
    await recordAction(page, actions[0]!, owners[0]!, '2027-01-31');
    await recordAction(page, actions[1]!, owners[1]!, '2027-02-14');
    await settle(page);
    await j.shot(page, 'meeting');

    // The actions are tasks, for two partners.
    await page.getByRole('link', { name: 'Tasks', exact: true }).click();
    await waitForHeading(page, 'Tasks');
    const tasks = page.getByRole('table', { name: 'Tasks' });
    for (const [i, action] of actions.entries()) {
      const row = tasks.getByRole('row').filter({ hasText: action });
      await row.waitFor();
      assert.ok((await row.innerText()).includes(owners[i]!.partner), `${action} is for ${owners[i]!.partner}`);
    }
    await tasks.getByRole('link', { name: actions[0] }).click();
    await waitForHeading(page, actions[0]!);
    const taskPath = new URL(page.url()).pathname;

    // On the board, a task moves column from the keyboard: focus its status and choose another.
    await page.goto('/partnership/board');
    await waitForHeading(page, 'Task board');
    const status = page.getByRole('combobox', { name: `Status of ${actions[1]}` });
    await status.focus();
    await status.selectOption('doing');
    await page
      .getByRole('region', { name: /^Doing/ })
      .getByRole('link', { name: actions[1] })
      .waitFor();
    await j.shot(page, 'board');

    // A task outside a meeting, from the task list.
    await page.goto('/partnership');
    await page.getByRole('link', { name: 'New task' }).click();
    await waitForHeading(page, 'New task');
    const taskForm = page.getByRole('form', { name: 'The task' });
    await taskForm.getByRole('textbox', { name: 'Title' }).fill('Draft the steering group report (e2e)');
    await taskForm
      .getByRole('combobox', { name: 'Owner' })
      .selectOption({ label: `${owners[1]!.name} — ${owners[1]!.partner}` });
    await taskForm.getByRole('button', { name: 'Create task' }).click();
    await waitForHeading(page, 'Draft the steering group report (e2e)');

    // The owner finds the action in their tasks, comments, and marks it done.
    const owner = await j.newPage();
    await j.signIn(owner, 'caseworker@demo.useit.example');
    await owner.goto('/partnership/my-tasks');
    await waitForHeading(owner, 'My tasks');
    await owner.getByRole('table', { name: 'My tasks' }).getByRole('link', { name: actions[0] }).click();
    await waitForHeading(owner, actions[0]!);
    await owner.getByRole('textbox', { name: 'Add a comment' }).fill('Sent to the job club on Monday.');
    await owner.getByRole('button', { name: 'Post comment' }).click();
    await owner.getByText('Sent to the job club on Monday.').waitFor();
    await owner.getByRole('combobox', { name: 'Status', exact: true }).selectOption('done');
    await owner.locator('.mantine-Badge-root', { hasText: 'Done' }).waitFor();
    await j.shot(owner, 'owner-done');

    const failures = await checkPages(j, page, meetingPath, taskPath, 'en');
    await switchLanguage(page, 'العربية');
    assert.deepEqual(await documentDirection(page), { dir: 'rtl', lang: 'ar' });
    failures.push(...(await checkPages(j, page, meetingPath, taskPath, 'ar')));
    assert.equal(failures.length, 0, failures.join('\n'));
  },
} satisfies Journey;
