// The identity rules live in contracts/ so the web form runs the very same check before submit.
export * from '../../../contracts/identity.ts';
