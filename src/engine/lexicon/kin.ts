import { KIN_WORDS } from './recipient-heads';

/**
 * The relatives of KIN_WORDS that are one person ("mom", "son", "aunt"), not a role or a group ("caregiver",
 * "family", "POA"): the words that name a relative before a name ("my son Kuzmin"), after a possessive ("Tavita's
 * mom") and before a death ("her dad passed").
 */
export const CLOSE_RELATIVES: readonly string[] = KIN_WORDS.filter((w) => !['parent', 'parents', 'family', 'caregiver', 'guardian', 'poa', 'conservator'].includes(w));

/**
 * What people call a parent or a grandparent, in the patients' languages ("receta_mama.jpg", "Mami's insulin"): alone
 * such a word names a relative by role, not a person, even where a name list holds it. Nana and Lola, also common given
 * names, are left out.
 */
export const PARENT_CALLS: readonly string[] = ['mama', 'mami', 'mamita', 'mamy', 'mommy', 'papa', 'papi', 'mae', 'pai', 'maman', 'abuela', 'abuelo', 'abuelita', 'abuelito', 'nonna', 'nonno', 'oma', 'opa', 'babcia', 'dziadek', 'ayeeyo', 'awoowe', 'grann', 'granpe'];
