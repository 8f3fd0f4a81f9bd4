/**
 * Endings only family names take (seven letters or more): Georgian, Greek, Turkish, Armenian, Icelandic, Nordic,
 * Romanian (Popescu, Munteanu), Polish (Adamowicz), South Slavic (Petrović written without its accent) and Lithuanian
 * (Jonaitis, Kazlauskas, Kazlauskienė). No English word ends in them.
 */
export const SURNAME_ENDING = /(?:shvili|dze|poulos|opoulou|akis|idis|iadis|oglu|[^aeiou]yan|dottir|sson|escu|eanu|wicz|ovic|evic|aitis|auskas|auskiene)$/;
