-- The Welsh translation of scenarios/police-missing-child.lua (the same id, lang = "cy").
-- Only the words differ: every step, choice, target, grade, rule, principle and outcome
-- is the original's, and `sharepack check` reports any that is not.
-- Quotations from the guidance are our translations of its English text, using the
-- wording already chosen in content/cy/ (the golden rules, Working Together 2023,
-- the MARS guidance); the whole text awaits a native speaker's review, and the
-- phrases marked "review:" most of all.

sharepack.scenario{
  id = "police-missing-child",
  lang = "cy",
  title = "Mae bachgen 15 oed yn mynd ar goll dro ar ôl tro ac yn cael ei ganfod ymhell o gartref",
  audience = { "police" },
  source = "Working Together to Safeguard Children 2023, paragraphs 28 to 31 and myth-busting guide; North East Lincolnshire information sharing procedure, section 4 (2024 golden rules 1 to 7); Children's MARS Information Sharing Guidance (June 2020), sections 4.3, 4.7 and 5.1",
  edition = "england-2024",
  people = { "Rhys Pryce", "Michelle", "Peter Abbott" },

  -- review: "cydlynydd achosion pobl ar goll" for "missing-from-home coordinator"
  intro = [[
Chi yw'r Rhingyll Anjali Mehta, cydlynydd achosion pobl ar goll yn ardal eich heddlu.
Mae'r senario hwn yn dilyn bachgen 15 oed dros ychydig wythnosau, wrth i batrwm o fynd
ar goll ddod i'r amlwg. Ar bob cam, dewiswch beth fyddech chi'n ei wneud, ac yna darllenwch
pam.

Mae'r adborth yn defnyddio'r saith rheol euraidd ar gyfer rhannu gwybodaeth fel y'u
rhifwyd yng nghyngor Llywodraeth EF 2024 (a nodir yn adran 4 o weithdrefn rhannu
gwybodaeth Gogledd-ddwyrain Swydd Lincoln), Working Together to Safeguard Children 2023 a
chwestiynau "pryd i rannu" Children's MARS. Mae'r bobl ynddo wedi'u dychmygu.
]],

  start = "found",
  steps = {

    found = sharepack.step{
      text = [[
Mae mam Rhys Pryce, 15 oed, Michelle, wedi rhoi gwybod ei fod ar goll dair gwaith mewn
pum wythnos. Neithiwr daeth swyddogion o hyd iddo mewn fflat mewn tref 40 milltir i
ffwrdd, gyda £300 mewn arian parod, dau ffôn a dim esboniad. Mae ganddo ddillad drud newydd
na all ei fam ddweud o ble y daethant.

Mae gartref erbyn hyn, ac mae'n dweud ei fod "dim ond yn aros gyda ffrindiau". Nid yw
gwasanaethau cymdeithasol plant yn adnabod Rhys. Beth ydych chi'n ei wneud â'r hyn y
mae'r heddlu'n ei wybod bellach?
]],
      choices = {
        sharepack.choice{ label = "Gofyn i Rhys a oes ots ganddo i'r gwasanaethau cymdeithasol gael gwybod, a derbyn ei ateb",
          go = "repeat_missing", grade = "unsafe", rules = { 3 }, supports = "share",
          feedback = [[
Ddim yn ddiogel. Mae siarad â Rhys yn iawn, ond mae rheol euraidd 3 (2024) yn dweud "Nid
oes angen caniatâd arnoch i rannu gwybodaeth bersonol am blentyn a/neu aelodau o'i deulu
os yw plentyn mewn perygl neu os oes perygl canfyddedig o niwed". Mae'n gofyn i chi
ystyried ei wrthwynebiad, ond "ystyried diystyru eu gwrthwynebiad" lle mae rhannu'n
angenrheidiol i'w amddiffyn. Efallai na fydd bachgen 15 oed sydd, o bosibl, dan reolaeth
pobl eraill yn teimlo'n rhydd i ddweud ie, ac mae gadael y dewis iddo ef yn gadael y
patrwm gyda'r heddlu yn unig.
]] },
        sharepack.choice{ label = "Dweud wrth y gwasanaethau cymdeithasol plant heddiw am y patrwm ac am neithiwr, a dweud wrth Rhys a Michelle pam",
          go = "school_call", grade = "expected", rules = { 2 }, supports = "share",
          feedback = [[
Cywir. Mae Working Together 2023 (paragraff 30) yn dweud bod rhannu gwybodaeth yn
"hanfodol i nodi patrymau ymddygiad pan fo plentyn mewn perygl o fynd ar goll neu wedi
mynd ar goll". Mae arian parod, dau ffôn a fflat ymhell o gartref yn arwyddion posibl bod
rhywun yn camfanteisio ar Rhys. Mae paragraff 31 yn dweud y dylai ymarferydd sydd â
phryderon am ddiogelwch plentyn eu rhannu â gwasanaethau cymdeithasol plant. Mae rheol
euraidd 2 (2024) yn gofyn i chi egluro i Rhys a'i fam beth y byddwch yn ei rannu a pham,
lle mae'n ddiogel.
]] },
        sharepack.choice{ label = "Cau'r adroddiad: mae gartref a heb ei anafu, ac mae pobl ifanc yn aml yn aros allan gyda ffrindiau am noson neu ddwy",
          go = "repeat_missing", grade = "unsafe",
          feedback = [[
Ddim yn ddiogel. Gall pob achos edrych yn fach ar ei ben ei hun, ond mae Working Together
2023 (paragraff 30) yn dweud bod rhannu gwybodaeth yn hanfodol "i nodi patrymau ymddygiad"
pan fo plentyn yn mynd ar goll. Mae paragraff 28 yn dweud "Ni all unrhyw ymarferydd
unigol gael darlun llawn o anghenion ac amgylchiadau plentyn". Mae cau'r adroddiad yn
gadael y patrwm yn weladwy i'r heddlu yn unig, os bydd unrhyw un yn sylwi arno o gwbl.
]] },
      },
    },

    repeat_missing = sharepack.step{
      -- review: "pecynnau bach" for "wraps" (of drugs)
      text = [[
Un diwrnod ar ddeg yn ddiweddarach mae Rhys yn mynd ar goll eto. Y tro hwn mae Heddlu
Trafnidiaeth Prydain yn dod o hyd iddo mewn gorsaf reilffordd gyda sawl pecyn bach o'r hyn
sy'n edrych fel cyffuriau dosbarth A a thoriad dwfn i'w law. Nid yw'n fodlon dweud pwy roddodd
y cyffuriau iddo.

Mae Michelle yn wyllt gan bryder, ac mae'n dweud bod yr ysgol wedi bod yn ei ffonio am ei
absenoldebau. Nid oes neb y tu allan i'r heddlu wedi cael gwybod am y patrwm o hyd.
]],
      choices = {
        sharepack.choice{ label = "Rhannu'r patrwm cyfan â'r gwasanaethau cymdeithasol heddiw, a chynllunio'r ymateb gyda nhw",
          go = "late_end", grade = "expected", rules = { 1 }, supports = "share",
          feedback = [[
Cywir, er mai dyma'r pedwerydd tro, y gallai rhannu'n gynharach fod wedi'i atal. Mae rheol
euraidd 1 (2024) yn dweud bod gan bob plentyn hawl i gael ei amddiffyn rhag camdriniaeth,
a bod amddiffyn plentyn "yn cael blaenoriaeth dros amddiffyn ei breifatrwydd". Mae Working
Together 2023 (paragraff 29) yn dweud y dylai ymarferwyr rannu gwybodaeth "cyn gynted â
phosibl". Rhannwch y dyddiadau, ble y daethpwyd o hyd i Rhys bob tro a beth a gafwyd arno.
]] },
        sharepack.choice{ label = "Ymdrin â hyn fel trosedd cyffuriau: mae bellach dan amheuaeth, ac mae hynny'n fater i'r heddlu",
          go = "poor_end", grade = "unsafe", rules = { 1 }, supports = "share",
          feedback = [[
Ddim yn ddiogel. Mae rheol euraidd 1 (2024) yn dweud bod gan bob plentyn hawl i gael ei
amddiffyn rhag camdriniaeth ac esgeulustod. Gall bachgen 15 oed sy'n cario cyffuriau
ymhell o gartref ar ôl mynd ar goll dro ar ôl tro fod yn blentyn y mae rhywun yn
camfanteisio arno, nid dim ond rhywun dan amheuaeth. Mae Working Together 2023 (paragraff
31) yn dweud y "dylai rannu'r wybodaeth â gwasanaethau cymdeithasol plant yr awdurdod lleol
a/neu'r heddlu" pan fo gan ymarferydd bryderon am ddiogelwch plentyn. Mae trin hyn fel
trosedd yn unig yn cuddio'r risg iddo.
]] },
        sharepack.choice{ label = "Cynghori Michelle i ddweud wrth yr ysgol a'r gwasanaethau cymdeithasol ei hun, gan mai ei lle hi fel ei fam yw gwneud hynny",
          go = "poor_end", grade = "unsafe",
          feedback = [[
Ddim yn ddiogel. Dylai Michelle gael gwybod beth sy'n digwydd, ond yr heddlu sydd â'r
patrwm: y dyddiadau, y lleoedd, yr arian parod, y ffonau a'r cyffuriau. Mae Working
Together 2023 (paragraff 31) yn dweud na ddylai ymarferwyr "gymryd yn ganiataol y bydd
rhywun arall yn trosglwyddo gwybodaeth y maent yn credu y gallai fod yn hollbwysig i gadw
plentyn yn ddiogel", ac y "dylai rannu'r wybodaeth â gwasanaethau cymdeithasol plant yr
awdurdod lleol a/neu'r heddlu" pan fo ganddo bryderon. Ni all rhiant ofnus drosglwyddo'r
hyn y mae'r heddlu yn unig yn ei wybod.
]] },
      },
    },

    school_call = sharepack.step{
      text = [[
Mae'r gwasanaethau cymdeithasol plant yn dechrau asesiad ac yn trefnu cyfarfod
amlasiantaethol. Drannoeth mae Mr Peter Abbott, yr arweinydd diogelu dynodedig yn ysgol
Rhys, yn eich ffonio. Mae presenoldeb Rhys wedi gostwng i 60%, ac mae staff wedi'i weld
gyda phobl ifanc hŷn wrth y gât.

Mae Mr Abbott yn gofyn beth y mae'r heddlu'n ei wybod, fel y gall yr ysgol helpu i gadw
Rhys yn ddiogel yn ystod y dydd. Beth ydych chi'n ei ddweud wrtho?
]],
      choices = {
        sharepack.choice{ label = "Bod rheolau diogelu data yn atal yr heddlu rhag rhannu gwybodaeth am Rhys ag ysgol",
          go = "gate_end", grade = "unsafe",
          feedback = [[
Ddim yn ddiogel. Myth yw na ellir datgelu gwybodaeth a gasglwyd gan un sefydliad i
sefydliad arall. Mae canllaw chwalu mythau Working Together 2023 yn dweud: "Yn achos
plant mewn angen, neu blant sydd mewn perygl o niwed sylweddol, mae'n anodd rhagweld
amgylchiadau lle byddai cyfraith gwybodaeth yn rhwystr i rannu gwybodaeth bersonol ag
ymarferwyr eraill." Mae'r ysgol yn gweld Rhys bob dydd ac, heb wybod beth i chwilio
amdano, ni all sylwi ar yr arwyddion na rhoi gwybod amdanynt. Mae paragraff 30 yn cysylltu
mynd ar goll â bod ar goll o addysg.
]] },
        sharepack.choice{ label = "Eich bod yn ofni bod rhywun yn camfanteisio arno, ble y daethpwyd o hyd iddo, a beth i gadw llygad amdano",
          go = "informant", grade = "expected", rules = { 6 }, principles = { "relevant", "accurate" }, supports = "share",
          feedback = [[
Cywir. Mae gan yr ysgol rôl mewn cadw Rhys yn ddiogel, ac mae rheol euraidd 6 (2024) yn
dweud y dylid rhannu "gwybodaeth berthnasol a chywir" â'r rhai sydd â rôl o'r fath, a
"rhannwch yn unig y wybodaeth sydd ei hangen arnynt". Mae Working Together 2023 (paragraff
30) yn cysylltu plant yn mynd ar goll â bod ar goll o addysg. Mae angen i'r ysgol wybod y
patrwm a beth i gadw llygad amdano, nid darlun cudd-wybodaeth cyfan yr heddlu.
]] },
        sharepack.choice{ label = "Dim ond beth ddylai staff gadw llygad amdano wrth y gât a'i adrodd i chi, heb ddweud beth yw'r pryder",
          go = "informant", grade = "acceptable", rules = { 6 }, principles = { "adequate" }, supports = "share",
          feedback = [[
Derbyniol, ond nid y gorau. Nid yw dim a rannwch yn rhoi neb mewn perygl, a gall yr ysgol
bellach adrodd yr hyn y mae'n ei weld. Ond mae egwyddorion MARS (adran 4.3) yn dweud y
dylai gwybodaeth fod "o'r ansawdd cywir i sicrhau y gellir ei deall a dibynnu arni", ac
mae rheol euraidd 6 (2024) yn gofyn i chi rannu "gwybodaeth berthnasol a chywir" â'r rhai
sydd â rôl mewn diogelu'r plentyn. Heb wybod mai camfanteisio yw'r pryder, ni all yr
arweinydd diogelu weld ei absenoldebau, na'r bobl ifanc hŷn, am yr hyn y gallent fod.
]] },
        sharepack.choice{ label = "Popeth: anfon y log cudd-wybodaeth cyfan ato drwy e-bost, gyda'r oedolion y mae'r heddlu'n eu hamau, fel nad yw'r ysgol yn colli dim",
          go = "log_end", grade = "unsafe", rules = { 5, 6 }, principles = { "necessary", "proportionate" }, supports = "no-share",
          feedback = [[
Ddim yn ddiogel. Mae rheol euraidd 6 (2024) yn dweud mai "anaml" y mae rhannu yn gofyn i
chi "rannu cofnod neu ffeil achos gyfan", a bod rhaid i chi "rannu dim ond gwybodaeth sy'n
angenrheidiol, yn gymesur i'r diben a fwriedir". Nid cudd-wybodaeth heb ei chadarnhau am
oedolion a enwir yw'r hyn sydd ei angen ar yr ysgol i gadw Rhys yn ddiogel, ac unwaith y
bydd ym mewnflychau ysgol ni all yr heddlu reoli i ble mae'n mynd. Gall y log hefyd gynnwys
manylion pobl a roddodd wybodaeth, y mae rheol euraidd 5 yn gofyn i chi amddiffyn eu
hunaniaeth.
]] },
      },
    },

    informant = sharepack.step{
      text = [[
Mae swyddog cymorth cymunedol yr heddlu yn rhoi nodyn i chi. Dywedodd Ezra, ffrind Rhys,
sydd hefyd yn 15 oed, wrthi'n breifat fod dyn hŷn o'r enw "Deeks" yn casglu Rhys o'r parc
mewn car du ar ddyddiau Gwener, a bod Rhys mewn dyled iddo. Erfyniodd Ezra arni i beidio
â dweud mai ganddo ef y daeth y wybodaeth: "Byddan nhw'n gwybod mai fi oedd e."

Mae'r gweithiwr cymdeithasol yn ysgrifennu cofnodion y cyfarfod amlasiantaethol, a fydd
yn mynd i sawl asiantaeth, ac yn gofyn beth y mae'r heddlu'n ei wybod. Beth ydych chi'n
ei wneud â gwybodaeth Ezra?
]],
      choices = {
        sharepack.choice{ label = "Cadw'r hyn a ddywedodd Ezra o fewn yr heddlu am y tro, fel na ellir olrhain dim yn ôl ato",
          go = "journalist", grade = "acceptable", rules = { 5 }, supports = "share",
          feedback = [[
Derbyniol, ond nid y gorau. Mae Ezra yn ddiogel, a gall yr heddlu weithredu ar yr hyn a
ddywedodd o hyd. Ond mae rheol euraidd 5 (2024) yn gofyn i chi amddiffyn ei hunaniaeth, nid
cadw'n ôl yr hyn a welodd. Gall y car, y llysenw a'r ddyled fod yn allweddol i'r cynllun y
mae'r asiantaethau eraill yn ei wneud ar gyfer Rhys. Mae Working Together 2023 (paragraff
29) yn dweud bod rhannu gwybodaeth am "unrhyw oedolion y mae'r plentyn hwnnw mewn
cysylltiad â hwy, a allai effeithio ar ddiogelwch neu lesiant y plentyn, hefyd yn
hollbwysig". Rhannwch yr hanes ac amddiffynnwch y ffynhonnell.
]] },
        sharepack.choice{ label = "Rhoi ei hanes llawn i'r gweithiwr cymdeithasol ar gyfer y cofnodion, gydag enw Ezra fel y gellir ei wirio",
          go = "exposed_end", grade = "unsafe", rules = { 5 }, supports = "no-share",
          feedback = [[
Ddim yn ddiogel. Mae rheol euraidd 5 (2024) yn dweud y dylech chi a'r asiantaeth sy'n cael
y wybodaeth "gymryd camau i amddiffyn hunaniaeth unrhyw unigolion" a allai ddioddef niwed
pe bai camdriniwr neu un o'i gysylltiadau yn dod i wybod eu manylion. Gall cofnodion sy'n
mynd i sawl asiantaeth gyrraedd y bobl anghywir. Mae angen i'r gweithiwr cymdeithasol
wybod beth a welodd Ezra, nid pwy ydyw; nid yw ei enw'n ychwanegu dim at amddiffyn Rhys.
]] },
        sharepack.choice{ label = "Rhannu'r hyn a welodd Ezra, fel gan \"berson ifanc\", a dweud wrth y gweithiwr cymdeithasol bod rhaid amddiffyn y ffynhonnell",
          go = "journalist", grade = "expected", rules = { 5, 6 }, principles = { "relevant" }, supports = "share",
          feedback = [[
Cywir. Mae rheol euraidd 5 (2024) yn dweud, wrth rannu, y dylech chi a'r sawl sy'n cael y
wybodaeth "gymryd camau i amddiffyn hunaniaeth unrhyw unigolion" a allai ddioddef niwed pe
bai camdriniwr neu un o'i gysylltiadau yn dod i wybod eu manylion. Gallai Ezra gael ei
niweidio pe bai "Deeks" yn dod i wybod ei fod wedi siarad. Mae'r hyn a welodd yn berthnasol
i amddiffyn Rhys (rheol euraidd 6), felly rhannwch ef, ond nid ei enw, a gwnewch yn siŵr
nad yw'r cofnodion yn ei gynnwys chwaith.
]] },
      },
    },

    journalist = sharepack.step{
      text = [[
Mae gohebydd o wefan newyddion leol yn ffonio eich llinell uniongyrchol. Mae wedi clywed
bod "bachgen 15 oed o ystad Eastfield yn mynd ar goll o hyd ac wedi cael ei ganfod mewn
fflat cyffuriau". Mae'n gofyn i chi gadarnhau enw ac ysgol Rhys, yn dweud ei bod er lles
y cyhoedd rhybuddio rhieni eraill, ac yn addo cadw eich enw chi allan ohoni.

Mae Rhys gartref. Mae gan eich heddlu swyddfa'r wasg sy'n delio â phob ymholiad gan y
cyfryngau. Beth ydych chi'n ei wneud?
]],
      choices = {
        -- review: "yn answyddogol" for "off the record"
        sharepack.choice{ label = "Cadarnhau'r hyn y mae hi'n ei wybod eisoes, yn answyddogol, gan y gallai stori rybuddio rhieni eraill",
          go = "story", grade = "unsafe", rules = { 6 }, supports = "no-share",
          feedback = [[
Ddim yn ddiogel. Nid yw rhybuddio'r cyhoedd yn rheswm dros ddatgelu pwy yw plentyn i
ohebydd. Mae'r cyntaf o gwestiynau "pryd i rannu" (canllawiau MARS, adran 5.1) yn gofyn am
"ddiben clir a dilys dros rannu gwybodaeth", ac mae rheol euraidd 6 (2024) yn cyfyngu
rhannu i'r rhai sydd â rôl mewn diogelu'r plentyn neu roi cymorth i'r teulu. Swyddfa'r
wasg sydd i benderfynu ar unrhyw neges i'r cyhoedd. Nid yw "yn answyddogol" yn amddiffyn
neb unwaith y bydd y manylion allan.
]] },
        sharepack.choice{ label = "Cadarnhau dim, rhoi dim manylion, a'i chyfeirio at swyddfa'r wasg yr heddlu",
          go = "record", grade = "expected", rules = { 5, 6 }, supports = "no-share",
          feedback = [[
Cywir. Y cyntaf o gwestiynau "pryd i rannu" (canllawiau MARS, adran 5.1) yw: "A oes diben
clir a dilys dros rannu gwybodaeth?" Nid yw stori newyddion yn ddiben diogelu, ac nid oes
gan y gohebydd ran mewn amddiffyn Rhys. Mae rheol euraidd 6 (2024) yn cyfyngu rhannu i'r
rhai "sydd â rôl mewn diogelu'r plentyn a/neu roi cymorth i'w deulu". Gallai enwi Rhys
hefyd ei roi ef, ei deulu ac Ezra mewn perygl o niwed (rheol euraidd 5).
]] },
        sharepack.choice{ label = "Cadarnhau dim ond bod yr heddlu'n gwybod am fachgen 15 oed, heb ei enw, fel bod rhieni'n cael eu rhybuddio",
          go = "story", grade = "unsafe", rules = { 5 }, supports = "no-share",
          feedback = [[
Ddim yn ddiogel. Nid yw gadael ei enw allan yn gwneud hyn yn ddiogel: gyda'r hyn y mae hi'n
ei wybod eisoes am yr ystad a'r fflat cyffuriau, mae eich cadarnhad yn ddigon iddi
gyhoeddi, ac i bobl weithio allan pwy ydyw. Mae'r cyntaf o gwestiynau "pryd i rannu"
(canllawiau MARS, adran 5.1) yn gofyn am "ddiben clir a dilys dros rannu gwybodaeth", ac
nid yw stori newyddion yn un. Mae rheol euraidd 5 (2024) yn gofyn i chi amddiffyn
hunaniaeth pobl a allai ddioddef niwed pe bai camdriniwr neu ei gysylltiadau yn dod i
wybod eu manylion.
]] },
      },
    },

    story = sharepack.step{
      -- review: "clapgi" for "grass" (an informer)
      text = [[
Ddeuddydd yn ddiweddarach mae'r wefan yn cyhoeddi stori am "redwr cyffuriau yn ei
arddegau" ar ystad Eastfield. Nid yw'n enwi Rhys, ond mae'n rhoi ei oedran, ei ysgol a'i
stryd, ac mae pobl ar yr ystad yn gweithio allan yn fuan pwy ydyw.

Mae Michelle yn eich ffonio yn ei dagrau: mae pobl yn galw Rhys yn "glapgi" ar-lein, ac
erbyn hyn mae'n gwrthod siarad â'r heddlu nac â'i weithiwr cymdeithasol.
]],
      choices = {
        sharepack.choice{ label = "Dweud wrth eich goruchwyliwr a'r gweithiwr cymdeithasol beth a ddywedoch wrthi, helpu i gynllunio ar gyfer ei ddiogelwch, a'i gofnodi'n onest",
          go = "press_end", grade = "expected", rules = { 1, 4, 7 }, supports = "share",
          feedback = [[
Cywir: cymerwch gyfrifoldeb. Mae rheol euraidd 4 (2024) yn dweud y dylech ofyn am gyngor yn
brydlon, ac mae rheol euraidd 7 yn gofyn i chi gofnodi eich penderfyniadau ynghylch rhannu
gwybodaeth a "byddwch yn barod i egluro'ch rhesymau os gofynnir i chi". Mae angen i'r
gweithiwr cymdeithasol wybod bod y risg i Rhys wedi newid, ac mae rheol euraidd 1 yn rhoi
ei amddiffyn ef yn gyntaf. Byddai cuddio'r hyn a ddigwyddodd yn gadael y bobl sy'n ei
amddiffyn yn cynllunio ar sail y ffeithiau anghywir.
]] },
        sharepack.choice{ label = "Dweud dim: nid oedd y stori'n ei enwi, ac ni all neb ddangos mai oddi wrthych chi y daeth",
          go = "withdrawn_end", grade = "unsafe", rules = { 1, 7 }, supports = "share",
          feedback = [[
Ddim yn ddiogel. Datgelodd y stori pwy yw Rhys i bob pwrpas, ac mae angen i'r bobl sy'n
cynllunio ar gyfer ei ddiogelwch wybod sut. Mae rheol euraidd 7 (2024) yn dweud y dylech
gofnodi'r rhesymau dros eich penderfyniad ynghylch rhannu gwybodaeth a "byddwch yn barod i
egluro'ch rhesymau os gofynnir i chi". Mae rheol euraidd 1 yn dweud bod amddiffyn plentyn
rhag niwed yn dod yn gyntaf. Mae cadw'n dawel yn gadael y gweithiwr cymdeithasol a'ch
cydweithwyr heb ffeithiau sydd eu hangen arnynt i gadw Rhys yn ddiogel.
]] },
      },
    },

    record = sharepack.step{
      text = [[
Ar ddiwedd yr wythnos rydych yn diweddaru cofnod yr heddlu. Ers i Rhys gael ei ganfod rydych
wedi gwneud sawl penderfyniad ynghylch rhannu gwybodaeth: â'r gwasanaethau cymdeithasol
plant, â'r ysgol, am hanes Ezra, ac am gais y gohebydd, a wrthodwyd gennych.

Mae eich arolygydd yn gofyn i chi wneud yn siŵr y byddai'r cofnod yn gwneud synnwyr i
rywun sy'n ei ddarllen ymhen blwyddyn. Beth ydych chi'n ei gofnodi?
]],
      choices = {
        sharepack.choice{ label = "Un llinell, \"Rhannwyd gwybodaeth â phartneriaid fel y bo'n briodol\", gan fod y manylion yng nghofnodion y cyfarfod",
          go = "unrecorded_end", grade = "unsafe",
          feedback = [[
Ddim yn ddiogel i'r achos. Nid yw "fel y bo'n briodol" yn dweud dim wrth y darllenydd, ac
nid yw cofnodion y cyfarfod yn dweud beth a benderfynodd yr heddlu na pham. Mae rheol
euraidd 7 (2024) yn dweud "Wrth gofnodi unrhyw benderfyniad, nodwch y rhesymeg yn glir a
byddwch yn barod i egluro'ch rhesymau os gofynnir i chi". Mae egwyddorion MARS (adran 4.7)
yn gofyn am "pa wybodaeth sydd wedi'i rhannu a gyda phwy". Hebddo, efallai na fydd y
swyddog nesaf yn gwybod bod rhaid amddiffyn hunaniaeth Ezra, na beth a ddywedwyd wrth yr
ysgol.
]] },
        sharepack.choice{ label = "Pob penderfyniad i rannu: beth, gyda phwy, pryd a pham; nid oes angen cofnod am alwad a wrthodwyd gennych",
          go = "gap_end", grade = "acceptable",
          feedback = [[
Derbyniol, ond nid y gorau. Mae beth aeth at bwy, a pham, ar gofnod, felly nid oes dim yma
yn rhoi Rhys nac Ezra mewn perygl. Ond mae rheol euraidd 7 (2024) yn dweud "Cofnodwch y
rhesymau dros eich penderfyniad ynghylch rhannu gwybodaeth, p'un a ydych yn penderfynu
rhannu gwybodaeth ai peidio", ac mae egwyddorion MARS (adran 4.7) yn dweud, os mai'r
penderfyniad yw peidio â rhannu, "mae'n arfer da cofnodi'r rhesymau dros y penderfyniad
hwn". Roedd gwrthod y gohebydd yn benderfyniad hefyd, ac mae cofnod ohono'n eich amddiffyn
chi a'r achos os bydd y stori'n ymddangos rywbryd.
]] },
        sharepack.choice{ label = "Pob penderfyniad, gan gynnwys y gohebydd: beth, at bwy, pryd, sut a pham, a sut y mae Ezra'n cael ei amddiffyn",
          go = "good_end", grade = "expected",
          feedback = [[
Cywir. Mae rheol euraidd 7 (2024) yn dweud "Cofnodwch y rhesymau dros eich penderfyniad
ynghylch rhannu gwybodaeth, p'un a ydych yn penderfynu rhannu gwybodaeth ai peidio", felly
mae gwrthod y gohebydd yn perthyn i'r cofnod hefyd. Mae egwyddorion MARS (adran 4.7) yn
gofyn am "pa wybodaeth sydd wedi'i rhannu a gyda phwy". Mae cofnodi sut y mae hunaniaeth
Ezra'n cael ei hamddiffyn (rheol euraidd 5) yn gadael i unrhyw un sy'n ymdrin â'r achos yn
nes ymlaen barhau i'w hamddiffyn.
]] },
      },
    },

    good_end = sharepack.step{
      ending = true, outcome = "good",
      title = "Diwedd: mae'r patrwm yn cael ei weld ac mae Rhys yn cael ei amddiffyn",
      text = [[
Mae'r gwasanaethau cymdeithasol plant, yr heddlu a'r ysgol yn gweithio gyda'i gilydd. Mae'r
ysgol yn adrodd yr hyn y mae'n ei weld wrth y gât, mae'r heddlu'n tarfu ar y dyn a elwir
yn "Deeks", ac mae Rhys, gyda chymorth gweithiwr ieuenctid, yn dechrau siarad yn araf
bach. Mae'n rhoi'r gorau i fynd ar goll.

Rhannoch y patrwm y diwrnod ar ôl iddo gael ei ganfod, dywedoch wrth yr ysgol beth i gadw
llygad amdano, cadwoch enw Ezra allan o bob dogfen a rannwyd, a rhoi dim i'r gohebydd. Pan
fydd yr achos yn cael ei adolygu, gellir olrhain pob penderfyniad: beth a rannwyd, gyda
phwy a pham, a pham na chafodd y gohebydd ddim.
]] },

    gap_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Diwedd: mae Rhys yn cael ei amddiffyn, ond ni adawodd un penderfyniad ôl",
      text = [[
Mae'r gwasanaethau cymdeithasol plant, yr heddlu a'r ysgol yn gweithio gyda'i gilydd, ac
mae Rhys yn rhoi'r gorau i fynd ar goll. Fisoedd yn ddiweddarach mae'r un wefan yn
cyhoeddi stori am blentyn arall, a gofynnir i'r heddlu a oedd swyddogion wedi cadarnhau
manylion am Rhys i'r gohebydd.

Rydych yn cofio ei gwrthod, ond mae'r cofnod yn dangos pob penderfyniad ond hwnnw, ac mae'n
cymryd wythnosau i setlo'r cwestiwn. Mae rheol euraidd 7 (2024) yn gofyn i chi gofnodi'r
rhesymau dros benderfyniad "p'un a ydych yn penderfynu rhannu gwybodaeth ai peidio".
]] },

    unrecorded_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Diwedd: penderfyniadau da sy'n anodd eu dilyn",
      text = [[
Mae gweithio gyda'r gwasanaethau cymdeithasol plant yn helpu i amddiffyn Rhys. Ond fisoedd
yn ddiweddarach mae swyddog newydd yn cymryd yr achos drosodd ac yn dod o hyd i ddim ond
"rhannwyd gwybodaeth â phartneriaid fel y bo'n briodol". Heb wybod bod rhaid amddiffyn
hanes y person ifanc, mae'n gofyn i'r ysgol ai Ezra "yw'r bachgen a ddywedodd wrthym am
Deeks".

Ni ddaw dim o hynny y tro hwn, ond gallai fod wedi gwneud. Mae cofnod clir o'r rhesymau
a'r mesurau diogelu (rheol euraidd 7, 2024) yn amddiffyn pawb dan sylw.
]] },

    gate_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Diwedd: nid yw'r ysgol yn gwybod beth y mae'n ei weld",
      text = [[
Ar ôl cael gwybod na all yr heddlu rannu dim, mae'r ysgol yn parhau i drin absenoldebau
Rhys fel triwantiaeth. Ddydd Gwener mae cynorthwyydd addysgu yn ei weld yn mynd i mewn i
gar du wrth y gât ac nid yw'n meddwl dim am y peth. Mae ar goll am bedwar diwrnod, ac mae'n
cael ei ganfod mewn fflat mewn sir arall, yn ofnus ac mewn dyled.

Pan fydd Mr Abbott yn dysgu beth yr oedd yr heddlu'n ei wybod, mae'n gofyn pam na ddywedodd
neb wrth yr ysgol beth i chwilio amdano. Mae Working Together 2023 (paragraff 30) yn dweud
bod rhannu gwybodaeth yn hanfodol i nodi patrymau pan fo plentyn yn mynd ar goll, "gan
gynnwys bod ar goll o addysg".
]] },

    log_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Diwedd: mae cudd-wybodaeth a fwriadwyd i'r heddlu yn cyrraedd y bobl anghywir",
      text = [[
Mae Mr Abbott yn anfon y log ymlaen at y staff sy'n goruchwylio'r gât. Mae un o'r oedolion
a enwir ynddo yn frawd hŷn i ddisgybl, ac o fewn dyddiau mae'r enwau'n cael eu trafod wrth
y gât. Mae'r dynion yn dysgu bod yr heddlu'n edrych arnynt, yn penderfynu bod Rhys wedi bod
yn siarad, ac yn ei fygwth; mae cymydog a oedd wedi ffonio'r heddlu yn cael ei adnabod o
fanylyn yn y log.

Mae rheol euraidd 6 (2024) yn dweud "rhannwch yn unig y wybodaeth sydd ei hangen arnynt",
ac mae rheol euraidd 5 yn gofyn i chi amddiffyn hunaniaeth pobl a allai ddioddef niwed pe
bai camdriniwr neu un o'i gysylltiadau yn dod i wybod eu manylion.
]] },

    press_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Diwedd: anhawster y buoch yn onest amdano",
      text = [[
Gan i chi ddweud wrth y gweithiwr cymdeithasol a'ch goruchwyliwr ar unwaith, mae cynllun
diogelwch newydd yn cael ei wneud yn gyflym, ac mae swyddfa'r wasg yn gofyn i'r wefan
dynnu'r manylion sy'n ei adnabod. Mae'n cymryd misoedd i unioni'r niwed: am gyfnod nid yw
Rhys yn ymddiried yn neb.

Y wers yw bod y cyntaf o gwestiynau "pryd i rannu", sef a oes diben clir a dilys, yn
berthnasol i bob cais, gan gynnwys cais gan y cyfryngau.
]] },

    late_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Diwedd: daw help ar ôl iddo fynd ar goll am y pedwerydd tro",
      text = [[
Unwaith y bydd gan y gwasanaethau cymdeithasol plant y patrwm llawn, maen nhw a'r heddlu'n
cynllunio gyda'i gilydd, ac mae'r ysgol yn cael gwybod beth i gadw llygad amdano. Mae Rhys
yn cael ei amddiffyn yn y pen draw, ond dim ond ar ôl iddo fynd ar goll am y pedwerydd tro,
anafu ei law, a chael ei ddal â chyffuriau dosbarth A ymhell o gartref.

Mae Working Together 2023 (paragraff 30) yn dweud bod rhannu gwybodaeth yn "hanfodol i
nodi patrymau ymddygiad pan fo plentyn mewn perygl o fynd ar goll neu wedi mynd ar goll".
]] },

    exposed_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Diwedd: mae plentyn a helpodd yn cael ei roi mewn perygl",
      text = [[
Mae'r cofnodion, gydag enw Ezra ynddynt, yn mynd i sawl asiantaeth. O fewn wythnos mae
rhywun yn dweud bod Ezra "wedi siarad". Mae'n cael ei fygwth y tu allan i'r ysgol, ac mae
ei deulu'n gofyn am gael symud. Mae angen amddiffyn Ezra ei hun erbyn hyn, ac mae pobl
ifanc ar yr ystad yn rhoi'r gorau i siarad â'r heddlu.

Mae rheol euraidd 5 (2024) yn bodoli ar gyfer hyn yn union: amddiffyn hunaniaeth pobl a
allai ddioddef niwed pe bai camdriniwr neu un o'i gysylltiadau yn dod i wybod eu manylion.
]] },

    withdrawn_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Diwedd: mae Rhys wedi'i dorri i ffwrdd o'r bobl sy'n ei helpu",
      text = [[
Ni all y gweithiwr cymdeithasol ddeall pam mae Rhys wedi rhoi'r gorau i ymgysylltu, ac mae'r
cynlluniau ar gyfer ei ddiogelwch yn seiliedig ar y ffeithiau anghywir. Mae Michelle yn
beio'r heddlu, ac yn peidio â rhoi gwybod yn gyflym bod Rhys ar goll. Wythnosau'n
ddiweddarach mae'n cael ei ganfod wedi'i anafu mewn tref arall.

Pan ddaw ffynhonnell y stori i'r amlwg, ni all neb egluro'r penderfyniad, oherwydd nid
oes cofnod ohono. Mae gwybodaeth a rannwyd â gohebydd, heb ddiben dilys, wedi dadwneud
llawer o'r gwaith da gydag asiantaethau eraill.
]] },

    poor_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Diwedd: mae'r camfanteisio'n parhau",
      text = [[
Nid oes neb y tu allan i'r heddlu yn rhoi'r darnau at ei gilydd. Mae Rhys yn mynd ar goll
dro ar ôl tro; bob tro y daw rhywun o hyd iddo, mae'n cael ei drin a'i anfon adref. Fisoedd
yn ddiweddarach mae'n cael ei anafu'n ddifrifol mewn fflat mewn tref arall. Mae adolygiad yn
canfod bod yr heddlu, yr ysgol a'i fam i gyd yn dal rhan o'r darlun.

Mae Working Together 2023 (paragraff 28) yn dweud y "gall cyfleoedd a gollwyd i rannu
gwybodaeth mewn modd amserol arwain at ganlyniadau difrifol i blant".
]] },
  },
}
