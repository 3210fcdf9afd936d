import type { Prompt } from '../schema';
import { make, TEACHERS } from './make-prompt';

// ── Eigen bril: teacher self-reflection, never about the student ───────────────────────────
const eb = make('eigen-bril', 'eb', 'seed 004:1735-1743 en 3402-3426 (HvA 2023), eigen woorden', { roles: TEACHERS });

export const eigenBril: Prompt[] = [
  eb(
    'raakt-1',
    ['motieven'],
    [
      'Wat raakt mij in deze leerling, en wat zegt dat over mij?',
      'What touches me in this student, and what does that say about me?',
    ],
    ['Wie zijn eigen bril kent, ziet de ander scherper.', 'Knowing your own lens helps you see the other more clearly.'],
  ),
  eb(
    'verhaal-1',
    ['motieven'],
    ['Welk verhaal zou hieronder kunnen zitten dat ik nog niet ken?', 'What story might lie under this that I do not know yet?'],
    ['Nieuwsgierigheid naar het verhaal van de ander opent contact.', "Curiosity about the other's story opens contact."],
  ),
  eb(
    'waarden-1',
    ['motieven'],
    [
      'Kijk ik nu vanuit mijn eigen waarden, of vanuit die van de leerling?',
      "Am I looking from my own values right now, or from the student's?",
    ],
    [
      'Keuzes die anders zijn dan de jouwe kunnen net zo waardevol zijn.',
      'Choices different from yours can be just as valuable.',
    ],
  ),
  eb(
    'jong-1',
    ['kwaliteiten'],
    ['Was ik zelf ook niet ooit jong? Wat had ik toen nodig?', 'Was I not young once too? What did I need then?'],
    ['Empathie begint bij je eigen herinnering.', 'Empathy starts with your own memory.'],
  ),
  eb(
    'vijf-jaar-1',
    ['motieven', 'loopbaansturing'],
    ['Waar wil ik zelf over vijf jaar zijn? Weet ik dat eigenlijk?', 'Where do I want to be in five years? Do I actually know?'],
    [
      'Wie de vraag eerst zelf beantwoordt, stelt hem met meer begrip.',
      'Answering the question yourself first helps you ask it with more understanding.',
    ],
    { source: 'seed 004:1790-1792 (HvA 2023), eigen woorden' },
  ),
  eb(
    'van-wie-1',
    ['loopbaansturing'],
    [
      'Wat is in dit gesprek van mij, en wat van de leerling?',
      'What in this conversation belongs to me, and what to the student?',
    ],
    ['Helpt om ruimte te laten voor de vraag van de leerling.', "Helps leave room for the student's own question."],
  ),
  eb(
    'eigen-route-1',
    ['netwerken'],
    [
      'Welke keuze uit mijn eigen loopbaan zou ik kunnen delen, en waarom juist die?',
      'Which choice from my own career could I share, and why that one?',
    ],
    [
      'Iets van jezelf laten zien nodigt de ander uit om dat ook te doen.',
      'Showing something of yourself invites the other to do the same.',
    ],
  ),
  eb(
    'mogelijkheden-1',
    ['kwaliteiten'],
    [
      'Zie ik vooral wat nog niet lukt, of zie ik de mogelijkheden?',
      'Do I mainly see what does not work yet, or do I see the possibilities?',
    ],
    ['Waar je naar kijkt, groeit.', 'What you look at, grows.'],
  ),
  eb(
    'mensen-1',
    ['netwerken'],
    [
      'Wie waren belangrijke mensen op mijn eigen route? Wat deden zij voor mij?',
      'Who were important people on my own route? What did they do for me?',
    ],
    [
      'Herinnert eraan welke rol jij zelf voor een leerling kunt spelen.',
      'Reminds you which role you yourself can play for a student.',
    ],
    { source: 'seed 004:3079-3083 (HvA 2023), eigen woorden' },
  ),
  eb(
    'goede-loopbaan-1',
    ['werkexploratie'],
    [
      'Welk beeld heb ik van een goede loopbaan? Hoe kleurt dat wat ik vraag?',
      'What picture do I have of a good career? How does it colour what I ask?',
    ],
    [
      'Bewust zijn van je eigen beeld maakt ruimte voor dat van de ander.',
      "Being aware of your own picture makes room for the other's.",
    ],
  ),
];
