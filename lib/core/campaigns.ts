/** A window in which some prompts come first, e.g. "Week van de loopbaan". Dates inclusive. */
export interface Campaign {
  title: string;
  from: string;
  to: string;
  promptIds: readonly string[];
}

/** The first campaign running on `day` (`YYYY-MM-DD`, local date), both ends inclusive. */
export function activeCampaign<C extends Campaign>(campaigns: readonly C[] | undefined, day: string): C | undefined {
  return campaigns?.find((c) => c.from <= day && day <= c.to);
}
