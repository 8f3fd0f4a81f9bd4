/**
 * Endings only family names take (seven letters or more): Georgian, Greek, Turkish, Armenian, Icelandic, Nordic,
 * Romanian (Popescu, Munteanu), Polish (Adamowicz, Nowakowska, Zielinski), Ukrainian (Tkachenko), South Slavic (Petrović written without its accent) and Lithuanian
 * (Jonaitis, Kazlauskas, Kazlauskienė), Persian (Alipour, Hosseinzadeh, Ahmadinejad, Nikkhah; not "downpour") and South
 * Indian (Krishnamurthy, Venkataraman, Chandrasekhar, Gunasekaran; "-swamy" was tried and left out: a protocol's owner in
 * brackets after a misspelled "protocol" read as a patient). No English word of seven letters ends in them.
 */
export const SURNAME_ENDING = /(?:shvili|dze|poulos|opoulou|akis|idis|iadis|oglu|[^aeiou]yan|dottir|sson|escu|eanu|wicz|owski|ewski|owska|ewska|inski|inska|enko|ovic|evic|aitis|auskas|auskiene|[^w]npour|[aeio]pour|zadeh|nejad|khah|murthy|moorthy|krishnan|araman|sekhar|sekaran)$/;
