/** The scripted Excel host: see installFakeOffice for the browser entry, FakeWorkbookHost for assertions. */
export { FakeOfficeError } from './errors';
export { FakeWorkbookHost, HostSheet, WEB_LIMITS, DESKTOP_LIMITS, type HostLimits, type SyncRecord } from './hostModel';
export { FakeRequestContext, jsonBytes } from './requestContext';
export { installFakeOffice, makeCommandEvent, type FakeOffice, type FakeCommandEvent } from './installFakeOffice';
export { measureValidation, type ValidationMeasure } from './measure';
