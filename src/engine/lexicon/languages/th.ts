import { LanguageLexicon, words } from './types';

/**
 * Thai. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Thai
 * dictionaries from memory; no corpus or third-party list copied. Thai is
 * written without spaces between words: terms are found as substrings
 * (match.ts), so each is a compound that keeps its meaning wherever it stands
 * ("ตรวจเลือด" a blood test, not "ตรวจ" to examine; "ใบสั่งยา" a
 * prescription, not "ยา", inside พยาบาล and ยาว). Written in NFKC form, as the
 * engine reads text: sara am (U+0E33) as nikhahit and sara aa. Everyday words that
 * hold a term are read as themselves and skipped (`ignore`: "ตรวจสอบ" to
 * check or audit, "รักษาความปลอดภัย" security, "รักษาการ" acting in a post,
 * "ลาคลอด" maternity leave, a staff affair). A workplace or teaching word
 * anywhere in the field (อบรม training, ประชุม meeting, ยินดีต้อนรับ welcome,
 * ล่าม an interpreter) makes its health words about work, as in Chinese.
 * "นัดหมาย" (any appointment), "อาการ", "การรักษา", "ส่องกล้อง" (also
 * stargazing) and "วินิจฉัย" (also a court's ruling) are everyday words.
 */
export const TH: LanguageLexicon = {
  code: 'th',
  match: 'substrings',
  terms: {
    condition: words(
      'เบาหวาน, ความดันโลหิตสูง, ความดันสูง, มะเร็ง, เนื้องอก, ตั้งครรภ์, ตั้งท้อง, หอบหืด, ซึมเศร้า, ติดเชื้อ, กระดูกหัก, ' +
      'หลอดเลือดสมอง, อัมพาต, อัมพฤกษ์, หัวใจวาย, หัวใจล้มเหลว, กล้ามเนื้อหัวใจตาย, ปอดบวม, ปอดอักเสบ, ไข้สูง, มีไข้, เป็นไข้, ' +
      'ไข้หวัด, ไข้เลือดออก, ปวดหัว, ปวดศีรษะ, ปวดท้อง, เจ็บหน้าอก, แพ้ยา, ภูมิแพ้, ลมชัก, สมองเสื่อม, อัลไซเมอร์, ไตวาย, ' +
      'โรคไต, โรคหัวใจ, วัณโรค, ตับอักเสบ, เอชไอวี, เอดส์, ท้องเสีย, ท้องร่วง, อาเจียน, แผลกดทับ, ~อาการ, เป็นโรค, ~วินิจฉัย, ' +
      'เสียชีวิต, ถึงแก่กรรม, โควิด, ไทรอยด์, โลหิตจาง, มาลาเรีย',
    ),
    medication: words(
      'ใบสั่งยา, สั่งยา, กินยา, ทานยา, รับยา, ยาเบาหวาน, ยาความดัน, ยาปฏิชีวนะ, ยาแก้ปวด, ยาละลายลิ่มเลือด, อินซูลิน, วัคซีน, ' +
      'ฉีดยา, เคมีบําบัด, คีโม',
    ),
    test: words(
      'ตรวจเลือด, ผลเลือด, ผลตรวจ, ผลแล็บ, ผลแลป, ผลการตรวจ, ตรวจปัสสาวะ, น้ําตาลในเลือด, ความดันโลหิต, วัดความดัน, ' +
      'อัลตราซาวด์, อัลตร้าซาวด์, อัลตราซาวนด์, เอกซเรย์, เอ็กซเรย์, เอ็กซ์เรย์, ซีทีสแกน, เอ็มอาร์ไอ, ตัดชิ้นเนื้อ, ผลชิ้นเนื้อ, ' +
      'คลื่นไฟฟ้าหัวใจ, ~ส่องกล้อง, แมมโมแกรม, ~ตรวจสุขภาพ, ตรวจครรภ์, คอเลสเตอรอล',
    ),
    procedure: words(`ผ่าตัด, ฟอกไต, ล้างไต, ฟอกเลือด, คลอดบุตร, คลอดลูก, ผ่าคลอด, ทําคลอด, กายภาพบําบัด, ฉายรังสี, ถ่ายเลือด, ~การรักษา, รักษาตัว`),
    encounter: words(
      '~นัดหมาย, นัดพบแพทย์, นัดตรวจ, พบแพทย์, พบหมอ, นอนโรงพยาบาล, แอดมิท, เข้าโรงพยาบาล, ออกจากโรงพยาบาล, จําหน่ายผู้ป่วย, ' +
      'ส่งต่อผู้ป่วย, ใบส่งตัว, ห้องฉุกเฉิน, ไอซียู, เวชระเบียน, ประวัติการรักษา, ใบรับรองแพทย์, ฝากครรภ์, เข้ารับการรักษา, ติดตามอาการ',
    ),
    patient: words(`ผู้ป่วย, คนไข้`),
    specialty: words(`อายุรกรรม, กุมารเวช, สูติกรรม`),
  },
  units: words(`ห้องฉุกเฉิน, ไอซียู`),
  workplaceHeads: words(
    'ฝึกอบรม, อบรม, ประชุม, สัมมนา, บรรยาย, ยินดีต้อนรับ, พนักงานใหม่, บุคลากรใหม่, รับสมัคร, ตารางเวร, แผนก, หลักสูตร, ' +
    'คู่มือ, แผ่นพับ, นิทรรศการ, รณรงค์, ล่าม, ให้ความรู้, สุขศึกษา',
  ),
  ignore: words(
    'ตรวจสอบ, ผลตรวจสอบ, ผลการตรวจสอบ, รักษาความปลอดภัย, การรักษาความปลอดภัย, รักษาการ, รักษาความสะอาด, ' +
    'การรักษาความสะอาด, ลาคลอด, รับยาก, กินยาก, ทานยาก',
  ),
  dobKeywords: words(`วันเดือนปีเกิด, วันเกิด, เกิดวันที่, ว/ด/ป เกิด, ว.ด.ป. เกิด`),
  idKeywords: words(`เลขบัตรประชาชน, เลขประจําตัวประชาชน, เลขที่บัตรประชาชน, เลขประจําตัวผู้ป่วย, เลขที่ผู้ป่วย, เลขที่เวชระเบียน`),
};
