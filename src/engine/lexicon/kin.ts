import { KIN_WORDS } from './recipient-heads';

/**
 * The relatives of KIN_WORDS that are one person ("mom", "son", "aunt"), not a role or a group ("caregiver",
 * "family", "POA"): the words that name a relative before a name ("my son Kuzmin"), after a possessive ("Tavita's
 * mom") and before a death ("her dad passed").
 */
export const CLOSE_RELATIVES: readonly string[] = KIN_WORDS.filter((w) => !['parent', 'parents', 'family', 'caregiver', 'guardian', 'poa', 'conservator'].includes(w));
