import { LanguageLexicon, words } from './types';

/**
 * Vietnamese. Curated by the PHI Guard team: an engineer's own selection of
 * the words that carry the meaning in clinic mail, checked against general
 * Vietnamese dictionaries from memory; no corpus or third-party list copied.
 * Keys folded as the tokenizer folds them: tone marks and vowel marks removed
 * ("xét nghiệm máu" -> "xet nghiem mau"), but đ stays đ (it has no
 * decomposition); every key with đ is also registered with d, so text typed
 * without diacritics matches too. Without diacritics many one-syllable words
 * collide ("mau" máu blood / mau quick, "dau" đau pain / dầu oil / đâu where,
 * "sot", "non", "lao", "mo", "mu", "nga"), so single syllables are left out and
 * phrases carry the meaning; "bệnh" alone is left out ("bệnh viện" is a
 * hospital's name).
 * Round 9 additions: a patient's documents (transfer papers, test order
 * slip, sick-leave and injury certificates, health-insurance
 * card), ulcers, burns, thyroid, anaemia, dysphagia and other common
 * conditions, urine tests, blood culture, pathology and imaging words,
 * department names, rehabilitation, nutrition assessment and psychological
 * counselling. Left out: "chuyển viện" alone (folded it is also "chuyên
 * viên", an officer), "nhũ ảnh" alone (folded it is also "như anh"),
 * "khoa mắt" (folded it is also "khóa mật", to lock a password), "bị bỏng"
 * (also "bị bong", peeling), "phiếu chăm sóc" (also a customer-care form);
 * "thiếu máu" (anaemia) is marked everyday (folded also "thiếu mẫu", a form
 * missing).
 * Review of round 9, marked everyday: "phục hồi chức năng" (also restoring
 * a software function), "nghỉ ốm" (a staff member's own sick day),
 * "phiếu chỉ định" (also a blank order form; "mẫu", a template, cannot
 * guard it: folded it is also "máu", blood), and, as typed without
 * diacritics, "cấy máu" (also "cây màu", a coloured plant) and "hôn mê"
 * (also "hôn mẹ", to kiss one's mother).
 * Round 38 additions: the glucose tolerance test, coronary angiography,
 * EEG, blood lipids, growth charts, height and weight
 * ("chiều cao cân nặng"), developmental assessment and delay, catheters
 * ("đặt ống thông", "thông tim"; folded it is not "thông tin",
 * information), stents, caesarean section, infusions, colds,
 * sore throats, malnutrition, pre-eclampsia, threatened miscarriage, the
 * discharge paper, a specialist's visit. Left out: "mỡ máu" alone and
 * "chậm nói" (folded also "mờ màu", "chấm nổi"), "gây mê". Marked everyday: "bất
 * thường" (abnormal; anything unusual), "hội chẩn" (a case conference;
 * folded also "hơi chán", a bit bored), "thai kỳ" (a pregnancy; folded also
 * a given name, Thái Kỳ), "ống thông tiểu" (a urinary catheter; also the
 * product; placing one, "đặt ống thông", is listed).
 * Round 40 pass (2026-12-06): back and joint pain, shortness of breath, high and low blood pressure,
 * appendicitis, fatty liver, dengue, chickenpox, bronchitis, premature birth, poisoning, hand-foot-mouth
 * disease, dermatitis, coughing blood; vaccination as the South says it ("tiêm ngừa", "chích ngừa"), injections,
 * painkillers; the shorthand "KQ XN" (test results), chest films, eye and dental exams; appendectomy,
 * intubation, transplants, palliative and end-of-life care; admission ("vào viện"), the appointment slip, the
 * hospital fee; a child patient, a pregnant and a postpartum woman; the southern birth-date keyword "ngày sanh";
 * citizen-ID and social-insurance numbers; doctors, pharmacists, vendors and equipment as workplace heads; staff
 * words (shift handover, new staff, leave, rosters). Marked everyday: positive and negative, insomnia (folded
 * also "mật ngữ"), autism (folded also "tự ký", to sign oneself), screening (also sifting job candidates),
 * prescribing (folded also "kẻ đón"), a rash (folded also "phát bán"), a dressing change (also changing a tape).
 * Left out: "bó bột" (a cast; folded also "bỏ bớt", to remove some), "thở máy" (folded also "thợ máy", a
 * mechanic), "BN" and "BS" (two letters). Checked with the quality report (no new false positive) and the batch
 * scores.
 * Round 43 additions: "x quang" (an X-ray) glued into one word, as file names write it ("XQuang_phoi").
 * Round 54: "báo cáo" (a report), marked everyday: typed without diacritics its syllables are also a given name and
 * a surname ("bao cao sieu am" is an ultrasound report, not Bao Cao's).
 */
export const VI: LanguageLexicon = {
  code: 'vi',
  match: 'words',
  terms: {
    condition: words(
      'tieu đuong, đai thao đuong, cao huyet ap, huyet ap cao, ung thu, mang thai, co thai, say thai, hen suyen, ' +
      'tram cam, nhiem trung, gay xuong, đot quy, tai bien, nhoi mau co tim, suy tim, suy than, viem phoi, bi sot, ' +
      'sot cao, đau nguc, đau đau, đau bung, di ung, đong kinh, sa sut tri tue, viem khop, vet thuong, chan thuong, ' +
      'chay mau, trieu chung, chan đoan, bi benh, tieu chay, chong mat, đuc thuy tinh the, soi than, te nga, tam than, ' +
      'xo gan, viem gan, lao phoi, qua đoi, tu vong, benh tim, tien san, hau san, sot nhe, tinh trang suc khoe, ' +
      'loet ty đe, loet da day, vet bong, kho nuot, tuyen giap, buou co, ~thieu mau, mo mau cao, benh than, loang xuong, ' +
      'soi mat, thoat vi, nguy kich, ~hon me, roi loan lo au, ' +
      'cam cum, viem hong, suy dinh duong, ~cham phat trien, tieu đuong thai ky, tien san giat, doa say thai, ~thai ky, ' +
      'đau lung, đau khop, đau rang, kho tho, tang huyet ap, ha huyet ap, viem ruot thua, gan nhiem mo, sot xuat huyet, thuy đau, ' +
      'viem phe quan, ~duong tinh, ~am tinh, sinh non, sanh non, pha thai, hiem muon, ~mat ngu, ngo đoc, tay chan mieng, viem da, ' +
      '~phat ban, ho ra mau, ~bi thuong, benh phoi, benh gan, ~tu ky, tai bien mach mau nao, roi loan tien đinh',
    ),
    medication: words(`uong thuoc, toa thuoc, đon thuoc, thuoc men, vac xin, tiem phong, tiem chung, khang sinh, hoa tri, ~truyen dich,
      tiem ngua, chich ngua, thuoc tiem, thuoc giam đau, ~ke đon, ~lanh thuoc`),
    test: words(
      'xquang, xquang phoi, x quang phoi, thu thai, que thu thai, xet nghiem, ~ket qua, ~bao cao, thu mau, lay mau, đuong huyet, huyet ap, x quang, sieu am, chup cat lop, cong huong tu, ' +
      'đien tim, sinh thiet, noi soi, ~kham, kham benh, kham suc khoe, kham thai, nuoc tieu, ~cay mau, giai phau benh, te bao hoc, chup nhu anh, ' +
      'chup ct, ~phieu chi đinh, kham lai, ' +
      'dung nap đuong, nghiem phap dung nap, chup mach vanh, chup mach mau, đien nao đo, cholesterol mau, ' +
      '~bieu đo tang truong, ~đuong cong tang truong, ~chieu cao can nang, ~đanh gia phat trien, ~bat thuong, ' +
      'kq xn, ~tam soat, ~sang loc, ~test nhanh, ~chup phim, chup phoi, kham mat, kham rang',
    ),
    procedure: words(`phau thuat, sau mo, ca mo, loc mau, chay than, xa tri, truyen mau, sinh mo, vat ly ~tri lieu, tri lieu, ~đieu tri, ~phuc hoi chuc nang, than nhan tao, tu van tam ly, đat ong thong, ~ong thong tieu, thong tim, đat stent, mo lay thai,
      mo ruot thua, đat noi khi quan, ghep than, ghep gan, ghep tang, mo tim, đe mo, sinh thuong, ~thay bang, cham soc giam nhe, cham soc cuoi đoi`),
    encounter: words(
      '~lich hen, hen kham, tai kham, lich kham, nhap vien, xuat vien, ra vien, nam vien, ~cap cuu, benh an, benh su, hoi suc, cai thuoc la, ' +
      'giay chuyen vien, giay chuyen tuyen, giay nghi om, ~nghi om, giay chung thuong, đanh gia dinh duong, ' +
      'giay ra vien, ~hoi chan, kham chuyen khoa, vao vien, kham đinh ky, giay hen, so kham benh, hen mo',
    ),
    payer: words(`the bhyt, the bao hiem y te, vien phi`),
    patient: words(`benh nhan, nguoi benh, benh nhi, san phu, thai phu`),
    specialty: words(
      'khoa nhi, nhi khoa, san khoa, phu khoa, tim mach, ung buou, than kinh, noi tiet, nha khoa, khoa than, chinh hinh, ' +
      'khoa tieu hoa, khoa ho hap, da lieu, ngoai khoa, noi khoa, tai mui hong, nhan khoa, tiet nieu, y hoc co truyen',
    ),
  },
  units: words(`cap cuu, hoi suc`),
  workplaceHeads: words(`khoa, phong, trung tam, chuong trinh, nhom, đieu duong, y ta, ky thuat vien, lop hoc, lop, hoi thao, tap huan, so đien thoai, đien thoai, mien phi,
    bac si, duoc si, ho sinh, nhan vien, cong ty, nha cung cap, thiet bi, dung cu`),
  linkingWords: words(`ve, cho, cua`),
  staffCues: words(`chao mung, chuc mung, chia tay, nghi huu, đao tao, tap huan, lich truc, cuoc hop, lich hop, nhan vien, tuyen dung, cam on, sinh nhat,
    giao ban, hop khoa, nhan vien moi, nghi phep, lich lam viec, phan cong`),
  topicWords: words('tai lieu, huong dan, cong đong, bai giang, hoi thao, tap huan, truyen thong, ngay hoi, buoi noi chuyen'),
  dobKeywords: words(`ngay sinh, sinh ngay, nam sinh, ngay thang nam sinh, ngay sanh, sanh ngay, sinh nam`),
  idKeywords: words(`ma benh nhan, ma bn, ma so benh nhan, so ho so, so benh an, ma ho so, so bhyt, ma the bhyt, so the bao hiem y te, ma so thanh vien, ma thanh vien,
    so the bhyt, so cccd, so cmnd, so can cuoc, ma so bhxh, ma hoi vien, so hoi vien`),
};
