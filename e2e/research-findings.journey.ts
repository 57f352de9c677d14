import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { apiGet, apiSend, waitForMapShapes } from './lib/assets';
import type { Journey } from './lib/journey';
import { expectNoAxeViolations, settle, waitForHeading } from './lib/ui';

const lead = 'lead@demo.useit.example';
const formId = `e2e_findings_${Date.now()}`;
const title = 'Ladywood skills (e2e)';
const bbox = '-2.1,52.4,-1.8,52.6';
const skill = 'Bicycle repair (e2e)';

/** An anonymous one-question XForm: "What are you good at?" plus meta/instanceID. */
const xform = `<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms">
  <h:head><h:title>${title}</h:title>
    <model>
      <instance><data id="${formId}" orx:version="1"><skills/><meta><instanceID/></meta></data></instance>
      <bind nodeset="/data/skills" type="string"/>
      <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
    </model>
  </h:head>
  <h:body><input ref="/data/skills"><label>What are you good at?</label></input></h:body>
</h:html>`;

async function uploadForm(page: Page): Promise<string> {
  return page.evaluate(
    async ({ xml }) => {
      const csrf = (await (await fetch('/api/v1/auth/csrf')).json()) as { csrfToken: string };
      const body = new FormData();
      body.set('anonymous', 'true');
      body.set('open', 'true');
      body.set('file', new Blob([xml], { type: 'text/xml' }), 'skills.xml');
      const res = await fetch('/api/v1/research/forms', {
        method: 'POST',
        body,
        headers: { 'x-csrf-token': csrf.csrfToken },
      });
      if (res.status !== 201) throw new Error(`upload: HTTP ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    { xml: xform },
  );
}

type MapView = { areas: { slug: string; counts: { microAssets: number | null } }[] };
const ladywoodCount = async (page: Page) =>
  (await apiGet<MapView>(page, `/api/v1/map?bbox=${bbox}&layers=areas`)).areas.find((a) => a.slug === 'ladywood')!
    .counts.microAssets;

/**
 * A research lead maps the skills question of an anonymous questionnaire to micro-assets; five responses from
 * Ladywood are submitted (through the API, as the web form would); the background job turns them into
 * area-owned skills and the map's Ladywood count goes up by five. Monitoring shows the responses.
 */
export default {
  name: 'research findings: a lead maps a skills question, anonymous responses become area counts on the map',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, lead);
    const id = await uploadForm(page);
    const before = await ladywoodCount(page);

    await page.goto(`/research/monitoring?form=${id}`);
    await waitForHeading(page, 'Fieldwork monitoring');
    await page.getByRole('link', { name: 'Findings map' }).click();
    await waitForHeading(page, `Findings map: ${title}`);
    const question = page.getByRole('group', { name: 'What are you good at?' });
    await question.getByRole('combobox', { name: 'The answer becomes' }).selectOption({ label: 'Skill (micro-asset)' });
    await page.getByRole('button', { name: 'Save the map' }).click();
    await page.getByRole('status').getByText('Saved. New responses are applied in the background.').waitFor();
    await settle(page);
    await j.shot(page, 'findings-map');
    await expectNoAxeViolations(page, 'findings map (en)');

    for (let i = 0; i < 5; i++)
      await apiSend(page, 'POST', `/api/v1/research/forms/${id}/submissions`, {
        channel: 'web',
        complete: true,
        answers: { skills: skill },
        area: 'ladywood',
        language: 'English (en)',
      });

    // the findings job runs in the background (a few seconds after the responses)
    let after = before;
    for (let tries = 0; tries < 60 && after === before; tries++) {
      await page.waitForTimeout(1000);
      after = await ladywoodCount(page);
    }
    assert.ok(after !== null, 'Ladywood has at least five micro-assets');
    assert.ok(before === null ? after >= 5 : after === before + 5, `Ladywood count went from ${before} to ${after}`);

    await page.goto('/assets/map');
    await waitForHeading(page, 'Map');
    await waitForMapShapes(page, 5);
    const row = page.getByRole('table', { name: 'Areas' }).getByRole('row', { name: /Ladywood/ });
    await row
      .getByRole('cell', { name: String(after), exact: true })
      .first()
      .waitFor();
    await j.shot(page, 'map-ladywood-count');

    await page.goto(`/research/monitoring?form=${id}`);
    await waitForHeading(page, 'Fieldwork monitoring');
    const summary = page.getByTestId('monitoring-summary');
    await summary.getByText(/5 responses: 5 complete, 0 partial\. Completion rate 100%\./).waitFor();
    await page.getByRole('table', { name: 'Responses by channel' }).getByRole('cell', { name: 'Web form' }).waitFor();
    await settle(page);
    await j.shot(page, 'monitoring');
    await expectNoAxeViolations(page, 'monitoring (en)');
  },
} satisfies Journey;
