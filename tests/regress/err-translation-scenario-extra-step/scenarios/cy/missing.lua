-- The Welsh translation of scenarios/missing.lua.
sharepack.scenario{
  id = "missing", lang = "cy", title = "Mae bachgen yn mynd ar goll", audience = { "police" },
  edition = "england-2024", start = "found",
  intro = [[Mae Rhys, 15, yn mynd ar goll dro ar ôl tro.]],
  steps = {
    found = sharepack.step{ text = [[Mae'n cael ei ganfod ymhell o gartref.]], choices = {
      sharepack.choice{ label = "Cau'r adroddiad, gan ei fod gartref a heb ei anafu erbyn hyn",
        go = "poor_end", grade = "unsafe", feedback = [[Mae'r patrwm yn cael ei golli.]] },
      sharepack.choice{ label = "Dweud wrth y gwasanaethau cymdeithasol heddiw",
        go = "school", grade = "expected", rules = { 1 }, supports = "share",
        feedback = [[Amddiffyn sy'n dod gyntaf.]] },
      sharepack.choice{ label = "Aros wythnos",
        go = "school", grade = "acceptable", feedback = [[Yn hwyr, ond dim niwed.]] },
    } },
    school = sharepack.step{ text = [[Mae'r ysgol yn gofyn beth rydych chi'n ei wybod.]], choices = {
      sharepack.choice{ label = "Anfon y log cudd-wybodaeth cyfan atynt gyda phob enw ynddo",
        go = "poor_end", grade = "unsafe", rules = { 6 }, principles = { "necessary" },
        supports = "no-share", feedback = [[Llawer mwy nag sydd ei angen.]] },
      sharepack.choice{ label = "Beth i gadw llygad amdano",
        go = "good_end", grade = "expected", rules = { 6 }, principles = { "relevant" },
        supports = "share", feedback = [[Yr hyn sydd ei angen arnynt.]] },
      sharepack.choice{ label = "Dim eto",
        go = "good_end", grade = "acceptable", feedback = [[Ni allant helpu.]] },
    } },
    call_back = sharepack.step{ text = [[Mae'r ysgol yn ffonio eto.]], choices = {
      sharepack.choice{ label = "Ateb", go = "good_end", grade = "expected",
        feedback = [[Da.]] },
      sharepack.choice{ label = "Peidio ag ateb", go = "poor_end", grade = "unsafe",
        feedback = [[Drwg.]] },
    } },
    good_end = sharepack.step{ ending = true, outcome = "good",
      title = "Diwedd: mae Rhys yn cael ei amddiffyn", text = [[Mae'r patrwm yn cael ei weld.]] },
    poor_end = sharepack.step{ ending = true, outcome = "poor",
      title = "Diwedd: mae'r niwed yn parhau", text = [[Nid oes neb yn gweld y patrwm.]] },
  },
}
