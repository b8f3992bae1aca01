// A small municipality's standards, written for these tests, and the environment for running
// npm, npx and the installed `kvalitet` as a user's shell would (Node 24 first on PATH).
import { dirname } from 'node:path';

/** A standard for ledsagelse (SEL § 97) with the given complaint deadline in weeks. */
export function ledsagelse(complaintWeeks: number, extra = ''): string {
  return `---
titel: Kvalitetsstandard for ledsagelse
kommune: Søby Kommune
ydelse: Ledsagelse
paragraffer: [SEL § 97]
type: kvalitetsstandard
status: godkendt
udvalg: Social- og sundhedsudvalget
godkendt-dato: 2026-02-10
gyldig-fra: 2026-03-01
version: "2026.1"
---

# Ledsagelse

## Hvad er formålet med ydelsen?

Ledsagelse skal gøre det muligt for dig at deltage i aktiviteter uden for hjemmet, så du kan leve et aktivt liv på lige fod med andre.

## Hvem kan få ydelsen?

Du kan få ledsagelse, hvis du er mellem 18 og 67 år og ikke kan færdes alene på grund af en betydelig og varig nedsat funktionsevne.

## Hvad indgår i ydelsen?

Ledsageren følger dig til og fra aktiviteten og hjælper dig undervejs, men giver ikke personlig pleje.${extra ? `\n\n${extra}` : ''}

## Sagsbehandlingsfrist

Vi træffer afgørelse inden for 8 uger.

## Klageadgang

Du kan klage over afgørelsen inden ${complaintWeeks} uger efter, at du har modtaget den. Klagen sendes til kommunen.
`;
}

/** A standard for madservice (SEL § 83) whose complaint deadline is wrong from the start. */
export const madservice = `---
titel: Kvalitetsstandard for madservice
kommune: Søby Kommune
ydelse: Madservice
paragraffer: [SEL § 83]
type: kvalitetsstandard
status: godkendt
udvalg: Social- og sundhedsudvalget
godkendt-dato: 2025-11-04
gyldig-fra: 2026-01-01
version: "2026.1"
---

# Madservice

## Formål

Madservice skal sikre, at du får sund og varieret mad, når du ikke selv kan lave den.

## Hvem kan få hjælpen?

Du kan få madservice, hvis du ikke selv kan tilberede dine måltider.

## Klageadgang

Du kan klage inden 3 uger efter, at du har fået afgørelsen.
`;

/** The environment for child processes: Node 24 (this test's Node) first on PATH, no npm_* settings of the test run. */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^npm_/i.test(k) && !k.startsWith('GITHUB_') && !k.startsWith('INPUT_')) env[k] = v;
  return {
    ...env,
    PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
    NO_COLOR: '1',
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    ...extra,
  };
}
