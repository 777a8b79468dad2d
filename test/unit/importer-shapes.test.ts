import { parseExplainer } from '../../src/importer/parse-explainer';
import { splitSentences } from '../../src/importer/sentences';
import { AppError } from '../../src/common/errors';
import { MAX_TEXT_BYTES } from '../../src/importer/layout';

// The shapes explainers come in: how each is read.
const ref = { referenceDate: new Date('2023-06-01T00:00:00Z') };
const headings = (text: string) => parseExplainer(text, ref).sections.map((s) => [s.key, s.heading]);

const BODY = 'Officials said the talks would resume. Reuters reported that both delegations had arrived.';

describe('headings', () => {
  it('Markdown: # is the headline, ## and ### are sections', () => {
    const d = parseExplainer(
      `# Talks resume in Geneva\n\nBy Ana Ruiz\n\nLead paragraph here.\n\n## What is on the table?\n\n${BODY}\n\n### Who is taking part\n\n${BODY}`,
      ref,
    );
    expect(d.headline).toBe('Talks resume in Geneva');
    expect(d.meta.byline).toBe('By Ana Ruiz');
    expect(d.sections.map((s) => [s.key, s.heading])).toEqual([
      ['lead', null],
      ['what-is-on-the-table', 'What is on the table?'],
      ['who-is-taking-part', 'Who is taking part'],
    ]);
    expect(d.sections[0].body).toBe('Lead paragraph here.');
  });

  it('numbered questions are headings, a numbered list in the body is not', () => {
    const text = `Talks resume\n\nLead paragraph here.\n\n1. What was agreed?\n\n${BODY}\n\n1) a ceasefire line.\n\n2) prisoner exchanges.\n\n2. What next?\n\n${BODY}`;
    expect(headings(text)).toEqual([
      ['lead', null],
      ['what-was-agreed', 'What was agreed?'],
      ['what-next', 'What next?'],
    ]);
    expect(parseExplainer(text, ref).sections[1].body).toBe(`${BODY}\n\n1) a ceasefire line.\n\n2) prisoner exchanges.`);
  });

  it('"Q:" headings, with "A:" taken off the answer', () => {
    const d = parseExplainer(
      `Talks resume\n\nLead paragraph here.\n\nQ: Who is mediating?\n\nA: ${BODY}\n\nQuestion: When will it end?\nA: Nobody knows yet.`,
      ref,
    );
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'Who is mediating?', 'When will it end?']);
    expect(d.sections[1].body).toBe(BODY);
    expect(d.sections[2].body).toBe('Nobody knows yet.');
    expect(d.meta.markers).toEqual(['A:', 'A:']);
  });

  it('short lines without a question mark, bold headings, and a heading directly above its paragraph', () => {
    expect(headings(`Talks resume\n\nLead paragraph here.\n\nThe background\n\n${BODY}\n\n**Why it matters**\n\n${BODY}\n\nWhat comes next?\n${BODY}`)).toEqual(
      [
        ['lead', null],
        ['the-background', 'The background'],
        ['why-it-matters', 'Why it matters'],
        ['what-comes-next', 'What comes next?'],
      ],
    );
  });

  it('a question over a lead-in to a list of short lines heads its section; the list stays in the body', () => {
    const text = [
      'Harbour vote explained',
      '',
      'The vote is on Tuesday.',
      '',
      'When is the vote?',
      '',
      'It is on Tuesday 5 November, and polls open at seven in the morning.',
      '',
      'Who is standing?',
      '',
      'In alphabetical order, the main candidates are:',
      '',
      'Anna Berg (Greens)',
      '',
      'Tomas Reyk (Labour)',
      '',
      'Both have promised to reopen the northern channel within a year.',
    ].join('\n');
    expect(headings(text).map((h) => h[1])).toEqual([null, 'When is the vote?', 'Who is standing?']);
  });

  it('a lead-in closed by a colon is no item of a run of short lines: the label headings around it stay candidates', () => {
    const text = [
      'Harbour reopens',
      '',
      'The harbour reopened on Monday after a month of repairs to its northern channel and its two cranes.',
      '',
      "The world's reaction to the reopening",
      '',
      "Here's how the neighbours reacted:",
      '',
      'Ruritania',
      '',
      'The Ruritanian government praised the reopening and said its ships would return within the week.',
      '',
      'Borduria',
      '',
      'The Bordurian port authority said it would send two pilots to help the first convoys through the channel.',
    ].join('\n');
    expect(headings(text).map((h) => h[1])).toEqual([null, "The world's reaction to the reopening", 'Ruritania', 'Borduria']);
  });

  it('a repeated heading gets a distinct key and a warning', () => {
    const d = parseExplainer(`Lead paragraph here.\n\nWhat now?\n\n${BODY}\n\nWhat now?\n\n${BODY}`, ref);
    expect(d.sections.map((s) => s.key)).toEqual(['lead', 'what-now', 'what-now-2']);
    expect(d.warnings.map((w) => w.code)).toContain('DUPLICATE_HEADING');
  });
});

// Text pasted from news pages: single-newline paragraphs, round-up headings, and page furniture that must not
// become a heading (made-up texts in the shapes of real pages).
describe('headings and furniture of pasted web pages', () => {
  const LONG = 'The minister told reporters on Monday that the repairs would take at least three more weeks to finish.';
  const titles = (text: string) => parseExplainer(text, ref).sections.map((s) => s.heading);

  it('label headings between single-newline paragraphs; a question-word first line over its paragraph is a heading, not a title', () => {
    const d = parseExplainer(`What happened\n${LONG}\n${BODY}\nHow it happened\n${LONG}\nWhat next?\n${LONG}`, ref);
    expect(d.sections.map((s) => s.heading)).toEqual(['What happened', 'How it happened', 'What next?']);
    expect(d.meta.headlineLine).toBeNull();
    // With a title line set apart, the title stays the headline.
    expect(titles(`Floods close the valley\n\n${LONG}\n\nCASUALTIES AND DAMAGE\n${LONG}\nWhat the repairs involve\n${LONG}`)).toEqual([
      null,
      'CASUALTIES AND DAMAGE',
      'What the repairs involve',
    ]);
  });

  it('a consent button, "Related news", a lone "Date" and a newsletter teaser are furniture, not headings', () => {
    const text = `Floods close the valley\n\n${LONG}\n\nI agree\n\n${LONG}\n\nRelated news\n\n${LONG}\n\nDate\n\n${LONG}\n\nNew valley newsletter: Flood Dispatch\n\n${LONG}\n\nWhat the repairs involve\n\n${LONG}`;
    expect(titles(text)).toEqual([null, 'What the repairs involve']);
  });

  it('"Also Read: …", "Leave a Reply", "More Stories", "Email Print", "Media playback is unsupported …" are furniture, not headings', () => {
    const chrome = [
      'Also Read: Valley floods close the pass for a week',
      'Leave a Reply',
      'More Stories',
      'Email Print',
      'Media playback is unsupported on your device',
      'Change Location',
    ];
    const text = [`Floods close the valley`, LONG, ...chrome.flatMap((c) => [c, LONG]), 'What the repairs involve', LONG].join('\n\n');
    expect(titles(text)).toEqual([null, 'What the repairs involve']);
  });

  it('"Share it", "More To Read", a reading time in minutes ("2 mn") and a bureau\'s line ("Velden Bureau") are furniture, not headings', () => {
    // (and an icon set's labels run together, as a saved page's SVG titles give them)
    const chrome = ['Share it', 'More To Read', '2 mn', 'Velden Bureau', 'ArrowArtboardCreated with Sketch.Title ChevronIcon FacebookIcon Mail'];
    const text = [`Floods close the valley`, LONG, ...chrome.flatMap((c) => [c, LONG]), 'What the repairs involve', LONG].join('\n\n');
    expect(titles(text)).toEqual([null, 'What the repairs involve']);
  });

  it('a control line on the line right above the title ("Skip to content") is no headline', () => {
    const d = parseExplainer(`Skip to content\nFloods close the valley\n\n${LONG}\n\n${BODY}`, ref);
    expect(d.headline).toBe('Floods close the valley');
    expect(d.meta.credits).toContain('Skip to content');
  });

  it('a question after a run of short furniture lines heads its paragraph; a question under a standfirst without its full stop too', () => {
    const furniture = `Q & A: The valley floods\n\n${BODY}\n\nThis was published 13 years ago\n\nFollow the live blog here\n\nWhere did the flood start?\n\n${LONG}\n\nWhat happens next?\n\n${LONG}`;
    expect(titles(furniture)).toEqual([null, 'Where did the flood start?', 'What happens next?']);
    const standfirst = `Q&A: The valley floods\n\nOur reporter explains the reasons for the latest floods in the valley between the two rivers of the region\nWhat is going on in the valley?\n${LONG}\nWhy now?\n${LONG}`;
    expect(titles(standfirst)).toEqual([null, 'What is going on in the valley?', 'Why now?']);
  });

  it('a short question inside web copy with a hard-wrapped line elsewhere is still a heading', () => {
    const text = `Floods: what we know\n\n${LONG}\nWhat has happened so far?\n${LONG}\nBut instead, the floods have continued to spread, drawing in\npeople from all over the valley and the hills.\nWhy are they angry?\n${LONG}`;
    expect(titles(text)).toEqual([null, 'What has happened so far?', 'Why are they angry?']);
  });

  it('a heading closed by a colon is read without it', () => {
    const quote = '"We will keep the crossings open every single day," he said.';
    expect(
      // (a line that ends on "SAID:" is the lead-in of its quote, as the corpus annotates "Ann Anny said:", and the
      // model retrained on 961 texts reads it so; the actor line alone is the heading)
      titles(`Floods: what we know\n\n${LONG}\n\nIAN VELDEN, UNION NATIONAL OFFICER FOR SHIPPING:\n\n${quote}\n\nWhat happens next?\n\n${LONG}`),
    ).toEqual([null, 'IAN VELDEN, UNION NATIONAL OFFICER FOR SHIPPING', 'What happens next?']);
  });

  it('a bullet before a heading is no part of it', () => {
    expect(
      titles(
        `World leaders react\n\n${BODY}\n\n- COLOMBIA\n\nPresident Ana Velden said the vote "was a victory for the whole region and beyond".\n\n- BRAZIL\n\nPresident Tomas Reyk said the result "must be respected by every single country".`,
      ),
    ).toEqual([null, 'COLOMBIA', 'BRAZIL']);
  });

  it('a short actor line directly above its paragraph is a heading, a short line wrapped inside a paragraph is not', () => {
    expect(
      titles(`World leaders react\n\n${BODY}\n\nUN chief Antonio Guterres\n${LONG}\n\nEU chiefs\nThey said the attack was "an assault on all of us".`),
    ).toEqual([null, 'UN chief Antonio Guterres', 'EU chiefs']);
    expect(titles(`World leaders react\n\n${BODY}\n\nThe envoy said the talks\nwould resume in Geneva next week.`)).toEqual([null]);
  });

  it('"Name, role:" and capitalised labels closed by a colon are headings without it; a lead-in sentence ending in a colon is not', () => {
    const text = [
      'Global outrage over attacks',
      BODY,
      'The key information known at this time:',
      LONG,
      'George Bush, US president:',
      LONG,
      'UNITED STATES:',
      LONG,
      'US President Joe Biden:',
      LONG,
      'Here is what we know:',
      LONG,
    ].join('\n\n');
    expect(titles(text)).toEqual([null, 'George Bush, US president', 'UNITED STATES', 'US President Joe Biden']);
  });

  it('the sign-off under a quote printed alone is no heading; the place heading after it is', () => {
    const text = [
      'International reaction',
      BODY,
      '"We stand with the people of London in this dark hour."',
      'Jane Roe, foreign minister',
      'New Zealand',
      // A quote whose closing mark is missing runs to the end of its paragraph.
      '"These attacks will not break the resolve of free people everywhere.',
      'John Doe, prime minister',
      'The Vatican',
      '"We pray for the victims and their families."',
    ].join('\n\n');
    expect(titles(text)).toEqual([null, 'New Zealand', 'The Vatican']);
  });

  it('a name line over the first quote printed alone makes every name line a heading, "Name, role" ones too; "X said:" over it is a lead-in', () => {
    const text = [
      'Officials react to the Velden protest',
      'Public officials are reacting to the protest that turned violent. Here is what they had to say:',
      'Gov. Tomas Velkaro',
      '"Tonight is a very sad night for our state and for everyone who lives here.',
      '"These are extremely difficult times for our state, our country and our world."',
      'State Rep. Ana Ostrova, D-Velden',
      '"This evening I joined the protesters outside the Capitol in support of the families."',
    ].join('\n\n');
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'Gov. Tomas Velkaro', 'State Rep. Ana Ostrova, D-Velden']);
    expect(d.sections.flatMap((s) => s.quotes.map((q) => q.speaker))).toEqual(['Tomas Velkaro', 'Tomas Velkaro', 'Ana Ostrova']);
    const leadIns = [
      'Readers react to the Velden bill',
      BODY,
      'Gabriel Kariuki said:',
      '"Was it to be waited until the loss of lives for the bill to be suspended?"',
      'Ann Anny said:',
      '"Thank you, this is what he could have done before the protest."',
    ].join('\n\n');
    expect(titles(leadIns)).toEqual([null]);
  });

  it('bulleted and indented question headings; bulleted questions that are a list are no headings', () => {
    const text = ['Zika explained', BODY, '  • What is Zika?', LONG, '  How does it spread?', LONG, '• Is there a vaccine?\n• Who is at risk?', LONG].join(
      '\n\n',
    );
    expect(titles(text)).toEqual([null, 'What is Zika?', 'How does it spread?']);
  });

  it('a run of short lines (links to other stories) gives no heading', () => {
    const links = ['More on this story', 'Storm timeline', "Interactive: The storm's path", 'What looks dangerous?', 'In-Depth: Life after the storm'];
    expect(titles(`Storm hits coast\n\n${BODY}\n${links.join('\n')}\n${LONG}`)).toEqual([null]);
  });

  it('credits, captions, teasers, separators, navigation and date lines go to the metadata, never to a heading or a paragraph', () => {
    const text = [
      'World',
      'Storm hits coast',
      'Skip to main content',
      'Storm hits coast',
      'A rescuer carries a child through floodwater in the harbour district on Sunday. Photo: Reuters',
      'Reuters',
      BODY,
      'READ MORE: How storms are named',
      'Posted at 9:23 AM, Jun 01, 2023',
      '|',
      'Image caption,',
      'Rescue boats wait near the flooded port',
      'Jane Doe/Reuters',
      'By Ana Ruiz',
      'What happens next',
      LONG,
      'Credit: John Smith / Stringer / Getty',
      'rescue boats harbour 1188198531',
      'Hide Ad',
      'Hide Ad\nAdvertisement',
      '___',
      'Story continues below advertisement',
      'Subscribe to The Harbour Gazette',
      'Sign up for our free newsletters',
      'READ: Storm exits the bay',
      'Read',
      LONG,
    ].join('\n\n');
    const d = parseExplainer(text, ref);
    expect(d.headline).toBe('Storm hits coast');
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'What happens next']);
    expect(d.sections.map((s) => s.body)).toEqual([BODY, `${LONG}\n\n${LONG}`]);
    expect(d.meta.byline).toBe('By Ana Ruiz');
    expect(d.meta.dateLines).toEqual(['Posted at 9:23 AM, Jun 01, 2023']);
    expect(d.meta.credits).toEqual(
      expect.arrayContaining([
        'World',
        'Reuters',
        'READ MORE: How storms are named',
        'Rescue boats wait near the flooded port',
        'Jane Doe/Reuters',
        'rescue boats harbour 1188198531',
        'Story continues below advertisement',
        'Subscribe to The Harbour Gazette',
        'Sign up for our free newsletters',
        'READ: Storm exits the bay',
        'Read',
      ]),
    );
    // A line that only starts like a teaser stays content.
    const ready = parseExplainer(`Storm hits coast\n\n${BODY}\n\nReady for the next storm\n\n${LONG}`, ref);
    expect(ready.sections.map((x) => x.heading)).toEqual([null, 'Ready for the next storm']);
  });

  it('a line in capitals inside a hard-wrapped block is a heading of its own (wire copy round-ups)', () => {
    const text = `Harbour accord signed\n\nHARBOUR, June 1 (Reuters) - The two sides signed the accord\non Sunday after weeks of talks at the port.\nHere is what people are saying about the deal:\nKARL BRANDT, NORWEGIAN PRIME MINISTER\n"This accord is a fair deal for every family on\nboth sides of the border."\nLENA OSTROVA, ENVOY\n"We have waited thirty years for this day to come."`;
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'KARL BRANDT, NORWEGIAN PRIME MINISTER', 'LENA OSTROVA, ENVOY']);
    expect(d.sections.flatMap((s) => s.quotes.map((q) => q.speaker))).toEqual(['Karl Brandt', 'Lena Ostrova']);
  });

  it('a question glued to its paragraph, a question over a short paragraph, and a few quoted words alone are headings', () => {
    const glued = parseExplainer(`Storm hits coast\n\n${BODY}\n\nWhen did the storm begin?The storm began on Monday night. ${BODY}\n\n${LONG}`, ref);
    expect(glued.sections.map((s) => s.heading)).toEqual([null, 'When did the storm begin?']);
    expect(glued.sections[1].body.startsWith('The storm began on Monday night.')).toBe(true);
    const short = headings(`Storm hits coast\n\n${BODY}\n\nHow did we get here?\n\nOK, let us keep this simple:\n\n${LONG}`);
    expect(short.map(([, h]) => h)).toEqual([null, 'How did we get here?']);
    const labels = headings(`Storm hits coast\n\n${BODY}\n\n‘Doing our best’\n\n${LONG}\n\n"We will rebuild the port, all of it."\n\n${LONG}`);
    // A quote printed alone ends its words with a stop: no heading.
    expect(labels.map(([, h]) => h)).toEqual([null, '‘Doing our best’']);
  });

  it('web copy whose label lines open with an en or em dash ("– Velden –") splits at them: each is a heading', () => {
    const text = [
      'Velden (AFP) – Velden said late Sunday it was accepting offers of help after the storm.',
      '– Aid agencies –',
      'The Harbour Federation has released funds to support the work on the ground.',
      '— Norland —',
      'Norland on Sunday sent 86 rescuers and eight search dogs to Velden.',
    ].join('\n');
    expect(headings(text).map(([, h]) => h)).toEqual([null, 'Aid agencies', 'Norland']);
  });

  it('a label between dashes is a heading; a breadcrumb run into the title, page controls and teasers are furniture', () => {
    const text = [
      'Accessibility links',
      'Home News Storm hits the coast overnight',
      'Storm hits the coast overnight',
      'Your web browser is no longer supported. To improve your experience update it here',
      BODY,
      '– Harbour: ‘Stand together’ –',
      LONG,
      'Caption',
      'Harbour News Network Logo',
      'MORE: Ten ports closed as the storm hits',
      'Any chance of rain?',
      'Forecasters expect rain in parts of the region later',
    ].join('\n\n');
    const d = parseExplainer(text, ref);
    expect(d.headline).toBe('Storm hits the coast overnight');
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'Harbour: ‘Stand together’', 'Any chance of rain?']);
    expect(d.meta.credits).toEqual(
      expect.arrayContaining([
        'Accessibility links',
        'Home News Storm hits the coast overnight',
        'Caption',
        'Harbour News Network Logo',
        'MORE: Ten ports closed as the storm hits',
      ]),
    );
  });

  it("a wire's dateline alone on its line and a stamp with its byline are metadata", () => {
    const d = parseExplainer(
      `Storm hits coast\n\n26 January 2024 - 16:56 By Reuters\n\nCOPENHAGEN, Denmark (AP) —\n\n${BODY}\n\nWhy it matters\n\n${LONG}`,
      ref,
    );
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'Why it matters']);
    expect(d.meta.dateLines).toEqual(['26 January 2024 - 16:56 By Reuters']);
    expect(d.meta.dateline).toBe('COPENHAGEN, Denmark (AP) —');
  });

  it('time stamp lines anywhere (a label, a time or a wire beside the dates) are metadata, and so is the one bare date of a text', () => {
    const text = [
      'Storm hits coast',
      'AFP, , Tuesday 6 Oct 2015',
      BODY,
      'As of: 06/24/2022 8:08 p.m',
      BODY,
      '14 November 2021, 17:26 | Updated: 14 November 2021, 18:13',
      BODY,
      'October 7, 2015',
      LONG,
    ].join('\n\n');
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null]);
    expect(d.meta.dateLines).toEqual([
      'AFP, , Tuesday 6 Oct 2015',
      'As of: 06/24/2022 8:08 p.m',
      '14 November 2021, 17:26 | Updated: 14 November 2021, 18:13',
      'October 7, 2015',
    ]);
    expect(d.eventDate).toBe('2015-10-06');
    // The one bare date under a headline and its standfirst is the day of publication, not a section.
    const published = parseExplainer(['Rate hold welcomed', 'Industry bodies back the decision', 'August 3, 2011', BODY, LONG].join('\n\n'), ref);
    expect(published.sections.map((s) => s.heading)).toEqual([null]);
    expect(published.meta.dateLines).toEqual(['August 3, 2011']);
    // A timeline dates several entries: its bare dates stay headings.
    expect(headings(`Storm hits coast\n\n${BODY}\n\nOctober 7, 2015\n\n${LONG}\n\nOctober 9, 2015\n\n${LONG}`).map(([, h]) => h)).toEqual(
      expect.arrayContaining(['October 7, 2015', 'October 9, 2015']),
    );
    // A date has digits: "Now what" (which chrono reads as today, and a case-blind zone pattern as "what") is a label.
    expect(headings(`Shares plunge\n\n${BODY}\n\nSo what\n\n${LONG}\n\nNow what\n\n${LONG}`).map(([, h]) => h)).toContain('Now what');
    // A line with words beside its date is content.
    expect(headings(`Storm hits coast\n\n${BODY}\n\nWhat happened on Tuesday 6 Oct 2015\n\n${LONG}`)).toContainEqual([
      expect.any(String),
      'What happened on Tuesday 6 Oct 2015',
    ]);
  });

  it("a short question on the first line, answered below and followed by more questions, is the first section's heading", () => {
    const text = ['What is a solar eclipse?', LONG, 'Why is this one a big deal?', LONG, 'How can I view it?', LONG].join('\n\n');
    expect(headings(text).map(([, h]) => h)).toEqual(['What is a solar eclipse?', 'Why is this one a big deal?', 'How can I view it?']);
    // A headline asks in its own way: a label before a colon, title case, or printed again below.
    for (const title of ['Explainer: what is a solar eclipse?', 'What Is A Solar Eclipse And Why Care?']) {
      const d = parseExplainer([title, LONG, 'Why is this one a big deal?', LONG, 'How can I view it?', LONG].join('\n\n'), ref);
      expect(d.headline).toBe(title);
    }
    const repeated = parseExplainer(['What is a solar eclipse?', 'What is a solar eclipse?', LONG, 'How can I view it?', LONG].join('\n\n'), ref);
    expect(repeated.headline).toBe('What is a solar eclipse?');
  });

  it('the signature line of an embedded post is no heading, whatever the model would say of it', () => {
    const text = [
      'Leaders congratulate the winner',
      'Two presidents were among the first to congratulate him on social media.',
      'The first was President Ana Mbeki.',
      'Congratulations on a historic victory, from all of us.',
      '— Ana Mbeki (anambeki) November 9, 2016',
      'The second was President Tom Osei.',
      'We look forward to working together.',
      'Let’s celebrate 🎉 — Tom Osei (@TomOsei) November 9, 2016',
      'Both leaders later spoke to reporters about the coming visit and the trade talks that would follow it.',
    ].join('\n\n');
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null]);
    expect(d.sections[0].body).toContain('— Ana Mbeki (anambeki) November 9, 2016');
  });

  it('live-blog entry titles are headings; their time stamps are furniture', () => {
    const text = ['Storm live: latest updates', BODY, '10:32 GMT', 'Rescuers reach the harbour', LONG, '2 hours ago', 'Port reopens to ferries', LONG].join(
      '\n\n',
    );
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'Rescuers reach the harbour', 'Port reopens to ferries']);
    expect(d.meta.credits).toEqual(expect.arrayContaining(['10:32 GMT', '2 hours ago']));
  });

  it('the standfirst above the byline and the story title under a lone "Read more" are no headings', () => {
    const text = `Storm hits coast: what we know\nThe key developments so far\n\nBy Ana Ruiz\n\nPublished 1 June 2023\n\n${BODY}\n\nWhy it matters\n${LONG}\nRead more\nThe storms of last winter\nWhat comes next\n${LONG}`;
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'Why it matters', 'What comes next']);
    expect(d.meta.byline).toBe('By Ana Ruiz');
    expect(d.meta.credits).toEqual(expect.arrayContaining(['Read more', 'The storms of last winter']));
  });

  it('a label after a dash and before a colon on a line of its own heads a fact list ("-- Quake:")', () => {
    const text = `Halvor quake: what we know\n\n${BODY}\n\n-- Quake:\n\nIt struck at 4:30 p.m. on Sunday;\n\nThe epicentre was 12 km deep;\n\n-- Rescue efforts:\n\n7,000 rescuers have been sent;\n\nRoads are blocked by landslides;`;
    expect(parseExplainer(text, ref).sections.map((s) => s.heading)).toEqual([null, 'Quake', 'Rescue efforts']);
  });

  it('a bulleted question after a bullet list, over a paragraph, is a heading', () => {
    const text = `Halvor pension reform: the questions\n\n${BODY}\n\n- Why did the government decide to reform pensions?\n\nThe main goal of the reform is to increase pensions for current and future retirees, officials said.\n\n  • An increase in the guaranteed pension\n  • A new social security pension paid by employers\n\n- What does this pension reform propose?\n\nThe reform bill will keep individual savings and protect personal accounts, with new rules for the funds.`;
    expect(parseExplainer(text, ref).sections.map((s) => s.heading)).toEqual([
      null,
      'Why did the government decide to reform pensions?',
      'What does this pension reform propose?',
    ]);
  });

  it('a question in capitals between two bullet lists of one block heads the second list', () => {
    const text = `HALVOR'S MINIMUM WAGE RISE\nHOW MUCH IS IT?\n* The minimum wage will be $740.80 a week from July 1\n* But it still amounts to a real wage increase, when adjusting for inflation\nWHO GETS IT?\n* The decision directly affects 2.2 million workers, a fifth of all employees\n* It affects those paid the minimum wage`;
    expect(parseExplainer(text, ref).sections.map((s) => s.heading)).toEqual(['HOW MUCH IS IT?', 'WHO GETS IT?']);
  });

  it('a dateline below a standfirst still leaves the paragraph', () => {
    const d = parseExplainer(`Storm hits coast\n\nA standfirst that sums the story up.\n\nLISBON, Portugal -- ${LONG}`, ref);
    expect(d.meta.dateline).toBe('LISBON, Portugal --');
    expect(d.sections[0].body).toBe(`A standfirst that sums the story up.\n\n${LONG}`);
  });
});

describe('metadata', () => {
  it('a wire dateline gives the date and stays out of the lead', () => {
    const d = parseExplainer(`Ukraine grain talks\n\nKYIV, March 3 (Reuters) - Ukraine said on Friday talks would resume.\n\nWhat happened?\n\n${BODY}`, ref);
    expect(d.eventDate).toBe('2023-03-03');
    expect(d.meta.dateline).toBe('KYIV, March 3 (Reuters) -');
    expect(d.sections[0].body).toBe('Ukraine said on Friday talks would resume.');
  });

  it('date lines and the seed\'s "date" prefix', () => {
    expect(parseExplainer(`Headline here\n\nPublished: 14 September 2022\n\n${BODY}\n\nWhy?\n\n${BODY}`, ref).eventDate).toBe('2022-09-14');
    expect(parseExplainer(`date 2021-01-02 ${BODY}\n\nWhy?\n\n${BODY}`, ref).eventDate).toBe('2021-01-02');
    const none = parseExplainer(`${BODY}\n\nWhy?\n\n${BODY}`, ref);
    expect(none.eventDate).toBeNull();
    expect(none.warnings.map((w) => w.code)).toContain('NO_DATE');
  });

  it('Windows line endings and a byte order mark read the same', () => {
    const unix = `Talks resume\n\nLead paragraph here.\n\nWhat now?\n\n${BODY}`;
    expect(parseExplainer(`\uFEFF${unix.replace(/\n/g, '\r\n')}`, ref).sections).toEqual(parseExplainer(unix, ref).sections);
  });

  it('options: slug, headline, status and publishedAt', () => {
    const d = parseExplainer(`Talks resume\n\n${BODY}`, {
      ...ref,
      slug: 'talks',
      headline: 'Other',
      status: 'PUBLISHED' as never,
      publishedAt: '2023-06-01T00:00:00.000Z',
    });
    expect([d.slug, d.headline, d.status, d.publishedAt]).toEqual(['talks', 'Other', 'PUBLISHED', '2023-06-01T00:00:00.000Z']);
    expect(parseExplainer(`Talks resume in Genève\n\n${BODY}`, ref).slug).toBe('talks-resume-in-geneve');
  });
});

describe('quotes and attributions', () => {
  it('a paragraph break inside a quotation, mid-sentence, keeps the quotation whole; a closed one keeps its paragraphs', () => {
    const d = parseExplainer(
      [
        'Talks resume',
        'Lead paragraph here.',
        '“If the talks fail, the harbour will stay closed for the season,',
        'and every boat will be moved to the north quay,” harbour master Tomas Reyk told reporters.',
        '“We are ready to sail,” Reyk said,',
        'adding that the cranes were repaired.',
      ].join('\n\n'),
      ref,
    );
    expect(d.sections[0].body.split('\n\n')).toHaveLength(4);
    expect(d.sections[0].quotes.map((q) => q.text)).toEqual([
      'If the talks fail, the harbour will stay closed for the season, and every boat will be moved to the north quay',
      'We are ready to sail',
    ]);
  });

  it('curly, straight and single curly quotes with their speakers; scare quotes are no quotes', () => {
    const d = parseExplainer(
      [
        'Talks resume',
        'Lead paragraph here.',
        'Who said what?',
        '“We will not give up our land,” Ukrainian President Volodymyr Zelensky said.',
        'Kremlin spokesman Dmitry Peskov told reporters: "There is nothing to discuss at this stage."',
        '‘The door remains open for a negotiated settlement,’ said British Foreign Secretary David Lammy.',
        'Moscow calls the war a "special operation" and rejects the word "invasion".',
      ].join('\n\n'),
      ref,
    );
    expect(d.sections[1].quotes).toEqual([
      { text: 'We will not give up our land', speaker: 'Volodymyr Zelensky', source: null },
      { text: 'There is nothing to discuss at this stage.', speaker: 'Dmitry Peskov', source: null },
      { text: 'The door remains open for a negotiated settlement', speaker: 'David Lammy', source: null },
    ]);
    expect(d.actors.find((a) => a.name === 'David Lammy')).toEqual({
      name: 'David Lammy',
      kind: 'PERSON',
      title: 'Foreign Secretary of the United Kingdom',
      country: 'United Kingdom',
    });
  });

  it('a quote holds several sentences; a quote whose closing mark is missing runs to the end of its paragraph', () => {
    const text = [
      'Talks resume',
      'Lead paragraph here.',
      'Who said what?',
      'The minister said: ‘The people want change. We cannot let them down.’ He added that the vote was ‘a clear decision of the country.’',
      'Kremlin spokesman Dmitry Peskov told reporters: "There is nothing to discuss. We will wait for their answer.',
      '“We will reimburse every customer who lost money.',
      '“Instead we are offering a reward for information.”',
      // Fewer than four quoted words are no quote, even beside a speech verb.
      'The president also sent a telegram. "Dear George," he wrote, "such an act must not go unpunished."',
      'The mayor vowed "we will not be intimidated',
    ].join('\n\n');
    const quotes = parseExplainer(text, ref).sections[1].quotes.map((q) => q.text);
    expect(quotes).toEqual([
      'The people want change. We cannot let them down.',
      'a clear decision of the country.',
      'There is nothing to discuss. We will wait for their answer',
      'We will reimburse every customer who lost money',
      'Instead we are offering a reward for information.',
      'such an act must not go unpunished.',
      'we will not be intimidated',
    ]);
    for (const q of quotes) expect(text).toContain(q);
    expect(parseExplainer(text, ref).sections[1].quotes[2].speaker).toBe('Dmitry Peskov');
  });

  it('citations name each outlet a sentence attributes to; a reaction carries the outlet that reported it', () => {
    const d = parseExplainer(
      [
        'Talks resume',
        'Lead paragraph here.',
        'How has the world reacted?',
        'Germany called for an immediate ceasefire, according to a Deutsche Welle report. The New York Times and CNN reported that talks had stalled.',
        'Japan expressed deep concern over the fighting. Qatar offered to mediate between the two sides, Al Jazeera reported.',
      ].join('\n\n'),
      ref,
    );
    const s = d.sections[1];
    expect(s.citations.map((c) => c.source)).toEqual(['Deutsche Welle', 'The New York Times', 'CNN', 'Al Jazeera']);
    expect(s.reactions).toEqual([
      { actor: 'Germany', stance: 'CALL_FOR_CEASEFIRE', summary: 'Called for an immediate ceasefire.', source: 'Deutsche Welle' },
      { actor: 'Japan', stance: 'CONCERN', summary: 'Expressed deep concern over the fighting.', source: null },
      { actor: 'Qatar', stance: 'MEDIATION_OFFER', summary: 'Offered to mediate between the two sides.', source: 'Al Jazeera' },
    ]);
  });

  it('two sides giving different counts make one contested figure; the same count does not', () => {
    const text = (b: number) =>
      `Clashes at the border\n\nLead paragraph here.\n\nHow many died?\n\nIndia's army said 12 soldiers were killed. Pakistan's military said ${b} soldiers had died, Reuters reported.`;
    const d = parseExplainer(text(30), ref);
    expect(d.sections[1].contestedFigures).toEqual([
      {
        claim: 'soldiers killed',
        claims: [
          { claimant: 'India', statedBy: null, value: 12, unit: 'soldiers', source: 'India Army', excerpt: "India's army said 12 soldiers were killed." },
          {
            claimant: 'Pakistan',
            statedBy: null,
            value: 30,
            unit: 'soldiers',
            source: 'Reuters',
            excerpt: "Pakistan's military said 30 soldiers had died, Reuters reported.",
          },
        ],
      },
    ]);
    expect(parseExplainer(text(12), ref).sections[1].contestedFigures).toBeUndefined();
  });

  it('never splits a sentence inside a quotation', () => {
    expect(splitSentences('He said: "We came. We saw." Then he left. Mr. Smith stayed in the U.S. for a week.').map((s) => s.text)).toEqual([
      'He said: "We came. We saw."',
      'Then he left.',
      'Mr. Smith stayed in the U.S. for a week.',
    ]);
  });

  it('sentences a web page glued without a space ("industry.The tech giant said") are two; "U.S.", "St.Louis" are not split', () => {
    expect(splitSentences('Profit fell in the chip industry.The tech giant said sales rose.').map((s) => s.text)).toEqual([
      'Profit fell in the chip industry.',
      'The tech giant said sales rose.',
    ]);
    expect(splitSentences('He moved to the U.S.Then he left for St.Louis with Velkar.').map((s) => s.text)).toEqual([
      'He moved to the U.S.Then he left for St.Louis with Velkar.',
    ]);
  });

  it('a glued sentence ends after an acronym ("bank UBS.The"), before a quote it opens ("said.“If"), after a quote it closes ("issues.”His")', () => {
    const cases: [string, string[]][] = [
      [
        'Sales rose, according to analysis by investment bank UBS.The AI tool can write text.',
        ['Sales rose, according to analysis by investment bank UBS.', 'The AI tool can write text.'],
      ],
      // (a straight mark that closes no quote opens the next one; one that closes a quote ends this sentence)
      ['Ann Velden told Reuters."This is an act of war by madmen," she said.', ['Ann Velden told Reuters.', '"This is an act of war by madmen," she said.']],
      ['Tomas Reyk said: "We will rebuild every home."He left on Monday.', ['Tomas Reyk said: "We will rebuild every home."', 'He left on Monday.']],
      [
        'Peru backed the ceasefire.“If it holds, the talks can start,” Ann Velden said.',
        ['Peru backed the ceasefire.', '“If it holds, the talks can start,” Ann Velden said.'],
      ],
      ['“We are looking into these issues.”His office said more on Friday.', ['“We are looking into these issues.”', 'His office said more on Friday.']],
      // (not a full stop inside an acronym's dots, nor one inside an open quote)
      ['He moved to the U.S.The visit was short.', ['He moved to the U.S.The visit was short.']],
      ['Visit USA.Gov for details, or the ASP.Net pages.', ['Visit USA.Gov for details, or the ASP.Net pages.']],
      // (a straight mark that may close nothing, the paragraph's marks unbalanced, ends no glued sentence: the review of 2026-12-07, midday)
      [
        'Ann Velden spoke to Reuters on Monday."This is an act of war," she said. "We will respond',
        ['Ann Velden spoke to Reuters on Monday."This is an act of war," she said.', '"We will respond'],
      ],
      ['“We moved to the city.Then it flooded,” Ann Velden said.', ['“We moved to the city.Then it flooded,” Ann Velden said.']],
    ];
    for (const [paragraph, sentences] of cases) expect(splitSentences(paragraph).map((s) => s.text)).toEqual(sentences);
  });

  it("a list item's marker is no word of its first sentence, a rank before a name ends none, a time stamp is a sentence", () => {
    expect(splitSentences('- The company says names were stolen. It added more.')).toEqual([
      { text: 'The company says names were stolen.', start: 2, end: 37 },
      { text: 'It added more.', start: 38, end: 52 },
    ]);
    expect(splitSentences('• It added that rates rose.').map((s) => s.text)).toEqual(['It added that rates rose.']);
    expect(splitSentences('Charges were laid against Cpl. Tomas Velkar and Cst. Ana Ostrova on Monday.').map((s) => s.text)).toEqual([
      'Charges were laid against Cpl. Tomas Velkar and Cst. Ana Ostrova on Monday.',
    ]);
    expect(splitSentences('12:55 p.m. The agency says a person is in custody.').map((s) => s.text)).toEqual([
      '12:55 p.m.',
      'The agency says a person is in custody.',
    ]);
    // Inside a sentence "p.m." still ends none.
    expect(splitSentences('The port closed at 5 p.m. Monday and reopened later.').map((s) => s.text)).toEqual([
      'The port closed at 5 p.m. Monday and reopened later.',
    ]);
  });
});

describe('bad input is refused with BAD_USER_INPUT and a reason', () => {
  const reason = (text: string, options = {}) => {
    try {
      parseExplainer(text, options);
    } catch (e) {
      return [(e as AppError).code, (e as AppError).details.reason];
    }
    return null;
  };
  it.each([
    ['empty', '', 'EMPTY'],
    ['blank', ' \n\n\t ', 'EMPTY'],
    ['binary', `Some text\u0000\u0001 more`, 'BINARY'],
    ['undecodable bytes', `Some text \uFFFD\uFFFD`, 'BINARY'],
    ['over 1 MB', 'x'.repeat(MAX_TEXT_BYTES + 1), 'TOO_LARGE'],
    ['over 1 MB in UTF-8 though fewer characters', 'é'.repeat(MAX_TEXT_BYTES / 2 + 1), 'TOO_LARGE'],
    ['no paragraphs, only headings', '## What?\n\n## Why?', 'NO_PARAGRAPHS'],
  ])('%s', (_name, text, why) => {
    expect(reason(text)).toEqual(['BAD_USER_INPUT', why]);
  });

  it('a slug that is not kebab-case', () => {
    expect(reason(`Lead.\n\nWhy?\n\n${BODY}`, { slug: 'Not A Slug' })).toEqual(['BAD_USER_INPUT', 'BAD_SLUG']);
  });
});

describe('page furniture between the paragraphs is never a heading', () => {
  it('a comment counter ("New, comments"), a section label with its time stamp and a sports picture credit are furniture', () => {
    const body = 'The port reopened on Monday after a week of closures, officials said, and ferries will run again.';
    const text = ['Port reopens after storm', body, 'New, comments', body, 'Economy 17:41 09.07.2019', body, 'Kirby Velden-USA TODAY Sports', body].join(
      '\n\n',
    );
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null]);
    expect(d.meta.credits).toEqual(expect.arrayContaining(['New, comments', 'Kirby Velden-USA TODAY Sports']));
  });

  it('a reading time, a text-size control, a gallery teaser and a wire credit with its bureau are furniture', () => {
    const body = 'The port reopened on Monday after a week of closures, officials said, and ferries will run again.';
    const text = [
      'Port reopens after storm',
      'Agence France-Presse, Brussels',
      'Estimated read time: 5-6 minutes',
      body,
      'Text size Aa Aa',
      body,
      'Photos: Rescuers dig through rubble after the storm',
      body,
    ].join('\n\n');
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null]);
    expect(d.meta.credits).toEqual(
      expect.arrayContaining([
        'Agence France-Presse, Brussels',
        'Estimated read time: 5-6 minutes',
        'Text size Aa Aa',
        'Photos: Rescuers dig through rubble after the storm',
      ]),
    );
  });

  it('download and view buttons, "Related Articles", a newsletter teaser, a picture source and a machine translation note are furniture', () => {
    const body = 'The port reopened on Monday after a week of closures, officials said, and ferries will run again.';
    const lines = [
      'Download Now',
      'View Comments',
      'Live Reporting',
      'Related Articles',
      'Are you getting our free newsletter?',
      'Source: Getty Images',
      'Powered by automated translation',
      'Updated:',
      'AU bank.jpg',
      'No caption',
      'Full article 52 comments',
      'Advertisement - scroll to continue reading',
      'Kaya Velden, RNZ Journalist',
      'Get The App',
      'Most Read This Week',
      'Follow the latest on the floods in the valley',
    ];
    const text = ['Port reopens after storm', body, ...lines.flatMap((l) => [l, body])].join('\n\n');
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null]);
    expect(d.meta.credits).toEqual(expect.arrayContaining(lines));
  });

  it('a bare "Q" before a question on its own line marks a heading, as "Q:" does', () => {
    const body = 'The port reopened on Monday after a week of closures, officials said, and ferries will run again.';
    const text = ['Port reopens after storm', body, 'Q When will the ferries run again?', body, 'Q Who pays for the repairs?', body].join('\n\n');
    expect(parseExplainer(text, ref).sections.map((s) => s.heading)).toEqual([null, 'When will the ferries run again?', 'Who pays for the repairs?']);
  });

  it('page controls above the title, a staff byline, an outlet alone, a wire sign-off and a counter', () => {
    const text = [
      'Watch NewsTV Live',
      '',
      'Port reopens after storm',
      '',
      'Harbour Staff',
      '',
      'The port reopened on Monday after a week of closures, officials said.',
      '',
      'CGTN',
      '',
      'Ferries will run on the usual timetable from Tuesday, the operator said.',
      '',
      'Reporting by Jane Doe; Writing by John Roe; Editing by Ann Poe',
      '',
      'Cargo ships are queueing outside the harbour, where the water is still high.',
      '',
      '0 : 0',
      '',
      'The storm was the strongest in a decade.',
    ].join('\n');
    const d = parseExplainer(text, ref);
    expect(d.headline).toBe('Port reopens after storm');
    expect(d.sections.map((s) => s.heading)).toEqual([null]);
    expect(d.meta.credits).toEqual(expect.arrayContaining(['Watch NewsTV Live', 'Harbour Staff', 'CGTN', '0 : 0']));
  });

  it('"Name, role" over the first quote printed alone heads every quote below it; under a quote it signs the quote off', () => {
    const quote = (s: string) => `"${s}, and we will keep working on it."`;
    const over = [
      'Leaders react to the port deal',
      '',
      'Leaders have been reacting to the deal.',
      '',
      'Anna Berg, Prime Minister',
      '',
      quote('This is a good day for the port'),
      '',
      'Tomas Vell, harbour envoy',
      '',
      quote('We are closer than ever to a lasting agreement'),
    ].join('\n');
    expect(parseExplainer(over, ref).sections.map((s) => s.heading)).toEqual([null, 'Anna Berg, Prime Minister', 'Tomas Vell, harbour envoy']);
    const under = [
      'Leaders react to the port deal',
      '',
      'Leaders have been reacting to the deal.',
      '',
      quote('This is a good day for the port'),
      '',
      'Anna Berg, Prime Minister',
      '',
      quote('We are closer than ever to a lasting agreement'),
      '',
      'Tomas Vell, harbour envoy',
    ].join('\n');
    expect(parseExplainer(under, ref).sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('headings: a label over a bulleted list (2026-12-06)', () => {
  it('"The victims:" alone over bullets is a heading; "Stolen items include:", "Here’s the latest:" lead in and are not', () => {
    const list = '  • Two harbour workers were hurt when the crane fell.\n  • The port was closed for the night.';
    const text = (label: string) =>
      `Crane collapse in Halvor: what we know\n\nA crane fell onto the Halvor quay on Monday evening, the port authority said.\n\n${label}\n\n${list}\n\nThe port reopened on Tuesday morning after an inspection.`;
    expect(headings(text('The victims:')).map(([, h]) => h)).toEqual([null, 'The victims']);
    expect(headings(text('Key points:')).map(([, h]) => h)).toEqual([null, 'Key points']);
    expect(headings(text('Stolen items include:')).map(([, h]) => h)).toEqual([null]);
    expect(headings(text('Here’s the latest:')).map(([, h]) => h)).toEqual([null]);
    // (the review's: no verb, but a preposition, an adverb or a past participle, and no noun to end it)
    for (const lead of ['For example:', 'Among them:', 'According to police:', 'In addition:', 'Police recovered:'])
      expect(headings(text(lead)).map(([, h]) => h)).toEqual([null]);
  });
});

describe('headings: the text cut off after a heading (2026-12-06, afternoon)', () => {
  it('a question heading on the text’s last line is a section of its own, with no paragraph; a cut-off sentence is none', () => {
    const text = (last: string) =>
      `Harbour strike: what we know\n\nA strike closed the Halvor port on Monday, the port authority said.\n\nWhat is happening?\n\n${BODY}\n\nWhy did the workers walk out?\n\nThe union said pay had not kept up with prices at the port.\n\n${last}`;
    expect(parseExplainer(text('What happens next?'), ref).sections.map((s) => s.heading)).toEqual([
      null,
      'What is happening?',
      'Why did the workers walk out?',
      'What happens next?',
    ]);
    const draft = parseExplainer(text('What happens next?'), ref);
    expect(draft.sections[draft.sections.length - 1].body).toBe('');
    expect(draft.warnings.filter((w) => w.code === 'EMPTY_SECTION').map((w) => w.section)).toEqual(['what-happens-next']);
    // (a question to the readers closing the text is none, nor a question closing a text with no heading before it)
    expect(headings(text('Have you been affected by the strike?')).map(([, h]) => h)).toEqual([null, 'What is happening?', 'Why did the workers walk out?']);
    const plain =
      'Harbour strike ends\n\nA strike closed the Halvor port on Monday, the port authority said.\n\nThe union said pay had not kept up with prices.\n\nCan the port recover?';
    expect(headings(plain).map(([, h]) => h)).toEqual([null]);
    expect(headings(text('The union said it would meet the port authority again on Friday to discuss the')).map(([, h]) => h)).toEqual([
      null,
      'What is happening?',
      'Why did the workers walk out?',
    ]);
  });
});

describe('furniture: 2026-12-07', () => {
  it('a "Camera Icon" caption widget run into its caption is furniture, and runs into no name', () => {
    const text = [
      'Halvor rejects the budget',
      'Camera IconTomas Reyk has slammed the government over the budget. (Ann Velden/AAP PHOTOS) Credit: AAP',
      'Opposition Leader Tomas Reyk has criticised the government for the budget.',
      'Mr Reyk said voters should be "angry about the budget" after the vote on Monday.',
    ].join('\n\n');
    const d = parseExplainer(text, ref);
    expect(d.sections.map((s) => s.body).join('\n')).not.toContain('Camera Icon');
    expect(d.sections.flatMap((s) => s.quotes.map((q) => q.speaker))).toEqual(['Tomas Reyk']);
  });
});

describe('headings: 2026-12-07, labels that open with a question word', () => {
  it('"What we know:", "What is not yet known:", "Why you should care:" alone are headings without the colon; "What he said was:" inside a paragraph is none', () => {
    const text = (label: string) =>
      `Crane collapse in Halvor\n\nA crane fell onto the Halvor quay on Monday evening, the port authority said. Two workers were hurt.\n\n${label}\n\nThe crane was inspected in March, the operator said. Its load was within limits, officials said.\n\nThe port reopened on Tuesday morning after an inspection of the quay by the harbour master.`;
    for (const label of ['What we know:', 'What is not yet known:', 'Why you should care:'])
      expect(headings(text(label)).map(([, h]) => h)).toEqual([null, label.slice(0, -1)]);
    expect(headings(text('The port authority described what happened. What he said was:')).map(([, h]) => h)).toEqual([null]);
    // (the review's: a lead-in with a name, a comma or a verb of saying; "Which ..." opens a clause)
    for (const lead of ['When pressed, Tomas Reyk admitted:', 'How Tomas Reyk put it:', 'What he told me:', 'Which brings us to the real question:'])
      expect(headings(text(lead)).map(([, h]) => h)).toEqual([null]);
  });
});

describe('web copy: a web address on the last line, and a factbox’s double-star bullets (2026-12-07, night)', () => {
  const para = (n: number) =>
    `The harbour at Velmark was closed for the ${n}th day on Monday as officials weighed the damage done to the piers by the storm, and ministers said the repairs would take until the spring at the least.`;
  it('label headings between single-newline paragraphs stay headings when a web address ends the text', () => {
    const body = `${para(1)}\nWhat Happened at the Harbour\n${para(2)}\nHow the Region Reacted\n${para(3)}\nReference(s):\nvelmark.org`;
    expect(headings(`Velmark harbour stays shut\n\n${body}`).map(([, h]) => h)).toEqual([null, 'What Happened at the Harbour', 'How the Region Reacted']);
  });
  it('capital headings over "** " items, one item a line', () => {
    const body =
      'The strait is the world’s busiest oil waterway. Below are details about the strait:\nWHAT IS THE STRAIT?\n** The strait lies between Velmark and Halvor\n** It links the gulf with the open sea to the south and the ocean beyond it\n** It is twenty miles wide at its narrowest point, with the shipping lane just two miles wide in either direction\nWHY DOES IT MATTER?\n** About a fifth of the world’s oil passes through it, the energy agency says.\n** Most of the region’s crude leaves by it';
    expect(headings(`Factbox: the strait\n\n${body}`).map(([, h]) => h)).toEqual([null, 'WHAT IS THE STRAIT?', 'WHY DOES IT MATTER?']);
  });
});

describe('headings in capitals glued to their paragraph (2026-12-08, small hours)', () => {
  const titles = (text: string) => parseExplainer(text, ref).sections.map((s) => s.heading);
  it('"… on Monday. HOW DOES IT WORK? The vote …": a question in capitals after a sentence is a heading of its own', () => {
    const text = `Valley votes: a factbox\n\nThe valley votes in seven phases, the last on Monday. HOW DOES IT WORK? The vote is held at 4,000 polling stations across the valley, officials said on Friday. WHO ARE THE CANDIDATES?\n\nTomas Reyk of the river party faces Ann Velden of the hill party, who won the seat in 2019.`;
    expect(titles(text)).toEqual([null, 'HOW DOES IT WORK?', 'WHO ARE THE CANDIDATES?']);
  });

  it('"… in a statement. TOM COTTON, U.S. SENATOR": an actor in capitals ending the line; not capitals before more words', () => {
    const text = `World reacts to the valley floods\n\nLeaders around the world sent their condolences on Monday, officials said. TOMAS REYK, U.S. SENATOR FROM OHIO\n"Our thoughts are with everyone in the valley today," he said.`;
    expect(titles(text)).toEqual([null, 'TOMAS REYK, U.S. SENATOR FROM OHIO']);
    // Capitals that open a sentence ("BMW AG CEO Oliver Zipse said"), or run on into it, stay in it (the second
    // review's probes): no heading, and the sentence whole.
    for (const opening of ['VELMARK AG CEO Tomas Reyk said the results were strong', 'HALVOR PORT UNION Members voted to strike on Monday'])
      expect(titles(`Valley floods: what we know\n\nProfits fell in 2022, the company said. ${opening}.`)).toEqual([null]);
    // After a possessive's apostrophe, no sentence has ended.
    expect(titles('Valley floods: what we know\n\nAnger grew among the dockers’ HALVOR PORT UNION\n\nThe strike began on Monday.')).not.toContain(
      'HALVOR PORT UNION',
    );
    // A sentence in capitals, and the end of a quotation in single marks, are no heading.
    expect(titles('Valley floods: what we know\n\nThe licence was short. THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.')).toEqual([null]);
    const single = parseExplainer(
      'Valley floods: what we know\n\nFans sang in the streets of the capital. ‘Always together. WE ARE HOME AT LAST.’ The party went on until dawn.',
      ref,
    );
    expect(single.sections.map((x) => x.heading)).toEqual([null]);
  });

  it('a line of thousands of glued questions in capitals is read without running out of stack', () => {
    const text = `Valley floods: what we know\n\nIt began. ${'a. ABCDE FGHIJ? '.repeat(7000)}The end.`;
    // (the glued questions split one by one in a loop: a call per split ran out of stack past about 6,000)
    expect(
      parseExplainer(text, ref)
        .sections.map((x) => x.body)
        .join('\n'),
    ).toContain('The end.');
  });

  it('not an abbreviation\'s full stop ("the U.S. NATIONAL GUARD"), one word, nor capitals inside a quotation; questions in capitals in a row are one', () => {
    const text = `Valley floods: what we know\n\nAid reached the valley on Monday from the U.S. NATIONAL GUARD Reserve units, officials said. NATO sent help too.\n\nThe floods hit the valley on Monday, the agency said. "We have never seen water this high in the valley," Tomas Reyk said.`;
    expect(titles(text)).toEqual([null]);
    const two = `Valley floods: what we know\n\nThe boat capsized on Monday, the agency said. HOW MANY PEOPLE WERE ABOARD? DID ANY SURVIVE? Officials said 40 people were aboard the boat when it sank.`;
    expect(titles(two)).toEqual([null, 'HOW MANY PEOPLE WERE ABOARD? DID ANY SURVIVE?']);
    // Capitals inside a quotation are its words.
    const quoted = `Valley floods: what we know\n\nThe boat reached the shore on Monday. "Always together, always united. WE ARE HOME AT LAST. There are no more words," Tomas Reyk wrote.`;
    const d = parseExplainer(quoted, ref);
    expect(d.sections.map((s) => s.heading)).toEqual([null]);
    expect(d.sections.flatMap((s) => s.quotes.map((q) => q.text))).toEqual(['Always together, always united. WE ARE HOME AT LAST. There are no more words']);
  });
});
