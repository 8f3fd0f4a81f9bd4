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
 * recipe), "αποτέλεσμα", "ραντεβού", "επίσκεψη" (any visit), "επέμβαση" (also
 * an intervention) and "εντατική" (also intensive) are everyday words.
 * Workplace heads come before the health word, as in Spanish ("μονάδα
 * αιμοκάθαρσης", a dialysis unit); not "κλινική", also "clinical"
 * ("κλινική εξέταση"). Greek typed in Latin letters ("Greeklish") is listed
 * in its most common spellings, whole words (the endings are Greek letters);
 * "karkinos" is kept (also a crab: rare in clinic mail), "exetaseis" and
 * "apotelesmata" (also school exams and any results) and "rantevou" are
 * everyday words, "magnitiki" alone (magnetic) is left out.
 */
export const EL: LanguageLexicon = {
  code: 'el',
  match: 'words',
  endings: words(`α, ας, ες, η, ης, εις, εων, ο, ου, ος, ους, οι, ων, ατα, ατος, ικος, ικη, ικοι`),
  terms: {
    condition: words(
      'διαβητ*, υπερτασ*, καρκιν*, εγκυος, εγκυμοσυν*, λοιμωξ*, καταγμ*, εγκεφαλικο, εμφραγμ*, πυρετ*, ~πονος, ' +
      'αλλεργι*, καταθλιψ*, ασθενει*, πνευμονι*, διαγνωσ*, ασθμα, επιληψι*, ανοια, λευχαιμι*, αναιμι*, ηπατιτιδ*, φυματιωσ*, ' +
      'αρθριτιδ*, οστεοπορωσ*, νεφρικη ανεπαρκεια, καρδιακη ανεπαρκεια, κατακλισ*, συμπτωμ*, πεθανε, απεβιωσε, κορονοιος, ' +
      'κορωνοιος, υποθυρεοειδισμ*, υπερθυρεοειδισμ*, ιλιγγ*, βηχας, διαρροια, εμετ*, νεοπλασμ*, σκληρυνση κατα πλακας, ' +
      'αιμορραγι*, τραυματισμ*, πληγ*, ~πτωσ*, ~επεσε, ' +
      // Greek typed in Latin letters ("Greeklish"), as in file names and phone-typed subjects: the common spellings.
      'diavitis, karkinos, egkyos, egkios, pyretos, piretos',
    ),
    medication: words(`farmaka, φαρμακ*, ~συνταγ*, εμβολι*, ινσουλινη, αντιβιωσ*, αντιβιοτικ*, χημειοθεραπει*, αντιπηκτικ*, χαπι*, παυσιπον*, δοσολογι*`),
    test: words(
      '~εξετασ*, εξετασ* αιματος, αποτελεσμ* αιματος, ~αποτελεσμ*, ακτινογραφι*, υπερηχ*, υπερηχογραφημα*, τομογραφι*, ' +
      'βιοψι*, σακχαρ*, αξονικ*, μαγνητικ* τομογραφι*, γενικη αιματος, γενικη ουρων, καρδιογραφημα, ηλεκτροκαρδιογραφημα, ' +
      'μαστογραφι*, κολονοσκοπησ*, ενδοσκοπησ*, γαστροσκοπησ*, χοληστεριν*, αιματολογικ*, ' +
      '~exetaseis, ~eksetaseis, exetaseis aimatos, eksetaseis aimatos, ~apotelesmata, aksoniki, axoniki, magnitiki tomografia, ' +
      'yperixo, iperixo, aktinografia',
    ),
    procedure: words(
      'χειρουργει*, χειρουργηθηκε, εγχειρησ*, αιμοκαθαρσ*, τοκετ*, καισαρικη, φυσικοθεραπει*, ~θεραπει*, ~επεμβασ*, ' +
      'ακτινοθεραπει*, μεταμοσχευσ*, αιμοδιαλυσ*, aimokatharsi, xeirourgeio, xeirourgio',
    ),
    encounter: words(
      '~ραντεβου, νοσηλει*, νοσηλευτηκε, εξιτηριο, παραπεμπτικο, επειγοντα περιστατικα, ~εντατικη, εισαγωγη στο νοσοκομειο, ' +
      'ιατρικος φακελος, ~επισκεψ*, παραπομπ*, τεπ, ενημερωτικο σημειωμα, γηροκομει*, exitirio, eksitirio, ' +
      'parapemptiko, nosileia, ~rantevou',
    ),
    patient: words(`ασθεν*, νεογνο, asthenis, asthenous`),
    specialty: words(`καρδιολογικ*, ογκολογικ*, παιδιατρικ*, γυναικολογικ*`),
  },
  units: words(`επειγοντα περιστατικα, εντατικη, τεπ`),
  workplaceHeads: words(`τμημα, τμηματος, μοναδα, μοναδας, νοσηλευτρια, νοσηλευτης, τεχνολογος`),
  linkingWords: words(`του, της, των`),
  staffCues: words(`καλωσορισμα, καλωσοριζουμε, καλωσοριζω, καλως ηρθατε, καλως ηρθες, καλωσηρθες, καλωσηρθατε, συγχαρητηρια, εκπαιδευση, συσκεψη, βαρδιες, βαρδιων, εφημεριες, εφημεριων`),
  topicWords: words(`ημεριδα, σεμιναριο, διαλεξη, φυλλαδιο`),
  dobKeywords: words(`ημερομηνια γεννησης, ημ. γεννησης, ημ/νια γεννησης, ημ. γεν., ετος γεννησης, γεννηθηκε, γεννηθεις, γεννηθεισα, imerominia gennisis, im. gennisis, im/nia gennisis`),
  idKeywords: words(
    'αρ. μητρωου, αριθμος μητρωου, αρ. μητρωου ασθενους, αριθμος μητρωου ασθενους, μητρωο ασθενους, αρ. φακελου ασθενους, αμκα, ' +
    'αριθμος ταυτοτητας, αρ. ταυτοτητας, αρ. δελτιου ταυτοτητας, amka',
  ),
};
