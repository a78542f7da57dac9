import { HaWizard } from '../../features/ha-wizard/ha-wizard';

export function HaWizardRoute() {
  return <HaWizard />;
}
