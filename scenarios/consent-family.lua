-- A family of "share or do not share?" vignettes that vary the agency, the consent
-- position, whether the information identifies anyone, the risk to the child, and the
-- lawful reason (if any) to share without consent.
--
-- The answer to each case comes from sharepack.decide, which follows the "when to share"
-- questions of the Children's MARS Information Sharing Guidance (June 2020), section 5.1.
-- The case, the facts and the reasoning are all built from the same variables below, so
-- the "why" always explains the question that decided the case.
--
-- Golden rules are numbered as in the MARS guidance, section 2 (the HM Government advice
-- of July 2018): 1 not a barrier, 2 open and honest, 3 seek advice, 4 consent,
-- 5 safety and well-being, 6 necessary and proportionate, 7 record.

local MARS = "Children's MARS Information Sharing Guidance (June 2020)"

-- The four questions, word for word as in MARS section 5.1.
local Q = {
  purpose = "Is there a clear and legitimate purpose for sharing information?",
  consent = "Do you have consent to share?",
  identifiable = "Does the information enable an individual to be identified?",
  lawful_basis = "Have you identified a lawful reason to share information without consent?",
}

-- Invented first names for the children and parents, given out in a fixed pseudo-random
-- order (sharepack.random is seeded from the script's name).
local function shuffled(list)
  local t = {}
  for i, v in ipairs(list) do t[i] = v end
  for i = #t, 2, -1 do
    local j = sharepack.random(1, i)
    t[i], t[j] = t[j], t[i]
  end
  return t
end
local girls = shuffled{ "Amelia", "Elif", "Maya", "Zara", "Poppy", "Hana", "Freya", "Nia" }
local boys = shuffled{ "Theo", "Kai", "Rowan", "Arlo", "Reuben", "Idris", "Callum", "Tomasz" }
local mothers = shuffled{ "Mandy", "Carly", "Kirsty", "Natalia", "Kayleigh", "Shauna", "Roxanne", "Gosia" }
local next_name = { girl = 0, boy = 0, mother = 0 }
local function take(kind, pool)
  next_name[kind] = next_name[kind] + 1
  return pool[next_name[kind]]
end

-- The variants. Each row says who holds the information, who it might go to and why, the
-- consent position ("given", "refused", "not_asked": not asked because asking would
-- increase the risk, or "not_sought": nobody's consent has been asked for), whether the
-- information identifies anyone, the risk ("significant": a risk of significant harm,
-- or "none": no safeguarding concern), and the lawful reason to share without consent:
-- "public task" or "legal obligation" (the bases Working Together 2023, paragraph 31,
-- names for safeguarding), or false when there is none. The risk and the basis are kept
-- apart because they are different things: a risk of harm is a reason to share, the basis
-- is what makes sharing lawful, and some bases (a legal obligation) need no risk at all.
-- Text fields may use {child}, {mother} and {worker}.
local variants = {
  { -- 1: consent refused, identifiable, risk of significant harm: share (lawful basis)
    agency = "health", child = "boy",
    title = "A health visitor finds a neglected baby and his mother refuses a referral",
    worker = "Sunita", worker_full = "Sunita Rao, a health visitor",
    story = [[At a home visit, {worker_full}, finds {child}, nine months old, in a soiled cot with
severe nappy rash and a bottle of sour milk. There is almost no food in the flat, and
{child}'s mother, {mother}, says she has "stopped coping" since his father left.]],
    what = "her concerns about {child}", recipient = "children's social care",
    purpose = true, purpose_why = "children's social care can protect a baby who may be neglected",
    consent = "refused",
    consent_case = [[{worker} explains to {mother} what she would share, with whom and why, and asks
for her agreement. {mother} refuses: "I don't want social workers in my house."]],
    consent_why = "{mother} has refused",
    identifiable = true, identifiable_why = "the referral names {child} and his mother",
    risk = "significant",
    lawful = "public task",
    lawful_why = "protecting a baby who may be at risk of significant harm through neglect is part of the health visitor's public task",
  },
  { -- 2: not asked because asking would increase risk, identifiable, significant: share
    agency = "education", child = "girl",
    title = "A pupil says her stepfather pushed her down the stairs",
    worker = "David", worker_full = "David Osei, the designated safeguarding lead at a secondary school",
    story = [[{child}, 13, tells her form tutor that her stepfather hits her mother, and that last
night he pushed {child} down the stairs when she tried to stop him. Her tutor passes this
at once to {worker_full}. {child} has a graze on her cheek and is frightened to go home.]],
    what = "what {child} has said", recipient = "children's social care and the police",
    purpose = true, purpose_why = "they need it to protect {child}",
    consent = "not_asked",
    consent_case = [[{worker} has not asked {child}'s mother or stepfather for consent: he believes
that if they knew, {child} could be at greater risk tonight.]],
    consent_why = "{worker} has not asked, as asking could put {child} at greater risk",
    identifiable = true, identifiable_why = "it is about {child} and her family",
    risk = "significant",
    lawful = "public task",
    lawful_why = "protecting a pupil who may be at risk of significant harm is part of the school's public task",
  },
  { -- 3: consent given, no safeguarding concern: share (consent)
    agency = "early-years", child = "boy",
    title = "A bereaved mother asks the nursery to pass on her son's story",
    worker = "Bethan", worker_full = "Bethan Rees, a nursery key person",
    story = [[{child}, 4, has become clingy and tearful at nursery since his grandad died last
month. His mother, {mother}, asks {worker_full}, to help her get him some support. The
local children's centre runs a group for young children who have lost someone close.
There are no concerns about {child}'s safety.]],
    what = "{child}'s details, and how he has been since his loss,", recipient = "the children's centre",
    purpose = true, purpose_why = "a referral would get {child} support with his grief",
    consent = "given",
    consent_case = [[{worker} explains what she would share and why. {mother} agrees, and signs the
referral form to say so.]],
    consent_why = "{mother} has agreed after {worker} explained what she would share, and signed the form",
    identifiable = true, identifiable_why = "the referral names {child}",
    risk = "none",
  },
  { -- 4: consent given, no safeguarding concern: share (consent)
    agency = "social-care", child = "girl",
    title = "A family support worker backs a family's request to move home",
    worker = "Musa", worker_full = "Musa Sesay, a family support worker in children's social care",
    story = [[{worker_full}, has been helping {mother} and her three children, including {child}, 6,
who has severe asthma. The family share one bedroom in a damp flat. {mother} has applied
to the council for a transfer, and asks {worker} to write to the housing team describing
the conditions and how they affect {child}'s health. There are no concerns about the
children's safety.]],
    what = "the family's circumstances and {child}'s asthma", recipient = "the council's housing team",
    purpose = true, purpose_why = "the letter would support the family's application for a better home",
    consent = "given",
    consent_case = [[{worker} goes through what the letter would say, and {mother} agrees in writing.]],
    consent_why = "{mother} has asked for the letter and agreed in writing to what it will say",
    identifiable = true, identifiable_why = "the letter names the family",
    risk = "none",
  },
  { -- 5: nobody's consent sought, not identifiable: share (identifiable)
    agency = "housing",
    title = "A safeguarding partnership asks housing for temporary accommodation figures",
    worker = "Iain", worker_full = "Iain Rowley, a housing officer",
    story = [[The local safeguarding partnership is looking at the needs of children in temporary
accommodation. It asks {worker_full}, for the number of families with children placed in
temporary accommodation each month last year, for each of the council's three districts.
The smallest monthly figure is 41 families.]],
    what = "the monthly totals", recipient = "the safeguarding partnership",
    purpose = true, purpose_why = "the partnership is planning services for children in temporary accommodation",
    consent = "not_sought",
    consent_case = [[The figures would be totals only, with no names, addresses or details of any
household. No family has been asked for consent.]],
    consent_why = "no family has been asked",
    identifiable = false, identifiable_why = "totals of at least 41 families across a whole district point to no one",
    risk = "none",
  },
  { -- 6: consent refused by one parent, but the figures identify no one: share (identifiable)
    agency = "education", child = "boy",
    title = "A school is asked for absence totals that include a pupil whose mother said no",
    worker = "Zoe", worker_full = "Zoe Moss, the attendance officer at a primary school of 420 pupils",
    story = [[{worker_full}, has been worried about {child}, 8, who is often absent. His mother,
{mother}, refused consent for his details to go to the early help team. Now the
safeguarding partnership asks every school for the number of persistently absent pupils
each term, as whole-school totals, for a review of absence across the area. This term the
school's total is 38, including {child}.]],
    what = "the school's termly totals", recipient = "the safeguarding partnership",
    purpose = true, purpose_why = "the partnership is reviewing absence across the area",
    consent = "refused",
    consent_case = [[{mother}'s refusal still stands, and no other parent has been asked about the
totals.]],
    consent_why = "{mother} refused consent for {child}'s details, and no one else was asked",
    identifiable = false, identifiable_why = "a whole-school total of 38 does not point to {child} or any other pupil",
    risk = "none",
  },
  { -- 7: nobody's consent sought, identifiable, no concern: do not share (lawful basis)
    agency = "voluntary", child = "girl",
    title = "A youth project is asked for anonymised figures on young carers",
    worker = "Femi", worker_full = "Femi Okoro, who runs a rural youth project",
    story = [[The safeguarding partnership asks local youth projects for anonymised figures on young
carers. {worker_full}, has a table showing, for each village, how many young people of
each age attend and how many are young carers. In one village only one 14-year-old
attends: {child}, who is a young carer for her father. There are no concerns about any
young person's safety.]],
    what = "the table as it stands", recipient = "the safeguarding partnership",
    purpose = true, purpose_why = "the partnership is planning support for young carers",
    consent = "not_sought",
    consent_case = [[Nobody has been asked for consent, and the project's leaflet for families says
nothing about sharing figures.]],
    consent_why = "nobody has been asked",
    identifiable = true, identifiable_why = "anyone who knows the village can tell that the one 14-year-old young carer is {child}",
    risk = "none",
    lawful = false,
    lawful_why = "there is no concern about {child}'s safety, no law requires the table, and the partnership's task needs only anonymised figures",
    instead = "Merge the small groups (for example, wider age bands or whole-area totals) so that no one can be picked out, and then share",
  },
  { -- 8: consent refused, identifiable, no concern: do not share (lawful basis)
    agency = "housing", child = "girl",
    title = "A tenancy officer wants to refer a family who say they are managing",
    worker = "Ruth", worker_full = "Ruth Tate, a tenancy support officer",
    story = [[{worker_full}, visits {mother}, a single parent, about rent arrears. The home is warm
and tidy, and {child}, 5, is clearly well cared for. {mother} says money is tight since
her hours were cut. {worker} thinks the family could benefit from the council's early
help service and its benefits advice.]],
    what = "the family's details", recipient = "the early help team",
    purpose = true, purpose_why = "early help could offer the family support",
    consent = "refused",
    consent_case = [[{worker} explains what a referral would involve. {mother} says no: "We're
managing, and I don't want anyone else knowing our business."]],
    consent_why = "{mother} has refused",
    identifiable = true, identifiable_why = "a referral would name the family",
    risk = "none",
    lawful = false,
    lawful_why = "there is no concern about {child}'s safety, only a wish to offer support, and no law requires a referral",
    instead = "Respect {mother}'s decision, give her the early help team's details so that she can ask for help herself, and keep offering support",
  },
  { -- 9: no legitimate purpose: do not share (purpose)
    agency = "police", child = "boy",
    title = "A football tournament organiser asks an officer about a player",
    worker = "Rob", worker_full = "PC Rob Kane",
    story = [[{child}, 13, plays in a local youth football team. The organiser of a summer tournament
knows {worker_full} from the club and asks him whether {child} "has been in trouble with
the police", because he is deciding which players to pick. {worker} knows that police
records hold an incident from last year in which {child} was a witness.]],
    what = "what police records hold about {child}", recipient = "the tournament organiser",
    purpose = false, purpose_why = "the organiser has no role in safeguarding {child} or supporting his family; choosing a football team is not a safeguarding purpose",
    consent = "refused",
    consent_case = [[{child}'s mother, {mother}, has already told the organiser that it is none of his
business.]],
    consent_why = "{mother} has refused",
    identifiable = true, identifiable_why = "the information is about a named boy",
    risk = "none",
  },
  { -- 10: no legitimate purpose, even though the children are at risk: do not share (purpose)
    agency = "social-care",
    title = "A councillor asks for the names of children on protection plans in his ward",
    worker = "Rachel", worker_full = "Rachel Adams, a team manager in children's social care",
    story = [[A local councillor emails {worker_full}. He asks for the names and addresses of the
children in his ward who are on child protection plans, so that he can "pop round and
check they are all right". He is not involved in any of the children's plans.]],
    what = "the names and addresses", recipient = "the councillor",
    purpose = false, purpose_why = "the councillor has no role in any of these children's plans; the professionals named in each plan do that work",
    consent = "not_sought",
    consent_case = [[No family has been asked for consent.]],
    consent_why = "no family has been asked",
    identifiable = true, identifiable_why = "names and addresses identify each child",
    risk = "significant",
  },
  { -- 11: consent refused, identifiable, no current risk, but the law requires it: share (lawful basis)
    agency = "health", child = "boy",
    title = "A safeguarding partnership reviewing a baby's death asks a GP practice for records",
    worker = "Dr Qureshi", worker_full = "Dr Imran Qureshi, a GP",
    story = [[{child}, four months old, died suddenly at home in the spring. The local safeguarding
partnership is carrying out a review of his death and of how agencies worked with the
family. It writes to {worker_full}, requiring the practice, under section 14B of the
Children Act 2004, to provide a summary of its contacts with {child} and with his mother,
{mother}, in the year before he died. The letter says what the summary must cover.]],
    what = "the summary", recipient = "the safeguarding partnership",
    purpose = true, purpose_why = "the partnership needs it to review {child}'s death, which is one of its functions",
    consent = "refused",
    consent_case = [[{worker} tells {mother} about the request. Still grieving, she says she does not
want people she has never met reading about her and her son.]],
    consent_why = "{mother} has said no",
    identifiable = true, identifiable_why = "the summary is about {child} and his mother",
    risk = "none",
    lawful = "legal obligation",
    lawful_why = "the partnership has required the information under section 14B of the Children Act 2004, so providing it is a legal obligation",
  },
}

-- Replace {name} placeholders; a name the row does not give is a mistake in this script.
local function fill(s, vars)
  return (s:gsub("{([%w_]+)}", function(k)
    local v = vars[k]
    if v == nil then error("consent-family: no value for {" .. k .. "}", 2) end
    return v
  end))
end

local function join_rules(list)
  if #list == 1 then return tostring(list[1]) end
  return table.concat(list, ", ", 1, #list - 1) .. " and " .. list[#list]
end

local function capital(s) return (s:gsub("^%l", string.upper)) end

for n, v in ipairs(variants) do
  local vars = { worker = v.worker, worker_full = v.worker_full }
  if v.child then vars.child = take(v.child, v.child == "girl" and girls or boys) end
  for _, field in pairs(v) do
    if type(field) == "string" and field:find("{mother}", 1, true) then
      vars.mother = take("mother", mothers)
      break
    end
  end
  local function f(s) return fill(s, vars) end

  local facts = {
    purpose = v.purpose,
    consent = v.consent == "given",
    identifiable = v.identifiable,
    lawful_basis = v.lawful and true or false,
  }
  local outcome, question = sharepack.decide(facts)

  -- The case: the story, the consent position, and the question.
  local case = f(v.story) .. "\n\n" .. f(v.consent_case) .. "\n\n" ..
    f("Should {worker} share " .. v.what .. " with " .. v.recipient .. "?")

  -- The reasoning: walk the questions in order until one decides, then the golden rules.
  local parts, rules, seen = {}, {}, {}
  local function say(text, ...)
    parts[#parts + 1] = text
    for _, r in ipairs{ ... } do
      if not seen[r] then seen[r] = true; rules[#rules + 1] = r end
    end
  end
  local extra_source = {}

  say(outcome == "share" and "Share." or "Do not share.")
  say(('The MARS "when to share" questions (section 5.1): "%s" %s: %s.')
    :format(Q.purpose, v.purpose and "Yes" or "No", f(v.purpose_why)))
  if question == "purpose" then
    say('The flowchart stops there: "do not share".')
    if v.risk == "significant" then
      say("The risk to the children is real, but the question is about this recipient: protecting them is for those with a role in it.")
    end
    say('Golden rule 6 says information should be "shared only with those individuals who need to have it". Golden rule 7: record the decision and the reasons; the MARS principles (section 4.7) say it is good practice to "record the reasons for this decision and discuss them with the requester".', 6, 7)
    extra_source[#extra_source + 1] = "section 4.7 (Record)"
  else
    say(('"%s" %s: %s.'):format(Q.consent, v.consent == "given" and "Yes" or "No", f(v.consent_why)))
    if question == "consent" then
      say('So "you can share but should consider how".')
      say('Golden rule 4 says "where possible, share information with consent", and golden rule 2 asks you to be open about "why, what, how and with whom". Consent must be "unambiguous, freely given and may be withdrawn at any time" (flowchart note). Share only what ' .. v.recipient .. ' needs (golden rule 6), and record the consent and what you shared (golden rule 7).', 4, 2, 6, 7)
      extra_source[#extra_source + 1] = "section 5.3 (the flowchart note on consent)"
    else
      say(('"%s" %s: %s.'):format(Q.identifiable, v.identifiable and "Yes" or "No", f(v.identifiable_why)))
      if question == "identifiable" then
        say('So "you can share but should consider how". Personal data is information that could be used to identify a person (North East Lincolnshire procedure, section 2.1); these totals are not about anyone in particular.')
        say('Golden rule 6 still applies: share only the totals asked for, securely, and check that no figure is small enough to point to a family. Record what you shared and why (golden rule 7).', 6, 7)
        extra_source[#extra_source + 1] = "North East Lincolnshire information sharing procedure, section 2.1 (personal data)"
      elseif outcome == "share" then
        say(('"%s" Yes: %s.'):format(Q.lawful_basis, f(v.lawful_why)))
        say(('Working Together 2023 (paragraph 31) names "legal obligation" and "public task" as lawful bases that may be appropriate for safeguarding; here it is %s.'):format(v.lawful))
        if v.risk == "significant" then
          if v.consent == "not_asked" then
            say('MARS says information "can be shared legally without consent" if "to gain consent could place a child at risk"; golden rule 2 says seek agreement "unless it is unsafe or inappropriate to do so".', 2)
          else
            say(f('The MARS guidance says information "can be shared lawfully" to keep a child "safe from neglect or physical, emotional or mental harm". Golden rule 2: be open, and tell {mother} what has been shared, if that is safe.'), 2)
          end
          say(f('Golden rule 4 allows sharing without consent "where safety may be at risk", and golden rule 5 puts {child}\'s safety first. Record what was shared, with whom and why (golden rule 7).'), 4, 5, 7)
          extra_source[#extra_source + 1] = "the section on the GDPR and Data Protection Act 2018"
        else
          say('The North East Lincolnshire procedure (section 7) says that under section 14B of the Children Act 2004 the partnership "can require a person or body to comply with a request for information", and that any request "must be necessary and proportionate to the reasons for the request".')
          say(f('Golden rule 4 asks you to respect the wishes of those who do not consent "where possible"; where the law requires the information, it is not possible, so be open instead: golden rule 2 asks you to tell {mother} what will be shared, with whom and why. Share the summary asked for, not the whole record (golden rule 6), and record what was shared and the basis for it (golden rule 7).'), 2, 4, 6, 7)
          extra_source[#extra_source + 1] = "North East Lincolnshire information sharing procedure, section 7"
        end
        extra_source[#extra_source + 1] = "Working Together to Safeguard Children 2023, paragraph 31"
      else
        say(('"%s" No: %s. The flowchart says "do not share".'):format(Q.lawful_basis, f(v.lawful_why)))
        if v.consent == "refused" then
          say('Golden rule 4 says "where possible, respect the wishes of those who do not consent to having their information shared". ' .. f(v.instead) .. '. If concerns about ' .. vars.child .. "'s safety arise, seek advice (golden rule 3). Record the decision and why (golden rule 7).", 4, 3, 7)
        else
          say('Golden rule 6 points to what to do instead: share only what is necessary. ' .. f(v.instead) .. '. Record the decision and why (golden rule 7).', 6, 7)
        end
      end
    end
  end

  table.sort(rules)
  local source = ("%s, section 2 (golden rules %s), section 5.1 (when to share)"):format(MARS, join_rules(rules))
  for _, s in ipairs(extra_source) do
    if s:match("^North East") or s:match("^Working Together") then
      source = source .. "; " .. s
    else
      source = source .. " and " .. s
    end
  end

  sharepack.vignette{
    id = "family-consent-" .. n,
    title = v.title,
    facts = facts,
    audience = { v.agency },
    rules = rules,
    source = source,
    edition = "england-2018",
    -- The worker is the one person each case names in full.
    people = { (v.worker_full:match("^[^,]+")) },
    case = case,
    why = table.concat(parts, " "),
  }
end
