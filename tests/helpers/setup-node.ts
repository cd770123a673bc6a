import { installConsoleGuard } from './fail-on-console';

installConsoleGuard();
