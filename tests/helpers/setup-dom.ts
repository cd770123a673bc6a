import '@testing-library/jest-dom';
import { installConsoleGuard } from './fail-on-console';

installConsoleGuard();
