import { LanguageLexicon, words } from './types';

/**
 * Lao. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Lao
 * dictionaries from memory; no corpus or third-party list copied.
 * Deliberately short: only words the curator is confident of. Lao is written
 * without spaces between words: terms are found as substrings (match.ts), so
 * each is a compound that keeps its meaning wherever it stands ("ກວດເລືອດ" a
 * blood test, not "ກວດ" to check; "ໃບສັ່ງຢາ" a prescription, not "ຢາ").
 * Written in NFKC form, as the engine reads text: the ligatures U+0EDC and
 * U+0EDD as ຫນ and ຫມ, sara am (U+0EB3) as niggahita and aa. Everyday words
 * that hold a term are skipped (`ignore`: "ກວດກາ" to inspect). A workplace or teaching word anywhere in the field
 * (ຝຶກອົບຮົມ training, ກອງປະຊຸມ a meeting, ຍິນດີຕ້ອນຮັບ welcome) makes its
 * health words about work. "ນັດຫມາຍ" (any appointment), "ອາການ" and
 * "ປິ່ນປົວ" (to treat, also to repair) are everyday words.
 */
export const LO: LanguageLexicon = {
  code: 'lo',
  match: 'substrings',
  terms: {
    condition: words(
      'ເບົາຫວານ, ຄວາມດັນເລືອດສູງ, ຄວາມດັນສູງ, ມະເຮັງ, ຖືພາ, ຕັ້ງທ້ອງ, ເປັນໄຂ້, ໄຂ້ສູງ, ໄຂ້ເລືອດອອກ, ໄຂ້ຍຸງ, ວັນນະໂລກ, ຕັບອັກເສບ, ' +
      'ປອດອັກເສບ, ພະຍາດຫົວໃຈ, ພະຍາດໄຕ, ໄຕວາຍ, ຖອກທ້ອງ, ເຈັບຫົວ, ປວດຫົວ, ເປັນພະຍາດ, ເສຍຊີວິດ, ~ອາການ, ອໍາມະພາດ, ຫອບຫືດ',
    ),
    medication: words(`ໃບສັ່ງຢາ, ກິນຢາ, ສັກຢາ, ວັກຊີນ, ອິນຊູລິນ, ຢາຕ້ານເຊື້ອ`),
    test: words(`ກວດເລືອດ, ຜົນກວດ, ຜົນເລືອດ, ກວດປັດສະວະ, ນ້ໍາຕານໃນເລືອດ, ຄວາມດັນເລືອດ, ເອັກຊເຣ, ເອັກສະເຣ, ~ກວດສຸຂະພາບ`),
    procedure: words(`ຜ່າຕັດ, ຟອກໄຕ, ລ້າງໄຕ, ເກີດລູກ, ອອກລູກ, ~ປິ່ນປົວ`),
    encounter: words(`~ນັດຫມາຍ, ນັດພົບທ່ານຫມໍ, ພົບທ່ານຫມໍ, ນອນໂຮງຫມໍ, ເຂົ້າໂຮງຫມໍ, ອອກໂຮງຫມໍ, ຫ້ອງສຸກເສີນ`),
    patient: words(`ຄົນເຈັບ, ຄົນໄຂ້, ຜູ້ປ່ວຍ`),
  },
  units: words(`ຫ້ອງສຸກເສີນ`),
  workplaceHeads: words(`ຝຶກອົບຮົມ, ກອງປະຊຸມ, ປະຊຸມ, ຍິນດີຕ້ອນຮັບ, ພະແນກ, ຜູ້ແປພາສາ, ນາຍແປພາສາ, ຫຼັກສູດ, ສໍາມະນາ`),
  ignore: words(`ກວດກາ, ຜົນກວດກາ`),
  dobKeywords: words(`ວັນເດືອນປີເກີດ, ວັນເກີດ, ເກີດວັນທີ`),
  idKeywords: words(`ເລກບັດປະຈໍາຕົວ, ເລກທີ່ຄົນເຈັບ, ເລກປະຈໍາຕົວຄົນເຈັບ`),
};
