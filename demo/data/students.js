/**
 * Fictitious students of the demo school. Every name, number and grade here is made up.
 *
 * The same child appears on both demo hosts, but the extension must treat them as two
 * students: Magister knows them by `id` (stamnummer); Somtoday Docent by a numeric `somtodayId`
 * (student record URLs), a `uuid` (grade cells) and a `leerlingnummer` (not shown in Docent).
 *
 * Students with a programme the route and audience tests look at: Bram ten Brink (4 vmbo-basis),
 * Ruben Çakır (4 havo), Eva van Leeuwen (MBO 2 Verkoper BBL), Anouk Smit (Entree) and Gijs Hoekstra
 * (HBO jaar 1).
 *
 * This module has no DOM or Node dependencies: it runs in the browser (served by
 * demo/server.js) and in Node (unit tests, fixtures).
 */

/**
 * @typedef {object} Result
 * @property {string} vak
 * @property {string} omschrijving
 * @property {number} cijfer
 * @property {number} weging
 * @property {string} datum dd-mm-yyyy
 */

/**
 * @typedef {object} Student
 * @property {string} id Magister stamnummer (digits)
 * @property {string} uuid Somtoday uuid
 * @property {string} somtodayId Somtoday Docent numeric id (digits; /mentordashboard/leerling/{somtodayId}/…)
 * @property {string} leerlingnummer Somtoday leerlingnummer (digits)
 * @property {string} name display name (may contain diacritics, apostrophes, markup-like text)
 * @property {string} klas
 * @property {string} studie
 * @property {string} mentor
 * @property {string} [profiel] only for upper years
 * @property {Result[]} results
 * @property {number} absences unexcused absences (ongeoorloofd)
 */

/**
 * @param {string} vak
 * @param {string} omschrijving
 * @param {number} cijfer
 * @param {number} weging
 * @param {string} datum
 * @returns {Result}
 */
const r = (vak, omschrijving, cijfer, weging, datum) => ({
  vak,
  omschrijving,
  cijfer,
  weging,
  datum,
});

export const teacher = { name: 'J. Bakker', initials: 'JB' };

/** The hostile name: must always be shown as literal text. */
export const MARKUP_NAME = '<img src=x onerror=alert(1)>';

/** @type {Student[]} */
export const students = [
  {
    id: '48213',
    uuid: 'd04e3c63-6d67-4abf-bdd6-f5adcedf5369',
    somtodayId: '2401000',
    leerlingnummer: '102871',
    name: 'Sanne de Vries',
    klas: '3H2',
    studie: '3 havo',
    mentor: 'J. Bakker',
    profiel: 'Natuur en Gezondheid',
    results: [
      r('Scheikunde', 'PW H5', 7.8, 2, '12-11-2026'),
      r('Biologie', 'SO Cellen', 6.9, 1, '05-11-2026'),
      r('Wiskunde', 'Toets H3', 5.2, 2, '29-10-2026'),
      r('Engels', 'Reading test', 8.1, 1, '14-10-2026'),
    ],
    absences: 2,
  },
  {
    id: '51877',
    uuid: '6f1c2a9e-3b7d-4c15-9e08-5d2f41a7b6c3',
    somtodayId: '2408922',
    leerlingnummer: '102934',
    name: 'Mohammed El Amrani',
    klas: 'V4B',
    studie: '4 vwo',
    mentor: 'A. Jansen',
    profiel: 'Natuur en Techniek',
    results: [
      r('Wiskunde B', 'H3', 6.4, 2, '04-11-2026'),
      r('Natuurkunde', 'PW Krachten', 7.1, 2, '28-10-2026'),
      r('Scheikunde', 'SO H4', 5.4, 1, '21-10-2026'),
      r('Nederlands', 'Betoog', 6.8, 1, '08-10-2026'),
      r('Informatica', 'Project Python', 8.6, 1, '30-09-2026'),
    ],
    absences: 0,
  },
  {
    id: '48220',
    uuid: '0437402e-9b4f-4705-812a-3eb2c2fd3e53',
    somtodayId: '2407844',
    leerlingnummer: '102877',
    name: 'Daan van der Berg',
    klas: '3H2',
    studie: '3 havo',
    mentor: 'J. Bakker',
    results: [
      r('Scheikunde', 'PW H5', 4.6, 2, '12-11-2026'),
      r('Geschiedenis', 'SO Koude Oorlog', 5.1, 1, '06-11-2026'),
      r('Lichamelijke opvoeding', 'Atletiek', 7.5, 1, '23-10-2026'),
    ],
    absences: 5,
  },
  {
    id: '50312',
    uuid: '645884e4-def5-4f5b-89a9-964c4f97a5a8',
    somtodayId: '2406766',
    leerlingnummer: '103015',
    name: 'Zoë Çelik',
    klas: '2T1',
    studie: '2 vmbo-t',
    mentor: 'M. Yılmaz',
    results: [
      r('Nederlands', 'Spelling', 7.2, 1, '10-11-2026'),
      r('Economie', 'H2 Geld', 6.3, 2, '03-11-2026'),
      r('Frans', 'Woordjes H2', 8.8, 1, '27-10-2026'),
      r('Biologie', 'SO Planten', 5.0, 1, '13-10-2026'),
    ],
    absences: 1,
  },
  {
    id: '49102',
    uuid: '0c515c83-5fcc-4801-9f51-95140b5e9561',
    somtodayId: '2405688',
    leerlingnummer: '102956',
    name: "Noa 't Hart",
    klas: 'V4B',
    studie: '4 vwo',
    mentor: 'A. Jansen',
    profiel: 'Cultuur en Maatschappij',
    results: [
      r('Geschiedenis', 'SO Koude Oorlog', 8.4, 1, '06-11-2026'),
      r('Latijn', 'Vertaling Ovidius', 7.0, 2, '30-10-2026'),
      r('Filosofie', 'Essay', 7.7, 2, '16-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '47455',
    uuid: '8e295d61-79e2-4b0f-8584-27236a7952c7',
    somtodayId: '2404610',
    leerlingnummer: '102511',
    name: 'Émilie van den Heuvel',
    klas: 'G5A',
    studie: '5 gym',
    mentor: 'P. de Groot',
    profiel: 'Economie en Maatschappij',
    results: [
      r('Economie', 'PTA 5.2', 6.1, 3, '11-11-2026'),
      r('Grieks', 'Homerus', 7.9, 2, '04-11-2026'),
      r('Wiskunde A', 'H7 Statistiek', 4.9, 2, '28-10-2026'),
      r('Duits', 'Leesvaardigheid', 7.3, 1, '14-10-2026'),
      r('Maatschappijwetenschappen', 'Praktische opdracht', 8.0, 2, '07-10-2026'),
      r('Nederlands', 'Literatuur', 6.6, 1, '30-09-2026'),
    ],
    absences: 3,
  },
  {
    id: '48231',
    uuid: '45bc5b82-e2ff-4d02-8ce3-52e1013d6362',
    somtodayId: '2403532',
    leerlingnummer: '102889',
    name: MARKUP_NAME,
    klas: '3H2',
    studie: '3 havo',
    mentor: 'J. Bakker',
    results: [
      r('Scheikunde', 'PW H5', 6.0, 2, '12-11-2026'),
      r('Engels', 'Reading test', 5.3, 1, '14-10-2026'),
      r('Wiskunde', 'Toets H3', 7.4, 2, '29-10-2026'),
    ],
    absences: 1,
  },
  {
    id: '52104',
    uuid: '05ca731b-da77-4454-aab2-2cdba1e84215',
    somtodayId: '2402454',
    leerlingnummer: '103122',
    name: 'Lucas Jansen',
    klas: '1H3',
    studie: '1 havo',
    mentor: 'R. Visser',
    results: [
      r('Aardrijkskunde', 'SO Kaartlezen', 6.7, 1, '09-11-2026'),
      r('Engels', 'Words unit 2', 7.8, 1, '02-11-2026'),
      r('Wiskunde', 'Toets H2', 5.9, 2, '26-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '50478',
    uuid: '2abe4a5c-33bd-449c-9645-712f13a653b2',
    somtodayId: '2401376',
    leerlingnummer: '103044',
    name: 'Fleur Bakker-de Wit',
    klas: '3K1',
    studie: '3 vmbo-k',
    mentor: 'S. Hendriks',
    results: [
      r('Zorg en welzijn', 'Praktijkopdracht', 8.2, 2, '10-11-2026'),
      r('Nederlands', 'Brief schrijven', 6.4, 1, '03-11-2026'),
      r('Wiskunde', 'H4 Verhoudingen', 4.8, 2, '20-10-2026'),
      r('Engels', 'Listening', 6.9, 1, '06-10-2026'),
    ],
    absences: 4,
  },
  {
    id: '49117',
    uuid: '8576b2dd-17d3-4a6d-97e2-85fedfd1f6ea',
    somtodayId: '2409298',
    leerlingnummer: '102960',
    name: 'Sem Öztürk',
    klas: 'V4A',
    studie: '4 vwo',
    mentor: 'A. Jansen',
    profiel: 'Economie en Maatschappij',
    results: [
      r('Economie', 'SO Markten', 7.6, 1, '05-11-2026'),
      r('Wiskunde A', 'H2', 6.2, 2, '29-10-2026'),
      r('Geschiedenis', 'SO Koude Oorlog', 6.9, 1, '06-11-2026'),
      r('Engels', 'Speaking', 8.3, 1, '15-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '48244',
    uuid: 'b1aaf7b2-70dc-4eb7-a38d-00af4715c867',
    somtodayId: '2408220',
    leerlingnummer: '102893',
    name: "Julia van 't Veld",
    klas: '3H2',
    studie: '3 havo',
    mentor: 'J. Bakker',
    results: [
      r('Scheikunde', 'PW H5', 8.9, 2, '12-11-2026'),
      r('Duits', 'Grammatica', 7.1, 1, '05-11-2026'),
      r('Kunst', 'Portfolio', 9.0, 1, '22-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '50329',
    uuid: '000150b2-9d34-4731-9d76-67f5cf452d54',
    somtodayId: '2407142',
    leerlingnummer: '103019',
    name: "Liam O'Connor",
    klas: '2T1',
    studie: '2 vmbo-t',
    mentor: 'M. Yılmaz',
    results: [
      r('Engels', 'Words H3', 9.1, 1, '11-11-2026'),
      r('Nederlands', 'Spelling', 5.4, 1, '10-11-2026'),
      r('Techniek', 'Werkstuk', 7.0, 2, '21-10-2026'),
    ],
    absences: 2,
  },
  {
    id: '53001',
    uuid: 'a956d9d2-943e-454f-be3a-17bd0dbdf5c2',
    somtodayId: '2406064',
    leerlingnummer: '104201',
    name: 'Yara Haddou',
    klas: 'VPK4A',
    studie: 'MBO Verpleegkunde niv. 4',
    mentor: 'L. Peters',
    results: [
      r('Anatomie en fysiologie', 'Toets bloedsomloop', 7.4, 2, '09-11-2026'),
      r('Verpleegtechnisch handelen', 'Praktijktoets', 8.0, 3, '02-11-2026'),
      r('Rekenen', '2F oefentoets', 5.6, 1, '19-10-2026'),
      r('Burgerschap', 'Reflectieverslag', 6.5, 1, '05-10-2026'),
    ],
    absences: 1,
  },
  {
    id: '53012',
    uuid: '20004774-4519-4314-bf51-e054a60195a5',
    somtodayId: '2404986',
    leerlingnummer: '104215',
    name: 'Finn de Jong',
    klas: 'HBO-ICT1',
    studie: 'HBO jaar 1',
    mentor: 'K. Wouters',
    results: [
      r('Programmeren 1', 'Tentamen', 6.3, 3, '06-11-2026'),
      r('Databases', 'Opdracht ERD', 7.5, 2, '23-10-2026'),
      r('Professionele vaardigheden', 'Presentatie', 5.0, 1, '09-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '47462',
    uuid: '0e2b5bd8-20de-43c8-89db-4d3d5ddfff75',
    somtodayId: '2403908',
    leerlingnummer: '102517',
    name: 'Saar Verhoeven',
    klas: 'G5A',
    studie: '5 gym',
    mentor: 'P. de Groot',
    profiel: 'Natuur en Gezondheid',
    results: [
      r('Biologie', 'PTA 5.1', 7.2, 3, '10-11-2026'),
      r('Scheikunde', 'SO Redox', 6.0, 1, '03-11-2026'),
      r('Latijn', 'Cicero', 6.8, 2, '27-10-2026'),
      r('Wiskunde B', 'H6 Integralen', 5.5, 2, '13-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '50485',
    uuid: 'fedebaca-2f77-4453-a2fe-9ee245d42110',
    somtodayId: '2402830',
    leerlingnummer: '103048',
    name: 'Bram ten Brink',
    klas: 'B4A',
    studie: '4 vmbo-basis',
    mentor: 'S. Hendriks',
    results: [
      r('Bouwen, wonen en interieur', 'Praktijk metselen', 8.5, 2, '11-11-2026'),
      r('Nederlands', 'Leesvaardigheid', 4.4, 1, '28-10-2026'),
      r('Wiskunde', 'H4 Verhoudingen', 6.1, 2, '20-10-2026'),
    ],
    absences: 6,
  },
  {
    id: '52117',
    uuid: 'e26f99cc-83fe-4925-a1d1-dec78cb657fe',
    somtodayId: '2401752',
    leerlingnummer: '103128',
    name: 'Anouk Smit',
    klas: 'ENT1',
    studie: 'Entree',
    mentor: 'R. Visser',
    results: [
      r('Aardrijkskunde', 'SO Kaartlezen', 7.9, 1, '09-11-2026'),
      r('Nederlands', 'Woordenschat', 8.2, 1, '29-10-2026'),
      r('Biologie', 'SO Cellen', 7.0, 1, '15-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '49124',
    uuid: 'c85f05b2-01cf-416f-ad99-489000131a30',
    somtodayId: '2409674',
    leerlingnummer: '102964',
    name: 'Thijs van Dijk',
    klas: 'V4A',
    studie: '4 vwo',
    mentor: 'A. Jansen',
    profiel: 'Natuur en Techniek',
    results: [
      r('Natuurkunde', 'PW Krachten', 5.3, 2, '28-10-2026'),
      r('Wiskunde B', 'H3', 4.7, 2, '04-11-2026'),
      r('Scheikunde', 'PW H5', 6.6, 2, '12-11-2026'),
      r('Engels', 'Speaking', 7.4, 1, '15-10-2026'),
    ],
    absences: 3,
  },
  {
    id: '48258',
    uuid: '0b0d0a75-6602-4ec7-83ec-043e4fd7e4c4',
    somtodayId: '2408596',
    leerlingnummer: '102898',
    name: 'Lotte Mulder',
    klas: '3H2',
    studie: '3 havo',
    mentor: 'J. Bakker',
    results: [
      r('Scheikunde', 'PW H5', 7.1, 2, '12-11-2026'),
      r('Frans', 'Schrijfvaardigheid', 6.5, 1, '04-11-2026'),
      r('Economie', 'SO H3', 7.7, 1, '21-10-2026'),
      r('Wiskunde', 'Toets H3', 6.2, 2, '29-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '50336',
    uuid: '498c4002-3fdd-4105-8f6e-c603457f071c',
    somtodayId: '2407518',
    leerlingnummer: '103023',
    name: 'Jesse Bos',
    klas: '2T1',
    studie: '2 vmbo-t',
    mentor: 'M. Yılmaz',
    results: [
      r('Economie', 'H2 Geld', 5.8, 2, '03-11-2026'),
      r('Lichamelijke opvoeding', 'Turnen', 8.0, 1, '20-10-2026'),
      r('Nederlands', 'Spelling', 6.0, 1, '10-11-2026'),
    ],
    absences: 1,
  },
  {
    id: '47479',
    uuid: 'f347b110-43ce-40a8-b6cd-b2b20c4d65ae',
    somtodayId: '2406440',
    leerlingnummer: '102522',
    name: 'Iris de Graaf',
    klas: 'G5B',
    studie: '5 gym',
    mentor: 'P. de Groot',
    profiel: 'Cultuur en Maatschappij',
    results: [
      r('Grieks', 'Homerus', 8.7, 2, '04-11-2026'),
      r('Kunst', 'Kunstgeschiedenis', 7.5, 1, '22-10-2026'),
      r('Geschiedenis', 'PTA 5.1', 6.4, 3, '08-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '48265',
    uuid: 'e7600d1a-5a4c-4c3d-90d5-aff3bbda1a80',
    somtodayId: '2405362',
    leerlingnummer: '102902',
    name: 'Ayoub Benali',
    klas: '3H2',
    studie: '3 havo',
    mentor: 'J. Bakker',
    results: [
      r('Scheikunde', 'PW H5', 5.6, 2, '12-11-2026'),
      r('Geschiedenis', 'SO Koude Oorlog', 7.3, 1, '06-11-2026'),
      r('Wiskunde', 'Toets H3', 8.0, 2, '29-10-2026'),
      r('Engels', 'Reading test', 4.9, 1, '14-10-2026'),
    ],
    absences: 2,
  },
  {
    id: '52124',
    uuid: '62095abd-3d98-4146-9fcf-1823206a2b8e',
    somtodayId: '2404284',
    leerlingnummer: '103131',
    name: 'Mila Kuipers',
    klas: '1H3',
    studie: '1 havo',
    mentor: 'R. Visser',
    results: [
      r('Engels', 'Words unit 2', 6.6, 1, '02-11-2026'),
      r('Wiskunde', 'Toets H2', 7.2, 2, '26-10-2026'),
      r('Muziek', 'Presentatie', 8.4, 1, '12-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '50492',
    uuid: 'bd017425-6e39-43bc-bc23-97f57326750b',
    somtodayId: '2403206',
    leerlingnummer: '103051',
    name: 'Ruben Çakır',
    klas: 'H4A',
    studie: '4 havo',
    mentor: 'S. Hendriks',
    results: [
      r('Economie en ondernemen', 'Praktijk winkel', 7.7, 2, '11-11-2026'),
      r('Engels', 'Listening', 5.2, 1, '06-10-2026'),
      r('Nederlands', 'Brief schrijven', 6.1, 1, '03-11-2026'),
    ],
    absences: 2,
  },
  {
    id: '53008',
    uuid: '9c633b22-22cd-432b-8ed9-5263cd386d63',
    somtodayId: '2402128',
    leerlingnummer: '104209',
    name: 'Eva van Leeuwen',
    klas: 'VK2B',
    studie: 'MBO 2 Verkoper BBL',
    mentor: 'L. Peters',
    results: [
      r('Anatomie en fysiologie', 'Toets bloedsomloop', 6.2, 2, '09-11-2026'),
      r('Verpleegtechnisch handelen', 'Praktijktoets', 7.6, 3, '02-11-2026'),
      r('Communicatie', 'Rollenspel', 8.1, 1, '16-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '53019',
    uuid: '8559d5f1-a3be-48af-94c5-6f254e7954f0',
    somtodayId: '2410050',
    leerlingnummer: '104220',
    name: 'Gijs Hoekstra',
    klas: 'HBO-ICT1',
    studie: 'HBO jaar 1',
    mentor: 'K. Wouters',
    results: [
      r('Programmeren 1', 'Tentamen', 4.5, 3, '06-11-2026'),
      r('Databases', 'Opdracht ERD', 6.8, 2, '23-10-2026'),
      r('Wiskunde voor ICT', 'Deeltoets 1', 5.7, 1, '16-10-2026'),
      r('Professionele vaardigheden', 'Presentatie', 7.0, 1, '09-10-2026'),
    ],
    absences: 4,
  },
  {
    id: '49131',
    uuid: 'd26fa428-3273-4a87-a70a-1bbdacbcbe35',
    somtodayId: '2408972',
    leerlingnummer: '102969',
    name: 'Chloë Dekker',
    klas: 'V4B',
    studie: '4 vwo',
    mentor: 'A. Jansen',
    profiel: 'Natuur en Gezondheid',
    results: [
      r('Biologie', 'PW Genetica', 8.8, 2, '10-11-2026'),
      r('Scheikunde', 'SO H4', 7.9, 1, '21-10-2026'),
      r('Geschiedenis', 'SO Koude Oorlog', 6.3, 1, '06-11-2026'),
    ],
    absences: 0,
  },
  {
    id: '48272',
    uuid: '1bdc0ae9-16a9-4a6a-a10a-b4776037f67f',
    somtodayId: '2407894',
    leerlingnummer: '102907',
    name: 'Nina Wu',
    klas: '3H2',
    studie: '3 havo',
    mentor: 'J. Bakker',
    results: [
      r('Scheikunde', 'PW H5', 9.4, 2, '12-11-2026'),
      r('Wiskunde', 'Toets H3', 9.0, 2, '29-10-2026'),
      r('Nederlands', 'Betoog', 6.7, 1, '15-10-2026'),
    ],
    absences: 0,
  },
  {
    id: '47486',
    uuid: '72bb0c28-8256-4b62-b1ba-3d143a0bbbd5',
    somtodayId: '2406816',
    leerlingnummer: '102528',
    name: 'Maximiliaan Alexander van Oldenbarnevelt-Schimmelpenninck',
    klas: 'G5B',
    studie: '5 gym',
    mentor: 'P. de Groot',
    profiel: 'Natuur en Techniek',
    results: [
      r('Natuurkunde', 'PTA 5.2', 5.1, 3, '11-11-2026'),
      r('Wiskunde D', 'H5 Complexe getallen', 6.9, 2, '28-10-2026'),
      r('Latijn', 'Cicero', 7.6, 2, '27-10-2026'),
      r('Informatica', 'Project', 8.2, 1, '14-10-2026'),
      r('Engels', 'Essay', 6.0, 1, '30-09-2026'),
    ],
    absences: 1,
  },
  {
    id: '50343',
    uuid: '0c72f08c-3c33-4991-a748-53b2b83d07ce',
    somtodayId: '2405738',
    leerlingnummer: '103027',
    name: 'Björn Janssen',
    klas: '2T1',
    studie: '2 vmbo-t',
    mentor: 'M. Yılmaz',
    results: [
      r('Techniek', 'Werkstuk', 6.4, 2, '21-10-2026'),
      r('Duits', 'Woordjes H2', 4.2, 1, '28-10-2026'),
      r('Nederlands', 'Spelling', 5.9, 1, '10-11-2026'),
    ],
    absences: 3,
  },
  {
    id: '48289',
    uuid: '7fd95874-1ae2-4544-b922-e08357805569',
    somtodayId: '2404660',
    leerlingnummer: '102911',
    name: 'Ilse de Wit',
    klas: '3H2',
    studie: '3 havo',
    mentor: 'J. Bakker',
    results: [
      r('Scheikunde', 'PW H5', 6.5, 2, '12-11-2026'),
      r('Biologie', 'SO Cellen', 7.3, 1, '05-11-2026'),
      r('Lichamelijke opvoeding', 'Atletiek', 6.9, 1, '23-10-2026'),
    ],
    absences: 0,
  },
];

const FIRST_NAMES = [
  'Emma',
  'Liam',
  'Tess',
  'Noah',
  'Julia',
  'Levi',
  'Mila',
  'Luuk',
  'Zoë',
  'Bram',
  'Fenna',
  'Milan',
  'Yara',
  'Finn',
  'Lieke',
  'Sem',
  'Aya',
  'Ravi',
  'Hüseyin',
  'Anaïs',
  'Jesse',
  'Nora',
  'Ilias',
  'Sophie',
];
const TUSSENVOEGSELS = ['', '', 'de ', 'van ', 'van der ', 'van den ', "'t ", 'ten ', ''];
const SURNAMES = [
  'Jansen',
  'Visser',
  'Smit',
  'Meijer',
  'Bos',
  'Mulder',
  'Berg',
  'Dekker',
  'Brouwer',
  'Dijk',
  'Hoek',
  'Vos',
  'Kaya',
  'Boukhari',
  'Nguyen',
  'Şahin',
  'Groot',
  'Laan',
];
const KLASSEN = ['4V1', '4V2', '4V3', '4H1', '4H2'];
const VAKKEN = ['Wiskunde', 'Scheikunde', 'Geschiedenis', 'Engels', 'Nederlands'];

/**
 * Small deterministic hash (FNV-1a with extra mixing) to derive stable pseudo-random values.
 * @param {number} n
 * @param {number} salt
 * @returns {number} unsigned 32-bit integer
 */
function hash(n, salt) {
  let h = (2166136261 ^ salt) >>> 0;
  for (let i = 0; i < 4; i++) {
    h ^= (n >>> (i * 8)) & 0xff;
    h = Math.imul(h, 16777619) >>> 0;
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return h >>> 0;
}

/**
 * @param {number} n
 * @param {number} len
 * @returns {string}
 */
const hex = (n, len) => n.toString(16).padStart(len, '0').slice(-len);

/**
 * One generated student for index `i`. Ids are "7" + 5 digits (700000 + i), Somtoday ids
 * 9100000 + i, uuids end in the index as 12 hex digits, so all are unique for any index below 100000.
 * @param {number} i
 * @returns {Student}
 */
function generatedStudent(i) {
  const first = FIRST_NAMES[hash(i, 1) % FIRST_NAMES.length];
  const tv = TUSSENVOEGSELS[hash(i, 2) % TUSSENVOEGSELS.length];
  const last = SURNAMES[hash(i, 3) % SURNAMES.length];
  const count = 3 + (hash(i, 4) % 4);
  /** @type {Result[]} */
  const results = [];
  for (let k = 0; k < count; k++) {
    const cijfer = Math.round((3 + (hash(i * 7 + k, 5) % 70) / 10) * 10) / 10;
    const day = String(1 + (hash(i * 7 + k, 6) % 28)).padStart(2, '0');
    const month = String(9 + (hash(i * 7 + k, 7) % 3)).padStart(2, '0');
    results.push(
      r(VAKKEN[(i + k) % VAKKEN.length], `Toets ${k + 1}`, cijfer, 1 + (hash(i * 7 + k, 8) % 3), `${day}-${month}-2026`),
    );
  }
  return {
    id: String(700000 + i),
    uuid: `${hex(hash(i, 9), 8)}-${hex(hash(i, 10), 4)}-4${hex(hash(i, 11), 3)}-a${hex(hash(i, 12), 3)}-${hex(i, 12)}`,
    somtodayId: String(9100000 + i),
    leerlingnummer: String(500000 + i),
    name: `${first} ${tv}${last}`,
    klas: KLASSEN[hash(i, 13) % KLASSEN.length],
    studie: '4 vwo',
    mentor: 'A. Jansen',
    results,
    absences: hash(i, 14) % 7,
  };
}

/**
 * Students of the school's praktijkonderwijs and of an mbo where it trains in the bbl: their record
 * pages and the praktijk grade column (lesgroep `pro3.pr`) exist, but they are kept out of the main
 * lists and grids (whose sizes other tests count).
 * @type {Student[]}
 */
export const edgeStudents = [
  {
    id: '54001',
    uuid: '3f0c9a1e-7b52-4d6e-a1c3-54001aa0e001',
    somtodayId: '2411001',
    leerlingnummer: '105001',
    name: 'Kevin Brouwer',
    klas: 'PRO3',
    studie: 'Praktijkonderwijs 3',
    mentor: 'M. de Boer',
    results: [
      r('Praktijk', 'Praktijkopdracht keuken', 7.8, 2, '10-11-2026'),
      r('Nederlands', 'Lezen', 6.4, 1, '03-11-2026'),
      r('Rekenen', 'Geld en tijd', 6.9, 1, '20-10-2026'),
    ],
    absences: 1,
  },
  {
    id: '54002',
    uuid: '3f0c9a1e-7b52-4d6e-a1c3-54002aa0e002',
    somtodayId: '2411002',
    leerlingnummer: '105002',
    name: 'Dewi Pranoto',
    klas: 'PRO3',
    studie: 'Praktijkonderwijs 3',
    mentor: 'M. de Boer',
    results: [r('Praktijk', 'Praktijkopdracht groen', 6.6, 2, '10-11-2026'), r('Nederlands', 'Schrijven', 7.1, 1, '03-11-2026')],
    absences: 0,
  },
  {
    id: '54010',
    uuid: '3f0c9a1e-7b52-4d6e-a1c3-54010aa0e010',
    somtodayId: '2411010',
    leerlingnummer: '105010',
    name: 'Tim Smeets',
    klas: 'VZ3B',
    studie: 'MBO 3 Verzorgende IG BBL',
    mentor: 'L. Peters',
    results: [
      r('Beroepspraktijkvorming', 'Beoordeling werkplek', 7.4, 3, '06-11-2026'),
      r('Zorg en welzijn', 'Toets ouderenzorg', 6.8, 2, '28-10-2026'),
      r('Nederlands', 'Verslag', 6.2, 1, '14-10-2026'),
    ],
    absences: 0,
  },
];

/**
 * n deterministic extra students (same input → same output), e.g. for 1000-row grids.
 * @param {number} n how many
 * @param {number} [offset] index of the first one (use a different offset for "late" rows)
 * @returns {Student[]}
 */
export function manyStudents(n, offset = 0) {
  /** @type {Student[]} */
  const list = [];
  for (let i = offset; i < offset + n; i++) list.push(generatedStudent(i));
  return list;
}

/**
 * Demo student by Magister stamnummer; generated students (700000 + i) resolve too.
 * @param {string} id
 * @returns {Student | undefined}
 */
export function findStudentById(id) {
  const found = students.find((s) => s.id === id) ?? edgeStudents.find((s) => s.id === id);
  if (found) return found;
  if (/^7\d{5}$/.test(id)) return generatedStudent(Number(id) - 700000);
  return undefined;
}

/**
 * Demo student by Somtoday uuid; generated students resolve too.
 * @param {string} uuid
 * @returns {Student | undefined}
 */
export function findStudentByUuid(uuid) {
  const found = students.find((s) => s.uuid === uuid);
  if (found) return found;
  const m = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-([0-9a-f]{12})$/.exec(uuid);
  if (!m) return undefined;
  const candidate = generatedStudent(Number.parseInt(m[1], 16));
  return candidate.uuid === uuid ? candidate : undefined;
}

/**
 * Demo student by Somtoday Docent numeric id; generated students (9100000 + i) resolve too.
 * @param {string} somtodayId
 * @returns {Student | undefined}
 */
export function findStudentBySomtodayId(somtodayId) {
  const found = students.find((s) => s.somtodayId === somtodayId);
  if (found) return found;
  if (/^91\d{5}$/.test(somtodayId)) return generatedStudent(Number(somtodayId) - 9100000);
  return undefined;
}
