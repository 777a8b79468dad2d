import { tidySourceName } from '../../src/importer/citations';
import { followedToEnd, fullNameOf } from '../../src/importer/full-names';
import { findMentions } from '../../src/importer/mentions';
import { parseExplainer } from '../../src/importer/parse-explainer';

// Attributed sources (made-up texts): each attribution shape gives its citations, persons, countries, credits and
// outlets only mentioned give none, and words inside quotation marks attribute nothing.
const ref = { referenceDate: new Date('2023-06-01T00:00:00Z') };
const cite = (body: string) => {
  const d = parseExplainer(`Port reopens after storm\n\n${body}`, ref);
  return {
    citations: d.sections.flatMap((s) => s.citations.map((c) => [c.source, c.excerpt])),
    sources: d.sources.map((s) => [s.name, s.kind]),
  };
};
/** Each sentence, on its own, is cited once and whole by the source beside it. */
const expectCitedWhole = (cases: [sentence: string, source: string][]) => {
  for (const [sentence, source] of cases) expect(cite(sentence).citations).toEqual([[source, sentence]]);
};

describe('citations by the shape of the attribution', () => {
  it('"the UN agency said": the UN agency named or cited before, not the UN; "the U.N.’s refugee agency" names UNHCR', () => {
    const a = 'The World Food Program (WFP) condemned the attack on the convoy near the port on Sunday.';
    const b = 'The convoy had entered the port when the crowd came under fire, the UN agency said in a statement.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([['World Food Program', b]]);
    // No UN agency named before: the UN itself, as before.
    expect(cite(b).citations).toEqual([['UN', b]]);
    const c = 'More than 400 people have left the port town since Monday, the U.N.’s refugee agency said.';
    expect(cite(c).citations).toEqual([['UNHCR', c]]);
    const d = 'Cases of cholera have doubled in the port town, according to the United Nations health agency.';
    expect(cite(d).citations).toEqual([['World Health Organization', d]]);
    const e = 'More than 400 people have left the port town since Monday, the UN Refugee Agency said.';
    // (a name of capitals names as the text has it, as "Red Cross" does)
    expect(cite(e).citations).toEqual([['UN Refugee Agency', e]]);
    const f = 'Cases of cholera have doubled in the port town, according to the United Nations agency.';
    expect(cite(`${a}\n\n${f}`).citations).toEqual([['World Food Program', f]]);
  });

  it('"<Place> police said", "according to <Place> police": the police of that place, not another force named before', () => {
    const a = 'Twelve officers were shot, according to Halvor police.';
    expect(cite(a).citations).toEqual([['Halvor Police', a]]);
    const b = 'The harbour was closed, Ostland Port Police said on Monday.';
    const c = 'In a statement released in Velden, Scotland Yard police said they had been told of an arrest.';
    expect(cite(`${b}\n\n${c}`).citations).toEqual([
      ['Ostland Port Police', b],
      ['Scotland Yard Police', c],
    ]);
    // (a word that tells which police, or when, is no place)
    expect(cite('Riot police said the crowd had left the square by midnight.').citations.map(([who]) => who)).not.toContain('Riot Police');
    expect(cite('Initial police reports spoke of nearly 19,000 people evacuated.').citations.map(([who]) => who)).not.toContain('Initial Police');
  });

  it('"a spokesman for <Name> (in <Place>) said": a body by one to three capitalised words that are no one\'s name', () => {
    const a = 'A spokesman for Harbourpol in Ostland said the suspect was being driven back to the capital.';
    expect(cite(a).citations).toEqual([['Harbourpol', a]]);
    // (a person's surname, "he" after it, is no body; capitals that a lower-case name goes on from name no body alone)
    expect(cite('A spokesman for Kettridge in Velden said he would not resign.').citations).toEqual([]);
    expect(cite('A spokeswoman for the Halvor district told reporters that one person died.').citations).toEqual([]);
  });

  it('a name set in capitals is read whole, in the case names are written in; acronyms stay apart', () => {
    const a = 'HARBOUR TIMES reported the sack of the power minister on Wednesday.';
    expect(cite(a).citations).toEqual([['Harbour Times', a]]);
    const b = 'NORWAY NAFDAC said the drug was fake.';
    expect(cite(b).citations).toEqual([['NAFDAC', b]]);
  });

  it('a one-word company: what it says of "it", or what it is before its name, tells it is no person', () => {
    const a = 'Halvorsen said on Friday it would cut power from the national grid.';
    expect(cite(a).citations).toEqual([['Halvorsen', a]]);
    const b = 'Struggling state power utility Halvorsen said the grid would hold.';
    expect(cite(b).citations).toEqual([['Halvorsen', b]]);
    // A one-word subject that says "he" is no company.
    expect(cite('Halvorsen said on Friday he would resign.').citations).toEqual([]);
  });

  it('a one-word company named in a title-case headline: the headline’s capitals make no surname of it', () => {
    const body = 'Power utility Halvorsen has both. Halvorsen said that output was constrained.';
    const d = parseExplainer(`Why Are Halvorsen Shares Falling?\n\n${body}`, ref);
    expect(d.sections.flatMap((s) => s.citations.map((c) => [c.source, c.excerpt]))).toEqual([['Halvorsen', 'Halvorsen said that output was constrained.']]);
  });

  it('"Velden East police commander X said": the police of a place of one to three words', () => {
    const a = 'Velden East police commander Tomas Reyk said the port would reopen.';
    expect(cite(a).citations).toEqual([['Velden East Police', a]]);
    const b = 'NSW police commissioner Tomas Reyk said the port would reopen.';
    expect(cite(b).citations).toEqual([['NSW Police', b]]);
    // A sentence's opening words are no place's.
    expect(cite('On Monday Velden police commander Tomas Reyk said the port would reopen.').citations).not.toContainEqual([
      'On Monday Velden Police',
      expect.anything(),
    ]);
  });

  it('a person named after a title ("according to Police Chief Tomas Reyk") is no source; a company named with "Corp" is no person', () => {
    expect(cite('The storm was the strongest in a decade, according to Police Chief Tomas Reyk.').citations).toEqual([]);
    const a = 'Halvor Sciences Corp.’s rocket had been set to launch on Monday.';
    const b = 'The launch cost over $200 million, a Halvor Sciences executive says.';
    expect(cite(`${a} ${b}`).citations).toEqual([['Halvor Sciences', b]]);
  });

  it('"…, the company said." and "It said …" cite the body they refer back to', () => {
    const a = 'Halvor Shipping cancelled all crossings on Monday.';
    const b = 'It said production would resume next week.';
    expect(cite(`${a} ${b}`).citations).toEqual([['Halvor Shipping', b]]);
    const c = 'The Halvor Harbour Commission closed the port on Monday.';
    const d = 'Repairs will take a week, the commission said.';
    expect(cite(`${c} ${d}`).citations).toEqual([['Halvor Harbour Commission', d]]);
    // No body named before: nothing is cited.
    expect(cite(d).citations).toEqual([]);
  });

  it('a name shaped like a person’s that the text treats as a company’s ("X said it would …", "X’s shares") is cited as one', () => {
    const a = 'Halvor Velden told the Harbour Times that supply was improving.';
    const b = 'Halvor Velden said it would add capacity next year.';
    expect(cite(`${a} ${b}`).citations).toEqual([
      ['Halvor Velden', a],
      ['Harbour Times', a],
      ['Halvor Velden', b],
    ]);
    // Without such words the name stays a person's: no source.
    expect(cite('Halvor Velden said he would add capacity next year.').citations).toEqual([]);
  });

  it('an acronym the text spells out is cited by its long name', () => {
    const a = 'The Harbour Safety Board (HSB) inspected the crossing.';
    const b = 'The HSB said in a statement that the crossing would reopen.';
    expect(cite(`${a} ${b}`).citations).toEqual([['Harbour Safety Board', b]]);
  });

  it('"according to X" with an institution the lexicons do not know', () => {
    const s = 'The storm was the strongest in a decade, according to the National Weather Institute.';
    expect(cite(s)).toEqual({ citations: [['National Weather Institute', s]], sources: [['National Weather Institute', 'OTHER']] });
  });

  it('an institution whose name ends like a person or a country is cited whole; a titled person after it is not', () => {
    const a = 'The National Agency of Drug and Food Control said the noodles sold in the country were safe.';
    expect(cite(a).citations).toEqual([['National Agency of Drug and Food Control', a]]);
    const b = 'Transport Canada says it will review how the airline broke the ban.';
    expect(cite(b).citations).toEqual([['Transport Canada', b]]);
    // A person the text names, after a title: the person speaks, no institution is cited under the person's name.
    const c = 'Lena Ostrova arrived on Sunday. Harbour Union Commission Chairperson Lena Ostrova said the port would reopen.';
    expect(cite(c).citations).toEqual([]);
  });

  it('a body cited by the acronym the text spells out elsewhere is named in full', () => {
    const a = 'The Harbour Safety Board (HSB) opened an inquiry on Monday.';
    const b = 'The HSB, which inspects every port, said two cranes had collapsed.';
    expect(cite(`${a} ${b}`)).toEqual({ citations: [['Harbour Safety Board', b]], sources: [['Harbour Safety Board', 'OTHER']] });
  });

  it('an acronym the text uses for a name it spells without the bracket: a run of the name, two letters for an institution, or its first word', () => {
    const a = 'Data from the Centers for Harbour Safety and Prevention show more wrecks.';
    const b = 'Three cranes collapsed on Monday, CHS says.';
    expect(cite(`${a} ${b}`).sources).toEqual([['Centers for Harbour Safety and Prevention', 'OTHER']]);
    const c = 'Halvor Motors has closed its plant. HM says it has offered the union more money.';
    expect(cite(c).sources).toEqual([['Halvor Motors', 'OTHER']]);
    const d = 'The contract went to HXQ Logistics in May. HXQ said it would appeal the ruling.';
    expect(cite(d).sources).toEqual([['HXQ Logistics', 'OTHER']]);
    // Two letters that spell no institution's name stay as they are: no source.
    expect(cite('The Prime Minister spoke on Monday. The PM said the port would reopen.').sources).toEqual([]);
  });

  it('a person\'s employer before or after the name is cited: a possessive, "CEO of" a person-shaped company, a hyphenated name, a place\'s police', () => {
    const cases: [string, string][] = [
      ['"The cranes are safe," Anna Berg, Halvorsen’s vice president for its port division, told reporters.', 'Halvorsen'],
      ['Anna Berg, chairman and CEO of Marlow Hughes, said the deal would create a larger company.', 'Marlow Hughes'],
      ['Anna Berg, general manager at Fisher-Halvor, said the company considered the recall right.', 'Fisher-Halvor'],
      ['"It will mean more floods," WWF-Norden CEO Anna Berg said.', 'WWF-Norden'],
      ['"This is just the beginning," Tromsvik police chief Anna Berg said at a news conference.', 'Tromsvik Police'],
      ['Harbour Conservation Foundation climate and energy program manager Anna Berg said the target was weak.', 'Harbour Conservation Foundation'],
      ['Harbour Weather Office chief meteorologist Anna Berg said: "High pressure is building over the port."', 'Harbour Weather Office'],
    ];
    for (const [s, source] of cases) expect([s, cite(s).sources.map((x) => x[0])]).toEqual([s, [source]]);
    // A person after "spokesman for" is no employer; nor is a bloc before its official's role.
    expect(cite('Anna Berg, a spokeswoman for Prime Minister Lars Holm, said the port would reopen.').sources).toEqual([]);
    expect(cite('EU foreign policy chief Anna Berg said the port would reopen.').sources).toEqual([]);
  });

  it('a title word before an institution\'s word names a company, not a person ("General Motors")', () => {
    const s = 'General Shipping announced on Monday that it will cut 15% of its salaried workforce.';
    expect(cite(s).sources).toEqual([['General Shipping', 'OTHER']]);
  });

  it('state bodies by more heads ("investigative committee", "Ministry of Health") and "police said" as the one force named', () => {
    expect(cite('Norway’s investigative committee said on Saturday the toll was 93.').sources.map((x) => x[0])).toEqual(['Norway investigative committee']);
    expect(cite('Norway’s Ministry of Health has announced 11 new cases.').sources.map((x) => x[0])).toEqual(['Norway Ministry of Health']);
    const a = 'The Tromsvik Police sent officers to the port.';
    const b = 'Two of the injured were in critical condition, police said.';
    expect(cite(`${a} ${b}`).citations).toEqual([['Tromsvik Police', b]]);
    // Two forces named: "police said" is neither.
    expect(cite(`${a} The Harbour Police closed the road. ${b}`).citations).toEqual([]);
  });

  it('"the airline said", "the bank said", "the carrier added" refer back to the airline or bank cited before', () => {
    const a = 'Halvor Airlines said it had cancelled 40 flights.';
    const b = 'The airline said the strike would end on Friday.';
    const c = 'The carrier added that refunds would be paid within a week.';
    expect(cite(`${a} ${b} ${c}`).citations).toEqual([
      ['Halvor Airlines', a],
      ['Halvor Airlines', b],
      ['Halvor Airlines', c],
    ]);
    const d = 'The Harbour Bank of Norden said rates would stay at 4%.';
    const e = 'The bank said inflation was falling.';
    expect(cite(`${d} ${e}`).citations).toEqual([
      ['Harbour Bank of Norden', d],
      ['Harbour Bank of Norden', e],
    ]);
  });

  it('an institution\'s head word alone ("the Committee said") is the one named before with it, else no source', () => {
    const a = 'According to the Port Safety Committee, no crane fell.';
    const b = 'The Committee said it had inspected every dock.';
    expect(cite(`${a} ${b}`).citations).toEqual([
      ['Port Safety Committee', a],
      ['Port Safety Committee', b],
    ]);
    expect(cite(b).citations).toEqual([]);
  });

  it('a two-word demonym ("Saudi Arabian"), an ampersand inside a name and a linking word before an outlet', () => {
    const a = 'The port is closed, the Saudi Arabian Transport Ministry said.';
    expect(cite(a).sources).toEqual([['Saudi Arabian Transport Ministry', 'GOVERNMENT']]);
    const b = 'The new fee will hurt exporters, the Harbour Small & Medium Traders Association said.';
    expect(cite(b).sources).toEqual([['Harbour Small & Medium Traders Association', 'OTHER']]);
    const c = 'Three cranes fell, As Harbour Daily News reported on Tuesday.';
    expect(cite(c).sources.map((x) => x[0])).toEqual(['Harbour Daily News']);
  });

  it('"<Country>\'s <body> said": the possessive becomes a prefix, the kind GOVERNMENT', () => {
    const s = "Norway's Transport Ministry said on Monday the port would reopen.";
    expect(cite(s)).toEqual({ citations: [['Norway Transport Ministry', s]], sources: [['Norway Transport Ministry', 'GOVERNMENT']] });
  });

  it('an outlet named after what it is ("the newspaper Dagbladet", "news agency NTB") is cited, there and later by its name alone', () => {
    const a = 'The Harbour Authority told the local newspaper Vestposten that the port would reopen.';
    const b = 'A pilot later told Vestposten that the storm had passed.';
    const c = 'The port authority earlier told Norwegian news agency NTB that two ships were damaged.';
    const got = cite(`${a} ${b} ${c}`);
    expect(got.citations).toEqual([
      ['Harbour Authority', a],
      ['Vestposten', a],
      ['Vestposten', b],
      ['Harbour Authority', c],
      ['NTB', c],
    ]);
    expect(got.sources).toEqual(
      expect.arrayContaining([
        ['Vestposten', 'NEWSPAPER'],
        ['NTB', 'NEWS_AGENCY'],
      ]),
    );
  });

  it('a company named by one word or with an ampersand ("AT&T revealed") is cited; a place speaking for its government is not', () => {
    const s = 'AT&T revealed on Monday that hackers had reached one of its systems.';
    expect(cite(`Customers of AT&T were warned.\n\n${s} The company serves many customers in the region.`).citations).toEqual([['AT&T', s]]);
    const w = 'Washington said the port would reopen.';
    expect(cite(`Ships wait in Washington for news.\n\n${w}`).citations).toEqual([]);
  });

  it('"X told <outlet>" gives two citations, X and the outlet', () => {
    const s = 'The Harbour Authority told Reuters the port would reopen on Friday.';
    expect(cite(s).citations).toEqual([
      ['Harbour Authority', s],
      ['Reuters', s],
    ]);
  });

  it('"a spokesperson for X said" and "<Name>, director of X, said ... per <outlet>"', () => {
    const a = 'The damage is severe, a spokesperson for the Coastal Research Institute said.';
    const b = 'Repairs will take weeks, said Jane Okafor, the regional director for the Maritime Safety Agency, per Reuters.';
    expect(cite(`${a} ${b}`).citations).toEqual([
      ['Coastal Research Institute', a],
      ['Maritime Safety Agency', b],
      ['Reuters', b],
    ]);
  });

  it('"(Via X, Y)" credits each outlet; a picture credit is no citation', () => {
    const a = 'Some roads are still closed. (Via Al Jazeera, BBC)';
    expect(cite(`${a}\n\nCranes stand idle at the harbour. (Via Getty Images)`).citations).toEqual([
      ['Al Jazeera', a],
      ['BBC', a],
    ]);
  });

  it('"the company added" refers back to the company cited before; a single name that is nobody\'s is a company', () => {
    const a = 'Kestrel said on Monday it would resume flights.';
    const b = 'The company added that some routes would stay closed.';
    expect(cite(`Flights from the carrier, Kestrel, were halted. ${a} ${b}`).citations).toEqual([
      ['Kestrel', a],
      ['Kestrel', b],
    ]);
  });

  it('persons, countries, outlets only mentioned and words inside quotes are no sources', () => {
    const text = [
      'Jane Okafor said the port would reopen.',
      'France said it would send engineers.',
      'German broadcaster Deutsche Welle showed pictures of the harbour.',
      '"The Transport Ministry said nothing to us," a resident said.',
    ].join(' ');
    expect(cite(text).citations).toEqual([]);
  });

  it('"X said ..., Bloomberg reported": the body said it and the outlet reported it, two citations', () => {
    const s = 'The Harbour Authority said it was assessing the damage, Bloomberg reported.';
    expect(cite(s).citations).toEqual([
      ['Harbour Authority', s],
      ['Bloomberg', s],
    ]);
    // (an outlet leading, "Bloomberg reported that ...", still reports the whole sentence)
    const t = 'Bloomberg reported that the Harbour Authority said it was assessing the damage.';
    expect(cite(t).citations).toEqual([['Bloomberg', t]]);
  });

  it('"the country\'s Transport Ministry": the country named last, by a demonym before a place too, or the body cited before of a country the sentence names', () => {
    const a = cite('A ferry went missing off the Indonesian island of Vell. The country’s Transport Ministry confirmed that 39 people were rescued.');
    expect(a.citations.map(([who]) => who)).toEqual(['Indonesia Transport Ministry']);
    // (Brazil, named most, would be the country: the sentence names Portugal, whose ministry was cited)
    const b = cite(
      "Brazil, Chile and Peru met in Lima. Portugal's Commerce Ministry has said it must retaliate. Portugal must retaliate against Brazil's tariffs, the country's Commerce Ministry said.",
    );
    expect(b.citations.map(([who]) => who)).toEqual(['Portugal Commerce Ministry', 'Portugal Commerce Ministry']);
    // (a demonym that ends a longer name, or before a person, names no country; "each country's" is none)
    expect(cite("South Sudanese troops crossed the border on Monday, the country's army said.").citations).toEqual([]);
    const c = cite("Tanzanian police arrested a Dutch aid worker near the border on Tuesday. The country's Interior Ministry said she had entered illegally.");
    expect(c.citations.map(([who]) => who)).toEqual(['Tanzania Interior Ministry']);
    const d = cite("Kenya, Tanzania and Uganda signed a trade deal on Monday. Each country's Trade Ministry said it would ratify the deal by May.");
    expect(d.citations.map(([who]) => who)).toEqual(['Trade Ministry']);
  });

  it('"the statement read": the body cited in the sentence before, never an outlet ("according to Reuters ... The statement said" is no statement of Reuters)', () => {
    const a = cite('The Halvor Commission said it would review the case. The review would take three months, the statement read.');
    expect(a.citations.map(([who]) => who)).toEqual(['Halvor Commission', 'Halvor Commission']);
    // (a statement "read out" is no attribution verb)
    expect(cite('The Halvor Commission said it would review the case in a statement read out on Monday.').citations).toHaveLength(1);
    const b = cite('The talks failed on Monday, according to Reuters. The statement said the talks would resume in May.');
    expect(b.citations.map(([who]) => who)).toEqual(['Reuters']);
    // (a body cited further back than the sentence before is not the one whose statement it is)
    const c = cite(
      'The Halvor Commission said in March it would review the licence. The rebels met on Monday. Their statement was short. The ceasefire is over, the statement read.',
    );
    expect(c.citations.map(([who]) => who)).toEqual(['Halvor Commission']);
  });

  it('"Afghan army soldiers ..., the country\'s defense ministry said": a state body\'s country is the country named last', () => {
    const s = 'Seven Afghan army soldiers were killed in Balkh on Tuesday, the country’s defense ministry said.';
    expect(cite(s).citations).toEqual([['Afghanistan Defense Ministry', s]]);
  });

  it('"the Coast Guard said" after "The U.S. Coast Guard said": the longer name cited before, unless the sentence names a country; "Coast Guard" names a body', () => {
    const c = cite('The Halvor Coast Guard said it was searching the bay. The Coast Guard said two boats were found.');
    expect(c.citations.map(([who]) => who)).toEqual(['Halvor Coast Guard', 'Halvor Coast Guard']);
    const m = cite('The Halvor Coast Guard said it was searching the bay. In Mexico, the Coast Guard said two boats were found.');
    expect(m.citations.map(([who]) => who)).toEqual(['Halvor Coast Guard', 'Coast Guard']);
    const h = cite("HOUSTON – The Coast Guard is crying foul at the company's statement.\n\nThe Coast Guard said it is beginning inspections on Thursday.");
    expect(h.citations.map(([who]) => who)).toEqual(['Coast Guard']);
  });

  it('"X said port authorities reported": the second verb\'s subject is the clause\'s, no body named', () => {
    const s = 'Halvor Airlines said port authorities reported 800 tickets were sold.';
    expect(cite(s).citations).toEqual([['Halvor Airlines', s]]);
  });
});

describe('a list of bodies as the subject', () => {
  it('"the Halvor Reserve, Ostland Department and FDIC announced": each body of the list, read back from the last', () => {
    const a = 'Over the weekend, the Halvor Reserve, Ostland Department and FDIC announced that the banks would be covered.';
    expect(cite(a).citations.map(([who]) => who)).toEqual(['Halvor Reserve', 'Ostland Department', 'FDIC']);
    const b = 'NASA and Boeing announced they are not ready to set a return date.';
    expect(cite(b).citations.map(([who]) => who)).toEqual(['NASA', 'Boeing']);
  });
  it("a list after a preposition is a title's portfolio, and a region in the list makes it one: none of it is cited", () => {
    const a = 'Lord Halvor, Minister of State for South and Central Asia, North Africa, UN and the Commonwealth said the UK would help.';
    expect(cite(a).citations).toEqual([]);
    // (after "a statement by" the list is whose statement it is)
    const b = 'A joint statement by FIFA and UEFA said that the decisions were adopted today.';
    expect(cite(b).citations.map(([who]) => who)).toEqual(['FIFA', 'UEFA']);
  });
  it('"GM" after "Ford, General Motors and Stellantis": the acronym is the name before the "and", the name after it stands alone in the text', () => {
    const { citations } = cite(
      'Ford, General Motors and Stellantis said they want to settle the strike.\n\nThe chief operating officer of Stellantis said the company was looking for common ground.\n\nGM said in a statement that it was still bargaining.',
    );
    expect(citations.map(([who]) => who)).toEqual(['General Motors', 'Stellantis', 'Stellantis', 'General Motors']);
  });
});

describe('lists, possessives and writers: what a careful reader does not cite', () => {
  const sources = (t: string) => cite(t).citations.map(([who]) => who);
  it('a list after "officials at" is who speaks; after "a letter to" it is who was written to; a country ends a list, a body\'s "and" inside its name stays', () => {
    expect(sources('Officials at NASA and Boeing said the launch was delayed.')).toEqual(['NASA', 'Boeing']);
    expect(sources('A letter to NASA and Boeing said the program was over budget.')).toEqual([]);
    expect(sources('Poland, Frontex and Europol said the border was secure.')).toEqual(['Frontex', 'Europol']);
    expect(sources('India’s Ministry of Health and Family Welfare said cases rose.')).toEqual(['India Ministry of Health and Family Welfare']);
  });
  it('an outlet after "invested in", "cuts in" is no writer\'s; "a study of" names what was studied; "at" an assembly is no employer; an untitled analyst\'s or a club\'s possessive cites nothing', () => {
    expect(sources('Bezos said he had invested in The Washington Post to save it.')).toEqual([]);
    expect(sources('Critics argued that cuts in BBC funding would hurt local news.')).toEqual([]);
    expect(sources('According to a study of Tesla drivers, crashes were rare.')).toEqual([]);
    expect(sources('According to Foreign Minister Tomas Reyk at the United Nations General Assembly, talks would resume.')).toEqual([]);
    expect(sources('Velden Policy Foundation’s Tomas Reyk said the force would struggle.')).toEqual([]);
    expect(sources('Union Velden’s Tomas Reyk said the team played well.')).toEqual([]);
  });
  it('"and <Word>" ends an acronym\'s long form though the word opens a sentence elsewhere ("Prevention remains ...")', () => {
    expect(
      sources('The Centers for Disease Control and Prevention issued a warning.\n\nPrevention remains the best tool, experts say.\n\nThe CDC said cases rose.'),
    ).toEqual(['Centers for Disease Control and Prevention']);
  });
});

describe('an employer by its possessive, an outlet after a writer, a note from a firm', () => {
  it('"Velden Bank’s Tomas Reyk said" cites the bank; a band’s, a club’s, a party’s or a country’s possessive cites nothing', () => {
    const a = 'Velden Bank’s Tomas Reyk said the outcome was bearable.';
    expect(cite(a).citations).toEqual([['Velden Bank', a]]);
    const b = 'Ostland Wealth Management’s Tomas Reyk said the deal was good news.';
    expect(cite(b).citations.map(([who]) => who)).toEqual(['Ostland Wealth Management']);
    for (const c of [
      'Velden City’s Tomas Reyk said the season was over.',
      'Norway’s Tomas Reyk said the season was over.',
      'Velden Labour Party’s Tomas Reyk said the vote was lost.',
    ])
      expect(cite(c).citations).toEqual([]);
  });
  it('"the CBI’s regional director" cites the CBI; "the Maryland’s secretary" (a place) cites nothing', () => {
    const a = 'Lena Ostrova, the CBI’s South East regional director, said the rise would hurt.';
    expect(cite(a).citations.map(([who]) => who)).toEqual(['CBI']);
    const b = 'The crew was filling potholes, said Tomas Reyk, the Maryland’s transportation secretary.';
    expect(cite(b).citations).toEqual([]);
  });
  it('"said <writer> in The Independent", "writes <writer> in The Guardian" cite the outlet', () => {
    const a = 'The strike achieved less than hoped, said Lena Ostrova in The Independent.';
    const b = 'The union is losing support, writes Tomas Reyk in The Guardian.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([
      ['The Independent', a],
      ['The Guardian', b],
    ]);
  });
  it('"according to Health Secretary <Name> of the <Department>" cites the department; "<Name> of <Body>" without a title does not', () => {
    const a = 'There have been three more cases, according to Health Secretary Tomas Reyk of the Ostland Department of Health.';
    expect(cite(a).citations).toEqual([['Ostland Department of Health', a]]);
    const b = '"A force would face a determined army," said Tomas Reyk of the Velden Policy Foundation.';
    expect(cite(b).citations).toEqual([]);
    // (a portfolio's word that names bodies too stays a body's: "Transport Canada says")
    const c = 'Transport Canada says it will look into how the airline broke a ban.';
    expect(cite(c).citations).toEqual([['Transport Canada', c]]);
  });
  it('"according to a research note from <firm>" cites the firm', () => {
    const a = 'According to a research note from Velden Finance, prices will rise.';
    expect(cite(a).citations).toEqual([['Velden Finance', a]]);
  });
});

describe('citations by the shape of an official, a spokesperson or a reference back', () => {
  it('"<Body> spokesperson <Name> said", "<Body> official says": the name before the role is a body\'s; then "<Body> says"', () => {
    const a = 'The pier is closed, says Harbour Watch spokesperson Dana Reyes, and ferries are cancelled.';
    const b = 'Coast Guard spokesman Omar Lind said the channel was blocked.';
    const c = 'Cargo delays will last a week, PSA official says.';
    const d = 'Harbour Watch says that the pier will reopen on Friday.';
    expect(cite([a, b, c, d].join('\n\n')).citations).toEqual([
      ['Harbour Watch', a],
      ['Coast Guard', b],
      ['PSA', c],
      ['Harbour Watch', d],
    ]);
  });

  it('a single common word before a role is no body ("Health officials say"), nor another person\'s name', () => {
    const s = 'Health officials say ten people were hurt.';
    const t = 'Mayor Lena Brandt visited the port. Brandt spokesman Ivo Maas said she would return.';
    expect(cite(s).citations).toEqual([]);
    expect(cite(t).citations).toEqual([]);
  });

  it('"<Place>\'s <body> said" names the body with the place; "a ministry spokesperson" and "the ministry spokesman, <Name>," refer back', () => {
    const a = "Eight people died, the Taliban's interior ministry said on Saturday.";
    const b = 'A ministry spokesperson said the figure could rise.';
    const c = 'Twelve were injured, the ministry spokesman, Abdul Rahimi, said.';
    expect(cite([a, b, c].join(' ')).citations).toEqual([
      ['Taliban Interior Ministry', a],
      ['Taliban Interior Ministry', b],
      ['Taliban Interior Ministry', c],
    ]);
  });

  it('"a spokesman for the country\'s <Body> (ACRONYM), <Name>, told <outlet>"; "the authority", "the regulator", "the statement" refer back', () => {
    const text = [
      'Floods hit Chile on Monday. Chile has asked for help.',
      '',
      "Thirty houses were damaged, a spokesman for the country's National Flood Authority (NFA), Ari Tamm, told dpa.",
      '',
      'A bridge was destroyed, according to the authority.',
      '',
      'The Port Safety Administration said in an email to Reuters that the port was closed.',
      '',
      'The regulator said it would review the closure.',
      '',
      '"The port will reopen next week," the statement says.',
    ].join('\n');
    const d = parseExplainer(text, ref);
    expect(d.sections.flatMap((s) => s.citations.map((c) => c.source))).toEqual([
      'Chile National Flood Authority',
      'dpa',
      'Chile National Flood Authority',
      'Port Safety Administration',
      'Reuters',
      'Port Safety Administration',
      'Port Safety Administration',
    ]);
  });

  it('"according to earlier reports from <outlet>" cites the outlet', () => {
    const s = 'According to earlier reports from the Associated Press, the port was flooded.';
    expect(cite(s).citations).toEqual([['Associated Press', s]]);
  });
});

describe('round-up reactions', () => {
  it('one reaction per actor and section, with the strongest stance of its sentences and quotes', () => {
    const text = [
      'World leaders react to the harbour attack',
      '',
      'Leaders around the world have reacted to the attack.',
      '',
      'Ruritanian President Anna Berg',
      '',
      'President Anna Berg said she had spoken to the port workers.',
      '',
      '"This cowardly attack will not go unpunished," Berg said.',
      '',
      'Freedonian Prime Minister Tomas Vell',
      '',
      'Prime Minister Tomas Vell spoke to the mayor on Monday.',
      '',
      '"Our thoughts and prayers are with the families of the victims," Vell said.',
    ].join('\n');
    const d = parseExplainer(text, ref);
    expect(d.sections.flatMap((s) => s.reactions.map((r) => [s.heading, r.actor, r.stance]))).toEqual([
      ['Ruritanian President Anna Berg', 'Anna Berg', 'CONDEMNATION'],
      ['Freedonian Prime Minister Tomas Vell', 'Tomas Vell', 'SUPPORT'],
    ]);
  });
});

describe('citations: bodies that speak in quotes, companies by one word, names trimmed', () => {
  it('"...," the company said: the body whose words a quote is cites it, with a verb of attribution only', () => {
    const text = 'Halvorsen Shipping, which runs the ferries, cut its forecast on Monday. "We are assessing the damage to the fleet," the company said.';
    expect(cite(text).citations).toContainEqual(['Halvorsen Shipping', '"We are assessing the damage to the fleet," the company said.']);
    // words under the body's round-up heading, no verb of attribution: a reaction, no citation
    const roundup = 'Port reopens after storm\n\nHarbour Watch Authority\n\n"We are assessing the damage to the fleet today."';
    expect(parseExplainer(roundup, ref).sections.flatMap((s) => s.citations)).toEqual([]);
  });

  it('a company by one word: "X, which ..., added", "X spokesman <Name> said"', () => {
    expect(cite('Laird, which supplies components to phone makers, added favourable currency movements drove sales.').citations).toEqual([
      ['Laird', 'Laird, which supplies components to phone makers, added favourable currency movements drove sales.'],
    ]);
    const spokes = 'The fine was levied by regulators in Brussels against Halvor. "Phones have become cheaper, not dearer," Halvor spokesman Al Verney said.';
    expect(cite(spokes).citations).toContainEqual(['Halvor', '"Phones have become cheaper, not dearer," Halvor spokesman Al Verney said.']);
  });

  it('"the association said", "according to the federation": an association, a federation or a union is referred back to', () => {
    const a = 'The Velkar Growers Association (VGA) has called on the bank to cut rates.';
    const b = 'The stance of the bank has strained growers, the association said.';
    const c = '“The expectation of VGA is to have a rate cut soon,” the association said.';
    const e = 'According to the association, lending rates have ballooned.';
    expect(cite(`${a} ${b}\n\n${c}\n\n${e}`).citations).toEqual([
      ['Velkar Growers Association', b],
      ['Velkar Growers Association', c],
      ['Velkar Growers Association', e],
    ]);
    const d = parseExplainer(`Port reopens after storm\n\n${a}\n\n${c}`, ref);
    expect(d.sections.flatMap((s) => s.quotes.map((q) => q.speaker))).toEqual(['Velkar Growers Association']);
  });

  it('a place in capitals or a country right before a name its acronym defines is part of the name ("the NSW Rural Fire Service (RFS)")', () => {
    const a = 'The VRX Harbour Pilot Service (HPS) closed the port on Monday.';
    const b = 'The HPS said repairs would take a week.';
    const c = 'The Kenya Coast Guard Authority (CGA) joined the search, the CGA said.';
    expect(cite(`${a} ${b}\n\n${c}`).citations).toEqual([
      ['VRX Harbour Pilot Service', b],
      ['Kenya Coast Guard Authority', c],
    ]);
  });

  it("a state body referred back to in a sentence that opens with another country is that country's", () => {
    const a = 'Sudan: “Our citizens abroad are known for their good reputation,” the Foreign Affairs Ministry said.';
    const b = 'Iran: The order is “insulting and a gift to extremists,” the Foreign Affairs Ministry said.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([
      ['Sudan Foreign Affairs Ministry', a],
      ['Iran Foreign Affairs Ministry', b],
    ]);
  });

  it('"the Communications Authority of Kenya (CA)": a country after "of" left out of the acronym stays in the name', () => {
    const a = 'The Harbour Pilots Authority of Kenya (HPA) has begun talks on the rules.';
    const b = 'The HPA said member states would adapt the rules to suit each country.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([['Harbour Pilots Authority of Kenya', b]]);
  });

  it("a list item's marker is no part of the excerpt", () => {
    const text = 'Halvorsen Systems was breached in March.\n\n- The company says customer names were stolen.';
    expect(cite(text).citations).toEqual([['Halvorsen Systems', 'The company says customer names were stolen.']]);
  });

  it('"the company said" with no company cited before: the one company the text has named', () => {
    const text = 'Regulators raided the offices of Halvorsen Systems on Tuesday. The company said it was working on a deal with its creditors.';
    expect(cite(text).citations).toEqual([['Halvorsen Systems', 'The company said it was working on a deal with its creditors.']]);
  });

  it('a sentence\'s opening word and a weekday are no part of the name; a lower-case word before "group"', () => {
    expect(cite('But the Harbour County Department of Public Health on Thursday said there were no cases.').citations).toEqual([
      ['Harbour County Department of Public Health', 'But the Harbour County Department of Public Health on Thursday said there were no cases.'],
    ]);
    expect(cite('The Carter Center observer group said the results "lack credibility".').citations).toEqual([
      ['Carter Center', 'The Carter Center observer group said the results "lack credibility".'],
    ]);
  });

  it('a body that says it takes a stance is cited too ("X said it was ready to help": an attribution verb)', () => {
    expect(cite('The Turkish Foreign Ministry said Ankara was ready to provide all kinds of support.').citations).toEqual([
      ['Turkish Foreign Ministry', 'The Turkish Foreign Ministry said Ankara was ready to provide all kinds of support.'],
    ]);
  });
});

describe('a one-word company named where the text also names it inside a sentence', () => {
  const cited = (body: string) => cite(body).sources.map(([name]) => name);
  it('a name on the line after another line is no surname of that line; a possessive owner is no first name', () => {
    const text = 'Not just the REDCard\n\nHalvora said those affected had shopped in its stores.\n\nThe statement said Halvora has worked with the police.';
    expect(cited(text)).toEqual(['Halvora']);
    const owned = 'Marvex said it will appeal the fine.\n\nThe fine is two weeks of revenue for Alphabet’s Marvex, which has appealed before.';
    expect(cited(owned)).toEqual(['Marvex']);
  });

  it('"at X" and "shares in X" may name a company; "in X" alone names a place', () => {
    expect(cited('Kelvora said the units were back in service.\n\nHis last day at Kelvora will be March 31.')).toEqual(['Kelvora']);
    expect(cited('Shares in Dramex fell by a third.\n\nDramex said demand had slowed.')).toEqual(['Dramex']);
    expect(cited('Ostravia said the border would stay closed.\n\nTalks were held in Ostravia on Monday.')).toEqual([]);
  });
});

describe('the employer in a person’s apposition, and a company the citations found speaking its quotes', () => {
  it('"<name>, chairman of X, said" cites X, and the name speaks', () => {
    const s = 'Mara Velden, director general of the Harbour Traders Federation, said: "This was a bold budget for small firms."';
    const d = parseExplainer(`Port reopens after storm\n\n${s}`, ref);
    expect(d.sections.flatMap((x) => x.citations.map((c) => c.source))).toEqual(['Harbour Traders Federation']);
    expect(d.sections.flatMap((x) => x.quotes.map((q) => q.speaker))).toEqual(['Mara Velden']);
  });

  it('"the company said" after a one-word company the lexicons do not know: its quote is the company’s', () => {
    const text =
      'Port reopens after storm\n\nKelvora said it had found the fault in its cranes.\n\n“Kelvora is committed to the safety of every worker,” the company said.\n\nThe story was updated to reflect comment from Kelvora.';
    const d = parseExplainer(text, ref);
    expect(d.sections.flatMap((x) => x.quotes.map((q) => [q.text, q.speaker]))).toEqual([['Kelvora is committed to the safety of every worker', 'Kelvora']]);
  });
});

describe('a company of two or three words the lexicons do not know', () => {
  const cited = (body: string) => cite(body).sources.map(([name]) => name);
  it('"Western Dalgety says": no given name, no person of the text, used inside sentences', () => {
    expect(cited('Western Dalgety says customer data was stolen.\n\nThe breach at Western Dalgety began in March.')).toEqual(['Western Dalgety']);
    // a given name first: a person, no source
    expect(cited('Terry Dalgety says customer data was stolen.\n\nThe breach reported by Terry Dalgety began in March.')).toEqual([]);
    // a party speaks for itself
    expect(cited('Harbour Labour Party said the vote was rigged.\n\nThe candidate of the Harbour Labour Party lost.')).toEqual([]);
  });

  it('an institution word of a company (Airways, Holdings ...) and "<City>-based" before the name', () => {
    expect(cited('Kestrel Airways said all passengers left safely.')).toEqual(['Kestrel Airways']);
    expect(cited('Mumbai-based Kelvora Industries said it would cooperate.')).toEqual(['Kelvora Industries']);
  });
});

describe("a known outlet's own site", () => {
  it('"Reuters.com reported", "Aljazeera.net reports" cite the outlet by its name', () => {
    const s = 'The army took power on Sunday, Reuters.com reported.';
    expect(cite(s).sources).toEqual([['Reuters', 'NEWS_AGENCY']]);
    expect(cite('The envoy urged calm, Aljazeera.net reports.').sources.map(([n]) => n)).toEqual(['Al Jazeera']);
  });
});

describe('an outlet the lexicon does not know, by the phrase that cites it', () => {
  const sources = (body: string) => cite(body).sources;
  it('"said on", "told television station", "confirmed to The <one word>", "<Name> news agency reported"', () => {
    expect(sources('"He had a hard start," Keane said on Harbourvision.')).toEqual([['Harbourvision', 'OTHER']]);
    expect(sources('He told television station KVLT that the gun was handed over.')).toEqual([['KVLT', 'BROADCASTER']]);
    expect(sources('Her niece confirmed to The Velden that she had died.')).toEqual([['The Velden', 'OTHER']]);
    expect(sources('The minister sent his condolences, Farsan news agency reported.')).toEqual([['Farsan News Agency', 'NEWS_AGENCY']]);
  });

  it('platforms, lawmakers and people are told nothing as outlets', () => {
    expect(sources('The mayor said on Twitter that the port was closed.')).toEqual([]);
    expect(sources('The minister told MPs that the port was closed.')).toEqual([]);
    expect(sources('Lena Ostrova met the envoy.\n\nThe minister told Lena Ostrova that the port was closed.')).toEqual([]);
  });
});

describe('police', () => {
  it('"police said" in a text that names no force cites "Police"; with two forces named, neither', () => {
    const a = 'The suspect had a grudge against the port authority, police said.';
    expect(cite(a).citations).toEqual([['Police', a]]);
    expect(cite('Police told the Halvor Times that a rock slide caused the derailment.').sources.map(([n]) => n)).toContain('Police');
    const two = 'The Halvor Police and the Velden Police searched the port.\n\nThe suspect had a grudge against the port authority, police said.';
    expect(cite(two).citations.filter(([, e]) => String(e).startsWith('The suspect'))).toEqual([]);
  });
});

describe("a person's employer", () => {
  it('"X, the Halvor Association\'s chief executive, said": the association, not its chief', () => {
    const a = "Tomas Reyk, the Halvor Football Association's chief executive, said the decision was outrageous.";
    expect(cite(a).citations).toEqual([['Halvor Football Association', a]]);
  });

  it('"X, of the Center for Y, said": the affiliation is cited, the person is not', () => {
    const a = 'On the other hand, Catalina Velden Ruiz, of the Center for Harbour Rights, said the ruling was historic.';
    expect(cite(a).citations).toEqual([['Center for Harbour Rights', a]]);
  });

  it('"X, senior associate at Y Attorneys, said": an associate, a partner or a lawyer speaks for their firm', () => {
    const a = 'Lizel Velden, senior associate at Bowman Reyk Attorneys, said the bill is not good news.';
    expect(cite(a).citations).toEqual([['Bowman Reyk Attorneys', a]]);
  });
});

describe('a body named without its country in a text about one country', () => {
  it('"the health ministry" in lower case is the home country\'s; "the Ministry of Health" in capitals is named as written', () => {
    const lower = cite('Cholera cases in Malawi have tripled, the health ministry said on Monday.').citations.map(([n]) => n);
    expect(lower).toEqual(['Malawi Health Ministry']);
    const capital = cite('Cholera cases in Malawi have tripled, the Ministry of Health said on Monday.').citations.map(([n]) => n);
    expect(capital).toEqual(['Ministry of Health']);
  });
});

describe('"the court said", "the agency said"', () => {
  it('refers back to the one body the text named with that word, cited or not', () => {
    const agency = 'The agency said the coast was hit by a series of quakes.';
    expect(cite(`A tsunami warning was issued by the Halvor Meteorological Agency on Monday.\n\n${agency}`).citations).toEqual([
      ['Halvor Meteorological Agency', agency],
    ]);
    const said = 'The court said that the fine is essentially a tax.';
    expect(cite(`The Halvor Supreme Court upheld the law on Thursday.\n\n${said}`).citations).toEqual([['Halvor Supreme Court', said]]);
    // Two courts named: which one, the text does not say.
    const two = cite(`The Halvor Supreme Court and the Velden High Court heard the case.\n\n${said}`).citations;
    expect(two.filter(([, e]) => e === said)).toEqual([]);
  });

  it('a source is named without the day after it, a person after it or a rank or number before it', () => {
    const a = 'Four rebels were killed in the north, reported newspaper El Cronista Monday.';
    const b = 'The toll has risen to 70, according to the National Flood Mitigation Agency on Monday.';
    const c = 'Distinguished Professor from the University of Halvor Dr Tomas Reyk says the vote will be close.';
    const d = 'One United Nations official estimated that the debris was as high as 26 feet.';
    expect(cite([a, b, c, d].join(' ')).citations.map(([s]) => s)).toEqual([
      'El Cronista',
      'National Flood Mitigation Agency',
      'University of Halvor',
      'United Nations',
    ]);
    // A party whose name opens with a number keeps it.
    expect(cite('One Nation said it would oppose the bill.').citations.map(([s]) => s)).toEqual(['One Nation']);
  });

  it("a foreign ministry named without its country is the country's that opens the sentence as its subject", () => {
    const a = 'Norway strongly condemned the attacks on the embassies, the Foreign Ministry said in a statement.';
    const b = 'Chile condemned the raid, according to a statement by the Foreign Office.';
    expect(cite(`${a}\n\n${b}`).citations.map(([s]) => s)).toEqual(['Norway Foreign Ministry', 'Chile Foreign Office']);
    // Not when the country is only the object, nor a body with a name of its own before it.
    expect(cite('The Foreign Ministry said Norway had been warned.').citations.map(([s]) => s)).toEqual(['Foreign Ministry']);
    expect(cite('Norway is watching closely, the Met Office said.').citations.map(([s]) => s)).toEqual(['Met Office']);
  });

  it('"X, the world\'s biggest shipping company, said": the apposition tells a company, not a person', () => {
    const a = 'Halvor Velde, the world’s biggest shipping company, said on Friday that its vessels would wait.';
    expect(cite(a).citations).toEqual([['Halvor Velde', a]]);
  });

  it('a one-word company with its boss or its customers named: a thing sent "to" it leaves it a company, not a place', () => {
    const a = 'The hackers sent a sample of the stolen records to Velmont on Monday.';
    const b = 'Velmont said this sample includes records of its policies.';
    const c = 'More than a million Velmont customers are waiting to learn what was stolen.';
    expect(cite(`${c}\n\n${a}\n\n${b}`).citations).toEqual([['Velmont', b]]);
    // Without such words, "to Velmont" reads as a place, as "to Kyiv" does.
    expect(cite(`${a}\n\n${b}`).citations).toEqual([]);
    // (its boss on the next line is another line's)
    expect(cite('Velko Al-Tarn revealed that the plant is advancing.\n\nThe plant is run by Velko Al-Tarn\nCEO of Halvor Hydrogen').citations).toEqual([]);
  });

  it('"according to monitoring platform X", "as confirmed by X", "as reported by X": what the source is may stand before its name', () => {
    const a = 'According to web service monitoring platform VeldenWatch, thousands of people reported outages before 5pm.';
    const b = 'They also demanded a ransom, according to state-owned telecommunications firm PT Halvor Telekom.';
    const c = 'The centre was hit last week, as confirmed by the Velden Cyber Agency on Monday.';
    const d = 'The government will not pay the ransom, the minister said on Monday, as reported by Halvorposten.';
    const e = 'According to flight-tracking website HalvorRadar24, the flight took off for Velden shortly after 3 p.m.';
    expect(cite([a, b, c, d, e].join('\n\n')).citations.map(([name]) => name)).toEqual([
      'VeldenWatch',
      'PT Halvor Telekom',
      'Velden Cyber Agency',
      'Halvorposten',
      'HalvorRadar24',
    ]);
    // A person described before the name is no source.
    expect(cite('The talks failed, according to the veteran negotiator Tomas Velkaro.').citations).toEqual([]);
  });

  it('a ministry named with its portfolio is its own source, before its acronym too; only a bare "the ministry" refers back', () => {
    const a = 'The Ministry of Information and Communication Technology (ICT) has acknowledged the incident.';
    const b = 'The Ministry of Culture and Tourism has acknowledged the incident.';
    const c = 'The Velden Data Agency (VDA) said the leak was small.';
    const d = 'The ministry said it was small.';
    expect(cite([a, b, c, d].join('\n\n')).citations.map(([name]) => name)).toEqual([
      'Ministry of Information and Communication Technology',
      'Ministry of Culture and Tourism',
      'Velden Data Agency',
      'Ministry of Culture and Tourism',
    ]);
    // (the portfolio's words name no person: "Communication Technology has acknowledged")
    const ctx = { people: new Map(), acronyms: new Map(), home: null };
    expect(findMentions('The Ministry of Information and Communication Technology has acknowledged it.', ctx).filter((m) => m.kind === 'PERSON')).toEqual([]);
  });

  it('"A statement issued in Accra on Tuesday by X, said": X, and "The statement ...", "It said ..." after it are X\'s too', () => {
    const a = 'A statement issued in Velden on Tuesday by VITA and signed by its Director-General, said the team found that Halvor was hit.';
    const b = 'The statement intimated that as a first measure, the main web server was shut down.';
    const c = 'It pointed out that the integrity of all backups was not breached.';
    expect(cite([a, b, c].join('\n\n')).citations).toEqual([
      ['VITA', a],
      ['VITA', b],
      ['VITA', c],
    ]);
    // "recalled" is no attribution verb: "Halvor recalled 125,000 treadmills" is a product recall.
    expect(cite('In May, Halvor recalled 125,000 treadmills after the death of a child.').citations).toEqual([]);
  });

  it('"Kye Velkar, Halvors\' senior vice-president of operations, told": the employer before the possessive is the source; a person\'s is not', () => {
    const a = 'The company does not know when the outage will be fixed, Kye Velkar, Halvors’ senior vice-president of access networks, told reporters.';
    const b = 'Millions of Halvors customers were hit.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([['Halvors', a]]);
    const c = 'Tomas Velkaro, the president-elect, strongly condemns the attacks, Ana Ostrova, Velkaro’s spokeswoman on security, said.';
    expect(cite(c).citations).toEqual([]);
  });

  it('"according to Velden\'s disaster management agency", "the Fiji government Wednesday said", "stressed", "told public television (VRT)"', () => {
    const a = 'Central Halvor is the worst-affected region, according to Velden’s disaster management agency.';
    const b = 'Prasad made the remarks via video, the Fiji government Wednesday said on its official website.';
    const c = 'In a statement, the Velden Parliament stressed the importance of this step.';
    const d = '"It is the biggest victory possible for us," Ana Ostrova told Velden public television (VRT) immediately after the verdict.';
    const e = '"The spill will have immediate impacts on fishing," Tomas Velkaro said in an exchange with Halvorpost.';
    expect(cite([a, b, c, d, e].join('\n\n')).citations.map(([name]) => name)).toEqual([
      'Velden Disaster Management Agency',
      'Fiji government',
      'Velden Parliament',
      'VRT',
      'Halvorpost',
    ]);
    // A news or press agency is an outlet, no body; "on Friday" stays with the subject's verb.
    expect(cite('Talks will resume, according to Velden’s press agency VTA.').citations.map(([name]) => name)).not.toContain('Velden Press Agency');
    expect(cite('Halvorcom on Wednesday announced it has posted a profit after tax.').citations.map(([name]) => name)).toEqual(['Halvorcom']);
  });
  it('"head of the hardline VRU union" names the VRU (not the union cited before); "VRU boss X told" cites the VRU', () => {
    const a = 'Harbour Rail Union president Tomas Velkar said the strike would go on.';
    const b =
      '“The railway workers are not doing this for the fun of it,” said Ana Ostrova, head of the hardline VRU union, the biggest among railway workers.';
    const c = '"We will hold strikes lasting three to five days," VTU boss Kesrin Volodar told the Velden Post newspaper.';
    expect(cite([a, b, c].join('\n\n')).citations.map(([name]) => name)).toEqual(['Harbour Rail Union', 'VRU', 'VTU', 'Velden Post']);
    // "the UN refugee agency": a body of the UN's, never "UN" alone.
    expect(cite('The UN refugee agency said the death toll was likely to rise.').citations.map(([name]) => name)).not.toContain('UN');
  });
  it('"…, the Union Election Commission (UEC) has said" is an institution (its "Union" makes it no party); "X tweeted", "X posted on Twitter" cite X', () => {
    const a = 'The final results will be released before Sunday, the Union Election Commission (UEC) has said.';
    const b = 'The minister thanked his counterpart for his solidarity, the Greek foreign ministry posted on Twitter.';
    const c = 'The landfall process started at around 6 PM, the Velden Meteorological Department (VMD) tweeted.';
    expect(cite([a, b, c].join('\n\n')).citations.map(([name]) => name)).toEqual([
      'Union Election Commission',
      'Greek Foreign Ministry',
      'Velden Meteorological Department',
    ]);
    // A company that posted a profit reports a fact of its own, no one's words.
    expect(cite('The Halvor Rail Company posted a profit of $3 million this year.').citations).toEqual([]);
  });
  it('"Algeria’s presidency said", "Kenya’s transport ministry said", "VZN Provincial Government spokesperson X said": more of the state\'s bodies', () => {
    const a = 'In a statement, Algeria’s presidency said it was ready to provide humanitarian aid.';
    const b = 'Kenya’s transport ministry said the road would reopen on Monday.';
    expect(cite([a, b].join('\n\n')).citations.map(([name]) => name)).toEqual(['Algeria Presidency', 'Kenya Transport Ministry']);
    // "VZN Provincial Government spokesperson X": the acronym's body runs on to "Government".
    const c = 'VZN Provincial Government spokesperson Tomas Velkar said the floods had left at least 306 people dead.';
    expect(cite(c).citations.map(([name]) => name)).toEqual(['VZN Provincial Government']);
    // "the Interior ministry": a head noun in lower case is the home country's ministry, as "the interior ministry" is.
    const d = 'Floods hit Kenya on Sunday.\n\nIn a statement on Monday, the Interior ministry added that 174 people had been injured.';
    expect(cite(d).citations.map(([name]) => name)).toEqual(['Kenya Interior Ministry']);
  });
  it('a capitalised role after its employer ("Velden Rail Department Spokesman X", "VRA Executive Director X") cites the employer; the head of a party does not', () => {
    const a = '“This is a step forward,” Velden Rail Department Spokesman Tomas Velkar said.';
    const b = 'VDRA Spokesperson Ana Ostrova said some rescuers were still at work.';
    const c = '“Confidence is at an all time low,” VRA Executive Director Kesrin Volodar says.';
    const d = 'Harbour City Police Chief Mara Ostlund says three people are in custody.';
    expect(cite([a, b, c, d].join('\n\n')).citations.map(([name]) => name)).toEqual(['Velden Rail Department', 'VDRA', 'VRA', 'Harbour City Police']);
    // The president, chair or secretary of a party speaks for it as a party to the story (a reaction); "Vice President
    // X" has no employer.
    const e = 'Velden Liberty Party Chairman Tomas Velkar said the strike would go on.';
    const f = 'Vice President Ana Ostrova said the talks had failed.';
    const g = 'Harbour Press Secretary Kesrin Volodar said the talks had failed.';
    expect(cite([e, f, g].join('\n\n')).citations).toEqual([]);
    // The head of a body named as an institution, or by its acronym, speaks for it.
    const h = 'Velden Rail Union President Tomas Velkar said the strike would go on.';
    const i = 'VRFS Commissioner Ana Ostrova has said the fires were contained.';
    expect(cite([h, i].join('\n\n')).citations.map(([name]) => name)).toEqual(['Velden Rail Union', 'VRFS']);
  });
  it('a body\'s Director General or Secretary-General speaks for it ("VSA Director General X"); an alliance\'s speaks for a party', () => {
    const a = 'VSA Director General Zorvan Kettridge said the loss of the cargo was sad.';
    const b = 'Velden Red Cross Society director-general Ana Ostrova said the first reports were grim.';
    expect(cite([a, b].join('\n\n')).citations.map(([name]) => name)).toEqual(['VSA', 'Velden Red Cross Society']);
    expect(cite('NATO Secretary-General Zorvan Kettridge said the attack was deliberate.').citations).toEqual([]);
  });
  it('a person\'s apposition with a job no list holds, then where the person works, cites that institution ("X, a virologist at the University of Velden, said")', () => {
    const a = 'Zorvan Kettridge, a virologist at the University of Velden, said the variant was the most mutated yet.';
    const b = 'Prof. Ana Ostrova, professor of economics at the Velden Economics Institute, says the drop was surprising.';
    expect(cite([a, b].join('\n\n')).citations.map(([name]) => name)).toEqual(['University of Velden', 'Velden Economics Institute']);
  });
  it('where a person was treated is no employer; a party\'s head reacts, whatever its name ("Velden Democratic Union Chairman X")', () => {
    expect(cite('Zorvan Kettridge, a patient treated at Velden General Hospital, said the wait was long.').citations).toEqual([]);
    expect(cite('Velden Democratic Union Chairman Zorvan Kettridge said the coalition would hold.').citations).toEqual([]);
  });
  it('an inverted speech verb, a known body, its role and a name cite the body ("said WHO spokesperson X", "said Chinese Foreign Ministry spokesperson X")', () => {
    const a = '“This gravely violates the rules,” said Chinese Foreign Ministry spokesperson Zorvan Kettridge.';
    const b = 'The talks have failed, said WHO spokesperson Ana Ostrova.';
    expect(cite([a, b].join('\n\n')).citations.map(([name]) => name)).toEqual(['Chinese Foreign Ministry', 'WHO']);
  });
  it('"according to <Name>, an analyst at <Company>": the employer in the apposition after the name', () => {
    const a = 'The strike could cost $50 million a day, according to Tomas Velkar, an analyst at Halvor Capital Markets.';
    expect(cite(a).citations.map(([name]) => name)).toEqual(['Halvor Capital Markets']);
  });
  it('"Director of Communications for the X, <Name>, says" cites X; "the Minister said" cites no one; "Department of Environment and Natural Resources" is one name', () => {
    const a = 'Director of Communications for the Velden Examinations Council (VEC), Tomas Velkar, says the body will release the results.';
    const b = 'In a statement, the Department of Environment and Natural Resources said it is monitoring the site.';
    expect(cite([a, b].join('\n\n')).citations.map(([name]) => name)).toEqual([
      'Velden Examinations Council',
      'Department of Environment and Natural Resources',
    ]);
    const c = 'The Minister said that petrol is distributed to most fuel stations.\n\nThe Electricity Minister says load shedding remains unacceptable.';
    expect(cite(c).citations).toEqual([]);
    // "Director of Public Prosecutions" is an office of its own.
    expect(tidySourceName('Director of Public Prosecutions')).toBe('Director of Public Prosecutions');
    expect(tidySourceName('Spokesperson at the Halvor Institute')).toBe('Halvor Institute');
  });
  it('"Y co-founder X", "Y’s Chief Scientist Dr X", "Y Ministry Secretary X"; "as revealed by Y", "was revealed by X, the director general of Y"; "affirmed", "now says", "further said"', () => {
    const a = [
      'In the press conference afterwards, Velden Space co-founder Ana Ostrova said the team would try again.',
      'The Velden Reef Authority’s Chief Scientist Dr Kesrin Volodar said monitoring is vital.',
      'Velden Education Ministry Secretary Mara Lind told the media that marking will be halted.',
    ];
    expect(cite(a.join('\n\n')).citations.map(([name]) => name)).toEqual(['Velden Space', 'Velden Reef Authority', 'Velden Education Ministry']);
    const b = [
      'The reef is caught in a mass bleaching event, as revealed by the Velden Oceanic Administration yesterday.',
      'This was revealed by Tomas Velkar, the director general of the Velden Institute of Heritage, at a press conference.',
      '“This led to a total blackout across the country,” Velden Electricity Authority affirmed.',
      'Velden Airports Authority now says one of the generators failed to start.',
      'The Velden Coast Guard further said it monitored a spill of diesel fuel.',
    ];
    expect(cite(b.join('\n\n')).citations.map(([name]) => name)).toEqual([
      'Velden Oceanic Administration',
      'Velden Institute of Heritage',
      'Velden Electricity Authority',
      'Velden Airports Authority',
      'Velden Coast Guard',
    ]);
    // A bloc's official, named in the passive, speaks for a party: no citation.
    expect(cite('Similar condemnations were announced by Tomas Velkar, the EU foreign policy chief, on Monday.').citations).toEqual([]);
  });
  it('an acronym the text spells out with a short word in lower case inside the name ("Halvor Sentral ng Veldena (HSV)") cites the long name', () => {
    const a = 'Inflation slid to 1.6 percent, the Halvor Sentral ng Veldena (HSV) said.';
    const b = '“Prices eased,” the HSV said.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([
      ['Halvor Sentral ng Veldena', a],
      ['Halvor Sentral ng Veldena', b],
    ]);
  });
  it('an acronym the text defines over two small words inside the name ("National Union of Journalists in the Velden (NUJV)") cites the long name', () => {
    const a = 'He is the fourth journalist killed this year, according to the National Union of Journalists in the Velden (NUJV).';
    const b = '"The attack is even more condemnable since it happened at his home," the NUJV said in a statement.';
    // (a trade union is no party: "according to" it cites it too)
    expect(cite(`${a}\n\n${b}`).citations).toEqual([
      ['National Union of Journalists in the Velden', a],
      ['National Union of Journalists in the Velden', b],
    ]);
  });
  it('a hyphenated word of a name counts each capitalised part in its acronym ("Halvor Anti-Smuggling Bureau" is HASB), in brackets or not', () => {
    const a = 'The Halvor Anti-Smuggling Bureau (HASB) seized the cargo on Friday.';
    const b = 'The cargo was worth $2 million, HASB said.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([['Halvor Anti-Smuggling Bureau', b]]);
    const c = 'The Halvor Anti-Smuggling Bureau seized the cargo on Friday.';
    expect(cite(`${c}\n\n${b}`).citations).toEqual([['Halvor Anti-Smuggling Bureau', b]]);
  });
  it('one word shaped as a company\'s name ("HalvorNet", "Q-Velden") cites the company as it says or confirms; a name shaped so ("McVelkar") or a ministry\'s acronym ("MoH") does not', () => {
    const a = 'HalvorNet said a cyber attack on its website could involve the theft of data.';
    expect(cite(a).citations).toEqual([['HalvorNet', a]]);
    const b = 'Q-Velden has confirmed the stolen data includes names and addresses.';
    expect(cite(b).citations).toEqual([['Q-Velden', b]]);
    expect(cite('McVelkar said the data was safe.').citations).toEqual([]);
    expect(cite('The man has no symptoms, the MoH said.').citations).toEqual([]);
  });
  it('an acronym inside a longer name ("East and North Velden HCB Trust") leads no name of its own: the text\'s other "HCB" stays HCB', () => {
    const a = 'Only three people waited longer than 12 hours, according to data by HCB England.';
    const b = 'A spokesperson for East and North Velden HCB Trust said: “The emergency department continues to respond to patients.”';
    expect(cite(`${a}\n\n${b}`).citations).toContainEqual(['East and North Velden HCB Trust', b]);
    expect(cite(`${a}\n\n${b}`).citations.map(([name]) => name)).not.toContain('HCB Trust');
  });
  it('a month after "said on" is a date, no outlet ("The regulator said on April 26")', () => {
    expect(cite('The regulator said on April 26 that the pledge had not allayed its concerns.').citations).toEqual([]);
  });
  it('a company\'s shape before a role cites the company ("HalvorNet CEO X"); "explained to <outlet>" cites the outlet', () => {
    const a = 'HalvorNet CEO Zorvan Kettridge explained to CNBC that for some customers, resolving the issue will take more time.';
    expect(cite(a).citations).toEqual([
      ['HalvorNet', a],
      ['CNBC', a],
    ]);
  });
  it('"A <Body> spokesperson/official said" opening a sentence cites the body, as it does inside one', () => {
    const a = 'A Velden Bank official said the decision was a setback.';
    expect(cite(a).citations).toEqual([['Velden Bank', a]]);
  });
  it('"A spokesman for X in London said" opening a sentence cites X; "the company that employed them" is no company cited before', () => {
    const a = 'A spokesman for Velden Harbour Trust in London said it was experiencing major disruption.';
    expect(cite(a).citations).toEqual([['Velden Harbour Trust', a]]);
    const b = 'Velden Shipping said the ship had sunk near the port.';
    const c = 'On Tuesday, a senior executive at the company that employed the workers said they were presumed dead.';
    expect(cite(`${b}\n\n${c}`).citations).toEqual([['Velden Shipping', b]]);
  });
  it('"police in <place> said" cites the place\'s police ("Police in the western city of Velden said")', () => {
    const a = 'Police in the western city of Velden said four people died.';
    expect(cite(a).citations).toEqual([['Velden Police', a]]);
    const b = 'Two men were arrested on Friday, police in Lagos said.';
    expect(cite(b).citations).toEqual([['Lagos Police', b]]);
  });
  it('international bodies and NGOs the news cites every day need no other cue ("according to the Committee to Protect Journalists", "said Oxfam")', () => {
    const a = 'Velden is one of the most dangerous places to work as a reporter, according to the Committee to Protect Journalists.';
    expect(cite(a).citations).toEqual([['Committee to Protect Journalists', a]]);
    const b = 'For the world’s poor, the agreement represents “a frayed lifeline”, said Oxfam.';
    expect(cite(b).citations).toEqual([['Oxfam', b]]);
  });
  it('a company the news names every day needs no other cue ("A Google spokesperson said", "Nvidia said")', () => {
    const a = 'A Google spokesperson said the new order would be a setback for users.';
    expect(cite(a).citations).toEqual([['Google', a]]);
    const b = 'Nvidia said its quarterly revenue had doubled.';
    expect(cite(b).citations).toEqual([['Nvidia', b]]);
  });
  it('"company <Two Words> said" cites the company, though its first word is a place\'s ("Saint Velden")', () => {
    const a = 'French construction materials company Saint Velden also said it had been affected.';
    expect(cite(a).citations).toEqual([['Saint Velden', a]]);
  });
  it('"told <Country>’s national <outlet> television" cites the outlet', () => {
    const a = '“The results so far have been extremely severe,” Zorvan Kettridge told Japan’s national NHK television late on Sunday.';
    expect(cite(a).citations).toEqual([['NHK', a]]);
  });
  it('"according to" two or more capitalised words, no one\'s name and no document, cites them ("according to Velden Finance")', () => {
    const a = 'Monthly repayments will rise by £25, according to Velden Finance.';
    expect(cite(a).citations).toEqual([['Velden Finance', a]]);
    const b = 'Some 94 hostages remain in custody, according to the Hostages and Missing Families Forum, which represents them.';
    expect(cite(b).citations).toEqual([['Hostages and Missing Families Forum', b]]);
    // A person the text names, a given name first, or a law, is no source.
    expect(cite('Talks will resume, according to Zorvan Kettridge.').citations).toEqual([]);
    expect(cite('Orders need a date, according to the Civil and Commercial Code, though the president denied it.').citations).toEqual([]);
  });
});

describe('source names as a careful reader writes them', () => {
  it('a capitalised title and its holder after a body\'s name leave the body ("Velden Police Chief Zorvan Kettridge")', () => {
    const a = 'According to Velden Police Chief Zorvan Kettridge, the first calls came at 2:30 p.m.';
    expect(cite(a).citations).toEqual([['Velden Police', a]]);
    expect(tidySourceName('Velden Workers Union National President Zorvan Kettridge')).toBe('Velden Workers Union');
    expect(tidySourceName('University of Velden Vice-Chancellor')).toBe('University of Velden');
    // A title alone after "of" is the office's own name.
    expect(tidySourceName('Office of the Data Protection Commissioner')).toBe('Office of the Data Protection Commissioner');
  });
  it('a country\'s possessive before a company or an outlet is no part of its name ("Canada’s Veldair", "Britain’s Velden News")', () => {
    expect(tidySourceName('Canada’s Veldair')).toBe('Veldair');
    expect(tidySourceName('Britain’s Velden News')).toBe('Velden News');
    // A state's body keeps its country.
    expect(tidySourceName("Mexico's National Velden Institute")).toBe("Mexico's National Velden Institute");
  });
  it('a possessive or a title inside a body\'s own name stays ("Ministry of Women’s Affairs", "Office of the Chief Medical Examiner")', () => {
    expect(tidySourceName('Velden Ministry of Women’s Affairs')).toBe('Velden Ministry of Women’s Affairs');
    expect(tidySourceName('Office of the Chief Medical Examiner')).toBe('Office of the Chief Medical Examiner');
    expect(tidySourceName('Association of Chief Police Officers')).toBe('Association of Chief Police Officers');
  });
  it('a unit after a body\'s possessive leaves the body ("UNHCR’s Asia-Pacific", "the Velden Union’s Rights Project")', () => {
    expect(tidySourceName('UNHCR’s Asia-Pacific')).toBe('UNHCR');
    expect(tidySourceName('Velden Workers Union’s Legal Rights Project')).toBe('Velden Workers Union');
    // A company's possessive inside its own name stays.
    expect(tidySourceName('Kettridge’s Restaurants Group')).toBe('Kettridge’s Restaurants Group');
  });
  it('"and" inside a body\'s name ("the Food and Halvor Administration said") keeps the whole name; two countries or a list before it stay apart', () => {
    const { citations } = cite('A drug has won federal approval, the Food and Halvor Administration said Monday.');
    expect(citations).toEqual([['Food and Halvor Administration', 'A drug has won federal approval, the Food and Halvor Administration said Monday.']]);
    const orgs = (s: string) =>
      findMentions(s, { people: new Map(), acronyms: new Map(), home: null })
        .filter((m) => m.kind === 'ORG' || m.kind === 'BODY')
        .map((m) => m.name);
    expect(orgs('The US and European Union condemned the strike.')).toEqual(['European Union']);
    expect(orgs('The Brighton and Hove City Council said the savings held.')).toEqual(['Brighton and Hove City Council']);
    expect(orgs('The Department of Health and Halvor Services said the savings held.')).toEqual(['Department of Health and Halvor Services']);
    // A known body or an acronym before "and" is a body of its own; so is one after "and" in the words after "of".
    expect(orgs('NASA and Halvor Space Agency scientists said the launch slipped.')).not.toContain('NASA and Halvor Space Agency');
    expect(orgs('The Department of Justice and FBI officials said the case was closed.')).not.toContain('Department of Justice and FBI');
  });
  it('an official named after the body\'s full name cites it: a rank before the role ("Board Vice Chairman"), its acronym in brackets, "of the" inside the name, a title or a person before "and"', () => {
    const { citations } = cite(
      [
        'Halvor Transportation Safety Board Vice Chairman Bruce Kettridge said the investigation was still in its early days.',
        'At a press conference, Halvor Refugee Council (HRC) spokesman James Velkaro warned that millions of children are at risk.',
        'Private Hospitals Association of the Velden Islands Inc. (PHAVI) president Jose Kettridge also acknowledged the rising cases.',
        'Velden Chief Minister and Halvor Workers Union president Ana Kettridge said the strike would go on.',
        'Adviser Jake Morrow and National Halvor Council Director Brian Velkaro said in a joint statement that the cut was unwise.',
        'Department of Health and Halvor Services spokesperson Ana Velkaro said the clinics would reopen.',
      ].join('\n\n'),
    );
    expect(citations.map(([source]) => source)).toEqual([
      'Halvor Transportation Safety Board',
      'Halvor Refugee Council',
      'Private Hospitals Association of the Velden Islands Inc.',
      'Halvor Workers Union',
      'National Halvor Council',
      'Department of Health and Halvor Services',
    ]);
  });
  it('a company\'s legal form ("Halvor Pharmaceuticals PLC") is no body of its own: "the company said" cites the company', () => {
    const { citations } = cite('Halvor Pharmaceuticals PLC has won approval for its drug.\n\nThe drug will be the first of its kind, the company said.');
    expect(citations.map(([source]) => source)).toEqual(['Halvor Pharmaceuticals']);
  });
  it('"Norway on Monday condemned ..., the foreign ministry said": the ministry of the country the sentence opens with, not of the country the text mostly names', () => {
    const { citations } = cite(
      'The player has been abused in Spain for months. Spain has promised to act, and fans in Spain protested.\n\nNorway on Monday condemned the attacks its football star has suffered in Spain and called on the Spanish government to act, the foreign ministry said in a statement.',
    );
    expect(citations.map(([source]) => source)).toEqual(['Norway Foreign Ministry']);
    const quoted = parseExplainer(
      'Port reopens after storm\n\nThe player has been abused in Spain for months. Spain has promised to act, and fans in Spain protested.\n\nNorway on Monday condemned the attacks its football star has suffered in Spain, the foreign ministry said in a statement.\n\n“Taking into account the seriousness of the facts, the government deeply regrets that nothing was done,” the statement said.',
      ref,
    ).sections.flatMap((s) => s.quotes.map((q) => q.speaker));
    expect(quoted).toEqual(['Norway Foreign Ministry']);
  });
});

describe('citations: trade unions, national societies and the stop after a name', () => {
  it('a trade union the text also names by its acronym is cited by its name, as an institution, not a party ("Velden and College Union", "VCU")', () => {
    const a = 'Launching a national campaign, the Velden and College Union said that more than 30 colleges had announced job cuts.';
    const { citations } = cite(`Members of VCU rally outside the parliament.\n\n${a}`);
    expect(citations).toEqual([['Velden and College Union', a]]);
  });
  it('"said <ACRONYM> – …": a dash ends the inverted name as a comma does', () => {
    const a = 'Another 5,000 jobs could go before the end of the year, said VCU – in line with earlier forecasts.';
    expect(cite(a).citations).toEqual([['VCU', a]]);
  });
  it('"the Norwegian Red Cross", "the Philippine Red Cross": a country\'s own society, named in full, whatever comes before it', () => {
    const a = 'By late Thursday, the Philippine Red Cross said at least 38 were killed.';
    const b = 'The Norwegian Red Cross said aid had been sent to the island.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([
      ['Philippine Red Cross', a],
      ['Norwegian Red Cross', b],
    ]);
  });
  it("the full stop that ends the sentence is no part of an outlet's or a body's name; an abbreviation keeps its own", () => {
    const a = 'The ferry sank on Monday, according to Norwegian state broadcaster Velnet.';
    expect(cite(a).sources).toEqual([['Velnet', 'BROADCASTER']]);
    expect(tidySourceName('Investigative Committee of Velden.')).toBe('Investigative Committee of Velden');
    expect(tidySourceName('Halvor Shipping Corp.')).toBe('Halvor Shipping Corp.');
    expect(tidySourceName('Halvor Motor Co.')).toBe('Halvor Motor Co.');
  });
});

describe('citations: acronyms with small letters, and verbs of arguing and admitting', () => {
  it('"The Department for Velden (DfV) said": the name before its acronym; "a DfV spokesman said" is that body\'s', () => {
    const a = 'The Department for Velden (DfV) said the strike was unnecessary.';
    const b = '“We have offered formal talks to the unions to address their concerns,” a DfV spokesman said.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([
      ['Department for Velden', a],
      ['Department for Velden', b],
    ]);
  });
  it('"<Body> argues", "<Body> admitted": attributions too', () => {
    const a = 'However, Halvor Solidarity Union argues that the creation of the posts was unlawful.';
    const b = 'Halvor Shipping admitted on Thursday that its systems were hacked.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([
      ['Halvor Solidarity Union', a],
      ['Halvor Shipping', b],
    ]);
  });
});

describe('citations: acronyms over some small words, OPEC as a body', () => {
  it('"the United Nations Conference on Ports and Harbours (UNCPAH)": some small words count in the acronym, the long name is cited', () => {
    const a = 'Cocoa prices surged by 136% in two years, according to the United Nations Conference on Ports and Harbours (UNCPAH).';
    expect(cite(a).citations).toEqual([['United Nations Conference on Ports and Harbours', a]]);
  });
  it('"OPEC estimated": the cartel is cited like any intergovernmental body', () => {
    const a = "In 2021, OPEC estimated that its members held more than 80 percent of the world's proven oil reserves.";
    expect(cite(a).citations).toEqual([['OPEC', a]]);
  });
});

describe('citations: the review of the late-night rules', () => {
  it('"admitted" attributes only before what was admitted ("admitted that", "admitted on Thursday that"), not a hospital admitting patients', () => {
    expect(cite('Halvor Hospital admitted more than 40 wounded people after the strike on Tuesday night.').citations).toEqual([]);
    expect(cite('Velden University admits about 3,300 undergraduates a year.').citations).toEqual([]);
    const a = 'Halvor Shipping admitted that its systems were hacked.';
    expect(cite(a).citations).toEqual([['Halvor Shipping', a]]);
  });
  it('a dash that opens an apposition or a relative clause after "said <Name>" does not end the name: the name begins the reported clause', () => {
    expect(cite('A diplomat said VCU – which is already stretched – would need more funding.').citations).toEqual([]);
    expect(cite('A diplomat said VCU – already stretched in the north – needs more funding.').citations).toEqual([]);
  });
  it('a mixed-case acronym names a body only when its long name is one ("Memorandum of Understanding (MoU)" is no source)', () => {
    const { sources } = cite(
      'Velden and Ostland signed a Memorandum of Understanding (MoU) on power trade on Monday.\n\nThe MoU states that both sides will share grid data.',
    );
    expect(sources).toEqual([]);
  });
  it('a legal form\'s abbreviation keeps its stop ("Bhd.", "Plc.", "Pty.")', () => {
    expect(tidySourceName('Halvor Banking Bhd.')).toBe('Halvor Banking Bhd.');
    expect(tidySourceName('Velden Mining Pty.')).toBe('Velden Mining Pty.');
  });
});

describe('citations: the rules of 2026-12-06', () => {
  it('"the US-based company said" is the company named before, never a source called "US-based"', () => {
    const a = 'Velcorp Holdings said it was cutting jobs.';
    const b = 'In a statement, the US-based company said the layoffs come as it changes its model.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([
      ['Velcorp Holdings', a],
      ['Velcorp Holdings', b],
    ]);
    expect(cite(b).sources).toEqual([]);
  });
  it('"the company said" after "CNBC reported" is the company, not the broadcaster', () => {
    const a = 'Velcorp Holdings said it was cutting jobs.';
    const b = 'The company did not give the number, but CNBC reported that it would be about 3,000.';
    const c = 'Transition support will be given to affected staff, the company said.';
    expect(cite(`${a}\n\n${b}\n\n${c}`).citations).toEqual([
      ['Velcorp Holdings', a],
      ['CNBC', b],
      ['Velcorp Holdings', c],
    ]);
  });
});

describe('citations: police, think tanks and times of day (2026-12-06)', () => {
  it('"El Paso police said": a Spanish article opens the place, no person; "Kogi state police said": the state\'s force', () => {
    const a = 'El Paso police said that there are no additional suspects.';
    expect(cite(a).citations).toEqual([['El Paso Police', a]]);
    const b = 'At least 14 villagers were killed in Halvor, Kogi state police said.';
    expect(cite(b).citations).toEqual([['Kogi State Police', b]]);
  });
  it('"Authorities said": no body is named, no source', () => {
    expect(cite('Authorities said on Monday that six bombers carried out the attacks.').citations).toEqual([]);
  });
  it('"the Halvor Foundation think tank warned", "The Ostland Reserve Bank today said"', () => {
    const a = 'This week, the Halvor Foundation think tank warned inflation could hit 15% early next year.';
    expect(cite(a).citations).toEqual([['Halvor Foundation', a]]);
    const b = 'The Ostland Reserve Bank today said that it is monitoring the situation.';
    expect(cite(b).citations).toEqual([['Ostland Reserve Bank', b]]);
  });
});

describe('citations: the review of 2026-12-06', () => {
  it('"A British charity said", "a leading Ostland think tank warned": an indefinite article describes a body and names none', () => {
    expect(cite('A British charity said the shelters were full.').citations).toEqual([]);
    expect(cite('A leading Ostland think tank warned of a crisis in the harbour.').citations).toEqual([]);
  });
  it('"New Year police said" is no place\'s force', () => {
    const a = 'Two men were arrested, New Year police said.';
    expect(cite(a).citations).toEqual([['Police', a]]);
  });
});

describe('citations: 2026-12-06, afternoon', () => {
  it('no source named by the words a verb and a day lead into, nor by a clause ("... Mexican earthquake as authorities said")', () => {
    expect(cite('Ostland’s sports minister said Saturday the Harbour Sailing Council’s (HSC) suspension of the club was illegal.').sources).toEqual([]);
    expect(
      cite("Rescue workers kept digging Thursday for survivors of this week's central Mexican earthquake as authorities said the toll had risen.").sources,
    ).toEqual([]);
    // (a body's name after a day, as a subject, still cites it)
    expect(cite('On Saturday the Harbour Sailing Council said the club was suspended.').sources.map(([n]) => n)).toEqual(['Harbour Sailing Council']);
  });
});

describe('citations: 2026-12-06, evening', () => {
  it('a name its acronym follows in brackets, the acronym spelling its initials, is a body\'s whole name ("Ostland Anti-Doping (Oad) says")', () => {
    const a = 'Ostland Anti-Doping (Oad) says the rider did not challenge the first two missed tests.';
    expect(cite(a).citations).toEqual([['Ostland Anti-Doping', a]]);
    const b = 'Department of Harbour Safety Affairs (Dohsa) says 20 people have died since the storm began.';
    expect(cite(b).citations).toEqual([['Department of Harbour Safety Affairs', b]]);
    // (an office's name, which a title word opens, is the body's when its acronym follows: not "UN" alone)
    const c = 'Meanwhile, the UN High Commissioner for Harbours (UNHCH) said it was concerned about the crews.';
    expect(cite(c).citations).toEqual([['UN High Commissioner for Harbours', c]]);
    // (letters that are not the name's initials leave the name as it was read: a person is no source)
    expect(cite('Tomas Reyk (Velmark) said the port would reopen.').citations).toEqual([]);
    // (the initials from the first: "At" spells no "Velmark Ann Tamm"; a country is no source)
    expect(cite('Velmark Ann Tamm (At) said the port would reopen.').sources.map(([n]) => n)).not.toContain('Velmark Ann Tamm');
    expect(cite('The United Kingdom (UK) said it would send a team to the port.').sources).toEqual([]);
    // (a party to the story reacts, as without its acronym; an outlet stays the outlet the lexicon knows)
    expect(cite('The European Union (EU) said it would send 300 million euros.').sources).toEqual([]);
    expect(cite('The Ostland Liberation Front (OLF) said it had taken the port.').sources).toEqual([]);
    expect(cite('Agence France-Presse (AFP) said 12 people had died.').sources).toEqual([['AFP', 'NEWS_AGENCY']]);
  });

  it('"a Velmark Shipping statement said": the body whose statement it is; a person\'s statement names no source', () => {
    const a = 'The talks failed, a Velmark Shipping statement said.';
    expect(cite(a).citations).toEqual([['Velmark Shipping', a]]);
    const b = 'Crews would return on Monday, a Harbour Authority press release said.';
    expect(cite(b).citations).toEqual([['Harbour Authority', b]]);
    expect(cite('The talks failed, a Tomas Reyk statement said.').citations).toEqual([]);
    expect(cite('The strike will go on, a Zorvan Tamm statement said.').citations).toEqual([]);
    expect(cite('The talks failed, a Christmas Day statement said.').citations).toEqual([]);
  });
});

describe('source names: 2026-12-06, night', () => {
  it('"<body> Administrator <name> said" cites the body, as "<body> chief <name> said" does', () => {
    const a = 'Ostland Space Agency Administrator Tomas Reyk said on Thursday that the flight was a success.';
    expect(cite(a).citations).toEqual([['Ostland Space Agency', a]]);
    // (a lower-case administrator is no title before a name: "a WhatsApp group administrator said")
    expect(cite('A WhatsApp group administrator said the messages were fake.').citations).toEqual([]);
  });
});

describe('citations: 2026-12-07', () => {
  it('a speech verb joined by "and" to the clause\'s first verb has that verb\'s subject ("The Harbour Authority expressed its shock ... and said ...")', () => {
    const a = 'The Harbour Authority expressed its shock at the sinking and said it would open an inquiry.';
    expect(cite(a).citations).toEqual([['Harbour Authority', a]]);
    const b = 'Meanwhile, the Velmark Shipping Council, which represents 40 owners, has called on the port to reopen and said the closure would cost millions.';
    expect(cite(b).citations).toEqual([['Velmark Shipping Council', b]]);
    // (one predicate from the verb to "and": a comma, a conjunction or a relative clause may bring a subject of its own)
    const c = 'The Ostland Port Agency welcomed the ruling, while the Velmark Dockers Union condemned it and said it would strike.';
    expect(cite(c).citations).toEqual([]);
    expect(cite('The Ostland Port Agency banned fishing after fishermen protested and said the bay was safe.').citations).toEqual([]);
    // (the other verbs only before what was said: "and added it to the list" says nothing)
    expect(cite('The Harbour Authority declared the wreck a hazard and added it to its list of closures.').citations).toEqual([]);
    // (a clause with its own subject before: no subject of the sentence's opening to share)
    expect(cite('After the ship sank, crews from the Harbour Authority searched the bay; the divers found nothing and said so.').citations).toEqual([]);
  });

  it('an adverb between the subject and the verb ("The Harbour Authority officially announced"); "reportedly" attributes nothing, "No group" names no body', () => {
    const a = 'The Harbour Authority officially announced on Saturday that the port had reopened.';
    expect(cite(a).citations).toEqual([['Harbour Authority', a]]);
    const b = 'Velmark Shipping recently confirmed plans to cut 1,200 jobs.';
    expect(cite(b).citations).toEqual([['Velmark Shipping', b]]);
    expect(cite('The Ostland Dockers Union reportedly argued for a longer strike.').citations).toEqual([]);
    expect(cite('No group has claimed responsibility for the attack on the port.').citations).toEqual([]);
    // (a list of adverbs, not any word in "-ly": "The Velden family said" names no "Velden")
    expect(cite('The Velden family said they were relieved.').citations).toEqual([]);
  });

  it('"..., it said", "In addition, it said": the body cited last, no outlet, and only before a verb of speech', () => {
    const a = 'The Velmark Liberation Front claimed responsibility for the attack.';
    const b = 'Separately, VDM said on Tuesday 109 militants were killed in operations in 15 provinces.';
    const c = 'Forty-five other militants were wounded, it said.';
    const d = 'In addition, it said 600 people were still missing.';
    expect(cite(`${a}\n${b}\n${c}\n${d}`).citations).toEqual([
      ['VDM', b],
      ['VDM', c],
      ['VDM', d],
    ]);
    // (an outlet cited last reported the body's words; not before any verb: "..., it has recorded" may be anything's)
    const e = 'Two boats sank near the port, Reuters reported.';
    expect(cite(`${a}\n${e}\n${c}`).citations).toEqual([['Reuters', e]]);
    expect(cite(`${a}\n${b}\nWhile the port was closed, it has recorded 29 deaths.`).citations).toEqual([['VDM', b]]);
    // (another body named before "it" in the sentence may be its referent: none)
    expect(cite(`${a}\n${b}\nAlthough Velmark Shipping lost two ships, it said profits would rise.`).citations).toEqual([['VDM', b]]);
  });

  it('"Its chief executive <name> said": the body cited last, no outlet', () => {
    const a = 'Velmark Shipping said its systems had been hacked, Reuters reported.';
    const b = 'Its chief executive Ann Velden has apologised to customers and said she was devastated.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([
      ['Velmark Shipping', a],
      ['Reuters', a],
      ['Velmark Shipping', b],
    ]);
  });
});

describe('citations: 2026-12-07, employers', () => {
  it('"<name>, <job> of <institution>, said": the institution, the job in any case, four words at most before "of"', () => {
    const a = 'Ann Velden, Deputy Chief Constable of Ostland Police, confirmed on Friday that four people had been arrested.';
    expect(cite(a).citations).toEqual([['Ostland Police', a]]);
    const b = 'Tomas Reyk, co-ordinator of the Velmark Harbour Coalition, said the port would reopen.';
    expect(cite(b).citations).toEqual([['Velmark Harbour Coalition', b]]);
    // ("at" before "of": "director of research at the University of Halvor", not "of research", nor "of Halvor")
    const c = 'Tomas Reyk, director of research at the University of Halvor, said the port would reopen.';
    expect(cite(c).citations).toEqual([['University of Halvor', c]]);
    // (no participle nor "and" before "of": a clause, not a job)
    expect(cite('Tomas Reyk, speaking on behalf of the Velmark Harbour Coalition, said the port would reopen.').citations).toEqual([]);
    // (a relation to the body is no job at it)
    expect(cite('Ann Velden, a longtime critic of Velmark Shipping, said the port would reopen.').citations).toEqual([]);
    expect(cite('Tomas Reyk, a member of the Velmark Dockers Union, said the port would reopen.').citations).toEqual([]);
  });
});

describe('citations: 2026-12-07, statements', () => {
  it('"The statement said", "the statement continued": the body cited in a sentence that spoke of a statement, up to four sentences back', () => {
    const a = 'The Velmark Harbour Board said in a statement on Monday that the port would stay shut.';
    const b = 'Ships were sent to Halvor instead.';
    const c = 'Crews were told to stay at home.';
    const d = 'The statement said 40 crews would be paid in full.';
    const e = '“We regret the delay,” the communiqué continued.';
    expect(cite(`${a}\n${b}\n${c}\n${d}\n${e}`).citations).toEqual([
      ['Velmark Harbour Board', a],
      ['Velmark Harbour Board', d],
      ['Velmark Harbour Board', e],
    ]);
    // (further back, or no statement spoken of: no source)
    const far = [a, b, c, 'The storm passed on Tuesday.', 'Divers searched the harbour.', 'The statement said 40 crews would be paid in full.'];
    expect(cite(far.join('\n')).citations).toEqual([['Velmark Harbour Board', a]]);
    const none = 'The Velmark Harbour Board said on Monday that the port would stay shut.';
    expect(cite(`${none}\n${b}\n${c}\n${d}`).citations).toEqual([['Velmark Harbour Board', none]]);
    // ("the release of the crew" is no press release, and "the release continued" no statement)
    const crew = 'The Velmark Harbour Board said the release of the crew was near.';
    expect(cite(`${crew}\n${b}\n${c}\nTalks stalled on Monday but the release continued.`).citations).toEqual([['Velmark Harbour Board', crew]]);
  });
});

describe('citations: 2026-12-07, editions, stations and names with a comma', () => {
  it('"told BBC Burmese", "told BBC Radio 5 live", "BBC Radio Scotland": a broadcaster’s language service or station is named with it', () => {
    const a = 'The harbour will reopen on Monday, Tomas Reyk told BBC Burmese.';
    expect(cite(a).citations).toEqual([['BBC Burmese', a]]);
    const b = 'Tomas Reyk told BBC Radio 5 live that the harbour would reopen on Monday.';
    expect(cite(b).citations).toEqual([['BBC Radio 5 live', b]]);
    const c = 'The harbour will reopen on Monday, Ann Velden told BBC Radio Scotland.';
    expect(cite(c).citations).toEqual([['BBC Radio Scotland', c]]);
    // (no edition after the broadcaster: the broadcaster alone)
    const d = 'The harbour will reopen on Monday, Ann Velden told the BBC.';
    expect(cite(d).citations).toEqual([['BBC', d]]);
  });

  it('the review of 2026-12-07, mid-morning: a nationality that opens the reported clause is no edition; a station only a broadcaster’s', () => {
    const a = 'An official told Reuters Ukrainian forces had retaken the port.';
    expect(cite(a).citations).toEqual([['Reuters', a]]);
    const b = 'A spokesman told AFP French police had arrested two men at the port.';
    expect(cite(b).citations).toEqual([['AFP', b]]);
    const c = 'A spokesman told Reuters Chinese Foreign Minister Ann Velden would visit the port.';
    expect(cite(c).citations).toEqual([['Reuters', c]]);
    // (an edition before a verb or a stop stays one: "BBC Russian has reported", "told BBC Bangla that")
    const d = 'BBC Russian has reported that the port was closed.';
    expect(cite(d).citations).toEqual([['BBC Russian', d]]);
    const e = 'Officials told BBC Bangla that the port would reopen.';
    expect(cite(e).citations).toEqual([['BBC Bangla', e]]);
    // (a newspaper has no station: "Radio 4" is the subject of the reported clause)
    const f = 'Tomas Reyk told The New York Times Radio 4 had refused to air the interview.';
    expect(cite(f).citations).toEqual([['The New York Times', f]]);
  });

  it('"the Foreign, Commonwealth and Development Office (FCDO)": a name with a comma, whose initials spell the acronym after it, is one name', () => {
    const a = 'The Harbour, Customs and Shipping Office (HCSO) said the port would reopen.';
    const b = 'The HCSO said ships would be inspected first.';
    expect(cite(`${a} ${b}`).citations).toEqual([
      ['Harbour, Customs and Shipping Office', a],
      ['Harbour, Customs and Shipping Office', b],
    ]);
    // (a comma before the bracket ends no name)
    const c = 'The Harbour Safety Board, (HSB) said the port would reopen.';
    const d = 'The HSB said ships would be inspected first.';
    expect(cite(`${c} ${d}`).citations).toEqual([
      ['Harbour Safety Board', c],
      ['Harbour Safety Board', d],
    ]);
  });

  it('an outlet told or confirmed to is cited: "told Fox Sports", "told Business Today", "told USA Today", "confirmed to the Associated Press" (2026-12-07, midday)', () => {
    // (an outlet's words after "told" name no person: "Fox Sports" is no Mr Sports)
    for (const outlet of ['Fox Sports', 'Business Today', 'USA Today', 'Velmark Herald', 'Halvor Gazette']) {
      const a = `Tomas Reyk told ${outlet} that the port would reopen.`;
      expect(cite(a).citations).toEqual([[outlet, a]]);
    }
    const b = 'A spokeswoman then confirmed to the Associated Press that the port would reopen.';
    expect(cite(b).citations).toEqual([['Associated Press', b]]);
  });

  it('a source the text gives its kind is cited, one unknown word or several: "rights watchdog Hengaw said", "news outlet Aamaq reported" (2026-12-07, midday)', () => {
    const a = 'Peruvian rights watchdog Velmark reported in November that at least 48 people had died.';
    const b = 'The web monitoring platform Halvor Watch said there were 4,800 reports of outages.';
    const c = 'The news outlet Velmark reported that the port was closed.';
    expect(cite(a).citations).toEqual([['Velmark', a]]);
    expect(cite(b).citations).toEqual([['Halvor Watch', b]]);
    expect(cite(c).citations).toEqual([['Velmark', c]]);
    // (nor a country: "the company Peru said" is no source)
    const d = 'The company Peru said profits rose.';
    expect(cite(d).citations).toEqual([]);
  });

  it('an embassy named with its country and where it is, is cited by that name: "The US Embassy in Lima said", "the Chilean embassy in Lima said" (2026-12-07, afternoon)', () => {
    expectCitedWhole([
      ['The US Embassy in Lima said the road was closed.', 'US Embassy in Lima'],
      ['Meanwhile, the Chilean Embassy in Lima also said it was saddened by the loss.', 'Chilean Embassy in Lima'],
      ['The Chilean embassy in Lima said the road was closed.', 'Chilean embassy in Lima'],
    ]);
  });

  it('an embassy is cited as the subject only, and not as a country\'s own: "Protesters who attacked the US Embassy in Lima said", "the country\'s embassy in Lima said" (2026-12-07, afternoon)', () => {
    expectCitedWhole([['The Chilean embassy said the road was closed.', 'Chilean embassy']]);
    for (const b of [
      'Protesters who attacked the US Embassy in Lima said they would return.',
      'A bomb hit the Chilean Embassy in Lima said to house 40 staff.',
      "In Peru, the country's embassy in Lima said 40 Chileans were safe.",
    ])
      expect(cite(b).citations).toEqual([]);
  });

  it('a country\'s name of two words owns its body whole: "Sri Lanka\'s health ministry said", "New Zealand\'s official weather service said" (2026-12-07, evening)', () => {
    expectCitedWhole([
      ['Sri Lanka’s health ministry said 40 people had died in the floods.', 'Sri Lanka Health Ministry'],
      ['New Zealand’s official weather service said its stations had observed record heat.', 'New Zealand official weather service'],
      ['Chile’s health ministry said 40 people had died in the floods.', 'Chile Health Ministry'],
    ]);
  });

  it('a single mark before a lone "n" hides no subject: "The Rock ‘n Play maker Halvor Toys said the sleepers’ straps were safe" (2026-12-07, evening)', () => {
    expectCitedWhole([['The Rock ‘n Play maker Halvor Toys said the sleepers’ straps were safe.', 'Halvor Toys']]);
  });
});

describe('citations: a force named without its country (2026-12-07, night)', () => {
  it('"The Coast Guard said" after "the U.S. Coast Guard": the force with its country, as the text spells it first', () => {
    const a = 'The U.S. Coast Guard sent two cutters to the port on Sunday.';
    const b = 'The Coast Guard said the ferry had carried twice its load.';
    const c = 'According to the Navy, the crew were safe and well.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([['U.S. Coast Guard', b]]);
    // "the Navy" is a force of the state too: "The Indian Navy", then "according to the Navy".
    expect(cite(`The Indian Navy sent a warship to the port on Friday.\n\n${c}`).citations).toEqual([['Indian Navy', c]]);
    // Named with no country, or with two: as the text names it.
    expect(cite(b).citations).toEqual([['Coast Guard', b]]);
    expect(cite(`The Indian Navy and the Sri Lanka Navy met at sea.\n\n${c}`).citations).toEqual([['Navy', c]]);
  });
});

describe("citations: the review's shapes of a force named without its country (2026-12-07, night)", () => {
  it('another force beside it, the citing sentence\'s own, or a count\'s ("two China Coast Guard vessels") give it no country', () => {
    const navy = 'The Navy said the ships kept to international waters.';
    expect(cite(`The Royal Navy shadowed two Russian Navy ships through the channel.\n\n${navy}`).citations).toEqual([['Navy', navy]]);
    const own = 'The Coast Guard said two China Coast Guard vessels fired water cannon at the boat.';
    expect(cite(own).citations).toEqual([['Coast Guard', own]]);
    const safe = 'The Coast Guard said the crew were safe.';
    expect(cite(`Two China Coast Guard vessels fired water cannon at the boat.\n\n${safe}`).citations).toEqual([['Coast Guard', safe]]);
    // The force's ships named with its country, no count before: the force's country.
    expect(cite(`U.S. Coast Guard cutters searched the bay on Sunday.\n\n${safe}`).citations).toEqual([['U.S. Coast Guard', safe]]);
  });
});

describe("citations: a statement issued, and a possessive in a body's place (2026-12-08)", () => {
  it('"X issued a statement saying", "X released a brief statement", "X put out a communiqué": X is cited', () => {
    expectCitedWhole([
      ['Velmark Shipping issued a statement saying it regretted the loss of the crew.', 'Velmark Shipping'],
      ['The Interior Ministry released a brief statement on Monday confirming forty deaths.', 'Interior Ministry'],
      ['Late in the evening, the Halvor Dockers Union put out a communiqué urging its members to return to work.', 'Halvor Dockers Union'],
    ]);
    // Released, but no statement: no attribution.
    expect(cite('Velmark Shipping released the crew list on Monday.').citations).toEqual([]);
    // (a statement called false or misleading is what someone is accused of, no attribution)
    expect(cite('The Ostland High Court ruled on Monday that Velmark Bank had issued a misleading statement to investors.').citations).not.toContainEqual([
      'Velmark Bank',
      'The Ostland High Court ruled on Monday that Velmark Bank had issued a misleading statement to investors.',
    ]);
  });
  it('"Her entertainment agency said", "His agency released a statement": whose agency, cited by no one\'s name', () => {
    const her = 'Her entertainment agency said the singer had died at home.';
    expect(cite(her).citations).toEqual([]);
    expect(cite('His agency released a statement confirming the death.').citations).toEqual([]);
    // ("Defend Our Juries": the word inside a name stays)
    const group = 'The group Defend Our Juries says 2,787 people have been arrested.';
    expect(cite(group).citations).toEqual([['Defend Our Juries', group]]);
  });
});

describe('citations: "according to" one word (2026-12-08)', () => {
  it('"according to MarketWatch", "according to Velmark,": a company\'s or a site\'s one word is cited; a person\'s is not', () => {
    expectCitedWhole([['According to MarketWatch, Halvor shares were down 1.4% in after-hours trading on Monday.', 'MarketWatch']]);
    // (a company by what the text says of it elsewhere: "Velmark said it would …")
    const cuts = 'Stage 3 power cuts will go on until further notice, according to Velmark, after three units failed.';
    expect(cite(`The grid is failing again.\n\n${cuts}`).citations).toEqual([]);
    expect(cite(`Velmark said on Friday it would cut power.\n\n${cuts}`).citations).toContainEqual(['Velmark', cuts]);
    // (a person the text names: "according to Reyk" after "Tomas Reyk" is his word, no source's)
    const reyk = 'The cuts will go on until Friday, according to Reyk.';
    expect(cite(`Tomas Reyk runs the grid.\n\n${reyk}`).citations).toEqual([]);
    // (nor one the text gives after a title, whatever it says of it: "Mr Brandt's shares")
    const brandt = 'The plan will cost 40 million euros, according to Brandt.';
    expect(cite(`Mr Brandt's shares in the harbour company were sold last year.\n\n${brandt}`).citations).not.toContainEqual(['Brandt', brandt]);
  });
  it('read as one that reports: "the company said" after it is not its words', () => {
    const a = 'According to TechCrunch, Velmark Disks sent letters to its customers.';
    const b = 'The company said the stolen data did not include passwords.';
    expect(cite(`${a}\n\n${b}`).citations).toContainEqual(['TechCrunch', a]);
    expect(cite(`${a}\n\n${b}`).citations).not.toContainEqual(['TechCrunch', b]);
  });
});

describe("citations: capitals run on into lower case, a company's shape (2026-12-08)", () => {
  it('"VXAir said", "HVMorgan said": a company by its shape; "CEOs" is no such word', () => {
    expectCitedWhole([
      ['The capital was the second most polluted city on Wednesday, with a score of 299, VXAir said.', 'VXAir'],
      ['Halvor shares will rise by a fifth next year, HVMorgan said.', 'HVMorgan'],
    ]);
    expect(cite('Two rockets will fly next year, CEOs said.').citations).toEqual([]);
    // (an Irish surname written without its apostrophe is no company: "OVelden said")
    const ovelden = 'OVelden said the harbour would close in May.';
    expect(cite(`Mr OVelden, the harbour master, spoke on Monday.\n\n${ovelden}`).citations).not.toContainEqual(['OVelden', ovelden]);
  });
});

describe("citations: a body's short name, the one the text gives in full (2026-12-08, small hours)", () => {
  it('an acronym no lexicon knows: the one name of a body in the text whose capitals it is', () => {
    const a = 'Members of the Ostland Dock Workers Union voted on Sunday to strike at the port in Norway.';
    const b = "Tomas Reyk, the ODWU's general secretary, said that the strike would go ahead.";
    expect(cite(`${a}\n\n${b}`).citations).toEqual([['Ostland Dock Workers Union', b]]);
    // Two names it could be, or one that is no body's (a place's, a people's): as the text has it.
    const c = 'Members of the Ostland Dock Workers Union and of the Oslo Dock Workers Union voted on Sunday to strike.';
    expect(cite(`${c}\n\n${b}`).citations).toEqual([['ODWU', b]]);
    const d = 'Ships left the Ostland Deep Water Unloading yards on Sunday before the strike in Norway.';
    expect(cite(`${d}\n\n${b}`).citations).toEqual([['ODWU', b]]);
  });

  it('"the Parliament said": the one owner the text writes before it, the country it is about or a known organisation', () => {
    const a = "The speaker of Norway's Parliament says the port will reopen on Monday after the storm in Norway.";
    expect(cite(a).citations).toEqual([['Norway Parliament', a]]);
    // Not the country the text is about: a round-up's "Parliament" may be any country's.
    const b = "The speaker of Sweden's Parliament says the port will reopen on Monday after the storm in Norway and Norway's coast.";
    expect(cite(b).citations).toEqual([['Parliament', b]]);
    // Not a state body's name: "Norway's Brandt Shipping" is a company of Norway, named Brandt Shipping.
    const c = "Ann Velden, the chief of Brandt Shipping, says 40 boats had been damaged in Norway's ports, as Norway's Brandt Shipping counted.";
    expect(cite(c).citations.map(([source]) => source)).not.toContain('Norway Brandt Shipping');
  });

  it("the review's shapes: a round-up, a lower-case owner, a two-letter acronym, a sentence's end, a possessive, a chain of renames", () => {
    const sources = (body: string) => parseExplainer(`Port reopens after storm\n\n${body}`, ref).sources.map((x) => x.name);
    // A round-up: "Parliament" under Sweden's heading is not Norway's.
    const roundup = `World reacts to Norway port blast\n\nThe speaker of Norway's Parliament said on Monday that 40 people had died in the blast at the port of Halvor in Norway. Norway declared three days of mourning.\n\nSweden\n\nParliament in Stockholm held a minute's silence. "We stand with our neighbours in Norway in this dark hour," Parliament said in a statement.`;
    const d = parseExplainer(roundup, ref);
    expect(d.sections.flatMap((x) => x.quotes.map((q) => q.speaker))).not.toContain('Norway Parliament');
    // A line that names another country, or an owner in lower case.
    expect(
      sources("The speaker of Norway's Parliament said the port in Norway would reopen.\n\nIn Sweden, Parliament said the bridge to Norway would stay closed."),
    ).toContain('Parliament');
    expect(
      sources(
        'The state Senate in Halvor voted on Monday to close the port, and the Senate said the vote was final.\n\nA similar bill died in the US Senate last year, as the United States debated ports.',
      ),
    ).toEqual(['Senate']);
    // Two capitals spell too many names by chance: "BP" stays BP beside the "Bank of Portugal".
    expect(
      sources(
        'BP said on Monday that the leak off the coast of Portugal had been stopped.\n\nThe Bank of Portugal said the spill would cost the economy of Portugal little.',
      ),
    ).toContain('BP');
    // No name across a sentence's end ("Norway. Port Service"), and a possessive is no part of the name.
    expect(
      sources(
        'NPS said on Monday that the port would reopen after the storm in Norway.\n\nThe storm hit the west coast of Norway. Port Service crews worked through the night.',
      ),
    ).toEqual(['NPS']);
    const possessive = "The Ostland Dock Workers Union's members voted on Sunday to strike.\n\nTomas Reyk, the ODWU's general secretary, said so.";
    expect(fullNameOf('ODWU', possessive, null, false, new Set(['Tomas', 'Reyk']), () => false)).toBe('Ostland Dock Workers Union');
    // The name a source already has that holds the spelled name whole: one source.
    expect(
      sources(
        "Norway's Fisheries Management Agency said on Monday that the port would reopen in Norway.\n\nAn FMA spokesman said 40 boats had been damaged in the storm in Norway.",
      ),
    ).toEqual(["Norway's Fisheries Management Agency"]);
    // Two reactions that now name one body in one section: one, the stronger (the second review's probe).
    const two = parseExplainer(
      "Port reopens after storm\n\nNorway's Fisheries Agency said on Monday that it strongly condemned the illegal fishing in the north, calling it a crime. Norway has long fought it.\n\nNFA said in a statement on Tuesday that it welcomed the arrest of the crew. Norway will prosecute them.",
      ref,
    );
    const actors = two.sections.flatMap((x) => x.reactions.map((r) => r.actor));
    expect(actors.length).toBe(new Set(actors).size);
    // A chain of renames ends where it ends, a cycle where it closes.
    const chain = new Map([
      ['NC', 'Navy Command'],
      ['Navy Command', 'Norway Navy Command'],
      ['A', 'B'],
      ['B', 'A'],
    ]);
    followedToEnd(chain);
    expect([...chain]).toEqual([
      ['NC', 'Norway Navy Command'],
      ['Navy Command', 'Norway Navy Command'],
      ['A', 'A'],
      ['B', 'A'],
    ]);
  });

  it('the speaker of a quote takes the full name too', () => {
    const a = 'Members of the Ostland Dock Workers Union voted on Sunday to strike at the port in Norway.';
    const b = 'An ODWU spokesman said: "We will not accept the offer on the table today."';
    const d = parseExplainer(`Port reopens after storm\n\n${a}\n\n${b}`, ref);
    expect(d.sections.flatMap((s) => s.quotes.map((q) => q.speaker))).toEqual(['Ostland Dock Workers Union']);
  });
});

describe('citations: an acronym the text defines in brackets (2026-12-08, third stop)', () => {
  it('takes the name written before its brackets, whatever its letters; a possessive, an article and a sentence word left off', () => {
    const a = "The Ostland Space Exploration Agency's (OSXA) lander touched down on Monday in Norway.";
    const b = 'The OSXA said in a statement that the lander was operating smoothly.';
    expect(cite(`${a}\n\n${b}`).citations).toEqual([['Ostland Space Exploration Agency', b]]);
    // (the letters of "Velmark and Ostland Harbour Board" hold V, O, H, B in order; its initials, VAOHB, are no acronym)
    const c = 'Pilots at the Velmark and Ostland Harbour Board (VHB) walked out on Friday in Norway.';
    const d = 'VHB said on Saturday that talks would resume in Norway.';
    expect(cite(`${c}\n\n${d}`).citations).toEqual([['Velmark and Ostland Harbour Board', d]]);
    // The speaker of its quote too.
    const quoted = parseExplainer(`Port reopens after storm\n\n${c}\n\n"We are ready to talk again," VHB said on Saturday.`, ref);
    expect(quoted.sections.flatMap((x) => x.quotes.map((q) => q.speaker))).toEqual(['Velmark and Ostland Harbour Board']);
  });

  it('no name for it when its letters are not in the name or two names define it; one holding the other is one', () => {
    const b = 'VHB said on Saturday that talks would resume in Norway.';
    expect(cite(`Pilots at the Ostland Port Union (VHB) walked out on Friday in Norway.\n\n${b}`).citations).toEqual([['VHB', b]]);
    const two = 'The Velmark Harbour Board (VHB) and the Velden Hill Bank (VHB) met on Friday in Norway.';
    expect(cite(`${two}\n\n${b}`).citations).toEqual([['VHB', b]]);
    // Two names of which one holds the other are one body, under the longer name (the pass that reads names off their
    // initials finds it).
    const d = 'The Norway Harbour Board (HB) met on Friday in Oslo.\n\nThe Harbour Board (HB) is the port authority of Norway.';
    const e = 'HB said on Saturday that talks would resume in Norway.';
    expect(cite(`${d}\n\n${e}`).citations).toEqual([['Norway Harbour Board', e]]);
    // The shortest run that holds it: no sentence word or article before the name (the review's probes).
    const f = 'SKA said in a statement that flights would resume on Tuesday.';
    expect(cite(`Shares of Skarvik Airlines (SKA) rose on Monday in Oslo.\n\n${f}`).citations).toEqual([['Skarvik Airlines', f]]);
    expect(cite(`Since Skarvik Airlines (SKA) cut its routes on Monday, Norway has had no flights.\n\n${f}`).citations).toEqual([['Skarvik Airlines', f]]);
  });
});

describe("citations: the third stop's second review (2026-12-08)", () => {
  it("an athlete's country code is no acronym of her name; the brackets alone define an acronym for the rename pass", () => {
    const d = parseExplainer(
      'Oslo race\n\nNorunn Velden (NOR) won the race on Monday in Oslo.\n\n"It was a hard race in the wind," Norunn Velden said after the finish.',
      ref,
    );
    expect(d.sources.map((x) => x.name)).toEqual([]);
    const b = "Tomas Reyk, the ODWU's general secretary, said that the strike would go ahead.";
    const a = "Ships left the Ostland Deep Water Unloading yards on Sunday before the strike in Norway, the dockers' union (ODWU) said.";
    expect(cite(`${a}\n\n${b}`).citations).toContainEqual(['ODWU', b]);
  });

  it('two letters defined by a name and by the longer name that holds it: one body, under the longer name', () => {
    const d = parseExplainer(
      'Port talks\n\nThe Norway Harbour Workers (HW) met on Friday in Oslo. The Harbour Workers (HW) run the port.\n\n"We are ready to talk again," HW said on Saturday.',
      ref,
    );
    expect(d.sections.flatMap((x) => x.quotes.map((q) => q.speaker))).toEqual(['Norway Harbour Workers']);
  });
});
