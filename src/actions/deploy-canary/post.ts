import { post } from './run.ts';

await post();
