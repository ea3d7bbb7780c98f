/** The scenario library, in the order the scenario list shows it. Add a scenario here after writing its file. */
import type { Scenario } from './types';
import patientDmLegPain from './patient-dm-leg-pain';

export const scenarios: readonly Scenario[] = [patientDmLegPain];

/** A scenario by ID; throws on an unknown ID. */
export function getScenario(id: string): Scenario {
  const scenario = scenarios.find((candidate) => candidate.id === id);
  if (!scenario) throw new Error(`Unknown scenario "${id}".`);
  return scenario;
}
