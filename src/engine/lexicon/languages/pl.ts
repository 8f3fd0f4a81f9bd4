import { LanguageLexicon, words } from './types';

/**
 * Polish. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Polish
 * dictionaries from memory; no corpus or third-party list copied. Keys folded
 * as the tokenizer folds them (ą -> a, ę -> e, ó -> o, ś -> s, ż/ź -> z, ć -> c,
 * ń -> n, ł -> l). Polish declines nouns: a word ending in "*" is a stem that
 * takes the endings below ("wynik*": wynik, wyniki, wyników). Left out as
 * ambiguous: "rana" (a given name; "zdjęcie rany", a wound's photo, is
 * listed), "lek" alone (too short for a stem; its
 * forms are listed), "operacja" is everyday (also a bank operation).
 * Round 9 additions: a patient's documents (epicrisis, medical certificate,
 * consent for a procedure, insurance card), ulcers, burns, skin lesions,
 * thyroid and other common conditions, urine tests, cultures, pathology and
 * imaging words, the remaining department names, psychotherapy and home or
 * tele-visits. Left out: "rany" (also an exclamation), "posiew" alone (also
 * sowing); "zdrowie psychiczne" is marked everyday (also a programme).
 * Review of round 9: "eWUŚ" removed (the NFZ eligibility system: its mail is
 * IT's), "karta ubezpieczenia" only as "karta ubezpieczenia zdrowotnego" (a
 * car's insurance card too), "teleporada" marked everyday (also a clinic's
 * opening hours); "identyfikator" alone is no staff cue (it is also a
 * patient's wristband or ID): only a badge's photo ("zdjęcie identyfikatora")
 * or an employee's badge ("identyfikator pracownika") are.
 * Round 43 additions: a broken leg, arm or ankle ("złamana noga"), whole words as well as stems because the Ukrainian transliteration lists "zlamana" as a word.
 */
export const PL: LanguageLexicon = {
  code: 'pl',
  match: 'words',
  endings: words(`a, e, i, o, u, y, ie, ia, ii, iu, ow, om, ami, ach, em, ej, ego, emu, ym, ych, iem, ka, ki, ke, ce`),
  terms: {
    condition: words(
      'zlaman* nog*, zlaman* rek*, zlaman* kostk*, zlamana nog*, zlamana rek*, zlamana kostk*, chorob*, chory, chora, cukrzyc*, odlezyn*, nadcisnieni*, nowotwor*, rak piersi, rak pluc, bialaczk*, ciaz*, w ciazy, ' +
      'poronieni*, astm*, depresj*, schizofreni*, uzaleznieni*, infekcj*, zakazeni*, zlamani*, zawal*, udar*, ' +
      'niewydolnosc serca, niewydolnosc nerek, zapaleni* pluc, goraczk*, bol glowy, bol brzucha, alergi*, padaczk*, ' +
      'demencj*, krwawieni*, ~objaw*, diagnoz*, zdiagnozowan*, biegunk*, wymiot*, omdleni*, ~upad*, ~przewrocil*, gruzlic*, ' +
      'zmarl, zmarla, zdjeci* rany, wrzod*, oparzeni*, zmian* skorn*, zoltaczk*, zapaleni* watroby, dysfagi*, tarczyc*, ' +
      'niedokrwistosc, marskosc watroby, ~zdrowie psychiczne',
    ),
    medication: words(`leki, lekow, lekami, lekarstw*, recept*, tabletk*, insulin*, szczepieni*, szczepionk*, antybiotyk*, ~dawk*, chemioterapi*`),
    test: words(`~badani*, ~badan, badanie krwi, badania krwi, badan krwi, wynik* krwi, ~wynik*, morfologi*, ~mocz*, glukoz*, poziom cukru, ~cisnieni*, rtg, rentgen*, usg, ~tk, tk glowy, tk klatki piersiowej, tk jamy brzusznej, tomografi*, rezonans magnetyczny, biopsj*, cytologi*, mammografi*, kolonoskopi*, gastroskopi*, badanie moczu, badania moczu, badan moczu, posiew* krwi, posiew* moczu, histopatologi*, histopatologiczn*, densytometri*, echo serca`),
    procedure: words(`detoks*, odwyk*, ~operacj*, po operacji, endoprotez*, zoperowan*, ~zabieg*, dializ*, radioterapi*, przeszczep*, porod*, cesarsk* ciecie, fizjoterapi*, rehabilitacj*, ~leczeni*, opieka paliatywna, opatrunek, opatrunk*, rana pooperacyjna, rana po operacji, opieka domowa, opieka dlugoterminowa, psychoterapi*`),
    encounter: words(`~wizyt*, wizyta lekarska, skierowani*, przyjety do szpitala, przyjeta do szpitala, hospitalizacj*, wypis ze szpitala, wypis szpitalny, ~wypis*, karta informacyjna, karta wypisowa, przyjeci* do szpitala, izba przyjec, sor, oddzial ratunkow*, dom opieki, oiom, pogotowi*, karetk*, zwolnienie lekarskie, ~konsultacj*, epikryz*, zaswiadczeni* lekarskie, zaswiadczeni* lekarskiego, zgod* na zabieg, wizyta kontrolna, wizyta domowa, ~teleporad*, szkola rodzenia, szkoly rodzenia`),
    payer: words(`refundacj*, nfz, karta ubezpieczenia zdrowotnego`),
    patient: words(`pacjent*, noworod*`),
    specialty: words('diabetolog*, kardiolog*,  onkologi*, pediatri*, ginekologi*, neurologi*, psychiatri*, ortopedi*, interna, nefrologi*, traumatologi*, urologi*, dermatologi*, gastroenterologi*, endokrynologi*, pulmonologi*, reumatologi*, hematologi*'),
  },
  units: words(`izba przyjec, oiom, sor, oddzial ratunkow*`),
  workplaceHeads: words(`oddzial, oddzialu, dzial, zespol, zespolu, pracownia, pracowni, klinika, centrum, poradnia, pielegniarki, pielegniarek, szkolenie, kurs`),
  linkingWords: words(`ds, dla, z, o`),
  staffCues: words(`zdjecie identyfikator, zdjecie identyfikatora, zdjecie do identyfikatora, identyfikator pracownika, identyfikator pracowniczy, witamy, gratulacje, pozegnanie, emerytura, szkolenie, grafik, grafik dyzurow, dyzur, dyzury, dyzurow, urlop, rekrutacja, zebranie, dziekujemy`),
  topicWords: words('wyklad, prezentacja, ulotka, plakat, warsztaty, szkolenie, seminarium, konferencja, kurs'),
  dobKeywords: words(`data urodzenia, data ur., ur., urodzony, urodzona, urodz.`),
  idKeywords: words(`numer pacjenta, nr pacjenta, numer historii choroby, nr historii choroby, pesel, numer karty pacjenta, nr karty pacjenta, konto pacjenta, nr konta pacjenta, numer konta pacjenta`),
};
