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
      'cam cum, viem hong, suy dinh duong, ~cham phat trien, tieu đuong thai ky, tien san giat, doa say thai, ~thai ky',
    ),
    medication: words(`uong thuoc, toa thuoc, đon thuoc, thuoc men, vac xin, tiem phong, tiem chung, khang sinh, hoa tri, ~truyen dich`),
    test: words(
      'thu thai, que thu thai, xet nghiem, ~ket qua, thu mau, lay mau, đuong huyet, huyet ap, x quang, sieu am, chup cat lop, cong huong tu, ' +
      'đien tim, sinh thiet, noi soi, ~kham, kham benh, kham suc khoe, kham thai, nuoc tieu, ~cay mau, giai phau benh, te bao hoc, chup nhu anh, ' +
      'chup ct, ~phieu chi đinh, kham lai, ' +
      'dung nap đuong, nghiem phap dung nap, chup mach vanh, chup mach mau, đien nao đo, cholesterol mau, ' +
      '~bieu đo tang truong, ~đuong cong tang truong, ~chieu cao can nang, ~đanh gia phat trien, ~bat thuong',
    ),
    procedure: words(`phau thuat, sau mo, ca mo, loc mau, chay than, xa tri, truyen mau, sinh mo, vat ly ~tri lieu, tri lieu, ~đieu tri, ~phuc hoi chuc nang, than nhan tao, tu van tam ly, đat ong thong, ~ong thong tieu, thong tim, đat stent, mo lay thai`),
    encounter: words(
      '~lich hen, hen kham, tai kham, lich kham, nhap vien, xuat vien, ra vien, nam vien, ~cap cuu, benh an, benh su, hoi suc, cai thuoc la, ' +
      'giay chuyen vien, giay chuyen tuyen, giay nghi om, ~nghi om, giay chung thuong, đanh gia dinh duong, ' +
      'giay ra vien, ~hoi chan, kham chuyen khoa',
    ),
    payer: words(`the bhyt, the bao hiem y te`),
    patient: words(`benh nhan, nguoi benh`),
    specialty: words(
      'khoa nhi, nhi khoa, san khoa, phu khoa, tim mach, ung buou, than kinh, noi tiet, nha khoa, khoa than, chinh hinh, ' +
      'khoa tieu hoa, khoa ho hap, da lieu, ngoai khoa, noi khoa, tai mui hong',
    ),
  },
  units: words(`cap cuu, hoi suc`),
  workplaceHeads: words(`khoa, phong, trung tam, chuong trinh, nhom, đieu duong, y ta, ky thuat vien, lop hoc, lop, hoi thao, tap huan, so đien thoai, đien thoai, mien phi`),
  linkingWords: words(`ve, cho, cua`),
  staffCues: words(`chao mung, chuc mung, chia tay, nghi huu, đao tao, tap huan, lich truc, cuoc hop, lich hop, nhan vien, tuyen dung, cam on, sinh nhat`),
  topicWords: words('tai lieu, huong dan, cong đong, bai giang, hoi thao, tap huan'),
  dobKeywords: words(`ngay sinh, sinh ngay, nam sinh, ngay thang nam sinh`),
  idKeywords: words(`ma benh nhan, ma bn, ma so benh nhan, so ho so, so benh an, ma ho so, so bhyt, ma the bhyt, so the bao hiem y te, ma so thanh vien, ma thanh vien`),
};
