/**
 * `npm run content:stats`: coverage of the shipped LOB library as pretty-printed JSON on stdout, so a
 * LOB-coördinator can see what is there: totals per family, per competence, per school type, per
 * subject, and the number of knowledge cards, moment types, referral roles and public services.
 */
import { contentStats } from '../lib/content-stats/stats';

console.log(JSON.stringify(contentStats(), null, 2));
