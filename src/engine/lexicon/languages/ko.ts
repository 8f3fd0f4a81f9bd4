import { LanguageLexicon, words } from './types';

/**
 * Korean. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Korean
 * dictionaries from memory; no corpus or third-party list copied. Korean
 * separates words with spaces but glues particles and compounds to nouns
 * ("결과를", "검사는", "혈액검사결과"): terms are found as substrings of
 * Hangul words (match.ts), so each must keep its meaning inside a longer word:
 * two syllables or more (암 alone is in 암호 "password"; its compounds 폐암,
 * 위암 are listed). Left out as ambiguous: 약 alone, 이식 alone (also
 * "porting"), 기사 (technician, also "article"); 검사 (also "prosecutor",
 * "inspection"), 결과, 예약, 치료 are everyday words.
 * Round 9 additions: a patient's documents (return-referral letter, sick
 * leave, procedure consent, nursing records, fall, insurance card, medical
 * aid), ulcers, lesions, hepatitis, dysphagia, anaemia, blood sugar and other
 * common conditions, blood culture, pathology, mammography and bone-density
 * tests, department names, nutrition and psychological counselling. Left
 * out: 화상 (burn; also video in 화상회의), 상처 alone is marked everyday
 * (also a hurt feeling), 전원 (also "power" and "all members"), 재진 and 초진
 * (inside 재진입, 최초진입).
 * Review of round 9: marked everyday: 병가 (sick leave; also a leave policy
 * or a staff member's own request), the payer words 실손보험, 의료급여 (group
 * insurance and benefits for staff), 입원약정서 (the admission agreement; also
 * its blank form, "입원약정서_양식.hwp"), 판독지 and 간호기록 (a reading report and the
 * nursing record; also the IT systems that print and keep them). 발병가능성,
 * 유병가구 and 질병가족력 hold 병가 and are ignored, and so are rooms named for a
 * test (유방촬영실). 양식 and 서식 (forms) no longer make a field about work (they
 * sit inside 영양식, a patient's diet, and 서식지); campaigns, the equipment and
 * purchasing teams and templates (캠페인, 장비팀, 구매팀, 템플릿) do. Not 측정기 (a
 * measuring device: a patient's own glucose meter is 혈당측정기), 예방 (a
 * patient's fall or pressure-sore prevention), 시스템, 전산팀, 공사 or 구매 (a
 * patient's record in the IT system, a patient moved for ward works, a
 * patient's brace bought): a workplace word silences every term of the
 * field, the patient word too.
 * Round 38 additions: a child's development and growth (발달평가, 발달지연,
 * 성장곡선, 저신장, 성장호르몬; height with weight, 키와 체중), the antenatal tests
 * (태동검사, the glucose test 임당검사), catheters and angiography, consults between
 * departments (협진), colds and coughs, infusions and blood draws, the mother
 * and the fetus (산모, 태아). Korean often writes a compound with a space ("발달
 * 평가", "성장 곡선"): such a term is found across one space (match.ts), its
 * second word with particles glued on ("발달 평가를"). Left out: 발달 alone
 * (also technology's or a storm's development), 성장 alone (a company's
 * growth), 이상 alone (also "more than"), 주사 (also 酒邪, a drunk's rant),
 * 재검 (inside 재검토, a review), 유산 (also an inheritance, lactic acid), 수액
 * (an infusion; also sap, and the infusion pump staff maintain, 수액펌프).
 * Marked everyday: 카테터, 도뇨관 and 스텐트 (also the products, in a catalogue).
 * Round 55: the X-ray as Korean writes it, "X선" (a Latin capital glued to 선, ray), alone or of the chest (흉부).
 */
export const KO: LanguageLexicon = {
  code: 'ko',
  match: 'substrings',
  terms: {
    condition: words(`피부발진, 두드러기, 당뇨, 고혈압, 욕창, 독감, 폐암, 위암, 간암, 유방암, 대장암, 갑상선암, 암환자, 종양, 임신, 천식, 우울증, ~감염, 골절, 뇌졸중, 뇌경색, 심근경색, 심부전, 신부전, 폐렴, 발열, ~통증, 두통, 알레르기, 치매, ~출혈, 증상, 진단, 설사, 구토, 사망, 갑상선, ~상처, 궤양, 병변, 간염, 연하곤란, 삼킴곤란, 빈혈, 고혈당, 저혈당, 고지혈증, 간경화, 대상포진, 결핵, 낙상, 위독, 감기, 기침, 고열, 발달지연, 발달장애, 언어지연, 저신장, ~성장부진, 이상소견,
      ~코로나, 매독, 췌장염, 담낭염, 맹장염, 충수염, 위염, 장염, 수두, 요로감염, 기관지염, 파킨슨, 부정맥, 심방세동, 뇌전증`),
    medication: words(`처방, 처방전, 와파린, 메트포르민, 약물, 복용, 인슐린, 백신, 예방접종, 항생제, 진통제, 항암, 투약, 복약`),
    test: words(`~검사, 혈액검사, 파노라마, 안저검사, 청력검사, 산전검사, 양성, 확진, 소변검사, ~결과, 혈당, 콜레스테롤, 혈압, 엑스레이, 초음파, 조직검사, 내시경, 심전도, 건강검진, 검진, 수면다원검사, ~판독, 혈액배양, 병리검사, 병리결과, 유방촬영, 맘모그램, 흉부촬영, ~판독지, 골밀도, 채혈, 발달평가, 발달검사, 발달 평가, 발달 검사, 발달선별검사, 영유아검진, 영유아건강검진, ~성장곡선, ~성장 곡선, 성장검사, 성장 검사, 성장판검사, 성장호르몬, 키와 체중, 키 체중, 키와 몸무게, 키 몸무게, 신체계측, 태동검사, 태아안녕검사, 임당검사, 당부하검사, 추적검사, ~경과관찰, 혈관조영술, 관상동맥조영술, ~음성, 항체, 항원, x선, 흉부 x선, 흉부 엑스레이`),
    procedure: words(`수술, 투석, 방사선치료, 방사선 치료, 항암 치료, 수혈, 출산, 제왕절개, ~재활, 물리치료, ~치료, 발치, 교정장치, 영양상담, 심리상담, ~카테터, ~도뇨관, 심도자술, 심장도관술, ~스텐트, 분만, 항암치료, 절제술, 적출술, 인공관절, 호스피스, 완화의료, 완화치료, 완화 의료, 완화 치료, 연명치료, 연명의료`),
    encounter: words(`~예약, ~진료, 외래, 입원, 퇴원, 응급실, 의뢰서, 진단서, 소견서, 중환자실, 내원, 금연클리닉, 금연치료, 금연상담, 금연프로그램, 회송서, ~병가, ~입원약정서, 시술동의서, ~간호기록, 영양평가, 협진, 진찰, 산전진찰`),
    payer: words(`건강보험증, ~의료급여, ~실손보험`),
    patient: words(`환자, 신생아, 산모, 임산부, 태아`),
    specialty: words(`내과, 외과, 소아과, 산부인과, 정형외과, 신경과, 정신과, 안과, 피부과, 치과, 재활의학과, 정신건강의학과, 비뇨기과, 이비인후과, 가정의학과, 응급의학과`),
  },
  units: words(`응급실, 중환자실`),
  workplaceHeads: words(`캠페인, 장비팀, 구매팀, 템플릿, 교육, 직원, 회의, 세미나, 강의, 워크숍, 간호사, 환영, 채용, 당직, 근무표`),
  // Jobs that hold a term: a counsellor (심리상담사 holds 심리상담). Words that hold 병가 (sick leave): 발병가능성 (the
  // likelihood of onset), 유병가구 (households with a sick member), 질병가족력. Rooms named for a test: 유방촬영실, 흉부촬영실.
  ignore: words(`심리상담사, 영양상담사, 발병가, 유병가, 질병가, 유방촬영실, 흉부촬영실, 0분만, 1분만, 2분만, 3분만, 4분만, 5분만, 6분만, 7분만, 8분만, 9분만, 고열량, 고열처리, 되감기, 등산모, 태아보험, 체중계, 수두룩, 음성인식, 음성메시지, 음성 메시지, 음성사서함`),
  dobKeywords: words(`생년월일, 생일`),
  dobAfter: words(`생`),
  idKeywords: words(`의료기록번호, 진료기록번호, 환자번호, 등록번호, 병록번호, 차트번호, 주민번호, 회원번호, 보험번호, 보험증번호, 건강보험증번호, 가입자번호, 피보험자번호, 의무기록번호`),
};
