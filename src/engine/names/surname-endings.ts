/**
 * Endings only family names take (seven letters or more): Georgian, Greek, Turkish, Armenian, Icelandic, Nordic,
 * Romanian (Popescu, Munteanu), Polish (Adamowicz, Nowakowska, Zielinski), Ukrainian (Tkachenko), South Slavic (Petrović written without its accent) and Lithuanian
 * (Jonaitis, Kazlauskas, Kazlauskienė). No English word ends in them.
 */
export const SURNAME_ENDING = /(?:shvili|dze|poulos|opoulou|akis|idis|iadis|oglu|[^aeiou]yan|dottir|sson|escu|eanu|wicz|owski|ewski|owska|ewska|inski|inska|enko|ovic|evic|aitis|auskas|auskiene)$/;
