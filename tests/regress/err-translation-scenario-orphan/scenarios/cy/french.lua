-- A translation into a language the settings do not list.
sharepack.scenario{
  id = "missing", lang = "fr", title = "Un garçon disparaît", audience = { "police" },
  edition = "england-2024", start = "found",
  steps = {
    found = sharepack.step{ text = [[Il est retrouvé loin de chez lui.]], choices = {
      sharepack.choice{ label = "Classer", go = "poor_end", grade = "unsafe", feedback = [[Non.]] },
      sharepack.choice{ label = "Le dire aux services sociaux", go = "school", grade = "expected",
        rules = { 1 }, supports = "share", feedback = [[Oui.]] },
      sharepack.choice{ label = "Attendre", go = "school", grade = "acceptable", feedback = [[Tard.]] },
    } },
    school = sharepack.step{ text = [[L'école demande.]], choices = {
      sharepack.choice{ label = "Tout envoyer", go = "poor_end", grade = "unsafe", rules = { 6 },
        principles = { "necessary" }, supports = "no-share", feedback = [[Trop.]] },
      sharepack.choice{ label = "Quoi surveiller", go = "good_end", grade = "expected", rules = { 6 },
        principles = { "relevant" }, supports = "share", feedback = [[Bien.]] },
      sharepack.choice{ label = "Rien", go = "good_end", grade = "acceptable", feedback = [[Peu.]] },
    } },
    good_end = sharepack.step{ ending = true, outcome = "good", title = "Fin", text = [[Bien.]] },
    poor_end = sharepack.step{ ending = true, outcome = "poor", title = "Fin", text = [[Mal.]] },
  },
}
