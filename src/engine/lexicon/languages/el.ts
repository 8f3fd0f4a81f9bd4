import { LanguageLexicon, words } from './types';

/**
 * Greek. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Greek
 * dictionaries from memory; no corpus or third-party list copied. Keys folded
 * as the tokenizer folds them: lower case, tonos and dialytika removed
 * (εξέταση -> εξεταση); a word's final sigma is ς (the tokenizer lowers a
 * whole word, so ΠΥΡΕΤΟΣ is πυρετος). Greek inflects nouns: a word ending in
 * "*" takes the endings below ("εξετασ*": εξέταση, εξετάσεις, εξετάσεων).
 * Left out as ambiguous: "πίεση" alone (any pressure), "επείγον" (URGENT in
 * any subject), "εισαγωγή" (also an introduction, an import), "μαγνητική"
 * alone (also magnetic); "εξέταση" (also a school exam), "συνταγή" (also a
 * recipe), "αποτέλεσμα", "ραντεβού" and "εντατική" (also intensive) are
 * everyday words.
 */
export const EL: LanguageLexicon = {
  code: 'el',
  match: 'words',
  endings: words(`α, ας, ες, η, ης, εις, εων, ο, ου, ος, ους, οι, ων, ατα, ατος, ικος, ικη, ικοι`),
  terms: {
    condition: words(
      'διαβητ*, υπερτασ*, καρκιν*, εγκυος, εγκυμοσυν*, λοιμωξ*, καταγμ*, εγκεφαλικο, εμφραγμ*, πυρετ*, ~πονος, ' +
      'αλλεργι*, καταθλιψ*, ασθενει*, πνευμονι*, διαγνωσ*',
    ),
    medication: words(`φαρμακ*, ~συνταγ*, εμβολι*, ινσουλινη, αντιβιωσ*, χημειοθεραπει*`),
    test: words(
      '~εξετασ*, εξετασ* αιματος, αποτελεσμ* αιματος, ~αποτελεσμ*, ακτινογραφι*, υπερηχ*, τομογραφι*, ' +
      'βιοψι*, σακχαρ*, αξονικ*, μαγνητικ* τομογραφι*',
    ),
    procedure: words(`χειρουργει*, χειρουργηθηκε, εγχειρησ*, αιμοκαθαρσ*, τοκετ*, καισαρικη, φυσικοθεραπει*, ~θεραπει*`),
    encounter: words(`~ραντεβου, νοσηλει*, νοσηλευτηκε, εξιτηριο, παραπεμπτικο, επειγοντα περιστατικα, ~εντατικη`),
    patient: words(`ασθεν*, νεογνο`),
  },
  units: words(`επειγοντα περιστατικα, εντατικη`),
  dobKeywords: words(`ημερομηνια γεννησης, ημ. γεννησης, γεννηθηκε`),
  idKeywords: words(`αρ. μητρωου, αριθμος μητρωου, αρ. μητρωου ασθενους, αριθμος μητρωου ασθενους, μητρωο ασθενους, αρ. φακελου ασθενους, αμκα`),
};
