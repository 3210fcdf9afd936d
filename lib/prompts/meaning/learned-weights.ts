/**
 * The weights of the learned backstop (./learned.ts), written by scripts/train-guardrails.ts: do not
 * edit. λ=0.0003, epochs=300, library weight=0.3, refuse target=0.004, warn target=0.01, veto=0.1, clear=0.02; weights below 0.01 left out.
 */
import type { LearnedModel } from './learned';

export const LEARNED_MODEL: LearnedModel = {
  classes: ['sound', 'deficit', 'grade-topic', 'comparison', 'labelling', 'care', 'tick-box', 'pressure', 'verdict'],
  bias: [0.322, -0.526, -0.385, -0.58, -0.377, 0.025, -0.21, -0.347, -0.074],
  refuse: 0.879,
  warn: 0.623,
  veto: 0.1,
  clear: 0.02,
  weights: `
a:<grade> 0:-3 1:-7 2:23 3:6 4:-10 5:-7 6:10 8:5
a:<num> 0:-4 1:-4 2:2 3:5 5:-5 6:14 7:20 8:-10
a:a 0:6 1:-2 7:-4 8:3
a:aan 2:-4 3:-6 4:-3 6:16 7:8 8:4
a:aandacht 1:3 5:-2
a:aangemeld 0:-4 1:-1 3:2 7:5
a:aangenomen 0:3 1:-2 5:-2 8:3
a:aangezien 1:7 4:-1 8:-3
a:aankan 0:-4 1:7 4:4 5:2 6:-1
a:aanleiding 0:2
a:aanmelddatum 0:2 3:-1 7:5
a:aanmelddeadline 0:3 7:-1
a:aanmelden 0:10
a:aanmelding 1:-3 2:-1 5:-2 6:-2 7:12 8:1
a:aanmeldt 0:7 8:-5
a:aannames 0:4 5:-2
a:aanraadt 1:-3 8:6
a:aansluiten 1:2
a:aanspreekt 0:2
a:aantal 0:-1 6:4
a:aanwijzing 0:2
a:aardrijkskunde 8:2
a:abstract 1:4 4:-1
a:abstracte 0:-6 1:11 8:-2
a:achter 0:-5 1:11 3:4 4:4 7:2 8:-11
a:achteraan 7:2
a:achteraf 0:7 2:-1 7:-2
a:achterblijft 0:-3 1:1 3:5
a:achtergrond 0:-2 4:6
a:achterloopt 2:-1 3:3 7:-2
a:achterstand 0:4 1:-1 2:4
a:activiteiten 6:2
a:adhd 0:-8 1:-10 4:27 8:-4
a:administratie 0:-3 4:1 6:3
a:administratief 1:2
a:advies 0:-1 1:-2 2:2 4:-1 7:2 8:21
a:adviseer 0:-7 7:-2 8:14
a:advocaat 0:2 5:-1
a:af 0:-9 1:10 3:-2 4:-1 5:-1 6:5 7:4 8:23
a:afdeling 0:-3 3:5
a:afgaat 1:2 4:-2
a:afgebroken 0:-1 7:9 8:-3
a:afgeleid 1:6
a:afgerond 0:5 6:3
a:afgesproken 0:-2 7:-1 8:6
a:afgevallen 5:7
a:afgevinkt 0:-7 6:7
a:afgewezen 0:5 5:-2 7:4 8:-3
a:afloop 0:2 6:1 7:-1
a:afmaken 7:-1 8:2
a:afronden 1:-2 6:2 7:3 8:-1
a:afspraak 7:4
a:afspraken 0:-3 1:5
a:aftekenen 0:-2 6:8 7:-4
a:afvallen 0:-2 1:3
a:afvinken 6:5 7:-1 8:-2
a:afweging 0:2
a:afwijzing 0:9 1:-1
a:agenda 0:9 6:-2 8:-1
a:al 1:-9 2:4 3:44 4:-2 5:-5 6:-14 7:5 8:15
a:allang 0:-5 3:8
a:alle 0:-5 1:3 3:3 5:-2 6:4 7:-2 8:9
a:allebei 0:11 1:2 3:-2 4:-6 5:-3 6:1 7:-3 8:2
a:alleen 0:7 1:-1 2:-2 3:4 4:-2 5:-3 6:10 7:4
a:allemaal 0:-1 1:3 3:18 4:-2 6:-2
a:alles 0:-2 1:8 2:2 3:-4 4:6 6:-3 7:3
a:als 0:6 1:-14 2:-8 4:19 5:-17 6:5 7:28 8:-18
a:alsof 0:11 3:-2 7:-1
a:altijd 0:7 1:1 3:-3 4:7 7:-6
a:alvast 0:-1 1:2 6:-1 8:4
a:ambitieus 0:-2 4:3
a:amsterdam 0:5 3:-3
a:ander 0:4 1:3 7:3 8:-2
a:andere 0:7 1:-7 3:21 4:-6 7:-11 8:6
a:anderen 0:10 1:-4 2:2 3:15 4:-4 8:-3
a:anders 0:9 3:-10 6:21 7:30 8:-4
a:antwoord 0:3 1:-2 7:2 8:3
a:antwoorden 0:5 6:3 8:-2
a:aparte 0:-3 4:4
a:april 0:6 1:-2 7:2
a:arbeidersgezin 0:-3 4:6
a:architecten 0:2
a:arts 0:-1 4:3 7:1
a:augustus 8:2
a:autisme 0:-1 4:5 8:-3
a:autist 1:-1 4:4
a:autistisch 0:-2 1:-6 4:9
a:auto's 0:-2 4:2
a:automatisch 7:3
a:avonds 0:3
a:avonturen 0:-5 8:6
a:b 0:4 1:-2 2:-3 3:1 5:-2 7:-5 8:13
a:baan 0:-11 2:-1 3:-4 4:12 6:-2 7:2 8:12
a:baangarantie 8:3
a:baanzekerheid 8:2
a:bakker 0:4 1:1 4:-2 7:-1 8:5
a:bakkerij 0:4 1:2 4:3 7:-3 8:3
a:bakkers 0:1
a:balen 0:1
a:bang 0:16 1:-6 7:-4 8:-1
a:bank 0:-1 1:1 4:4 7:8 8:-2
a:basis 0:3 2:-1 3:2 6:-2 8:5
a:basisberoepsgerichte 0:-2 8:6
a:basisvaardigheden 0:-2 1:5
a:bbl 0:3 3:-3 4:-2 7:2 8:6
a:bbl'er 0:-9 1:1 2:4 4:8
a:bbl'ers 0:-2 1:-2 3:5 4:4 7:-3
a:bbl-baan 0:1 4:-1 5:3 7:-1
a:bbl-contract 7:1
a:bbl-klas 0:-1 3:2
a:bbl-plek 0:-7 1:6 8:3
a:bbl-plekken 1:3
a:bbl-route 0:-6 1:4 6:-2 8:9
a:bbl-student 6:3
a:bbl-traject 0:-1 4:-3 5:4 8:7
a:beantwoord 0:2 6:3 8:-1
a:bedenk 7:6
a:bedenken 0:6
a:bedenkt 0:2
a:bedoeld 0:-2 1:-2 4:7 6:2 8:-3
a:bedoeling 0:1
a:bedrijf 0:1 2:-1 3:11 4:-5 5:-2 8:4
a:bedrijfsbezoek 0:3
a:bedrijfskunde 7:-2 8:5
a:bedrijven 0:5 1:-1 7:8
a:beeld 0:4 2:6 4:-2 5:1
a:beelddenker 1:-2 4:6 8:-2
a:beetje 0:2 1:7 3:-1 4:-2
a:begeleider 0:5 1:-2 3:-1 6:3 7:-1
a:begeleiding 0:-7 1:7 4:-1 6:8 7:-1 8:-2
a:begin 0:3 1:2 3:-1 4:1 6:-1 7:-1 8:8
a:beginnen 0:3 1:-3 4:11 6:-2 7:-3 8:3
a:begint 0:6 4:-2 5:3 8:3
a:begon 0:5 5:-2
a:begrijp 0:-4 5:6
a:begrijpelijk 0:1
a:begrijpt 0:2
a:begrip 0:-3 1:10
a:behaald 0:13 1:-2 6:-1 7:-1
a:behaalde 0:4
a:behalve 0:-3 1:-2 3:8
a:beheerst 0:-6 1:13 3:-1
a:behoorlijk 0:-1 1:2
a:behouden 0:3 4:-2
a:beide 0:2 8:1
a:beinvloeden 0:-2 5:4
a:bekeken 6:3
a:bekend 0:2
a:bekende 0:3
a:bekijk 0:3 1:-1 2:2
a:bekijken 0:6 1:-3 8:-1
a:bel 0:-6 6:-2 7:11 8:1
a:belangrijk 0:-3 5:2 7:1
a:belangrijker 0:-1 4:2
a:belangstelling 0:3
a:beleefd 1:-2 4:3
a:bellen 0:11 1:-3 8:-1
a:ben 0:12 1:-3 3:10 4:10 5:-9 8:-1
a:benieuwd 0:18 8:-6
a:benoem 0:-1 3:2
a:benoemen 0:3 1:3
a:bent 0:-28 1:9 4:4 5:-6 6:-3 7:-14 8:9
a:beoordeling 2:3
a:beoordelingen 0:-1 2:3
a:bepaald 0:-2 1:5
a:bepaalt 0:19 1:-4 2:2 3:-1 5:2 7:2 8:-3
a:bepalen 2:3 3:9 6:-2
a:beperkte 0:-4 1:8
a:bereid 0:5 1:-1
a:bereiden 0:8 4:-2
a:bereiken 0:3 1:-2
a:beroep 0:18 1:-9 2:-2 4:-6 7:-7 8:12
a:beroepen 0:16 1:1 4:5 5:2 7:-1 8:-9
a:beroepenmarkt 0:2 1:-1 6:3 7:4
a:beroepenorientatie 0:-2 3:3
a:beroepentest 1:-3 4:-1 6:2 8:9
a:beroepskeuze 0:-2 1:9 4:-1 5:4
a:beroepsorientatie 0:-3 6:5
a:beschouwing 1:4 8:-1
a:beschrijf 0:9 7:-2
a:beschut 0:-7 1:-3 4:12 5:-1
a:besef 0:-1 7:3
a:beslis 7:5 8:-1
a:beslissen 0:6
a:beslissing 0:-7 7:9 8:-1
a:beslist 7:6 8:-3
a:besloten 0:-6 3:-2 7:-2 8:16
a:besluit 0:1 7:4 8:-1
a:bespreek 0:-16 1:6 2:7 3:2 5:2 6:-6 7:-10 8:-10
a:bespreken 0:5 1:-2 3:3 6:-2
a:besproken 8:3
a:best 0:7 1:7 4:14 7:-3 8:-3
a:bestaan 0:8 7:-1 8:-2
a:bestaat 0:3 7:-1
a:beste 0:-6 1:-5 3:4 4:-4 6:4 7:4 8:35
a:besteed 1:1 6:2 7:-1
a:bestellingen 0:2 1:2 4:-2 8:-1
a:beta 0:-2 3:-1 4:6 8:-3
a:betaalt 0:-2 7:3 8:3
a:betalen 0:5 8:-3
a:betekenen 1:6 4:-1 6:-2 7:3 8:-2
a:betekenis 0:4
a:betekent 0:4 1:-1 6:-2 7:13
a:beter 0:-17 2:-6 4:5 5:5 6:-4 7:-13 8:24
a:betere 0:-1 8:4
a:betoog 0:7 1:-1 2:-4 3:5 5:-3
a:betreft 0:-5 8:12
a:bevalt 0:6 5:-2
a:beveiliging 0:-8 1:3 4:9 5:9 6:-1 7:-2
a:beweegt 0:-4 1:1 4:3
a:bewegen 0:8 1:2 4:2 5:-1 8:-3
a:bewijs 2:-1 6:3 7:4
a:bewoners 0:4
a:bewust 0:6 7:-1 8:-2
a:bezighoudt 0:4 1:-1
a:bezocht 0:-4 3:8 6:5
a:bezochte 0:-2 6:4
a:bezoek 0:6 3:-2 6:3 7:-1 8:-2
a:bezoeken 0:12 3:-3 8:-3
a:bezoekt 0:-4 3:6
a:bieden 0:2
a:biedt 0:2 8:1
a:bij 1:7 2:-20 3:5 5:-10 6:2 7:-4
a:bijbaan 0:5 1:-3 6:5 7:-2 8:2
a:bijbaantje 3:1
a:bijhoudt 1:1
a:bijna 3:17 7:-3
a:bijstand 0:-7 4:3 7:6
a:bijstellen 0:-2 1:4
a:bijsturen 0:11 1:-1 7:-6 8:-1
a:bijvoorbeeld 0:6
a:bindend 2:4
a:binnen 0:1 4:-1 6:10 7:2 8:-1
a:biologie 2:3 8:2
a:biomedische 8:3
a:bleef 0:9 8:-1
a:bleek 0:3 8:-1
a:blij 4:4 6:-2 7:4
a:blijf 0:-5 1:-2 2:2 3:-2 7:13 8:20
a:blijft 0:10 2:2 3:-3 4:-4 5:-4 6:-2 7:5
a:blijkt 0:3 1:-2 7:-2 8:6
a:blijven 1:-6 4:5 5:-1 6:6 7:-1 8:6
a:blik 0:6 1:-3
a:bloed 0:-4 2:1 4:16 7:1 8:-2
a:blok 1:2
a:boeit 0:4 3:-1
a:boeken 4:4 8:-2
a:boekhouden 0:4 5:-2
a:bol 1:-1 8:4
a:boos 0:6 5:-1 7:2 8:-2
a:boot 0:-5 7:6
a:bouw 0:7 1:-1 3:-2 4:4 5:-2 8:2
a:bouwen 0:9 1:-3 2:1 4:3 8:-3
a:bouwopleiding 8:3
a:bouwt 0:-1 3:2
a:boven 0:-4 1:7 8:-1
a:bovenbouw 1:2 2:2
a:bpv 3:2 4:-1 5:3 6:2 8:-2
a:bpv-begeleider 0:5 6:-2
a:bpv-beoordeling 0:-3 2:3
a:bpv-periode 0:2
a:bpv-plek 0:-2 7:3
a:bpv-uren 0:-4 6:4
a:brede 0:1
a:breed 0:1
a:breedte 0:6 6:-3
a:breng 0:2 1:2
a:brengen 5:4
a:brengt 0:4
a:brief 7:3
a:broer 0:-4 1:-2 3:9 7:-3 8:4
a:brood 0:-4 7:-2 8:11
a:brug 1:5 4:-1 8:-2
a:brugklassers 0:3
a:bruikbaar 0:3 1:-1
a:buik 0:-1 1:-1 7:7 8:-1
a:buiten 0:14 1:3 2:-2 4:-1 7:2 8:-2
a:buitenland 1:-1 2:1 8:12
a:bureau 7:3 8:-2
a:buren 0:5
a:buurt 0:6 5:-2
a:c 8:3
a:centraal 1:6 3:-1 6:-3
a:certificaat 7:3
a:chaotisch 0:-1 1:11 4:-2 8:-2
a:chaotische 0:-1 1:7 4:-3 8:-2
a:check 0:-2 2:2 6:3
a:checklist 0:-5 6:11 7:2
a:cijfer 0:9 1:-1 2:7 7:-2
a:cijferlijst 2:4 7:-1
a:cijfers 0:2 2:11 6:-2
a:cohort 0:-5 3:8
a:collega's 0:4 1:7 4:-2 5:-2
a:competenties 0:4 2:-2 6:4 7:-1
a:compleet 0:-1 6:4
a:compliment 0:3
a:computer 1:6 3:-6 4:4 8:-3
a:computers 0:-1 1:4 4:3 8:-4
a:concentratie 0:-6 1:5 5:3
a:concentreren 0:-3 1:6
a:conclusie 0:-1 8:7
a:concreet 0:6
a:concrete 2:4
a:conditie 0:-3 5:9 6:-2
a:contact 0:8 1:4 3:3 4:-1 8:-2
a:contacten 0:4 4:-2
a:contactgegevens 0:1
a:contract 0:2 1:-2 7:3
a:creatief 0:-2 1:8 4:4 7:-1 8:-2
a:creatieve 0:-4 1:-2 8:12
a:cultuur 0:-3 4:2 8:5
a:cv 0:-2 1:-1 3:3 8:2
a:cv-ketel 0:1
a:daan 0:-2 3:6 6:-2
a:daar 0:9 1:6 2:7 3:-8 4:-8 6:-11 7:-24 8:35
a:daarbij 3:6
a:daarmee 0:-4 7:3 8:2
a:daarna 4:-2 6:3 7:21 8:-5
a:daarom 0:-4 1:7 4:-3 5:5 7:2 8:-3
a:daarop 0:-7 1:12 5:3 8:-1
a:daarvan 0:-3 3:8
a:dacht 0:4 7:-1
a:dag 0:14 1:11 3:3 4:-2 6:8 7:-9 8:-6
a:dagbesteding 0:2 4:5 8:-1
a:dagen 0:-4 1:-2 2:-3 3:10 5:3 6:3 7:15 8:-3
a:dagje 0:3
a:dan 0:4 1:-11 2:-5 4:-9 5:19 6:29 7:24 8:-5
a:danken 0:-5 1:-1 7:12
a:dapper 0:7 8:-5
a:dat 0:23 1:-20 2:-8 3:-20 5:36 6:20 7:-4 8:30
a:datum 0:1 1:-2 2:-1 3:-1 8:5
a:de 1:-5 2:-18 3:8 4:-14 5:-12 6:3 7:22 8:12
a:deadline 0:-2 1:-2 4:-1 7:12
a:decaan 0:2 4:-2 6:6 7:-2 8:11
a:decanen 0:2 5:-1
a:deden 0:6 1:-2 4:-1
a:deed 0:4 1:-2 3:8 5:-2 7:-1
a:deel 0:1 3:-1 7:2
a:deelname 0:-3 6:4
a:deelnemer 1:-1 3:2 7:3
a:definitieve 0:-4 7:7 8:-2
a:degene 0:-2 3:4
a:delen 0:4 7:-1
a:denk 0:-4 1:2 3:-3 4:4 6:-3 7:17 8:-4
a:denken 4:8 7:-5 8:7
a:denker 0:-9 1:14 7:-2 8:-1
a:denkers 0:-1 1:-3 4:6
a:denkt 0:4 1:3 2:-1 3:-1 7:2 8:-4
a:denkvermogen 1:2
a:derde 0:-4 3:3 5:4 7:1
a:detailhandel 0:-2 3:1 4:-1 8:5
a:deur 0:7 1:-3 6:-1
a:deuren 0:-3 2:3 6:-1 8:12
a:deze 0:-4 1:3 2:-3 4:2 5:-9 6:3 7:4 8:-12
a:dezelfde 0:-2 7:-4 8:8
a:dicht 0:-4 5:-1 6:2 7:1 8:4
a:dichtbij 0:2 8:4
a:die 0:5 1:8 3:19 4:-13 8:23
a:diensten 0:-3 1:4 3:3 4:-2 5:3
a:dieren 0:3 1:3 8:-4
a:dierenarts 0:4 6:-1
a:dierenzorg 0:3 8:-2
a:digitale 6:2
a:ding 0:4 1:6 4:-2 7:-4 8:-1
a:dingen 0:20 1:5 2:4 4:-2 5:2 7:-3
a:dinsdag 0:3 7:1 8:-1
a:diploma 0:11 1:-6 2:3 5:-1 6:-3 7:7 8:3
a:direct 7:-1 8:3
a:discipline 0:-1 1:10 4:-1 8:-4
a:discussie 1:-1 7:-4 8:7
a:dit 0:-23 2:6 3:6 4:2 5:-2 6:18 8:-2
a:docent 0:5 2:-1
a:docenten 0:6
a:dochter 1:11 2:2 4:-1 8:-3
a:doe 0:-11 1:-2 3:4 7:-1 8:26
a:doel 0:3
a:doen 1:-12 2:5 4:21 7:-4 8:23
a:doener 0:-3 1:-1 3:4 4:-3 8:3
a:doeners 0:-2 1:2 4:6 7:-1
a:doet 0:17 2:4 4:1 6:-2 7:-3 8:7
a:dokter 0:1 4:2 5:-1
a:donderdag 0:-4 6:-3 7:10
a:door 0:19 1:-8 2:-4 3:-3 5:7 6:8 7:6
a:doorgaans 0:-1 4:7 8:-3
a:doorgaat 0:1 1:-1 7:4 8:-1
a:doorgeeft 0:-1 3:3
a:doorgegeven 0:5 3:4 4:-1
a:doorgeven 0:-2 6:1 7:2
a:doorheen 0:-1 6:4
a:doorleren 0:-2 1:-3 4:4 8:3
a:doorlopen 6:3 8:-1
a:doorpakt 0:-2 7:5
a:doorstromen 4:-2 7:-3 8:8
a:doorstroom 2:2 7:3 8:-3
a:doorstroomt 3:2
a:doorvragen 0:2 1:6
a:doorzetter 0:-3 1:3 2:11 4:-1 7:-2 8:-4
a:doorzettingsvermogen 1:4
a:dorp 1:-2 4:6 8:-1
a:dossier 0:-6 1:4 3:-2 5:-2 6:15 7:1 8:-2
a:draad 1:3
a:draagt 0:-4 1:-5 4:7 7:3
a:draaien 0:-1 3:3
a:draait 2:5 5:-2
a:drie 1:-5 2:13 3:5 4:-5 5:-9 6:10 7:3 8:-7
a:driegesprek 5:8 6:-1
a:driehoeksgesprek 5:2
a:dringend 0:-4 8:5
a:dromen 0:-6 1:4 4:4 7:-1 8:5
a:droom 0:-4 1:-1 7:2 8:12
a:droombaan 0:2 1:-1 6:5 7:-2
a:droomberoep 0:2 1:-3 7:2
a:droomstudie 0:-3 7:1 8:3
a:droomt 0:2
a:druk 0:4 1:-1 4:3 5:-1 7:2
a:drukke 1:1
a:drukte 1:2 8:-1
a:duidelijk 0:-8 1:-7 2:10 4:-3 7:13 8:7
a:duidelijke 3:3
a:duiken 0:4
a:duits 0:-4 2:11 3:2
a:duitsland 0:1
a:dure 0:-1 5:2
a:durfde 0:4 1:-1
a:durft 0:9 1:3 7:-4 8:-2
a:dus 0:-33 1:24 3:5 4:34 5:-5 7:1 8:-2
a:duurt 1:6 6:3 7:-1 8:-3
a:dyslect 0:-3 1:-6 4:14 7:-2 8:-2
a:dyslectisch 1:-3 4:4
a:dyslexie 0:-3 1:-7 4:15 8:-1
a:e 7:5 8:2
a:echt 0:10 2:-1 3:-3 4:1 5:-2 6:-5 7:8 8:13
a:echte 1:-10 4:22 8:-4
a:economie 1:-6 2:4 3:-4 4:1 5:-2 7:-7 8:5
a:economische 0:-2 1:2 2:2 4:-4 8:4
a:een 0:23 1:-6 2:11 3:-2 4:24 5:-33 7:3 8:-13
a:eenmaal 0:-5 1:7 3:-4 4:6 8:-2
a:eens 2:1 3:12 4:2 6:-13 7:-16 8:-20
a:eentje 0:-1 6:12 7:-2
a:eenvoudig 0:-1 1:-2 4:4
a:eenvoudigs 1:2
a:eerder 0:1 3:-5 4:7 7:-1
a:eerlijk 1:12 3:11 4:-8 5:-2 6:-1 7:5
a:eerlijke 0:7
a:eerst 0:6 2:-3 3:-4 4:2 5:10 6:-3 7:-8 8:10
a:eerste 0:20 2:3 3:-2 4:2 7:12 8:-8
a:eerstegeneratiestudent 0:-5 4:8
a:eerstegeneratiestudenten 0:9
a:eerstejaars 0:-4 3:6
a:eersten 0:5 4:-3
a:eetpatroon 0:-2 3:-2 5:6
a:eeuwig 0:-2 7:2
a:eigen 0:33 1:-4 2:3 4:3 6:-2 7:-3 8:1
a:eigenlijk 1:-4 3:-2 5:-1 6:-1 7:1 8:10
a:eind 1:-3 2:1 7:5
a:eindcijfer 2:1
a:einde 0:-2 7:5
a:eindig 7:3
a:eindigt 7:3
a:eindpunt 0:4 1:-1
a:elektricien 0:-3 3:8 4:-1
a:elk 0:7 1:4 2:1 4:-5 6:4 7:-2 8:-1
a:elkaar 0:8 1:-1 2:-2 6:3
a:elkaars 0:-5 3:8
a:elke 0:3 1:4 4:-2 5:-1 6:10 7:6 8:-4
a:en 0:19 1:7 2:-12 4:-22 5:-25 6:-10 7:23 8:6
a:energie 0:10 1:-2 5:2 8:-3
a:eng 0:3 1:4 8:-4
a:engels 0:-8 1:8 2:9 3:2 4:-1 7:-1 8:-3
a:enige 0:-9 1:-2 2:1 3:14 6:3 7:-2 8:9
a:enkele 0:-2 1:6 3:-2
a:enthousiasme 0:1
a:enthousiast 1:2 2:1 3:2 4:-1 8:-2
a:entree 1:-2 8:6
a:entreeopleiding 0:-1 3:-2 8:7
a:er 0:4 1:-11 2:-14 3:-20 4:-13 5:17
a:eraan 0:1 1:-3 2:3 6:-1 7:10 8:-2
a:erachter 0:2
a:erbij 0:3 5:1 6:4 8:-2
a:erg 0:2 1:6 5:2 7:-5 8:-2
a:ergens 0:5 5:-1 7:-1
a:erin 0:4 1:-1
a:ermee 0:3 8:-3
a:erna 0:3
a:erom 0:-2 1:-2 6:6 7:8 8:-4
a:erop 0:-3 7:8
a:erover 0:2
a:eruit 0:-2 2:1 5:1 7:13
a:eruitziet 0:3 8:-2
a:ervan 0:-2 6:-2 7:2 8:5
a:ervaren 0:5 2:-1
a:ervaring 0:17 1:2 4:-1 7:-7 8:-3
a:ervoor 0:19 1:-3 3:-1 8:-3
a:eten 5:4 6:-2
a:even 0:-11 2:-2 5:16 6:20 7:-7 8:10
a:examen 0:3 2:2 7:-1
a:examencommissie 0:-1 6:1 7:3 8:-1
a:examenjaar 2:3
a:examenklas 0:-2 7:4
a:excursie 0:-3 3:-1 7:8
a:extra 0:-11 1:14 4:-1 6:-2 8:2
a:f 0:-1 1:-2 2:9 6:-1 8:-1
a:falen 0:13 1:-1 7:-2 8:-5
a:familie 0:11 3:-2
a:favoriete 0:6 6:-1 8:-1
a:februari 0:3 2:-2 6:-1 7:3
a:feedback 0:5
a:feiten 0:3 1:-3
a:fietst 0:8 1:-2
a:fijn 0:-8 1:7 2:1 3:7 4:-4 8:-5
a:filmpje 0:4
a:filmpjes 0:2
a:filosofie 0:2 1:-1 8:2
a:financiele 0:-4 5:7
a:fixus 0:5 1:-1 7:2
a:flexibel 4:2
a:flink 0:-2 1:-3 2:1 3:9 5:6 7:5
a:flinke 0:-3 1:6
a:fluiten 0:-4 7:7
a:formulier 0:6 8:-3
a:foto 0:-4 6:9 7:-2
a:foto's 0:2
a:fout 0:-16 1:3 2:5 4:3 7:-1 8:2
a:foute 0:-3 3:-1 4:2 7:3
a:fouten 0:1
a:frans 0:-1 1:-2 2:3 8:2
a:fulltime 0:-1 5:3
a:functie 1:11 4:-3 7:-2 8:-1
a:g 0:-2 5:-2 8:10
a:ga 0:5 1:-3 3:1 4:-6 7:-6 8:29
a:gaan 0:-2 2:-3 3:-2 4:4 5:-4 6:4 7:4 8:1
a:gaapt 0:-3 5:5
a:gaat 1:2 2:16 5:10 6:-3 7:-5 8:21
a:gaf 0:12 1:-1
a:game-ontwikkelaar 8:2
a:gang 8:5
a:gapen 1:-1 5:2
a:garage 0:4 3:1 8:-2
a:gastspreker 0:1
a:gebeld 0:7 8:-1
a:gebeurt 0:1 1:-1 4:-1 7:7 8:-1
a:gebrekkig 1:1
a:gebruiken 0:-4 2:1 5:3
a:gebruikt 0:2 5:3
a:gedaan 0:-8 2:2 3:9 5:-2 6:15 7:-2 8:8
a:gedachten 0:2
a:gedeeld 0:4
a:gedoe 6:2 8:1
a:geduld 1:1 8:3
a:geduldig 0:6
a:geef 0:2 1:13 2:-2 7:8
a:geeft 0:11 1:-3 3:-2 7:-4 8:8
a:geen 0:4 1:10 2:-3 3:-5 4:12 5:-9 6:-12 7:24
a:gefeliciteerd 0:10
a:gegrepen 0:-3 8:9
a:gehaald 1:-1 2:4
a:gehad 0:-3 1:1 5:2 6:5 7:-2
a:geheugen 0:-2 1:5 3:-1
a:geholpen 0:2
a:gehoopt 0:3
a:geknipt 7:-1 8:6
a:gekomen 0:2 1:1 5:-2
a:gekozen 0:-5 1:-5 3:1 4:-3 5:-2 6:2 7:16 8:3
a:geld 0:7 1:-7 3:2 4:4 5:-2 7:5 8:-2
a:geldt 0:4 2:-1 6:3 7:-2 8:-2
a:geldzorgen 0:-4 5:7
a:geleerd 0:2
a:gelegd 0:-2 3:5
a:geloof 0:-6 4:10 5:-4 8:7
a:gelooft 0:6 1:-3 3:-2
a:gelovige 3:-1 4:4 8:-3
a:gelukkig 1:6
a:gemaakt 0:2 3:-2 4:4 6:1 8:3
a:gemaild 6:2 7:-1
a:gemak 3:1
a:gemengde 0:3 8:1
a:gemiddeld 0:7 3:-1 5:4 8:-1
a:gemiddelde 0:2 1:-2 2:6 3:5 4:-1 7:-2 8:-1
a:gemiste 0:-2 7:14
a:geneeskunde 1:4 4:-5 7:8 8:2
a:genoeg 0:-5 1:7 2:-2 5:4 6:6 7:-7 8:4
a:genomen 4:7 7:-3 8:-2
a:gepland 0:1
a:gepraat 0:3 1:-2
a:gereedschap 1:7 3:-1 4:-1
a:geregeld 0:3 1:-1 2:1 7:-3 8:14
a:geregistreerd 0:-2 3:-2 6:9 7:-2
a:gerust 0:17 1:1 5:8 6:-3 7:-5 8:-3
a:geschiedenis 0:3 2:-4 7:4
a:geschikt 0:-6 1:-3 4:-4 5:5 8:15
a:geslaagd 0:5
a:gesprek 0:8 2:-8 4:-2 5:2 6:13 7:7 8:-7
a:gesprekken 5:2 6:2 7:-2
a:gespreksverslag 0:-3 1:4 6:5
a:gesproken 3:2 6:6 8:-5
a:gesteld 1:7 3:-2
a:gestopt 0:7 1:-3 5:-1
a:gestudeerd 0:-2 1:-1 3:3 4:7
a:getallen 1:1
a:gevaar 0:-2 5:4 7:3
a:geven 0:-4 1:9 2:-3 6:1 7:-1 8:4
a:gevoel 0:7 1:4 5:-2
a:gevoerd 0:-1 6:3
a:gevolgen 0:-5 5:8 7:7 8:-2
a:gevonden 0:-7 1:7 3:5 8:1
a:gevraagd 0:4 1:2 5:-1
a:gevuld 0:-2 3:2 6:15
a:geweest 2:1 3:1
a:gewend 0:15 1:1 4:3 5:-3 7:-2
a:gewenste 0:-2 1:-1 7:-1 8:6
a:gewerkt 0:4 5:-1
a:gewicht 0:-3 5:9 6:-2
a:gewisseld 0:3 1:-2
a:gewone 0:5 4:5 6:-3 7:-1 8:-2
a:gewoon 0:14 1:6 2:-4 3:-13 4:3 5:-11 8:7
a:geworden 0:-4 1:-2 3:8 4:-1 5:3 8:-2
a:gezakt 2:1
a:gezegd 0:-2 3:10 4:-5 5:-2 7:-1 8:4
a:gezet 0:2 3:-1 5:-1 6:3 8:-2
a:gezien 0:-1 1:5 3:2 6:5 8:-2
a:gezin 0:-3 1:-5 4:10
a:gezocht 0:6 8:-2
a:gezond 0:8 4:-2 5:-3
a:gezonde 0:2 5:1
a:gezondheid 0:8 4:-2 5:-2 8:4
a:ging 0:2 1:-4 2:2 3:5 4:-3 5:-2 6:3 7:-2
a:gl 1:6 2:2 7:-3
a:goed 0:-3 1:7 2:7 4:-4 5:-14 6:-11 8:3
a:goede 0:9 1:-2 2:-4 4:2 7:-2 8:1
a:graag 0:21 1:-2 5:6 6:3 7:-8 8:-7
a:grens 1:1
a:groei 0:1
a:groeien 0:-5 5:6
a:groeit 0:9 1:-1
a:groen 0:-4 4:5 6:6
a:groenvoorziening 0:-2 1:7 3:-3 8:4
a:groep 0:-2 1:2 2:3 3:18 7:6 8:-5
a:groepje 0:1
a:groepsgemiddelde 0:-1 1:-2 2:-1 3:6
a:groepsgenoten 3:2
a:groepswerk 0:-2 1:3
a:groningen 1:-1 8:4
a:groot 0:-5 1:-3 2:-2 3:7 8:3
a:grootste 0:5 1:-2 3:-2
a:grote 1:-3 4:6
a:gymnasiasten 0:-2 4:4 8:-1
a:haakt 0:-5 1:-2 7:12
a:haal 0:-6 1:3 7:8
a:haalbaar 0:-6 2:-2 5:11 6:-1 7:-1 8:5
a:haalbaars 0:-2 1:-3 7:5 8:5
a:haalbare 1:1
a:haalde 1:-2 3:4
a:haalt 0:4 1:-2 2:14 5:1 6:-2 7:3 8:-4
a:haar 0:-9 1:12 3:22 4:-1 5:13 7:-3
a:haast 0:-2 7:4
a:haat 0:-4 7:5
a:had 0:-1 1:-2 2:5 3:16 4:1 5:-1
a:hadden 0:3 3:2 5:-3
a:hakken 0:3 5:-2 6:-1 7:5
a:halen 0:-9 1:2 2:5 4:-3 5:-2 7:-4
a:half 0:-2 3:3 4:4
a:halverwege 0:2 8:-1
a:hand 1:-5 3:5 4:17 5:2 8:-2
a:handel 4:9
a:handen 0:4 1:-5 3:-3 4:7 7:10 8:-3
a:handig 1:-3 4:4 5:3 8:4
a:handiger 0:-1 3:2
a:handigheid 1:-3 4:-1 8:7
a:handschrift 0:-2 1:5
a:handtekening 6:5 7:3 8:-2
a:handtekeningen 0:-2 6:10
a:hangen 1:-1 3:5
a:hangt 0:-2 2:4 7:2
a:hard 0:9 1:-3 5:-2 7:6 8:-8
a:harder 0:-3 3:-2 8:2
a:haven 0:-1 3:3
a:havist 0:-4 2:-1 3:3 4:12
a:havisten 4:2
a:havo 0:1 1:2 3:1 4:-3 5:-6 6:-8 7:-9 8:9
a:hbo 0:8 1:-2 4:16 6:-4 7:-7 8:7
a:hbo-opleiding 3:3 4:-3 8:2
a:hbo-studie 1:2
a:he 0:-2 1:7 2:2 3:-2 6:-1 7:1
a:heb 0:-24 1:7 2:-2 3:6 4:12 5:-4 8:13
a:hebben 0:2 1:-15 2:2 3:5 4:-3 5:-1 6:9 7:-9
a:hebt 0:4 2:2 3:-12 4:-9 5:-13 6:6 7:5 8:-17
a:heeft 0:-31 2:-10 3:3 4:-17 5:2 6:-14 7:8 8:7
a:heel 0:10 2:1 3:-2 4:10 7:3 8:-3
a:heen 0:12 1:-2 3:4 7:-2
a:helder 0:3 8:1
a:hele 0:1 2:-2 3:7 4:-4 6:-6 8:-3
a:helemaal 0:13 3:-1 4:3 7:-2 8:-3
a:helft 0:-4 1:4 3:5
a:help 0:2
a:helpen 0:2 1:-1 4:6 5:-1 7:-2
a:helpt 0:18 4:-2 5:2 8:-1
a:hem 1:17 3:-2 4:10 5:-5 7:2 8:16
a:hen 0:6 8:-2
a:herfstvakantie 0:-3 1:-1 2:3 7:4
a:het 0:7 1:-18 2:-8 4:-11 5:-11 6:19
a:hetzelfde 3:3 7:-1
a:hielp 0:7 8:-3
a:hier 0:14 1:-5 3:3 6:5 7:-4
a:hieronder 0:-5 6:7
a:hij 0:-18 1:24 2:10 3:5 4:-7 5:-7 6:-6 8:10
a:hobby 0:-1 6:-1 7:-1 8:10
a:hoe 0:11 1:-2 2:19 3:6 4:-6 5:19 6:-5 8:-14
a:hoef 0:6 1:-3 6:3 8:3
a:hoeft 0:15 1:-6 4:1 6:6 7:-5
a:hoeveel 0:3 1:-2 2:14 5:-2 6:-2 7:-2
a:hoeven 1:-2 6:4 7:-2
a:hoge 0:-1 2:-1 4:5
a:hoger 4:-3 8:4
a:hogere 2:1
a:hogeschool 0:2 2:2 4:1 8:-1
a:hoofd 0:4 1:-2 8:7
a:hoofddoek 0:-5 1:-5 4:12
a:hoog 0:-2 1:-3 4:4 5:-1 8:11
a:hoogvlieger 1:8 4:-3 8:-3
a:hoop 0:-3 7:3 8:1
a:hoopt 0:4
a:hoopte 0:1
a:hoor 0:-8 1:19 3:4 5:-3 7:7 8:-4
a:hoorde 0:8 1:-5 2:-1 5:12 8:-3
a:hoort 0:-14 1:-3 3:3 4:6 5:14 6:-2 7:-6 8:16
a:hopeloos 0:-3 1:3
a:hopen 0:3 3:-1
a:horeca 0:3 1:10 4:11 7:-1 8:-5
a:horen 0:6 3:-1 4:7 7:6 8:-5
a:houd 0:-9 1:3 3:-1 4:12 7:-2 8:10
a:houden 1:4 3:-2 6:6 7:-3 8:1
a:houding 0:11 1:-2 2:2 6:-3 7:2
a:houdt 0:5 1:6 3:-1 5:-2 7:4 8:-2
a:houvast 1:3
a:huidige 0:1 1:-3 7:-2 8:6
a:huis 0:7 5:-3 7:6
a:hulp 0:3 1:4 3:3 4:-2
a:hulpmiddel 0:4 8:-2
a:hun 0:7 2:4 3:19 5:-2 8:-2
a:ict 0:4 1:-3 4:9 5:4 6:-1 7:-2
a:idee 0:10 1:-3 3:3 4:-5 6:-1 7:-5 8:7
a:ideeen 0:10 4:5 8:-4
a:iedere 1:1
a:iedereen 0:9 1:5 3:9 4:-7 6:1 7:-3 8:-4
a:iemand 0:20 1:5 2:-1 3:-4 5:-4 7:2 8:7
a:iets 1:5 2:-9 3:-16 4:8 5:-14 7:-13 8:7
a:ik 0:-17 2:-5 4:-5 5:17 6:14 7:20 8:43
a:in 0:22 2:-10 3:11 4:4 5:7 6:-2 7:-5 8:-4
a:indirecte 0:3
a:indruk 0:7 8:-1
a:informatica 0:-2 1:-5 3:2 4:4 5:1 7:5
a:informatie 0:6 7:-2 8:-1
a:ingedeeld 7:4
a:ingeleverd 0:-3 7:7
a:ingeloot 0:6 1:-1 7:-1
a:ingenieur 3:9 4:-1 8:-4
a:ingenieurs 0:-6 5:3
a:ingeschreven 3:3 6:-1 7:1
a:ingevuld 0:-4 7:7
a:ingewerkt 0:-2 3:2
a:inhoud 6:2
a:initiatief 0:-4 1:7
a:inleveren 7:1
a:inschrijving 5:-1 6:-1 7:9
a:inspectie 0:-3 6:10
a:installatietechniek 0:-1 1:6
a:instroomt 0:3 3:-1 7:-1
a:intake 0:-3 7:5
a:interessant 6:1
a:interesse 0:1 4:-2 5:4 8:1
a:interesseert 0:3 5:-1
a:interesses 0:9 1:-1 6:2 8:-8
a:interessetest 0:-6 3:5 8:5
a:internationale 1:5 8:-2
a:interview 0:6 3:-1
a:interviewen 0:3
a:intrigeert 0:1
a:invloed 0:-1 5:4
a:invullen 6:2
a:invult 0:-4 6:11 8:-5
a:inzet 1:6 8:-2
a:inzicht 0:-1 1:5
a:is 0:2 1:-3 2:-17 3:-10 4:9 6:16 7:-3 8:28
a:isk 4:1
a:isk-leerling 1:-1 3:1 4:3 8:-1
a:isk-leerlingen 3:4 4:-3
a:jaar 0:-22 1:5 3:11 4:-11 5:-8 6:9 7:24
a:jaargenoten 0:-2 1:-1 3:8 8:-2
a:jaarlaag 0:-2 3:6
a:jammer 1:4 8:-2
a:januari 0:1 6:-1 7:9 8:-5
a:jaren 0:-4 1:2 7:5
a:jarenlang 0:-1 7:2
a:je 0:2 1:16 2:13 3:-12 4:-9 5:-2 7:19 8:-2
a:jezelf 0:13 1:-4 2:5 8:1
a:jij 1:10 2:-4 3:29 4:22 5:-10 6:-3 7:-2 8:39
a:jongen 0:-5 4:6
a:jongens 0:-4 1:-4 3:-3 4:22 7:2 8:-4
a:jongere 3:1
a:jongeren 0:-3 3:4 7:1
a:jou 0:-25 1:12 2:-5 4:8 5:-7 6:-5 7:2 8:24
a:journalisten 0:3 4:-2
a:jouw 0:-11 1:8 3:21 4:12 5:-2 6:-2 7:-3 8:11
a:jouwe 0:2 3:1 6:-1
a:juist 0:3
a:juiste 1:-1 7:-3 8:11
a:jullie 0:8 1:-2 3:-3 4:4 5:8 6:7 8:-5
a:juni 2:2 7:3 8:-3
a:kaart 1:2 2:1
a:kader 0:-1 3:2
a:kaderberoepsgerichte 0:-5 1:4 3:-2 4:4
a:kaderleerling 1:-2 4:5 8:-1
a:kaderleerlingen 1:-4 4:5
a:kaderroute 8:3
a:kamers 0:1 4:-2 5:3
a:kan 0:7 1:12 2:-2 3:-5 4:-1 5:6 6:21 8:-4
a:kans 0:-15 1:-1 6:-3 7:27 8:-1
a:kansen 0:-4 2:-1 3:-1 4:1 7:7 8:2
a:kant 1:3 4:-3 7:-5 8:9
a:kanten 0:13 1:-1 3:-2 7:-2 8:3
a:kantoor 0:17 1:-2 3:1 4:-3 8:-2
a:kantoorbaan 0:-10 1:7 4:2 7:-4 8:8
a:kantoorfunctie 1:1 4:-1
a:kantoorwerk 0:-5 1:1 4:7 8:-2
a:kapper 0:4 1:-1 4:-2 8:3
a:kappersopleiding 7:-1 8:3
a:kapsalon 1:2
a:karakter 0:-1 1:-3 8:9
a:keer 0:17 1:-4 2:2 3:9 4:-1 6:-1 7:10 8:-4
a:ken 0:2 1:3 8:-1
a:kende 0:10 7:-3 8:-2
a:kennen 0:6 4:-2
a:kent 0:15 1:-2 7:-2 8:-1
a:kern 0:3
a:kerntaak 6:2
a:kernvraag 0:4 6:-2
a:kerst 6:2 7:9 8:-5
a:kerstvakantie 0:-3 2:-1 6:5 7:3 8:-1
a:keuken 0:-3 1:6 5:2
a:keus 8:1
a:keuze 1:-17 2:-3 3:-10 5:12 6:-8 7:14 8:6
a:keuzeformulier 0:-4 6:3 7:2
a:keuzegesprek 6:-1 7:2
a:keuzemoment 0:2
a:keuzemomenten 0:2 5:-1
a:keuzes 0:4 3:8 7:-3
a:keuzevak 0:7
a:kies 0:-6 1:4 2:5 3:-2 4:-3 5:-3 7:15 8:30
a:kiesmbo 0:6 8:-2
a:kiest 0:-4 1:-10 3:-5 4:-5 5:1 6:2 7:21 8:9
a:kiezen 0:7 1:-15 4:21 6:-3 7:-1 8:3
a:kijk 0:-19 3:26 5:8 6:2 7:-5 8:-3
a:kijken 0:8 2:-3 3:-3 4:2 5:2 6:-2 7:-3 8:1
a:kijkt 0:7 8:-1
a:kind 0:-10 1:6 3:2 4:10 5:3 6:-4 7:-2
a:kinderen 0:-4 1:-7 3:-1 4:6 8:9
a:kinderopvang 3:4 4:5 5:1 8:-1
a:klaar 0:-7 3:-4 4:-3 6:16 8:15
a:klagen 0:-2 3:-3 4:5 7:5 8:-2
a:klant 0:4
a:klantcontact 0:-1 1:1 4:6 7:-1
a:klanten 0:5 1:1 3:2 4:-2 8:-3
a:klap 0:2
a:klas 1:-6 2:2 3:21 4:9 6:-3 7:-5 8:-3
a:klasgenoot 0:2
a:klasgenoten 0:9 3:-1
a:klassengemiddelde 2:-2 3:4
a:klein 1:3 3:-2 4:4 7:-2
a:kleine 0:5 5:-2 6:-1 8:5
a:kleiner 7:4
a:kleins 0:5 4:-1 6:-1
a:kleuren 0:1 5:1
a:klik 4:-4 6:13
a:klinkt 0:6 1:-2 8:4
a:klok 0:-4 1:1 2:1 4:1 6:-1 7:18 8:-3
a:klonk 0:1
a:kloppen 7:1
a:klopt 0:2 1:-1 6:6 7:-1 8:-2
a:klus 0:3
a:klusje 0:3 7:-1
a:knap 0:10 7:-2 8:-2
a:knoop 0:-4 7:3 8:5
a:kok 0:-13 1:8 3:-2 4:-1 7:-3 8:17
a:koken 0:7 4:-1 5:-2 8:-1
a:koks 0:3
a:kom 0:-13 1:8 2:2 3:-2 4:-2 7:3 8:6
a:komen 4:6 7:8
a:komende 0:3
a:komt 0:-10 1:4 4:10 6:-5 7:7 8:2
a:koos 0:2 1:-2 3:3 7:-3 8:6
a:kopieer 6:7 8:-2
a:koppelt 0:11 6:-2 8:-1
a:kort 0:-1 5:6 6:18 8:-5
a:korte 0:-2 1:7 4:3 8:-2
a:kortste 7:-3 8:5
a:kost 0:2 1:-1 3:-1 7:7 8:-3
a:kosten 0:-1 7:4
a:kozen 0:-3 3:1 8:4
a:kreeg 0:-4 2:8
a:krijg 0:-10 1:10 4:-1 7:7
a:krijgen 0:-5 1:3 7:5
a:krijgt 1:-5 3:-4 4:-4 5:-1 6:6 7:6 8:1
a:kritiek 0:5 1:2 8:-1
a:kritisch 0:1
a:kruis 0:-6 6:16 7:-3 8:-5
a:kun 0:-3 1:-2 4:25 6:-3 7:10 8:1
a:kunnen 0:22 1:-1 2:3 3:-3 4:-3 5:9 6:3 7:-3
a:kunst 0:1 1:-4 5:3 6:-2 8:7
a:kunstacademie 0:-2 1:-4 4:-2 8:11
a:kunstenaar 4:1
a:kunstopleiding 8:2
a:kunstrichting 1:8 7:-2 8:-5
a:kunt 0:8 1:15 3:-2 4:-8 5:-3 7:5 8:10
a:kwaliteit 0:11
a:kwaliteiten 0:3 1:-2 2:2 6:9 8:-4
a:kwaliteitenreflectie 0:2 6:-1
a:kwam 0:4 1:-1 2:-2 3:6 8:-3
a:kwamen 0:-1 3:2 6:1 8:-1
a:kwartier 0:2 1:1 6:-1
a:kwijt 1:2 7:7
a:kwijtgeraakt 0:2
a:laag 0:-20 1:6 2:3 4:-3 5:-1 6:-1 8:8
a:laagst 0:-2 3:2
a:laagste 0:-3 2:5 3:4 6:-2
a:laat 0:6 1:-5 2:-4 4:-9 5:-7 6:10 7:8 8:3
a:laatst 0:4 1:-2 3:-3 4:4
a:laatste 0:-5 2:11 3:-1 4:2 5:6 7:12 8:-4
a:laborant 8:2
a:laboranten 0:2
a:ladders 0:4
a:lager 0:-3 1:1 3:2 8:1
a:land 0:7 3:-1
a:landt 0:1 1:3 8:-2
a:lang 0:8 1:6 4:-3 6:2 8:-4
a:lange 0:5 1:6 3:-1 4:8 5:-2 7:-2 8:-2
a:langer 0:-1 7:10
a:langs 0:4 3:-2 6:6
a:langzaam 0:-5 1:10 4:-1 7:-1
a:langzaamste 0:-3 3:6
a:lastig 1:7 3:-2 4:7 5:5 7:-2 8:-5
a:lastige 0:2
a:laten 0:-6 1:15 4:1 5:-3 6:2 7:-7 8:10
a:later 0:14 1:-8 3:-3 4:-2 6:-2 7:2 8:21
a:leeft 0:7 1:-3
a:leeftijd 0:-7 1:-7 3:18 4:6 7:-1 8:-1
a:leeftijdsgenoten 0:-3 3:7
a:leeg 0:-4 1:4 3:-2 6:10 7:-3 8:-1
a:leer 0:2 5:-1 8:3
a:leerbaan 0:-2 7:8
a:leerbedrijf 0:-4 1:-9 2:1 3:4 5:-1 7:22 8:7
a:leerde 6:1
a:leerjaar 0:10 8:-3
a:leerling 1:6 2:5 3:-16 4:-2 5:14 6:-4 7:-15 8:6
a:leerlingen 0:6 1:-6 3:15 5:-1 6:-1 7:6 8:-7
a:leerlingvolgsysteem 0:-4 2:4 6:3
a:leermeester 0:2 1:-2 3:-1 7:-3 8:5
a:leerplichtambtenaar 7:3 8:-1
a:leert 0:11 4:-2 7:-3 8:-3
a:leerweg 0:-5 1:3 3:-2 4:4 7:-2 8:9
a:leerwerkloket 8:2
a:leerwerkplek 0:-2 1:1 7:3
a:lees 0:8 2:-1 6:-1 7:-1 8:-2
a:leest 1:-1 4:-1 8:4
a:lef 0:2
a:leg 1:7 2:3 3:6 4:-7 6:-2 7:-3 8:2
a:legde 0:4
a:lege 3:-3 7:10 8:-2
a:leggen 1:-2 3:2 4:5 6:3 8:-4
a:legt 0:2
a:leiden 4:2
a:leiding 0:-4 1:11 8:-2
a:leidinggeven 4:-1 7:-1 8:3
a:leidinggevende 0:1
a:leidt 0:2
a:lekker 0:-4 1:-1 8:9
a:lens 0:5 6:-1
a:leraar 8:1
a:leren 0:6 4:6 7:-3 8:-1
a:les 0:10 1:2 3:2 7:-2 8:-3
a:let 0:-6 3:1 7:3
a:letten 0:-2 1:3 5:4
a:leuk 0:6 1:6 3:-2 4:-3 5:-2 7:-5 8:3
a:leuke 0:-3 7:8
a:leukst 0:1
a:leukste 0:-1 7:3
a:leven 0:2 3:-1 6:-2 7:9 8:-1
a:lever 0:-6 6:9 7:7 8:-3
a:levert 0:-3 1:-1 6:2 7:-2 8:8
a:lezen 0:-2 4:3
a:lezer 0:-4 1:5
a:lezers 1:-1 4:2
a:lichamelijke 0:-3 1:8 3:-1
a:lichting 0:-3 3:12 4:-3
a:liefst 0:8 2:-3 8:-2
a:liep 0:5
a:liet 0:1 8:4
a:liever 0:4 1:1 5:-1 7:-3 8:16
a:lig 0:-4 5:5 7:13
a:liggen 0:-3 1:-4 2:3 4:7 8:8
a:ligt 1:14 2:-5 3:6 4:10 6:-1
a:lijk 0:5 1:-4
a:lijken 0:5 1:-2 3:-1 4:-1
a:lijkt 0:-4 1:16 3:-3 4:-6 5:3 7:-2 8:5
a:lijn 0:6 2:1 5:-1 6:-3
a:lijst 1:-2 3:2 6:6 7:2
a:lijstje 0:-4 1:6 6:8 7:-2 8:-2
a:link 0:2
a:linkerhanden 1:6 4:-3 8:-1
a:ll 0:-4 1:5
a:lo 0:2 1:3 2:-1
a:lob 3:3 6:13 7:-3 8:-1
a:lob-activiteiten 6:2
a:lob-eisen 0:-2 6:4
a:lob-formulier 6:1
a:lob-gesprek 0:-2 5:2
a:lob-kaart 0:-3 6:5
a:lob-opdracht 0:-4 5:5 6:1 7:-1
a:lob-opdrachten 3:2 6:-2
a:lob-punten 0:-2 6:3
a:lob-uren 0:-2 6:3
a:lob-verslag 5:6 6:-5
a:lob-week 0:3
a:locatie 0:1
a:logboek 0:-1 7:3
a:logische 1:-1 8:6
a:logistiek 0:1 7:-1 8:6
a:loodgieter 0:2 4:-1
a:loondienst 0:-1 8:4
a:loop 1:-6 3:3 4:-2 5:-2 8:-2
a:loopbaan 0:9 5:-1 6:-4 7:2
a:loopbaanbegeleider 0:6 6:-4
a:loopbaanbegeleiding 0:14 1:-2 6:-3 7:-1 8:-3
a:loopbaancompetenties 0:4 6:-2
a:loopbaandossier 0:-4 5:5 6:4
a:loopbaangesprek 0:-3 2:3 5:11 6:-6 7:2 8:-1
a:loopbaangesprekken 0:-8 1:11 4:-1 6:4 7:-1
a:loopbaanplan 0:-3 5:2 7:2
a:loopt 0:-6 1:3 3:3 5:-2 6:-2 7:3
a:lopen 0:8 1:-2 3:4 6:1
a:loslaten 0:-2 8:4
a:loting 0:1
a:luchtkasteel 0:-2 1:-3 4:-3 8:9
a:lui 0:-2 4:1
a:luister 0:12 5:-2 7:-1 8:-3
a:luisteren 0:4 6:-1
a:lukken 0:5 1:-4
a:lukt 0:-6 1:22 4:-4 7:-2 8:-1
a:lukte 0:2
a:m 8:6
a:maak 0:-7 1:3 2:6 3:-2 4:-3 5:-2 7:8
a:maakt 0:30 2:-5 3:-1 4:1 6:15 7:-8 8:-10
a:maakte 0:2
a:maand 0:2 6:4 7:5 8:-6
a:maandag 0:-4 3:-2 6:-5 7:15
a:maanden 0:2 1:-4 7:7 8:-1
a:maar 0:-26 1:17 3:-5 4:-5 5:-10 6:20 8:38
a:maart 7:13 8:-9
a:maat 1:7 8:-3
a:maatschappelijke 0:1 6:-2 8:3
a:maatschappij 0:5 7:-2 8:6
a:machine 0:5 1:4 3:-4 4:-1 8:-1
a:mag 0:38 1:-3 2:2 6:3 7:10 8:-9
a:magazijn 0:-4 1:-2 4:6 8:2
a:mager 1:-1 5:3
a:magister 0:-4 6:7 7:2 8:-2
a:mail 0:-2 6:2 7:3
a:maken 0:2 1:2 2:4 3:-2 4:-3 5:3 6:-2
a:makkelijker 0:-2 1:-2 3:3 8:1
a:manier 1:7 4:-3 8:-2
a:map 6:7 8:-2
a:marokkaanse 0:-5 4:6
a:matig 2:4
a:matige 0:-2 1:5
a:mbo 0:13 1:-11 2:-3 3:2 7:-3 8:18
a:mbo-diploma 0:-6 7:4 8:3
a:mbo-opleiding 0:-6 1:9 7:-2 8:2
a:me 0:5 1:7 3:-4 4:-3 5:-2 6:4 7:-15 8:2
a:medestudenten 0:-2 3:6
a:medewerker 0:1 4:-3 8:4
a:medicijnen 0:-3 1:-2 5:6
a:mee 0:-7 1:-10 2:-3 3:-6 4:9 5:9 6:3 8:3
a:meedenkt 0:2
a:meegenomen 0:2
a:meeloopdag 0:-4 1:1 2:-2 3:-3 4:-3 7:5
a:meeloopdagen 0:-6 2:-1 3:4 6:8 7:2
a:meelopen 0:7 7:-6
a:meeneemt 0:2 8:-1
a:meer 0:-12 1:-11 2:-6 4:2 6:-5 7:15 8:8
a:meerdere 0:5
a:meespelen 0:-2 5:4
a:meest 0:2 2:4 4:-2 8:4
a:meestal 0:-15 1:-1 3:-1 4:25
a:meeste 3:9 4:-3 7:-1
a:meetlat 0:5 6:-1
a:mei 0:18 2:-4 6:-3 7:15 8:-3
a:meid 4:5 8:-2
a:meiden 0:-2 2:-2 3:-6 4:17
a:meisje 0:-6 1:-1 4:16 8:-2
a:meisjes 0:8 4:-4
a:meld 0:-5 1:-2 6:-3 7:7 8:9
a:melding 0:-4 3:-2 6:9
a:mening 0:4
a:mens 0:9 8:-2
a:mensen 0:13 3:-2 4:7 5:-1 7:-2 8:-5
a:mensenmens 1:-2 2:-1 7:-3 8:9
a:mentor 0:9 2:4 3:-3 4:-1 5:5 7:2 8:-3
a:mentoren 0:-1 1:-2 8:3
a:mentorgesprek 0:-1 6:2
a:mentorgroep 0:-3 3:9 4:-1 7:-2
a:mentoruur 0:-1 6:3
a:merk 0:4 5:4 7:-2 8:-4
a:merken 0:-3 3:2 8:3
a:merkt 0:4 1:-1 7:-1
a:merkte 0:1
a:met 0:-5 1:18 3:-1 4:10 5:-5 6:-9 7:5 8:7
a:meteen 0:3 5:3 7:-1 8:5
a:midden 0:6
a:migratieachtergrond 0:-8 4:11
a:mij 0:-18 1:-3 5:2 7:16 8:19
a:mijn 0:2 1:-4 4:-1 6:12 8:9
a:minder 1:-4 2:-2 3:3 4:2 5:2 6:-3 8:-5
a:minimaal 2:4
a:minor 8:4
a:minst 0:-3 3:5
a:minste 0:-3 3:4
a:minstens 2:3
a:minuten 0:-2 1:1 6:3
a:mis 0:3 1:5 3:3 6:-2 7:12 8:-8
a:misging 0:4 1:-2
a:mislukking 0:5 7:-1 8:-1
a:mislukte 0:-4 1:-1 2:5
a:misschien 0:1 1:1 3:-6 4:6 5:6 6:-2 7:-4 8:-5
a:mist 0:-20 1:32 2:1 3:-3 4:-1 7:11 8:-4
a:mocht 0:1
a:mode 6:-2 7:-2 8:5
a:module 2:3 6:3
a:moe 0:-3 3:-2 5:7
a:moed 0:6 8:-1
a:moeder 0:-4 1:-1 3:1 4:-1 5:7 8:7
a:moedig 0:7 1:-2 8:-4
a:moeilijk 0:-4 1:11 4:2 8:-6
a:moeite 0:-2 1:17 3:3 4:-2 5:-2 8:-2
a:moet 0:-7 3:-7 4:-3 5:-4 6:2 7:14 8:11
a:moeten 0:-11 1:3 3:2 6:2 7:-2
a:mogelijk 1:1
a:mogelijke 0:2
a:mogelijkheden 0:4 7:-1
a:mogen 1:-2 2:3 3:2
a:moment 0:17 2:3 4:-2 7:8 8:-4
a:momenten 0:3
a:monteur 0:3 1:-3 4:-2 8:8
a:mooi 0:6 1:-3 2:-1 3:5 4:2 5:-2 8:-1
a:mooie 0:3 1:7 2:1 5:5
a:morgen 0:-9 3:-2 7:20 8:-1
a:moslim 1:-7 4:11 8:-2
a:moslima 0:-3 4:4
a:motief 0:10 1:-2 4:-2
a:motieven 0:12
a:motivatie 0:3 1:2 8:-2
a:motivatiebrief 6:5 7:3 8:-2
a:muziek 0:1 8:5
a:muziekdroom 0:-1 8:2
a:n 0:-5 5:-2 8:13
a:na 0:3 1:-12 3:9 4:-6 6:-4 7:4 8:14
a:naam 5:-1 6:9 8:-2
a:naar 0:-9 3:14 4:-4 5:-2 6:-8 7:12 8:9
a:naast 0:16 2:-3 3:14 5:4 7:-5 8:-3
a:nacht 0:8 8:-1
a:nachtje 0:2 7:-1
a:nachts 0:5 4:-2 5:-2
a:nadenken 3:1 4:2 7:3 8:-3
a:nadenkt 0:2 1:3 7:-2
a:nagedacht 2:3
a:najaar 0:2 1:-1
a:nam 0:7 3:-5
a:namen 0:1
a:nature 2:-2 4:4
a:natuur 0:16 3:1 8:4
a:natuurkunde 0:-2 1:4 2:3 3:8 4:2 7:-2 8:-6
a:natuurlijk 0:-5 2:1 3:-1 4:10
a:nauwkeurig 4:1
a:nederlands 0:1 1:9 3:5 4:8 5:-2 7:-7 8:-3
a:nederlandse 0:2
a:nee 5:-2 6:3
a:neef 0:-10 1:-1 3:15 4:-1 8:-1
a:neem 0:20 1:-2 2:6 3:4 5:-1 6:-3 7:-2 8:11
a:neemt 0:-5 1:-2 3:-2 5:5 7:3 8:6
a:negatief 7:4 8:-3
a:negen 3:3 4:-2
a:nemen 0:-12 1:10 3:-4 4:-4 5:5 6:-2 8:12
a:nergens 0:-8 1:5 3:1 4:-3 7:10 8:-3
a:net 0:3 1:-4 2:-2 5:-3 6:-2 8:2
a:netjes 1:4 3:2 7:-1
a:netwerk 0:15 2:1 4:2 8:-2
a:netwerken 0:-2 2:2
a:nichtje 3:7
a:niemand 0:7 1:-2 4:8 5:-2 7:4 8:-8
a:niet 0:-11 1:35 2:-12 3:-37 5:-14 6:12 7:15 8:13
a:niets 0:6 1:-5 2:-1 3:-2 6:-7 7:4 8:7
a:nieuw 0:3 4:-1
a:nieuwe 0:3 1:3 3:-3 5:6 7:-1 8:-3
a:nieuwkomers 0:-9 3:3 4:9
a:nieuwsgierig 0:7
a:nieuwsgierigheid 0:6 8:-3
a:niks 0:-7 1:4 3:5 4:-1 7:6 8:7
a:niveau 0:-3 2:-2 3:1 4:4 5:2 6:-1 8:24
a:nodig 3:-8 4:-8 6:2 7:-11 8:-8
a:nodigen 0:3 5:-1 6:-1
a:noem 0:4 1:3 2:2 3:-3 4:3 5:-2 7:-5 8:-6
a:noemde 0:8 7:-1
a:noemen 0:9 6:-1 8:-1
a:noemt 0:1
a:nog 1:-17 2:2 3:-7 5:-2 7:36 8:-26
a:nogal 0:-5 1:10 3:2 4:-1 8:-3
a:nooit 0:-7 1:16 4:-2 5:-1 7:21 8:-3
a:normaal 0:2 1:-3 3:7 7:-2
a:noteer 0:-6 1:8 5:11 6:7 7:-2 8:-2
a:noteren 6:2
a:nou 0:-8 1:8 3:-1 6:-2 7:-2 8:17
a:nt 8:3
a:nu 0:-3 1:4 2:6 4:5 5:-4 7:52
a:nul 0:-3 3:2 7:2
a:numerus 0:5 1:-1 7:2
a:oefenen 0:2
a:of 0:11 1:-10 3:-12 4:19 5:33 7:6 8:-28
a:oke 0:1 1:7 7:-2
a:om 0:28 1:-4 2:12 5:-5 6:-7 7:4 8:1
a:oma 0:-5 1:-2 5:10
a:omdat 0:-19 1:27 2:2 3:2 4:35 5:-6 7:-6 8:-11
a:omgeving 0:2
a:omhoog 0:-6 2:11
a:omweg 0:5 8:-2
a:omwegen 0:2 7:-4 8:5
a:onder 0:-14 1:3 2:2 3:6 4:-1 6:3 8:-3
a:onderaan 0:-2 3:2 4:2
a:onderbouw 0:2
a:onderdeel 0:-6 6:9
a:onderdelen 1:1 6:4
a:ondermaats 0:-6 1:3
a:ondernemen 0:9 4:4 7:-4
a:ondernemer 0:3 1:-2 3:-1 4:1 7:-1 8:8
a:onderste 0:-5 2:3 3:5
a:ondersteuningsteam 0:1
a:ondertekend 0:-1 6:2
a:onderweg 0:3
a:onderwerp 0:5
a:onderwijs 0:-1 1:2 3:-2 4:2 6:-2 8:4
a:onderzocht 0:-3 3:1 6:3
a:onderzoek 0:1
a:onderzoeken 0:2
a:onhandig 0:-4 1:14 3:-2 4:-2 8:-2
a:onlangs 0:-2 5:5
a:online 0:2
a:ons 0:-5 4:-1 8:22
a:ontbijt 0:-2 5:3
a:ontbreekt 0:-5 1:2 6:5
a:ontbreken 6:4
a:ontdekken 0:10 1:-1 7:-1 8:-2
a:ontdekking 0:2 8:-1
a:ontdekt 0:2
a:onthouden 0:2 1:4 4:-2 8:-1
a:ontwerpen 0:3
a:onverstandig 0:-2 8:4
a:onvoldoende 0:-3 2:1 7:4
a:onvoldoendes 2:1
a:onzeker 0:-2 1:12 4:-1 8:-4
a:ooit 0:4 5:-3
a:ook 0:26 1:12 3:13 4:-4 5:15 6:-9 7:-2 8:-4
a:oom 0:2 8:3
a:oordeel 0:2
a:op 1:-12 2:-3 3:-1 4:5 5:-13 6:5 7:5
a:opa 0:3
a:opbloeit 0:1 2:-1
a:opdracht 0:-3 2:2 6:5
a:opdrachten 0:2 1:4 6:4 7:-1
a:open 0:7 2:-1 3:14 5:4 6:9 7:-1
a:openen 0:3 1:-3
a:openstaan 0:2
a:opent 0:13 2:2
a:opgeeft 0:-1 1:7 4:-2 8:-2
a:opgegeven 0:2 6:-2 7:-1 8:3
a:opgeven 0:3
a:opging 0:4 5:-2
a:ophaalt 1:1
a:ophalen 2:4 7:-1
a:opleiding 0:10 1:-3 2:-7 3:-7 4:5 5:3 6:-1 8:19
a:opleidingen 0:27 1:3 2:1 5:2 8:-8
a:opleveren 0:1
a:oplossen 0:1
a:oplossing 0:4 1:-1
a:opnieuw 7:5
a:oppakt 0:3 1:6 3:-3 4:-3
a:opschiet 7:3
a:opschrijven 1:5
a:optie 0:-2 1:1 4:3 8:4
a:opties 0:5 7:-2
a:opvallen 1:3
a:opvallend 3:2
a:opvalt 0:4
a:opviel 0:1
a:opvoeding 0:-3 1:8 3:-1
a:opzichte 0:-2 3:4
a:orde 1:1 3:3 6:2 8:-1
a:organiseren 1:3 8:-2
a:orientatie 0:4 3:-1 4:2 6:-2
a:orientaties 0:1
a:orienteren 1:-3 5:7 7:3
a:oud-leerling 0:9 4:-3
a:oud-leerlingen 0:1
a:ouder 0:-2 8:6
a:ouderavond 0:-2 1:5 4:5 5:1 7:-1
a:oudere 3:1 4:3 8:-1
a:ouders 0:16 1:4 4:-3 5:-11 6:-2 7:10 8:7
a:oudste 0:-1 3:3
a:over 0:14 1:-14 3:-10 4:6 5:18 6:-1 7:2 8:-2
a:overal 0:4 1:-11 2:10 7:3 8:-2
a:overblijft 1:4 8:-4
a:overdag 0:2 5:-2
a:overdracht 0:4
a:overgang 1:-2 2:2 6:2
a:overgangsvergadering 7:1
a:overkomt 1:2
a:overleg 7:-1 8:7
a:overneemt 0:2
a:overslaan 1:3 4:3 8:-3
a:overslaat 0:-5 7:8 8:-2
a:overstap 0:2 1:-1 4:-1 8:4
a:overstappen 0:5 1:-2 7:-2 8:2
a:overweegt 0:5 8:-2
a:overwogen 0:2
a:overzicht 0:3 1:5 5:-2 6:12 8:-2
a:overzien 0:-3 1:-2 4:8
a:paar 0:3 1:-2 3:-2 4:4
a:pabo 0:-2 1:1 2:2 4:-1 6:-1 7:-2 8:9
a:pak 0:-4 2:3 8:3
a:pakken 0:-4 3:6
a:papiertje 7:4 8:-2
a:paraaf 0:-5 6:8 7:-1
a:pas 5:-2 6:4 8:4
a:passen 0:7 1:3
a:passend 0:2
a:passende 0:-7 1:4 5:6
a:passie 0:-1 8:3
a:past 0:15 1:-3 2:5 5:-1 6:4 7:-4 8:22
a:paste 0:5 8:-4
a:pech 0:-3 7:5
a:pedagogisch 0:-2 4:2
a:per 2:11 3:-2 6:5 7:-1
a:perfect 1:-1 8:4
a:periode 0:2 2:6 5:-1 6:5 7:-1
a:persoon 0:2
a:pijn 0:2
a:piloot 0:1 8:5
a:pittig 0:3
a:plaats 0:5 8:-2
a:plaatsgevonden 6:3
a:plan 0:16 1:-8 3:-5 6:-3 7:3
a:plank 0:-2 8:4
a:plannen 1:21 2:1 3:-2 5:8
a:planner 0:2
a:planning 0:4
a:plant 0:-3 7:3
a:plek 0:-7 1:3 2:-1 3:3 4:-4 6:-2 7:20 8:2
a:plekken 0:3 1:-1 7:3 8:-3
a:plezier 0:9 1:-6 3:-1 8:5
a:ploegendienst 0:3
a:podium 0:3
a:polen 3:-2 4:4
a:politie 0:-3 1:-3 3:7 8:5
a:politieacademie 8:1
a:politieopleiding 0:-2 1:-1 8:6
a:portfolio 0:4 1:-4 2:-1 3:1 5:-2 6:13 7:2 8:-3
a:positief 1:-2 2:2 7:3 8:-1
a:praat 0:20 1:2 4:-7 7:-2 8:-3
a:praatje 0:2
a:praktijk 0:12 2:-2 4:-3 8:4
a:praktijkbegeleider 0:9 1:-1 3:-2 7:3 8:4
a:praktijkexamen 0:4
a:praktijkklas 0:-2 1:-1 3:6
a:praktijkles 0:2
a:praktijklessen 0:-2 5:3
a:praktijkonderwijs 0:-9 1:-3 3:5 4:8 8:2
a:praktijkopleider 1:3 2:4 6:4 8:-1
a:praktijkschool 0:-4 3:1 6:3
a:praktijkschoolleerlingen 0:-2 1:-2 4:5
a:praktijkvak 3:3
a:praktisch 0:2 1:8 4:-4 8:-2
a:praktische 0:4 1:-8 6:-2 8:8
a:praten 0:9 1:-2 2:-1 3:1 4:7 5:7 6:-1 7:-1
a:prater 0:-8 1:10 4:-1
a:precies 0:-5 3:10 5:-2 7:1
a:precisie 0:4 5:-2
a:presentatie 3:5 5:-1
a:presenteren 1:7 8:-2
a:prima 0:12 1:-1 3:1 4:-2 7:-5 8:5
a:probeer 0:7 1:-6 7:-1 8:2
a:proberen 0:3 8:-1
a:probleem 0:-7 1:16 4:-5
a:problemen 0:-4 5:7
a:procent 0:-2 2:3
a:producten 0:5
a:proefstudeerdag 0:4 4:-1 8:-1
a:proefstuderen 0:2
a:proeve 0:-3 2:2 3:3
a:profiel 1:-7 2:-5 4:-5 5:3 7:2 8:8
a:profielen 0:1 1:4 4:-1
a:profielkeuze 1:6 3:-4 4:-1 5:-3 7:2 8:-7
a:profielwerkstuk 0:-2 2:2 3:2
a:profvoetballer 0:-4 8:11
a:project 0:9 3:-6
a:psychologie 7:-3 8:5
a:psycholoog 0:-4 5:7
a:pta-onderdeel 2:4
a:punt 0:-3 1:2 2:6 7:-3 8:6
a:punten 0:-7 1:5 2:12
a:puzzelen 0:8 1:-2
a:qompas 0:-1 6:4
a:qua 0:-2 1:10 8:-2
a:raad 0:-3 1:4 7:-4 8:11
a:raakt 0:5 1:2 3:-3 7:4 8:-2
a:raakten 0:2
a:raden 4:-1 7:-2 8:4
a:raken 0:7 1:-3
a:ramp 0:1 1:5 4:-3 8:-1
a:ranglijst 0:-3 3:6 6:-1
a:rapport 0:-1 2:7 5:-2 6:3 7:3
a:rapportcijfer 0:3 2:-2
a:rapportcijfers 2:1 6:-1
a:rapportvergadering 6:5 7:-1
a:reactie 0:2
a:realistisch 0:-2 1:1 2:3 6:-1 8:4
a:realistischer 1:-2 4:3
a:recente 0:3
a:recept 0:-9 1:10
a:receptie 0:-6 1:-2 4:10
a:recht 0:12 3:-2 7:-10 8:3
a:rechten 0:-2 1:-3 3:3 4:-1 7:-5 8:19
a:red 1:1 7:6 8:-6
a:redden 0:-6 1:6 3:-2 4:8 8:-2
a:reden 0:3
a:reflectie 0:-2 6:3 7:5
a:reflecties 2:-1 6:5
a:reflectieverslag 6:3
a:reflectieverslagen 6:4 7:-2
a:regel 0:6 7:-4
a:regelen 0:-6 1:6 8:1
a:regelt 0:-4 5:2 7:3 8:-1
a:regio 0:-2 8:6
a:regionale 0:2
a:registreren 6:4 8:-2
a:reken 0:-5 1:-1 2:6 7:10 8:-1
a:rekenen 0:3 1:15 4:-3 6:-2 7:3 8:-8
a:rekening 0:-1 4:10 7:-1 8:-2
a:rekent 0:1
a:rekentoets 2:4
a:relevant 5:4
a:ren 0:5 3:-1
a:respect 0:5 8:-2
a:rest 0:-5 1:-2 3:13 7:8
a:resultaat 0:16 7:-2
a:resultaten 0:-12 2:9 3:4
a:richt 0:3 1:4 8:-1
a:richten 0:-1 4:4 8:3
a:richting 0:30 1:-8 3:-2 6:3 7:4 8:-1
a:richtingen 0:3 1:4 4:-2 8:-1
a:rij 0:-1 1:4 2:10 5:1 6:-1
a:rijbewijs 0:4 1:-2 8:2
a:rijker 0:4 7:-1
a:rijtje 2:3 6:3
a:risico 0:2
a:risicoleerling 0:-9 1:11
a:roc 0:-2 1:-1 3:3 6:-2 7:5 8:7
a:rode 1:-1 2:4
a:rol 0:4
a:rond 0:3 1:-3 3:4 4:-2 5:3 6:2 7:-7
a:ronde 0:-2 6:3
a:rondje 0:1
a:rood 0:-3 2:2 6:4 7:-1
a:rot 0:3 1:-1
a:route 0:16 3:-3 4:-1 7:-6 8:7
a:routes 0:13 1:-2 7:-1 8:-1
a:rug 0:6 1:2 3:-2 4:-1 5:-3
a:ruimte 0:11 6:-2 7:9 8:-2
a:rust 0:-3 1:-2 7:-2 8:14
a:rustig 0:21 1:1 3:2 5:1 7:-4 8:-11
a:rustige 0:-4 1:-2 4:7
a:ruzies 0:-2 5:5 8:-2
a:s 0:7 4:-3 5:-2
a:salaris 0:3 4:-1 5:2 7:-1 8:-2
a:samen 0:18 2:9 3:2 4:-2 5:12 6:-6 7:-7 8:-7
a:samenwerken 0:-5 1:9 8:-1
a:sanne 0:-6 3:14 6:-2 8:-1
a:schaamde 0:2 5:-1
a:scheiding 0:-1 5:1
a:scheikunde 0:3 1:-2 2:5 5:3
a:schermen 1:3 8:-1
a:schiet 0:-2 1:5 7:7
a:schieten 0:-4 1:-1 8:7
a:scholen 8:2
a:school 0:15 1:5 3:-2 7:13
a:schooljaar 0:-2 2:1 6:1
a:schoonmaak 0:-4 4:7 7:2
a:schrap 0:-1 7:-1 8:8
a:schrappen 1:3
a:schreef 0:2
a:schrijf 0:4 2:1 3:-3 4:-3 5:2 6:4 7:-2 8:-5
a:schrijft 0:2
a:schrijven 0:-1 1:2 3:4 4:-2 6:-2 7:8 8:-2
a:schuift 0:-3 7:4
a:schulden 0:-4 5:13
a:schuldhulpverlener 0:1
a:schuren 0:3
a:scoorde 2:3 3:1
a:score 0:-2 1:-1 2:2 6:3
a:scoren 2:3
a:sector 0:-12 2:-3 3:2 4:-7 5:-3 6:1 7:9 8:2
a:sectorkeuze 0:2 1:1 3:-3 4:-1 6:3
a:selectie 0:3
a:sem 0:-2 1:3 3:2
a:serieus 0:6 4:7 7:-5 8:-4
a:simpel 0:-3 1:2 3:-1 4:4 6:-5 8:6
a:sinds 0:-5 2:5 5:4
a:site 0:7 6:-3
a:sjaak 1:-3 7:8
a:sla 0:-4 6:7
a:slaan 1:-1 4:1
a:slaap 0:4
a:slaapt 5:3
a:slagen 0:3 1:-2 2:1 3:-1 8:2
a:slapen 0:9 4:-3 5:-2
a:slb'er 0:8 6:-3
a:slecht 0:-4 1:10 2:3 4:-4 5:4 8:-1
a:sleeptouw 0:7 3:-5
a:slim 0:7 1:-3 4:1 5:2 8:4
a:slimme 0:-1 4:6
a:slimmer 0:-4 8:6
a:slordig 0:-1 1:6 8:-1
a:sluit 0:-2 5:-1 7:10 8:8
a:sluiten 6:7 7:-2
a:snap 0:-3 1:12 4:3 5:6 7:-2 8:-10
a:snapt 0:-1 1:5 3:-2 4:-1
a:snel 0:-3 1:24 3:-4 4:2 6:5 7:12 8:-10
a:snelle 3:6 7:-4
a:sneller 0:-6 3:9 4:-1 8:5
a:snuffelstage 0:7 2:-4 5:-1 6:4 7:-1
a:snugger 1:2 8:-1
a:sociaal 1:2
a:sollicitatie 0:8 1:-1 5:-3
a:sollicitatiegesprek 0:4 1:-2
a:sollicitaties 8:2
a:somber 0:-6 5:10
a:sommige 0:12 3:-5 4:-3 5:4
a:soms 0:42 2:4 4:-1 6:3 7:-1 8:-1
a:soort 0:7 4:7 8:-3
a:soorten 0:2
a:spaans 0:2
a:spannend 0:10 8:-3
a:spanningsboog 0:-2 1:4 4:-1
a:sparren 0:2
a:spelling 0:-2 1:7
a:spijt 0:-2 8:2
a:sport 0:6 1:2 2:-1 4:-1 8:6
a:sportdag 0:4
a:sportopleiding 1:1 7:-1
a:sprake 0:3 2:-2
a:spreek 2:1
a:spreekt 0:5 4:-1
a:spreken 3:4 4:5 7:-4 8:-1
a:springt 0:-1 6:3
a:sta 0:-6 1:-2 3:3 6:2 7:12
a:staan 0:-1 1:3 5:-2 6:3 7:-1 8:6
a:staat 0:9 4:6 5:-3 6:4 7:-7 8:-4
a:stad 0:2
a:stage 0:-14 1:-16 2:-2 3:4 4:6 5:15 6:-7 7:6
a:stage-ervaring 0:4
a:stage-evaluatie 0:-2 6:2
a:stagebedrijf 0:4 3:-1
a:stagebedrijven 5:2
a:stagebegeleider 1:4 8:2
a:stagedag 0:2
a:stagegesprek 0:-3 1:-1 5:2 6:3
a:stageovereenkomst 0:-2 2:-1 7:4
a:stageplek 0:1 2:-2 3:3 4:-4 6:-3 8:2
a:stageplekken 0:-5 6:-2 7:13
a:stages 1:2
a:stageverslag 3:3
a:stageweek 6:3
a:stagiair 0:-5 3:12 8:-3
a:stagiairs 0:-6 3:7
a:stand 0:1
a:stands 0:2 3:-1 6:1
a:stap 0:12 1:-4 3:-3 4:6 6:3 7:-4 8:8
a:stapje 0:1
a:stappen 1:-2 8:4
a:stapt 7:-1 8:7
a:start 0:5 3:-1 6:-1 7:-2
a:startkwalificatie 0:2
a:startpunt 0:3 8:-1
a:statushouders 0:-2 4:6
a:steeds 0:-1 1:8 5:2 7:3 8:-4
a:stel 0:5 1:-5 4:4 6:2 7:2
a:stellen 0:7 1:-1 4:-1
a:stelt 0:2
a:stem 0:5 1:6 3:-1 8:-4
a:stemmen 0:3 7:-1
a:stempel 0:-5 6:8
a:sterk 0:3 1:2 7:-3 8:7
a:sterke 0:5 1:-1 3:-2 6:1
a:sterker 0:2 1:-1 8:3
a:sterkste 0:-1 1:4 4:-1
a:steviger 0:2
a:stil 3:-5 4:11 5:2 7:-1 8:-3
a:stiller 0:3 5:-2
a:stilte 0:12 7:-2
a:stilzitten 0:-4 1:4 4:2
a:stop 0:-3 1:-1 7:-2 8:13
a:stoppen 0:3 1:-3 7:2 8:7
a:stopt 0:-6 7:15 8:-3
a:stopte 0:2
a:straat 7:4
a:strakke 0:3 4:-2
a:straks 2:1 3:-6 4:3 5:-1 6:-3 7:20 8:-6
a:streep 5:-1 6:2
a:streng 0:1
a:strepen 0:-1 1:2
a:stromen 0:-4 1:-1 8:7
a:studeert 3:3
a:student 0:-8 4:-2 5:5 7:-4 8:5
a:studenten 0:11 1:-1 2:-3 3:1 4:2
a:studeren 0:-5 1:-1 4:2 5:-1 7:1 8:10
a:studie 0:5 2:-8 4:-3 5:3 6:-3 7:-3 8:9
a:studieadvies 0:1 1:-2 2:6 7:3 8:-1
a:studiebol 0:-2 1:5 4:-2 8:-1
a:studiefinanciering 4:-1 7:6
a:studiekeuze 0:5 1:-1 3:4 5:13 6:-2 7:-4 8:-2
a:studiekeuzecheck 0:12 4:-3
a:studiekeuzegesprek 0:-3 2:4
a:studiepunten 1:-2 2:6
a:studies 1:5
a:stuk 0:-2 3:9
a:stukken 0:4 1:-1
a:sturen 1:-2 8:5
a:stuur 2:2 4:5 6:7 8:7
a:supermarkt 8:1
a:switchen 0:4 2:-1
a:systeem 0:-2 6:9 7:-2
a:t 0:-2 8:3
a:taal 0:14 1:15 3:-1 4:-7 5:1 8:-3
a:tafel 5:4 6:-3 8:3
a:tak 0:-5 7:9
a:talen 0:4 1:-4 4:3
a:talenstudie 1:-3 4:8 8:-2
a:talent 0:7 1:5 3:-1 4:-3 8:9
a:talenten 0:3 1:-1
a:te 0:-2 1:14 2:-8 3:-20 4:-3 5:6 8:17
a:team 0:1 1:-2 3:-2 7:-2 8:15
a:teamleider 0:-3 1:3 3:-1 7:13 8:-3
a:techniek 0:-4 1:5 3:-3 4:11 5:-1 6:2 7:-2 8:10
a:techniekdag 0:2
a:technisch 0:-1 8:4
a:technische 1:4 8:1
a:tegelijk 0:5 1:-4
a:tegen 0:-4 1:4 4:-2 7:6 8:5
a:tegenover 0:5 3:1 7:-1 8:-3
a:tegenvalt 1:5 6:-1
a:tegenwoordig 5:4
a:teken 0:3 1:-2 6:2 7:5 8:-2
a:tekenen 0:-4 1:4 3:1 4:-2 6:5 7:-2 8:3
a:tekening 0:3
a:tekeningen 5:3
a:tekent 3:4 6:3
a:tekort 0:-1 1:6
a:tekortkomt 2:4 6:-2
a:tekortpunten 1:-1 2:4
a:tekortschiet 0:-4 1:14 8:-1
a:tekst 1:-1 4:3 8:-1
a:teksten 0:-2 1:7 4:2 5:-1
a:tel 0:-4 2:2 6:4
a:teleurgesteld 0:3 5:-1 7:2
a:teleurstellend 0:-5 2:3
a:teleurstelling 0:1
a:telkens 0:2 1:5 8:-2
a:tellen 0:-2 2:3
a:telt 0:-6 2:1 5:3 6:22 7:-2 8:-2
a:tempo 0:2 1:8 3:2 4:-3 7:3 8:-4
a:ten 0:-2 3:4
a:tenminste 0:-2 3:4
a:ter 0:3 2:-2
a:terecht 0:-6 1:8 4:4
a:terechtkunt 0:3
a:terug 0:9 7:-2
a:terugkomen 7:1
a:terwijl 0:3 1:5 8:-2
a:test 0:-1 6:2
a:tevreden 1:-3 2:4 5:-2 6:8 8:-2
a:theoretische 0:2 1:1
a:theorie 0:-2 1:9 4:6 7:-3 8:-3
a:thuis 0:-2 1:-8 3:-2 4:22 5:10 6:-4 7:2 8:1
a:thuiswerken 0:3 5:-2
a:thuiszorg 0:3 5:-1
a:tien 0:2 3:3 4:-2 6:1 8:-1
a:tijd 1:1 3:-8 4:-5 6:-5 7:10 8:2
a:tijdens 0:6 8:-1
a:tik 0:-5 7:9
a:tikt 0:-6 6:-2 7:17 8:-4
a:til 0:6 4:-1 5:-3
a:tilt 0:1 2:3
a:timmerman 0:2 8:2
a:tip 0:11 1:-1 8:3
a:tl 0:-5 1:6 2:5 7:-3 8:5
a:toch 0:5 1:-1 2:-2 5:-1 6:7 7:-5 8:4
a:toe 0:-2 1:16 5:-2 7:-5 8:5
a:toegelaten 0:3 2:2
a:toegewezen 0:-1 7:3
a:toekomst 0:2 1:-2 4:2 6:-2 8:6
a:toelating 7:4 8:-2
a:toen 0:9 4:-1 5:-1 8:-2
a:toestemming 0:6 4:-1 5:-1 7:1 8:-1
a:toets 0:2 2:5 4:-2
a:toetsen 1:7 5:-2
a:toetsresultaten 0:-4 2:6
a:toetsweek 2:-1 6:2
a:tonen 6:6 8:-3
a:toont 1:5
a:top 1:3 2:-1 3:11 4:-4 6:2 7:-1 8:-5
a:tot 0:3 1:8 2:-7 3:2 4:-3 5:-7 6:-1 7:16
a:totaal 0:-1 1:3
a:traag 0:-8 1:13 5:-1
a:trager 0:-2 1:3 3:6
a:trainer 0:8 1:-3
a:trainers 0:3
a:trekt 0:1 2:-2 4:3
a:treuzelen 7:2
a:trots 0:10 6:-1
a:turkse 4:2
a:tussen 5:1 7:4 8:-1
a:tussenjaar 0:-7 8:23
a:twee 0:2 1:-6 3:3 4:-5 5:-3 6:12 7:8 8:-8
a:tweede 0:13 1:-3 2:2 4:-2 7:4
a:tweetallen 0:3 3:8 7:-1
a:twijfel 0:5 1:-2 3:-2 4:-2 5:2 7:5 8:3
a:twijfelen 0:6 1:-1 4:-1 5:-1 7:7 8:2
a:twijfels 5:4 8:-2
a:twijfelt 0:-6 1:-1 3:3 5:-1 7:8 8:7
a:type 0:-4 1:4 3:-6 4:5 7:-3 8:5
a:typisch 0:-5 3:-2 4:23 6:-1
a:typische 0:-7 1:-3 4:15 8:-4
a:u 0:-11 1:1 2:-5 3:5 4:-17 5:-9 7:5 8:13
a:uit 0:-11 1:-1 2:6 3:13 4:22 6:4 7:-13 8:-7
a:uitdrukken 0:-2 1:5
a:uiteindelijk 0:4 8:-2
a:uiterlijk 0:-3 3:-1 6:2 7:6 8:-1
a:uitgeloot 0:6 1:-1 8:-1
a:uitgesloten 1:3
a:uitgezocht 6:-2 8:4
a:uitkering 0:-3 5:5 7:2
a:uitkomst 3:1
a:uitleg 0:2
a:uitleggen 0:2
a:uitpakt 0:4 7:-3
a:uitrekenen 1:-1 2:4
a:uitslag 0:5 1:-2 2:2 3:2 8:-1
a:uitstellen 0:-3 7:7 8:-1
a:uitzoeken 0:-5 1:6
a:universitaire 0:2
a:universiteit 0:3 1:-5 3:1 6:-1 7:-2 8:7
a:upload 0:-2 6:8 7:-4
a:uren 0:6 6:4 7:-3
a:urenbriefje 0:-1 6:4
a:urenkaart 2:-1 6:3
a:utrecht 4:2
a:uur 0:5 2:-2 5:6 6:5 7:12 8:-4
a:uw 0:-7 1:-5 4:-9 6:2 7:4
a:vaag 3:3
a:vaak 0:41 1:-5 2:4 4:23 5:-3 6:3 8:-2
a:vacature 0:3 4:-1
a:vader 0:-6 1:-3 3:8 4:3 5:2 7:-2 8:8
a:vak 0:4 1:-3 2:9 4:-4 5:1 6:-3 8:3
a:vakdocent 0:1
a:vaker 0:3
a:vakgebied 0:2
a:vakje 0:-8 6:13 8:-2
a:vakken 0:-4 1:8 2:7 8:-1
a:vakman 0:6 4:-1 5:-2
a:vaktaal 0:2
a:val 7:3 8:-1
a:vallen 0:14 1:-3 7:-3
a:valt 0:-14 1:7 5:2 7:4 8:7
a:van 0:6 2:-2 3:9 4:3 5:-7 6:11 7:-8 8:-12
a:vanaf 0:2 1:-3 7:3
a:vanavond 0:-1 7:8 8:-4
a:vandaag 0:9 1:-5 2:3 5:-4 6:2 7:19
a:vandaan 2:2 5:2 8:-2
a:vanuit 0:12 2:1 7:-1
a:vanzelf 0:4
a:varen 0:-6 6:-1 7:-2 8:13
a:vast 0:-13 1:2 3:-6 4:21 6:-1 7:2 8:-12
a:vaste 0:-1 3:5 7:-4 8:3
a:vastliep 0:3 8:-1
a:vat 0:4
a:veel 0:17 1:9 2:-6 5:-7 6:-6 7:-10 8:9
a:veilig 5:-1 8:8
a:veld 1:-2 4:-1 6:11 7:-2 8:-3
a:ver 0:-10 1:15 3:11 4:-5 5:2
a:veranderen 0:12 2:1 3:-2 8:-2
a:verandert 3:1
a:verbinden 0:3
a:verbindt 0:5
a:verder 0:9 1:-3 2:1 3:10 5:-2 7:-6 8:9
a:verdien 0:2 4:-2 8:4
a:verdienen 1:-4 2:4 4:4 5:-1 7:-2 8:2
a:verdient 0:2 8:3
a:vergat 0:1
a:vergeet 0:-2 1:4 8:10
a:vergeetachtig 1:6 8:-3
a:vergeleken 0:-3 1:-1 3:17 4:-2 7:-1
a:vergelijken 0:-3 1:-2 3:7 8:-1
a:vergelijking 0:-2 3:4
a:vergeten 0:-4 1:3 7:16 8:-2
a:vergeven 1:-1 7:5 8:-2
a:verhaal 0:20 5:-3 6:3 8:-9
a:verkeerde 0:-4 1:-2 7:14
a:verkennen 0:10 1:-2 7:-2 8:-3
a:verkenning 0:5 1:-2 8:-2
a:verklaart 0:-2 5:2
a:verklaren 1:-5 3:-2 5:12 8:-1
a:verkoop 1:-5 4:-1 8:10
a:verkorte 0:-6 8:7
a:verlaten 0:-1 1:-1 7:2 8:2
a:verleden 7:3 8:-2
a:verlegen 0:-3 3:-5 4:3 8:8
a:verlengt 0:3 1:-1
a:verliest 1:3 7:3 8:-1
a:verloren 7:2
a:verpest 0:-1 7:4
a:verpleeghuis 0:1
a:verpleegkunde 2:-2 4:4 8:3
a:verpleegkundige 0:1 3:-2 8:6
a:verplicht 0:-4 1:-1 6:6
a:verplichte 0:-3 6:7
a:verrassende 0:-2 4:4
a:verrassing 0:3 7:-1
a:verrassingen 0:5 4:-3
a:verrast 0:5 5:-2 8:-2
a:verraste 0:7 6:-1
a:verschil 0:3 2:-2 3:3 4:-1
a:verschillen 0:-2 3:5
a:verschillend 0:3 3:-2
a:verschillende 0:3
a:verslag 1:3 6:9 7:-1
a:verstandig 0:-1 8:4
a:verstandiger 0:-1 1:-1 4:2 7:-2 8:4
a:verstandigst 0:-2 1:-2 4:4 8:2
a:vertalen 0:2
a:vertel 0:7 1:-5 3:-1 5:28 6:-4 7:-2 8:6
a:vertelde 0:5 1:-2 4:-1 5:3 8:-2
a:vertelden 0:5 3:-5
a:vertellen 0:11 1:-1 4:1 5:3 6:1 8:-1
a:vertelt 0:4 5:-4 8:4
a:vertraging 0:-3 7:4
a:vervalt 0:-1 7:2
a:vervelend 0:5
a:vervolg 0:-2 1:7 2:-4 4:-1 8:4
a:vervolgopleiding 0:-2 1:2 3:2 6:3 7:2 8:-3
a:vervolgopleidingen 0:1 1:2
a:verwacht 0:8 1:5 3:6 6:-1 8:-5
a:verwachten 0:3
a:verwachtingen 0:3 1:3 2:-1
a:verwachtte 0:3 2:-2
a:verzorgers 0:11 4:-1 5:-4 7:-1 8:-1
a:verzorging 3:-7 4:7
a:via 0:5 4:-2
a:viel 0:11 1:2 2:-1 3:-2 5:-3
a:vier 0:4 2:-1 3:10 4:-1 6:-4 7:3
a:vijf 0:-1 6:16 7:-1 8:-2
a:vijftiende 0:11 7:-1 8:-3
a:vind 0:-7 1:2 4:5 7:-2 8:4
a:vinden 0:5 2:-1 4:2 7:2 8:2
a:vindt 0:16 3:7 4:-5 6:-1 7:8 8:-3
a:vink 0:-2 6:7 8:-1
a:vinken 0:14 1:-3 6:-3 7:-1 8:-2
a:vinkje 0:2 1:-2 2:-1 6:9
a:vluchteling 0:-2 1:-1 4:5
a:vmbo 1:5 3:-2 4:4 5:1
a:vmbo'er 0:-2 1:-2 4:15 8:-4
a:vmbo-havo-hbo 0:1
a:vmbo-mbo-hbo 0:1
a:voeding 5:1
a:voelde 0:3 1:-1
a:voelen 0:3 4:3 8:-3
a:voelt 0:6 1:-1 3:-3 5:11
a:voert 0:4 6:-3
a:vol 0:-8 1:1 6:10 7:3 8:-2
a:voldoen 0:-2 2:2 6:2
a:voldoende 1:4 7:-1
a:voldoening 0:10 7:-1 8:-1
a:voldoet 0:-2 1:4 6:1 7:-1 8:-1
a:volgen 0:-8 1:10
a:volgend 0:-7 7:10 8:8
a:volgende 0:9 1:-1 2:-2 6:1 7:5 8:-3
a:volgens 0:-3 3:-2 5:1 7:-1 8:15
a:volgt 0:5 1:-2 2:-1 4:-3 7:8
a:volledig 6:3
a:voltooid 0:-4 6:11
a:volwaardig 0:3
a:vond 0:15 1:-3 2:1 3:-1 6:2
a:voor 0:-7 1:2 2:-6 3:-26 4:1 5:-13 7:6 8:17
a:vooraf 0:2
a:vooral 1:10 2:3 3:-3 4:10 5:-4 6:-1 7:-5
a:voorbeeld 0:-2 3:5 8:-1
a:voorbereid 3:2 8:-1
a:voorbij 1:-1 5:-2 7:10 8:-5
a:voordat 0:-2 1:5 4:-2 5:18 8:-3
a:voorexamenjaar 2:1
a:voorjaar 0:3
a:voorjaarsvakantie 7:2
a:voorkeur 0:-2 7:-3 8:6
a:voorkeuren 0:4
a:voorkomt 0:3 4:-3
a:voorlichting 0:9 1:-3
a:voorlopig 7:4
a:voortgang 0:-3 2:2 6:4
a:voortgangsbalk 6:1
a:voortijdig 0:4
a:vooruit 0:3 1:1
a:voorzichtig 0:-4 5:6
a:vorig 1:-1 3:4 6:6 7:-3 8:-2
a:vorige 0:-6 3:17 8:-2
a:vraag 0:-5 2:3 3:4 4:-4 5:20 6:-4 7:-15
a:vraagstukken 0:2
a:vraagt 0:8 1:8 7:-1 8:-2
a:vragen 0:14 1:-4 3:-2 4:4 5:2 6:9 7:-4 8:-2
a:vriend 5:1 7:-1 8:3
a:vriendelijk 8:2
a:vrienden 0:5 1:-4 3:5 4:-1
a:vriendin 0:5 3:-2 8:-1
a:vrij 2:3 7:-1
a:vrijblijvend 0:3 8:-1
a:vrijdag 0:-14 1:-1 6:11 7:17 8:-3
a:vrijwilligerswerk 0:1
a:vroeg 0:19 2:-1 8:-6
a:vroege 0:-4 1:3 5:3
a:vso 4:5 8:-1
a:vul 0:-13 1:-1 5:5 6:13 7:4
a:vullen 0:9 7:-3 8:-1
a:vult 0:1
a:vwo 0:2 1:7 3:10 7:-1 8:3
a:vwo'er 0:-2 4:5 8:-2
a:waar 0:12 1:6 2:4 4:6 5:-7 6:-8 7:-6 8:-4
a:waarbij 0:-5 1:13 4:-3 8:-3
a:waard 0:8 3:-2 8:-1
a:waarden 0:10 1:-1
a:waardevol 0:6 3:-1
a:waarin 0:-6 1:12 4:2 8:-3
a:waarom 0:-8 1:6 2:-1 3:12 4:-2 5:8 7:4 8:-3
a:waarop 0:5 1:4
a:waarschijnlijk 0:-6 1:5 4:9 8:-2
a:waarschuw 7:2
a:waarschuwing 0:-1 2:-2 7:5
a:waarvoor 0:2
a:wacht 0:-10 1:-2 7:13 8:4
a:wachten 0:7 2:1 3:-3 4:1 7:13 8:-4
a:wachtlijst 7:1
a:wakker 0:5
a:wandelend 0:4 6:-1
a:wanneer 0:5 6:-1 8:-1
a:want 0:-21 3:-4 4:-3 5:4 6:4 7:13 8:-8
a:waren 0:2 3:4 4:-1
a:warme 0:4
a:warming-up 0:3 1:-1
a:was 0:5 1:-2 2:8 3:14 4:-1 5:-4 7:-5 8:3
a:wat 0:8 3:6 4:-6 6:-2 7:-25 8:4
a:water 0:1
a:we 0:5 1:7 3:-18 4:-8 5:19 6:5 7:-22 8:-3
a:website 0:2
a:week 0:9 2:3 4:1 6:-3 7:19
a:weekend 0:4
a:weer 3:1 6:11 7:10 8:-2
a:wees 0:-1 1:2 8:1
a:weet 0:2 1:-8 2:-1 3:5 4:3 6:-1 8:5
a:weg 0:-7 1:8 3:-2 4:6 5:-1 7:5 8:1
a:wegen 0:2 4:-1
a:weggelegd 4:2 8:-1
a:wegwerkt 0:-3 2:4
a:weinig 0:-16 1:34 3:-6 4:10 5:8 6:-2 7:-6
a:weken 0:4 4:1 6:-3 7:15
a:wel 0:-4 1:1 2:-3 4:8 5:-5 6:-5 7:7 8:4
a:weleens 0:2
a:welk 0:-1 1:-5 2:7 3:-1 5:13 6:10 8:8
a:welke 0:-6 2:4 4:-4 5:8 6:8 7:-2 8:4
a:welkom 0:12 5:-1
a:welzijn 0:5 1:-2 5:-3 6:3 7:-1 8:6
a:werd 0:7 5:-1 6:-1
a:wereld 0:2 1:-2 4:-2 5:-1 8:6
a:werk 0:14 1:-1 2:-5 4:2 5:-4 6:-6
a:werken 0:-11 1:2 3:-2 4:14 7:-5 8:20
a:werkervaring 3:3
a:werkexploratie 0:4
a:werkgever 0:2 1:-4 8:4
a:werkgevers 0:4 4:-1 5:4 8:-3
a:werkhouding 0:-3 1:14 8:-2
a:werkplaats 0:1 1:5 3:1 4:-1 8:-2
a:werkplek 0:-4 3:7 4:2 6:3 7:-2 8:-1
a:werkstuk 1:-2 2:5 8:-1
a:werkt 0:6 1:12 3:12 4:-3 5:2 7:-4 8:-5
a:werkte 0:3
a:werktempo 0:-4 1:7
a:werkveld 0:2
a:werkvelden 0:4
a:werkvloer 0:-2 1:2 2:4 4:8
a:weten 1:-1 5:28 6:-2 7:-11
a:wetenschappen 8:3
a:wezenlijk 0:6 1:-1 4:-2
a:wie 0:-13 1:-10 2:2 3:4 5:10 6:-3 7:65 8:-10
a:wij 0:-7 7:5 8:14
a:wijk 0:-1 3:-1 4:3
a:wijs 0:4 5:-2
a:wijst 0:10 8:-1
a:wijzen 0:2
a:wil 0:-30 1:-18 2:-9 4:6 5:4 6:-4 7:5 8:4
a:wilde 0:11 1:-2 3:3 8:-1
a:willen 0:1 1:-5 4:7 7:-3
a:wilt 0:18 1:-3 2:9 5:20 6:-2 7:-2 8:-12
a:winkel 1:2 8:-1
a:wiskunde 0:7 1:-4 2:-1 3:2 7:-5 8:10
a:wisselen 1:-1 7:5 8:4
a:wist 0:-3 3:4
a:wo 0:-1 8:3
a:woensdag 0:-1 7:9 8:-6
a:wonen 0:5 5:1
a:woord 6:4
a:woorden 0:11 1:5 2:1 4:-2 8:-2
a:woordenschat 0:-2 1:7 7:-2 8:-1
a:word 0:-10 1:-5 3:-3 4:5 7:8 8:14
a:worden 1:-2 4:5 5:-4 6:-4 7:9 8:14
a:wordt 0:-3 1:8 3:-8 4:-5 5:-6 7:4 8:8
a:z'n 0:-1 7:3
a:zaak 0:2
a:zag 0:16 2:2 3:-2 5:2 7:-1 8:-7
a:zakken 2:4
a:zakt 0:-5 1:2 8:1
a:zal 1:-4 4:6
a:zat 3:3
a:ze 0:2 1:10 2:-6 3:7 5:2 6:-5 7:-4 8:-10
a:zee 0:6 7:-1
a:zeg 0:-2 1:-2 2:5 3:-1 7:17 8:6
a:zeggen 0:7 1:-3 3:5 8:-4
a:zegt 0:21 3:-8 4:-3 7:-7 8:2
a:zei 0:25 1:-9 2:6 5:-1 6:2
a:zeker 0:-5 1:-1 8:7
a:zekere 8:1
a:zekerheid 4:-1 8:6
a:zelden 0:-1 4:8 8:-4
a:zelf 0:36 3:1 4:6 5:-3 6:-8 7:7 8:-1
a:zelfstandig 0:-1 1:8 3:3 4:-2 8:-3
a:zelfstandigheid 1:5 3:5 6:-1
a:zelfstudie 1:1 4:-1
a:zelfvertrouwen 1:2
a:zes 2:-1 6:5
a:zet 0:-10 2:5 3:3 4:-2 6:2 7:-1 8:-3
a:zette 0:2 1:-2
a:zetten 0:-8 1:-2 2:-1 6:10 8:14
a:zich 0:-18 2:-4 4:6 5:8 6:-4 7:-3
a:zicht 2:3
a:zichtbaar 0:8 6:4 7:-2 8:-2
a:zichzelf 0:-4 1:5 3:-2 4:-3 7:9
a:zie 0:2 4:-2 5:-3 6:4 7:3 8:6
a:ziek 0:-5 5:6
a:ziekenhuis 0:-3 4:6 5:-6 7:3 8:5
a:ziekte 0:-2 5:2
a:zien 0:13 3:2 4:-5 5:-3 7:-4 8:-10
a:ziet 0:12 1:-2 6:5 7:-2 8:-4
a:zij 0:-6 1:6 3:14 5:-2 8:3
a:zijn 0:6 1:-14 3:-12 4:20 5:11 6:3 8:-17
a:zijpaneel 0:1
a:zin 1:-4 5:5 6:4 7:-2 8:5
a:zinnen 0:-3 6:6
a:zit 0:-15 1:4 4:2 5:-4 8:5
a:zitten 0:3 1:14 2:-2 3:-3 4:-3 5:3 6:-3 7:1
a:zo 0:-14 1:24 2:-2 3:-6 5:9 6:3 7:6 8:-15
a:zo'n 1:5 3:1 4:15 5:-2 6:-3 7:-2 8:-4
a:zoals 0:-5 1:1 4:21 5:-1 7:-3 8:2
a:zocht 8:3
a:zodat 0:-14 1:6 2:4 4:-2 5:5 6:12 7:-5 8:-4
a:zodra 6:3
a:zoek 0:-1 1:10 2:2 7:-5 8:13
a:zoeken 0:1 1:16 5:5 6:-2 8:-3
a:zoekt 0:3 1:-3 7:1
a:zomer 0:-7 1:-1 3:3 5:5 6:-1 7:7 8:1
a:zonde 0:-9 2:1 3:-4 4:-2 8:28
a:zonder 0:15 3:8 5:2 6:-5 7:35 8:-15
a:zoon 1:3 3:4 4:-2
a:zorg 1:3 3:2 4:-1 5:-5 6:12 7:-2 8:18
a:zorgcoordinator 0:4 5:-3
a:zorgen 0:6 1:-2 3:6 7:-6
a:zorgvuldig 0:3 1:-2
a:zorgzaam 0:-2 2:4 4:1
a:zou 0:-16 1:-2 4:9 5:12 7:2 8:18
a:zoveel 3:6 6:8 8:-4
a:zullen 7:3
a:zus 0:-5 3:19 4:-2 8:-4
a:zwaar 0:4 1:8 4:-2 5:-1 8:-2
a:zwaarst 0:3 1:-1 8:-2
a:zwak 0:-4 1:7 4:2 7:-3
a:zwakke 1:8 3:-1
a:zwakte 0:2 7:-1
a:zware 0:3 1:3
b:%_gevuld 2:-2 6:4
b:%_van 2:4 3:3
b:/_<grade> 0:-2 6:3
b:<grade>_/ 0:-2 6:3
b:<grade>_? 0:-4 1:-2 2:12 6:-2 8:6
b:<grade>_al 1:7 2:-1 4:-2
b:<grade>_april 0:11 7:-6
b:<grade>_b 0:-1 3:2
b:<grade>_buiten 0:1
b:<grade>_daarna 0:2
b:<grade>_de 0:15 1:1 4:1 6:-3 8:-2
b:<grade>_een 0:-4 2:5
b:<grade>_en 0:4 2:-6 3:2 7:-2 8:4
b:<grade>_f 0:-3 1:3 2:9 6:-2 8:-1
b:<grade>_februari 0:3 2:-2 3:-1 6:-1 7:3
b:<grade>_gaan 2:1
b:<grade>_gemiddeld 0:-2 2:8 3:-1
b:<grade>_haalt 2:5
b:<grade>_havo 0:-3 1:-1 3:14
b:<grade>_in 0:-3 2:7
b:<grade>_is 1:-4 7:-1 8:8
b:<grade>_kader 0:-2 3:4
b:<grade>_kom 1:-1 2:3
b:<grade>_kun 0:5 8:-1
b:<grade>_laten 1:-3 8:4
b:<grade>_loopbaanopdrachten 2:-1 6:2
b:<grade>_maart 7:7 8:-3
b:<grade>_mei 0:21 2:-6 4:-1 6:-3 7:13 8:-2
b:<grade>_naar 0:-2 2:7
b:<grade>_of 0:-7 2:9 4:6
b:<grade>_onderdelen 6:3
b:<grade>_op 2:2
b:<grade>_opdrachten 6:6 7:-1
b:<grade>_over 0:-1 2:1
b:<grade>_staat 6:3
b:<grade>_te 0:-5 1:-2 2:3 6:2 7:-2 8:5
b:<grade>_tot 0:5 2:-6 6:2
b:<grade>_uit 0:-4 2:1
b:<grade>_uitkomt 2:1
b:<grade>_van 0:-11 3:5 4:-4 6:31
b:<grade>_vmbo 0:-2 1:4
b:<grade>_vmbo-t 3:1
b:<grade>_voor 0:-13 1:-11 2:48 4:-3 5:-1
b:<grade>_vwo 0:-4 1:4 3:4
b:<grade>_wat 6:1
b:<grade>_welke 0:1 1:2 2:-2
b:<grade>_zodat 2:2
b:<num>_% 0:-4 1:-2 2:3 3:2 5:-3 6:16 7:-2
b:<num>_e 7:6
b:<num>_januari 0:1 6:-1 7:9 8:-5
b:<num>_lob-uren 0:-1 6:2
b:<num>_procent 0:-2 2:2 3:2 6:5
b:<num>_punten 2:2 3:-1
b:<num>_studie 0:1
b:<num>_uur 0:-2 2:-1 6:4 7:4 8:-1
b:<num>_van 0:-3 3:3 6:2
b:^_<grade> 2:-2 6:4
b:^_aan 0:6 7:-2 8:2
b:^_aangezien 1:7 4:-1 8:-3
b:^_aanmelden 0:9 7:-2
b:^_achter 0:2
b:^_advies 0:-1 8:3
b:^_adviseer 0:-7 7:-2 8:14
b:^_afvinken 0:3 8:-1
b:^_akkoord 0:-1 8:3
b:^_als 0:8 1:-24 2:6 4:59 5:-12 6:-5 7:35 8:-11
b:^_andere 0:-7 3:16 4:-1 7:-3
b:^_anderen 0:-4 3:7
b:^_anders 0:-3 5:4 6:3 8:-1
b:^_bakkers 0:1
b:^_balen 0:2
b:^_bbl'ers 0:-1 1:-2 4:4
b:^_beantwoord 0:4 8:-1
b:^_bedenk 0:-1 7:8
b:^_begin 0:-4 1:4 8:6
b:^_bekijk 0:10 1:-4 2:2 4:-2
b:^_ben 0:3 1:-9 4:-4 5:31
b:^_bent 0:-2 4:-1 5:7 7:6
b:^_bereid 0:5 1:-1
b:^_beschrijf 0:8 7:-1
b:^_besef 0:-8 1:3 3:-1 5:-3 7:19 8:-1
b:^_bespreek 1:8 2:5 3:3 5:8 7:-4 8:-3
b:^_bij 0:34 2:5 4:5 5:-20 6:-5 7:4 8:-6
b:^_bijna 0:-3 3:11
b:^_blijf 3:2 7:4
b:^_blow 1:-1 5:5 8:-1
b:^_boos 0:2 5:-1
b:^_breng 0:1 1:2
b:^_check 6:1
b:^_contact 0:5
b:^_contacten 0:4 4:-2
b:^_creatief 1:7 7:-1 8:-3
b:^_daan 3:3
b:^_daar 0:18 1:-1 2:5 4:-4 5:-2 7:2 8:-5
b:^_daarna 4:-2 5:3 6:-2 7:13 8:-3
b:^_dan 0:-16 1:-3 4:-6 5:28 6:5 7:10 8:-6
b:^_dat 1:-17 3:-5 4:-1 5:45 7:-5 8:28
b:^_de 0:16 1:1 2:-2 3:26 4:-12 5:-3 6:-14 7:16
b:^_deel 0:1
b:^_denk 0:-10 3:3 5:4 6:-1 7:24 8:-4
b:^_deze 0:-14 3:2 4:5 5:-1
b:^_die 0:-20 1:-4 3:3 6:-2 7:4 8:32
b:^_dit 0:-11 1:-1 2:8 4:6 5:-2 6:10 7:12
b:^_doe 0:-20 3:2 5:1 6:-3 7:-2 8:25
b:^_doorstromen 0:-1 8:1
b:^_draag 0:-2 5:3
b:^_drie 0:-1 2:2 6:2
b:^_drink 0:-3 5:7
b:^_drinkt 0:-7 5:9
b:^_dus 1:-1 4:-1 7:5
b:^_echte 1:-1 4:7 8:-1
b:^_economie 0:9 8:-4
b:^_een 0:54 1:-13 2:3 3:-2 4:31 5:-8 7:-2 8:3
b:^_eerlijk 0:-11 1:5 4:-7 7:6 8:15
b:^_eerst 8:2
b:^_eerstegeneratiestudenten 0:9
b:^_eet 0:-4 1:-2 4:-1 5:17
b:^_elke 0:1 1:-1 7:5
b:^_en 5:1 7:2 8:-1
b:^_energie 0:1
b:^_er 0:9 1:1 3:-2 4:-4 5:-2 7:4 8:-3
b:^_even 0:-4 5:1 6:7 7:-4 8:4
b:^_ff 6:2
b:^_fijn 0:-13 2:2 3:7 4:-1 5:-1 6:3 8:-1
b:^_foute 0:2
b:^_ga 1:-9 2:2 3:1 4:-6 5:-6 6:-4 7:4 8:5
b:^_gaat 3:-1 7:3
b:^_gamen 0:-3 4:-2 5:11
b:^_gebruik 0:-3 5:5 6:2
b:^_geef 0:7 1:4 2:-3 8:3
b:^_geen 0:-7 1:18 3:6 4:-9 6:-4 7:9 8:-3
b:^_gefeliciteerd 0:5
b:^_geld 0:2
b:^_geloof 0:-2 7:-2 8:6
b:^_gemiddeld 0:5 8:-1
b:^_geneeskunde 0:-2 1:-4 4:-2 8:19
b:^_gezien 0:-7 1:21 3:-2 4:2 5:-1 6:1 7:1 8:-1
b:^_goed 0:9 1:3 4:-1 5:-1 7:-2 8:-1
b:^_graag 0:-2 6:2
b:^_groei 0:1
b:^_gymnasiasten 0:-2 4:4 8:-1
b:^_haalt 0:-2 2:-2 5:8
b:^_havisten 0:-3 3:-3 4:15 6:1 7:1
b:^_havo 0:8
b:^_hbo 0:3
b:^_heb 0:-18 1:-4 3:-1 4:4 5:19 6:22 8:-4
b:^_hebben 0:-1 5:4 6:1
b:^_heeft 1:-3 3:-2 5:16 6:6 7:-2
b:^_helpt 0:-6 5:9
b:^_herken 0:-3 1:9 3:-1 4:5 5:-2 8:-1
b:^_het 0:55 1:-4 2:2 4:-6 5:-15 6:9 8:1
b:^_hier 0:7 1:-1 6:-1 8:-1
b:^_hij 0:-12 1:22 4:5 7:-3 8:-5
b:^_hoe 0:13 1:20 3:4 4:-17 5:11 6:-9 7:-2 8:-3
b:^_hoeveel 0:6 1:-3 2:5 4:-1 5:-4 6:13
b:^_hoor 0:23 2:2 5:-2 7:-2 8:-3
b:^_houd 4:9 8:3
b:^_iedereen 0:-4 1:-6 7:20
b:^_iemand 1:3 4:-1 8:-1
b:^_iets 0:4
b:^_ik 1:-22 2:-6 3:-6 4:-13 5:2 6:6 7:8 8:13
b:^_in 0:46 1:4 3:6 4:-12 5:-9 6:-4 8:-4
b:^_indirecte 0:3
b:^_ingenieurs 0:-6 5:3
b:^_initiatief 0:-1 1:3
b:^_is 0:-17 1:-8 2:1 5:2 6:16 7:2 8:-13
b:^_jammer 1:2 8:-2
b:^_je 0:29 1:46 2:16 3:52 4:-39 6:-8 7:-3 8:-34
b:^_jij 0:-16 1:22 3:-7 4:17 5:-3 6:3 7:-6 8:38
b:^_jongens 0:-3 1:-5 3:-4 4:20 7:2
b:^_jongeren 0:-1 4:1
b:^_journalisten 0:3 4:-2
b:^_jouw 0:-9 1:18 2:2 3:17 4:-6 6:2 7:-3
b:^_jullie 0:4 1:-2 3:-4 4:4 5:-7 6:2 8:-4
b:^_kaderleerlingen 1:-4 4:5
b:^_ken 0:2
b:^_kent 0:2 5:-2
b:^_keuzes 0:3 3:-2
b:^_kies 0:-5 1:-2 2:4 4:-8 5:-1 6:4 7:14 8:18
b:^_kiezen 0:9 1:-2 4:-2
b:^_kijk 0:-13 2:2 3:29 5:10 6:4 7:-2 8:-5
b:^_kinderen 0:-5 3:-2 4:9 5:-1
b:^_klaar 0:-2 6:6 8:-2
b:^_klasgenoten 0:5 3:-5
b:^_klinkt 4:-2 8:3
b:^_klopt 0:3 1:2 2:4 3:-3 4:1 7:-3 8:-2
b:^_knap 0:10 7:-2 8:-2
b:^_kom 0:3 4:2
b:^_komt 0:-1 5:3
b:^_kopieer 6:7 8:-2
b:^_koppelt 0:10 6:-2 8:-1
b:^_krijg 0:-4 5:12 6:-3
b:^_krijgen 4:-1 5:4 7:-1
b:^_kritiek 0:2 1:-1
b:^_kruis 0:-6 6:13 7:-1 8:-4
b:^_kun 1:-3 2:3 5:10 8:-2
b:^_kunnen 0:-2 1:-5 4:-1 5:13
b:^_kunstacademie 8:1
b:^_kunt 0:2
b:^_kwaliteiten 0:6 2:-2 6:-2
b:^_laat 0:5 1:-8 3:3 4:-5 5:-5 6:14 7:-17 8:9
b:^_laten 0:-2 1:3 2:12 3:1 6:-1 7:-2 8:10
b:^_leerlingen 0:-2 1:-4 3:-1 4:15
b:^_leg 0:-11 1:7 2:3 3:9 4:-3 6:-3 7:-2 8:2
b:^_leren 0:2 1:5 4:-4 8:-1
b:^_let 0:-10 5:5 7:2
b:^_leuk 0:-18 1:14 2:3 3:1 6:4 7:-2 8:-1
b:^_leven 0:-1 5:2
b:^_lever 0:-6 6:10 7:5 8:-3
b:^_lezen 1:2
b:^_lijkt 0:11 1:-2
b:^_lijn 0:8 5:-1 6:-3
b:^_loop 0:3 2:2 6:2
b:^_loopbaanbegeleiding 0:3 6:-2
b:^_loopbaansturing 0:7 2:-1 5:-2
b:^_los 0:2 2:-2
b:^_luister 0:11 5:-2 7:-1 8:-3
b:^_lukt 0:-2 1:-3 3:4 5:3 7:2
b:^_maak 0:-15 1:8 2:2 3:-2 6:3 7:9 8:-2
b:^_maakt 0:6 7:-1
b:^_maar 0:-5 1:4 2:3 4:3 8:-1
b:^_mag 0:-2 5:4
b:^_meiden 0:-3 3:-6 4:22 6:1 7:2
b:^_meisjes 4:4 5:-1
b:^_meld 0:-4 1:-1 7:7 8:2
b:^_mens 0:9 8:-2
b:^_mensen 0:-4 4:4
b:^_mentor 0:2 2:2
b:^_merk 0:1
b:^_met 0:-17 1:17 2:19 3:-8 4:29 5:-18 7:-5 8:17
b:^_mijn 0:3 2:1 7:-1 8:14
b:^_mis 6:-2 7:7
b:^_misschien 1:2 2:1 3:-2 5:2 7:-1
b:^_mist 6:2
b:^_moet 0:-2 5:3 6:-3 7:7
b:^_mooi 1:2 3:2 5:-2 6:1 8:-3
b:^_mooie 0:-1 5:5
b:^_motieven 0:4
b:^_na 0:18 6:1 8:6
b:^_naar 0:-2 1:-2 8:6
b:^_natuur 0:13 8:-3
b:^_nederlands 0:9 1:-2 4:-2
b:^_neem 0:3 1:-2 3:4 5:5 6:-2 7:-4 8:18
b:^_negen 3:3 4:-2
b:^_netwerken 0:1
b:^_niemand 0:11 7:-1 8:-3
b:^_niet 0:16 1:-7 2:1 3:-1 4:-3 7:-2 8:6
b:^_nieuwe 0:1
b:^_nieuwkomers 0:-8 4:11
b:^_nieuwsgierigheid 0:5 8:-3
b:^_niveau 1:-4 7:-1 8:8
b:^_nodig 0:5 4:-2
b:^_noem 0:3 1:6 2:4 7:-2
b:^_nog 0:-3 1:-4 2:-2 4:2 6:23 7:18
b:^_noteer 0:-5 1:8 5:7 6:8 7:-2 8:-1
b:^_nu 0:3 1:8 2:-5 4:-2 5:2
b:^_omdat 0:-19 1:24 2:2 3:2 4:36 5:-5 7:-5 8:-11
b:^_ontdekken 0:1
b:^_onthouden 0:-1 1:3
b:^_ook 0:10 3:2 7:-3
b:^_op 0:13 2:-9 3:17 5:-2 6:3 7:-5 8:3
b:^_open 0:2 1:2 5:-2
b:^_opent 0:4
b:^_ouders 0:7 5:-2 7:-1 8:-1
b:^_over 0:4 1:-3 3:-2 7:5
b:^_overstappen 0:4 7:-1 8:-2
b:^_pak 0:-4 2:3 8:3
b:^_past 0:7 1:-3 5:-3
b:^_plannen 0:-3 1:8 8:-2
b:^_praat 5:1
b:^_praktijkleerlingen 0:-3 4:5
b:^_praktijkonderwijsleerlingen 1:-2 4:3
b:^_praktijkschoolleerlingen 0:-3 1:-2 4:7
b:^_probeer 0:7 1:-6 7:-1 8:2
b:^_rechten 0:-1 1:-1 4:-5 7:-4 8:17
b:^_reflecteren 0:1
b:^_reken 1:-1 2:7 7:1
b:^_rekenen 0:3 1:2
b:^_ren 0:5 3:-1
b:^_rond 2:-2 6:2
b:^_rook 0:-2 5:3
b:^_ruimte 0:3
b:^_samen 0:2
b:^_samenwerken 0:-3 1:6 8:-1
b:^_sanne 0:-3 3:8 6:-3
b:^_scheikunde 0:2
b:^_schiet 3:-4 7:11
b:^_schrap 8:3
b:^_schrijf 0:7 1:7 2:-2 5:5 6:12 7:-7 8:-4
b:^_sinds 0:-2 5:4
b:^_sla 5:2
b:^_slaap 5:8
b:^_slagen 0:8
b:^_slik 0:-4 5:8
b:^_snel 1:3 4:-1 6:2
b:^_sociaal 1:5 4:-2
b:^_sommige 0:12 3:-5 4:-3 5:4
b:^_soms 0:12 2:1
b:^_sorry 0:-3 5:5 8:2
b:^_speelt 3:-1 4:2
b:^_sport 5:2
b:^_spreekt 0:7 4:2 5:-2
b:^_sta 3:-4 5:-1 6:6
b:^_staat 2:1 5:3 6:-2
b:^_stage 5:-1 8:4
b:^_stagebedrijven 0:-2 5:2
b:^_stap 0:-5 2:-1 3:-3 6:8 8:6
b:^_statushouders 0:-2 4:6
b:^_stel 0:23 1:-5 2:5 4:5 7:-5 8:-2
b:^_sterk 0:2
b:^_stilzitten 0:-4 1:5
b:^_stop 0:-2 1:-1 7:-1 8:11
b:^_stoppen 8:4
b:^_straks 3:-3 7:6
b:^_studeren 8:1
b:^_stuur 0:-2 5:-2 6:7 8:6
b:^_switchen 8:2
b:^_taal 1:2 4:-1
b:^_te 0:5
b:^_techniek 0:-2 1:3 4:2 8:-1
b:^_teken 6:6 8:-2
b:^_tel 0:-4 2:2 6:5
b:^_teleurgesteld 0:1 7:-1
b:^_theorie 1:10 4:-2 7:-3
b:^_thuis 0:5 3:4 5:-5
b:^_tijd 0:-5 2:1 3:2 7:5
b:^_tijdens 0:2 1:1 5:-1
b:^_tik 0:-5 7:9
b:^_tip 0:13 7:-4 8:3
b:^_toch 0:-5 3:5 8:1
b:^_trialoog 0:2
b:^_turkse 0:-3 4:5
b:^_tussen 0:7 1:-2 3:-1
b:^_twee 0:-3 1:7 3:-1
b:^_twijfel 0:22 1:-1 2:1 5:-1 7:-6
b:^_twijfelen 0:4 8:-2
b:^_typisch 0:-5 3:-2 4:21 6:1
b:^_u 0:2 1:3 2:-1 3:-8 7:-6 8:6
b:^_uit 0:-3 8:7
b:^_uiterlijk 3:-1 7:3
b:^_upload 0:-2 6:8 7:-4
b:^_uw 1:3 2:3 3:11 4:-2 6:-1
b:^_van 0:11 1:1 2:4 3:7 4:-3 5:-1 6:-3 8:-5
b:^_vandaag 1:-1 2:1 7:2
b:^_veel 0:10 1:-2 3:-3 4:4 5:-1 6:-1 8:2
b:^_verbindt 0:5
b:^_verder 0:-1 8:5
b:^_vergeet 0:-6 1:-1 7:2 8:9
b:^_vergeleken 0:-5 1:-2 3:23 4:-2 7:-1
b:^_vergelijk 0:7 1:-2 8:-2
b:^_verpleegkunde 1:-1 8:2
b:^_verrassingen 0:2
b:^_vertel 0:-15 2:9 4:-2 5:24 6:-4 7:-1
b:^_verwachtingen 0:5 2:-1
b:^_vind 0:2 1:-4 4:-1 5:3 7:2
b:^_vink 0:-2 6:6 8:-1
b:^_vmbo 0:2
b:^_voel 0:-7 3:4 5:7
b:^_voelt 0:9 3:-4 5:-4
b:^_volgens 0:-3 3:-2 5:1 6:1 8:17
b:^_voor 0:-13 1:-3 2:-2 3:13 4:48 6:7
b:^_voorkeuren 0:4
b:^_vorig 0:-1 3:8
b:^_vraag 0:-20 2:2 4:-5 5:26 6:-4 7:-8 8:8
b:^_vrouwen 0:-3 4:6 5:-1
b:^_vso-leerlingen 0:-4 4:6
b:^_vul 0:-9 5:5 6:14 7:-2
b:^_vwo 0:-1 3:-3 8:10
b:^_vwo'ers 3:-4 4:9 8:-2
b:^_waar 0:24 1:5 2:-3 3:2 4:-1 6:-3 8:-4
b:^_waarom 0:-31 1:14 3:15 4:-6 5:5 6:-2 7:-3 8:22
b:^_wacht 0:-3 3:-1 7:6 8:-1
b:^_wachten 0:5
b:^_wanneer 0:4 1:-2 5:-4 6:5 7:11 8:9
b:^_wat 0:42 1:36 2:27 3:1 4:-5 5:-17 7:-15 8:-2
b:^_we 0:6 2:3 3:-2 4:-4 6:2 7:-8 8:-2
b:^_weet 0:-12 1:8 4:1 5:3 7:14 8:-2
b:^_welk 0:24 1:1 2:15 3:-8 4:11 5:-16 6:-7 8:-12
b:^_welke 0:20 1:-13 2:-2 4:11 5:-9 6:5 7:-17 8:4
b:^_werk 0:15 3:-1 5:-4
b:^_werken 0:6 1:-2 4:-2 5:-1 8:2
b:^_werkexploratie 0:5 4:-1
b:^_werkgevers 5:4 7:2
b:^_wie 0:12 3:6 4:4 5:-14 6:-2 7:38 8:-3
b:^_wij 0:-4 1:-1 7:-2 8:12
b:^_wil 0:-3 1:-4 2:1 3:-3 4:-7 5:13 6:2 7:17
b:^_wiskunde 0:-4 1:4 8:1
b:^_wist 0:-9 5:5
b:^_woon 0:-2 5:4
b:^_word 0:-5 2:4 5:2 7:-1 8:4
b:^_wordt 0:-2 5:3
b:^_ze 0:-6 1:19 5:1
b:^_zeg 0:1 1:-2 2:5 3:-1 4:2 5:-1 6:-3 7:14
b:^_zegt 0:10 3:-1
b:^_zelfstandig 1:4 8:-2
b:^_zet 0:-11 1:4 2:4 3:11 5:3 7:-2 8:-3
b:^_zeventig 3:3
b:^_zie 0:8 1:-1 3:-2 5:-8 6:2 8:-2
b:^_zij 0:-19 1:10 3:8 4:2
b:^_zijn 0:-6 3:6 4:-3 5:1 6:6
b:^_zit 0:4 4:2 5:7 6:-2
b:^_zo 0:-3 6:13
b:^_zo'n 0:-4 3:-5 4:12 8:2
b:^_zoals 0:-3 3:-1 4:5
b:^_zoek 0:10 1:2 4:2 5:-2 7:-3
b:^_zonde 0:-5 3:-3 8:12
b:^_zonder 0:-10 1:17 3:-2 4:-4 6:-3 7:19 8:2
b:^_zorg 0:10 1:-2 4:-3 5:3 6:12 7:2 8:-10
b:^_zou 0:-14 1:3 2:9 3:8 4:4 5:-2 6:-2
b:^_zullen 0:6 1:-3 2:1 5:-3 6:-1 8:9
b:a_dan 7:-2 8:5
b:aan_? 0:-26 1:-1 2:8 3:2 4:10 5:-2 6:-7
b:aan_als 0:3
b:aan_anders 0:-3 7:4
b:aan_beroepen 0:7
b:aan_bij 8:2
b:aan_dan 0:1
b:aan_dat 0:4 1:-3 2:4 7:-1 8:4
b:aan_de 0:2 1:-1 2:-2 3:7 4:14 5:-2 6:2 8:-5
b:aan_die 7:1 8:2
b:aan_dit 0:2
b:aan_doen 0:-6 1:6 4:-2 7:5
b:aan_doorzettingsvermogen 0:-1 1:5
b:aan_een 2:3 3:-3 4:-2 5:6 6:-2 7:1 8:-3
b:aan_en 0:2
b:aan_gedacht 0:-2 4:5 5:-1
b:aan_het 0:13 1:-3 5:4
b:aan_iemand 0:6 1:-2
b:aan_iets 0:-1 4:4 8:-3
b:aan_in 0:17 1:-8 5:-4
b:aan_je 0:-11 1:22 3:-1 5:5 6:7 7:2
b:aan_jezelf 1:-1 5:2 7:3 8:-1
b:aan_jou 1:4 8:-1
b:aan_kiezen 0:3 4:-1
b:aan_klasgenoten 0:1
b:aan_later 0:-3 1:-1 5:8
b:aan_lob 3:3 5:1 6:3
b:aan_loopbaanbegeleiding 0:3 1:-1 6:-1
b:aan_motivatie 0:-1 1:5 5:-1
b:aan_nemen 3:2
b:aan_niveau 3:2
b:aan_op 1:-2 7:-2 8:8
b:aan_tafel 0:2
b:aan_te 0:-3 1:3 5:3 6:3 7:12 8:-10
b:aan_techniek 0:1 4:2 8:-2
b:aan_vast 0:3 7:2
b:aan_volgend 0:1
b:aan_voor 7:-2 8:6
b:aan_wat 6:6 8:-4
b:aan_welk 0:3
b:aan_welke 0:-8 1:3 4:1 6:14 7:-4 8:-2
b:aan_werk 1:4 5:-3
b:aan_wie 0:6 6:-1 7:-3
b:aan_zichzelf 0:-5 7:9
b:aangenomen_bij 0:3
b:aangenomen_en 0:-2 8:3
b:aankan_en 4:4
b:aankan_zodat 0:-4 1:6 6:-2
b:aankunt_? 0:-1 1:1 2:2 5:3
b:aanleiding_om 0:2 2:-2
b:aanleiding_zijn 0:2
b:aanmelddeadline_is 0:1
b:aanmelden_? 0:-2 4:-2 8:10
b:aanmelden_kan 0:2
b:aanmelden_voor 0:7 2:-1 6:-1 7:-2
b:aanmelding_sluit 0:3
b:aanmelding_voor 0:-2 7:2
b:aanmeldt_? 0:1 7:1
b:aanmeldt_bij 0:-8 2:5 7:5 8:-2
b:aanmeldt_heeft 0:10 7:-6
b:aanmeldt_voor 0:-1 2:2 7:2 8:-2
b:aanpak_? 1:1
b:aanpakken_? 0:1
b:aansluiten_bij 0:2 1:-2
b:aanspreken_? 0:3 1:-1 5:-1
b:abstract_denken 1:4 4:-1
b:abstracte_denkvermogen 1:2
b:achten_en 0:-2 2:4
b:achter_? 3:2
b:achter_bij 0:-7 3:2 4:1
b:achter_de 0:21 1:6 2:-1 3:-2 4:-3 8:-2
b:achter_een 1:-3 3:-6 4:3 8:11
b:achter_het 3:-3 7:6
b:achter_je 0:3 6:2 7:5 8:-7
b:achter_met 1:2
b:achter_op 0:-3 1:-1 3:8
b:achter_te 3:1
b:achteraf_anders 0:2 7:-2
b:achteraf_niet 0:2 1:-1
b:achterblijft_bij 1:-2 3:4
b:achtergrond_ligt 4:3
b:achtergrond_lijkt 0:-2 4:3
b:achterstand_in 0:8 1:-2 2:4 4:-2
b:adhd_ben 0:-3 1:-6 4:14 8:-2
b:adhd_is 1:-6 4:8 8:-1
b:adhd_of 4:-1 5:2
b:adhd_zijn 0:-6 4:7
b:administratief_werk 1:2
b:advies_dat 0:-1 8:4
b:advies_is 0:-1 8:2
b:advies_kies 0:-1 8:2
b:advies_laat 8:1
b:advies_over 4:-2 8:4
b:advies_van 0:18 1:-1 3:-5 8:-3
b:advies_zou 0:2
b:adviseer_de 0:-4 8:6
b:af_? 0:-8 2:9 4:-1 6:5
b:af_als 0:-5 1:-2 7:8
b:af_bij 0:-3 1:6 4:-2
b:af_dan 0:2 1:-1 7:7 8:-2
b:af_dus 1:3 8:-1
b:af_en 1:6 3:2 6:-2
b:af_in 6:1
b:af_is 7:1 8:1
b:af_om 0:-2 7:-3 8:7
b:af_te 1:4 5:-2 6:1 7:-4 8:2
b:af_van 2:2
b:af_welk 1:2
b:af_welke 0:3 8:-2
b:afgebroken_stage 0:-1 7:9 8:-2
b:afgeleid_en 1:1
b:afgeleid_is 1:6 4:-2
b:afgelopen_jaar 0:1
b:afgelopen_week 0:2
b:afgerond_? 0:2 5:-1
b:afgerond_en 0:-2 5:-1 6:4
b:afgerond_waar 0:2
b:afgerond_wat 0:3 3:-1
b:afgesproken_? 0:1
b:afgesproken_dat 5:-2 8:4
b:afgevallen_sinds 5:2
b:afgewezen_voor 0:3
b:afhaakt_als 0:-2 1:4
b:afmaakt_? 0:-3 7:6 8:7
b:afronden_? 2:-1 6:4
b:afronden_van 7:2
b:afspraak_met 7:4
b:afspreken_dat 0:-4 1:-2 8:11
b:afstuderen_met 0:2
b:aftekenen_? 6:1
b:aftekenen_door 6:2
b:afvinken_voor 0:-1 6:4 7:-1
b:afwezig_bent 1:-1 5:3
b:afwijzing_is 0:2 7:-1
b:afwijzing_voor 0:7 5:-2
b:afwijzing_zegt 0:3 1:-1
b:akkoord_? 0:-1 8:3
b:al_? 0:2 3:-2 6:4
b:al_aan 1:-4 3:3 4:6 5:2 6:-2 8:-1
b:al_afgerond 0:-2 5:-1 6:4
b:al_bekeken 0:4 6:-2
b:al_beter 3:4 4:-3
b:al_bij 0:-7 3:7 5:7
b:al_compleet 5:-2 6:8
b:al_dat 0:2 7:3 8:-2
b:al_die 0:9 1:-1 3:-1 5:-2 6:-1 7:1
b:al_door 0:-1 6:1
b:al_drie 0:-9 1:6 2:3 3:13 6:-4 8:-1
b:al_een 0:-6 1:7 3:11 4:-3 5:3 6:-3 7:-5 8:7
b:al_eens 0:2 4:5
b:al_gedaan 0:3
b:al_gekozen 3:-1 7:6
b:al_gemaakt 3:-1 6:3 8:5
b:al_geregeld 0:-2 7:2 8:3
b:al_geregistreerd 6:1
b:al_gezien 0:1
b:al_heeft 0:-2 3:-2 6:9 7:-2
b:al_heel 0:-6 4:8
b:al_helemaal 6:2
b:al_in 0:-2 1:3 3:3 4:-1 6:2 7:2
b:al_ingeleverd 0:-1 6:2
b:al_is 0:9 1:-2 3:3 6:-2 8:-2
b:al_jaren 1:3
b:al_je 0:-2 3:1 6:1
b:al_kent 0:4
b:al_lang 3:1
b:al_laten 0:-1 5:-1 6:3
b:al_met 7:-1 8:4
b:al_naar 0:-1 5:2
b:al_op 6:9
b:al_over 4:5 5:-1
b:al_precies 0:-2 3:3
b:al_rond 3:2
b:al_te 0:5 1:-3 5:-3 7:6
b:al_twee 0:-10 1:15 6:-4 7:4
b:al_van 0:5 5:-1
b:al_veel 0:9 3:-2 4:-1 8:-1
b:al_voor 5:2 8:2
b:al_wandelend 0:4 6:-1
b:al_wat 0:1 3:1 7:-1
b:al_weet 0:8 3:-3
b:al_wel 0:-3 1:-2 3:6
b:al_welk 0:-2 1:-1 2:-1 3:6
b:al_weten 0:9 3:3 7:-1 8:-2
b:al_zelfstandig 0:-3 3:4
b:al_zijn 3:2 6:-2
b:alcohol_of 0:-2 4:1 5:2
b:allang_wat 0:-3 3:4
b:alle_deuren 0:-2 7:-3 8:7
b:alle_drie 0:3 3:-2
b:alle_kanten 0:5 1:-1 7:-3 8:2
b:alle_leerlingen 0:-3 3:4
b:alle_leuke 7:4
b:alle_lob-activiteiten 6:2
b:alle_onderdelen 3:-3 6:5
b:alle_onzekerheid 0:2
b:alle_routes 0:1
b:alle_stappen 6:2
b:alle_vijf 6:1
b:alle_vragen 5:-2 6:3
b:allebei_elk 0:3 4:-3
b:allebei_is 0:9 3:-5 5:-2
b:allebei_welkom 0:5 4:-3
b:alleen_de 0:-2 3:-1 7:4
b:alleen_doen 0:-2 1:3
b:alleen_een 0:-6 1:-1 6:9 7:2 8:-1
b:alleen_jij 0:-2 1:-3 3:8 4:-2
b:alleen_nog 3:-3 6:-2 7:6 8:4
b:alleen_of 5:-1 6:2
b:alleen_te 0:3 5:-2 6:2
b:alleen_uit 0:7 7:-2 8:-1
b:alleen_wat 0:1
b:alleen_zien 0:1
b:allemaal_al 0:-1 3:6 6:-1
b:allemaal_een 0:1 1:-1
b:allemaal_in 0:-2 1:-1 3:2 5:5 6:-1
b:allemaal_naar 0:-3 3:10 4:-2
b:allemaal_niet 0:-4 1:8 3:-2
b:allemaal_nog 0:-2 1:6 3:-2 6:-1
b:alles_op 1:-1 3:3 7:3 8:-1
b:alles_over 0:4 1:-2 8:-1
b:alles_van 0:-1 2:4 3:-2 4:3
b:alles_vol 6:-2 7:3
b:alles_wat 0:-12 1:12 8:5
b:alles_zelf 0:-1 5:2
b:als_anderen 0:3
b:als_autist 4:3
b:als_bewijs 0:-3 6:6 7:-1
b:als_dat 0:-2 1:-3 3:-1 4:-1 8:10
b:als_de 0:16 2:2 3:11 4:-3 6:1 7:-4
b:als_decaan 0:-3 7:-1 8:8
b:als_deze 0:3 7:-1
b:als_die 0:-5 2:5 3:8 5:-2
b:als_dyslect 0:-3 1:-2 4:9 7:-1 8:-1
b:als_echte 4:2
b:als_een 0:26 1:-4 2:-1 6:3 7:-4
b:als_eerste 0:-18 2:4 3:-4 6:4 7:-4 8:15
b:als_eerstegeneratiestudent 0:-5 4:8
b:als_enige 0:-1 1:-4 3:9 7:1
b:als_er 1:4 3:-2
b:als_geld 0:3 1:-2
b:als_het 0:20 1:-5 2:2 3:16 4:-1 5:-3 6:21 8:-2
b:als_hij 3:2 7:6 8:-3
b:als_hobby 0:-3 6:-1 7:-1 8:10
b:als_iemand 0:6 1:-1
b:als_iets 0:6 1:2 4:-1
b:als_ik 0:-11 3:6 4:-2 8:14
b:als_je 0:21 2:5 3:-2 4:-38 5:7 6:-19 7:47 8:-26
b:als_jij 0:-13 1:9 2:-5 3:-10 4:20 5:7 7:8 8:-7
b:als_jongen 4:3
b:als_jouw 0:3
b:als_jullie 0:-2 6:4
b:als_kind 4:3 8:-1
b:als_kok 7:-1 8:4
b:als_leraar 0:3 8:2
b:als_meisje 0:-9 1:-2 4:16
b:als_mentor 0:4
b:als_monteur 0:2
b:als_moslima 0:-6 4:9
b:als_niemand 0:4 4:-2
b:als_oudere 1:-1 4:4
b:als_school 0:-4 5:2 8:5
b:als_schuldhulpverlener 0:1
b:als_student 0:-2 1:6 3:-3
b:als_team 8:2
b:als_tweede 0:9 1:-2 4:-2
b:als_typische 1:-1 4:2
b:als_u 0:-3 4:-1 7:17 8:-1
b:als_verpleegkundige 8:2
b:als_vijftiger 1:-5 4:6
b:als_vmbo'er 1:-2 4:8 8:-1
b:als_voorbeeld 0:-3 3:4
b:als_vrouw 0:-1 4:8 7:-2 8:-2
b:als_we 0:-2 1:2 3:2 8:-1
b:als_zij 0:2
b:alsof_iedereen 0:8 3:-5
b:alsof_je 0:6
b:altijd_af 1:3
b:altijd_als 0:-3 1:6 4:-2
b:altijd_bij 0:2 7:-1
b:altijd_een 0:4 1:2 3:-2 7:-3
b:altijd_iets 0:-1 4:7 5:-1 7:-1
b:altijd_je 1:7 3:-3
b:altijd_werk 0:-1 8:2
b:ambitieus_als 0:-1 3:8 5:-2
b:ander_beroep 0:1
b:ander_en 7:1
b:ander_je 0:-2 1:5 8:-1
b:ander_resultaat 0:1
b:ander_werk 0:-5 1:7
b:andere_? 0:2
b:andere_bbl'ers 0:-1 3:6 7:-3
b:andere_bbl-studenten 0:-1 3:2
b:andere_dingen 0:-5 1:9
b:andere_eerstejaars 0:-5 3:8
b:andere_isk-leerlingen 3:4 4:-3
b:andere_kant 0:14 1:-1 3:-8 7:-2
b:andere_keer 0:3
b:andere_leerlingen 0:-2 3:5
b:andere_mensen 0:2 5:-2
b:andere_opleiding 0:5 7:-1 8:-2
b:andere_richting 0:-9 1:-5 3:-1 4:2 8:17
b:andere_route 0:1 3:-1
b:andere_stad 5:2
b:andere_stagiairs 0:-6 3:8
b:andere_wegen 0:3
b:anderen_daar 0:-1 3:3
b:anderen_dat 0:4 3:-3
b:anderen_in 0:-3 3:11 7:-4
b:anderen_jou 0:1
b:anderen_maar 0:2
b:anderen_nog 0:5 3:-5
b:anderen_op 0:-5 3:8
b:anderen_uit 0:-2 3:4
b:anderen_van 0:-3 3:4
b:anderen_voel 0:1
b:anders_? 0:5 2:-2 3:13 4:-5 5:2
b:anders_aan 0:-2 4:2
b:anders_aanpakken 3:1
b:anders_ben 7:2
b:anders_bent 0:-2 3:-2 4:5
b:anders_dan 0:13 1:1 3:9 5:-4 7:-2 8:2
b:anders_doen 0:-1 2:3 3:-1 4:6
b:anders_en 0:2 2:-1
b:anders_heb 7:2
b:anders_heeft 5:5 7:-2
b:anders_in 3:1
b:anders_is 7:2 8:-1
b:anders_kan 0:-2 6:5 7:-1
b:anders_kiezen 0:3 3:-4 7:3 8:-1
b:anders_liep 0:2 2:-1
b:anders_loopt 0:11 7:-3
b:anders_moeten 0:-4 2:4
b:anders_over 5:1
b:anders_telt 0:-8 6:12 7:-3
b:anders_uitpakt 0:5 7:-3
b:anders_willen 0:2
b:anders_word 7:1
b:anders_wordt 7:6 8:-4
b:anders_zit 7:1
b:angsten_? 5:2
b:angstklachten_als 0:-6 5:8
b:antwoord_komt 0:1
b:antwoorden_op 0:-5 2:6 6:4
b:april_aanmeldt 0:7 7:-6
b:architecten_en 0:1
b:arts_worden 0:-1 4:3 7:1
b:autist_ben 4:2
b:automatisch_ingedeeld 7:1
b:avonds_en 0:2
b:avonds_tevreden 0:4 5:-2
b:b_<grade> 2:1
b:b_? 0:-2 1:2 4:2 8:3
b:b_zijn 0:9 1:-4 3:-1 4:-1
b:b_zou 0:1
b:baan_? 0:-7 4:10
b:baan_achter 1:8 4:-4 8:-2
b:baan_die 0:1
b:baan_het 0:3
b:baan_in 0:-14 1:4 4:2 5:1 8:11
b:baan_kwijtgeraakt 0:2 5:4
b:baan_met 0:-3 1:6
b:baan_of 0:4
b:baan_past 0:-2 1:2
b:baan_zitten 0:3 1:-2
b:baan_zou 1:2
b:band_met 0:-1 5:2
b:bang_bent 0:1
b:bang_dat 0:8 1:-7 3:3
b:basis_van 0:4 2:-2 6:-2 8:3
b:basisberoepsgerichte_leerweg 0:-2 8:6
b:basisvaardigheden_voor 1:5 2:-2
b:bbl'ers_zijn 0:-1 1:-2 4:4
b:bbl-studenten_van 3:2
b:bbl_? 0:1 1:-2 4:5
b:bbl_doen 8:1
b:bbl_en 0:2 3:-1
b:bbl_hebben 3:2
b:bbl_nog 5:2
b:bed_? 0:-2 5:6
b:bedenk_goed 0:-4 7:5
b:bedenk_vooraf 0:2
b:bedenken_of 0:4 5:-2
b:bedenken_wat 0:2
b:bedrijf_? 0:-2 1:3
b:bedrijf_dat 0:2
b:bedrijf_druk 0:1
b:bedrijf_in 0:2
b:bedrijf_is 8:1
b:bedrijf_je 0:1
b:bedrijf_niet 0:-3 8:5
b:bedrijf_overneemt 0:1
b:bedrijf_zou 0:1
b:beeld_van 0:3 4:-3 5:1
b:beelddenker_dus 1:-2 4:6 8:-2
b:beetje_een 0:-3 1:14 4:-2
b:begin_het 0:-2 1:4
b:begin_je 0:-6 1:3 4:-1 8:9
b:begin_jij 0:-1
b:begin_maar 8:2
b:begin_van 0:4
b:beginnen_? 8:1
b:beginnen_meestal 0:-3 4:4
b:beginnen_met 2:3 6:-2
b:beginnen_we 0:4 1:-3 8:3
b:begint_? 0:2 6:-1
b:begint_bij 0:3
b:begint_in 8:1
b:begrijp_ik 0:-4 5:6
b:begrijpen_? 0:1
b:behaald_! 0:3 7:-2
b:behaalde_diploma 0:3
b:behalve_jij 0:-3 1:-2 3:9
b:behandeling_bij 1:-3 4:-2 5:7
b:beheerst_zodat 0:-2 1:5
b:beinvloedt_? 5:2
b:bekeken_? 0:6 1:1
b:bekeken_en 0:1
b:bekijk_met 0:6 1:-4 2:4 4:-2
b:bekijken_? 0:1 1:5 2:-2 8:-1
b:bel_ik 6:-2 7:3
b:bel_je 0:8 5:-1 7:-2
b:bel_vandaag 7:1
b:belangrijk_is 0:3
b:belangrijk_om 0:1 3:-1
b:belangrijk_vindt 0:2
b:belangrijk_voor 5:2
b:belangrijker_dan 0:-2 4:2
b:belangrijkst_? 0:2 3:-1
b:bellen_? 0:5 7:-1
b:bellen_voor 0:10 1:-2 7:-1 8:-1
b:ben_benieuwd 0:16 2:-1 8:-6
b:ben_gewoon 0:7 5:2
b:ben_je 0:-14 1:2 2:-5 3:3 4:12 5:11 6:-3 8:-4
b:ben_jij 0:-14 1:-8 2:3 3:10 4:-8 5:3 6:-3
b:benen_? 0:-2 3:3
b:benieuwd_hoe 0:2 5:2
b:benieuwd_naar 0:9 8:-5
b:benieuwd_waar 0:5 2:-2 8:-1
b:benieuwd_welke 0:2
b:benoemen_in 0:2
b:bent_? 0:10 1:12 2:2 3:-7 5:-3 7:-1
b:bent_afgewezen 0:3
b:bent_al 1:-7 3:1 4:6 6:-2 7:7 8:-1
b:bent_als 1:-8 3:3 4:11 7:-2
b:bent_bang 0:8 1:-5
b:bent_best 1:7 3:-1
b:bent_blijven 0:-6 1:2 5:2
b:bent_de 0:-4 1:-7 3:19 6:1 7:6
b:bent_duidelijk 1:-13 2:10 4:-2 7:-3 8:9
b:bent_echt 0:-2 1:-6 4:6 8:2
b:bent_een 0:-10 1:3 4:16 8:-3
b:bent_en 0:-1 7:3
b:bent_geen 0:-9 1:19 3:5 4:-10 5:-1 7:-3 8:5
b:bent_geknipt 8:4
b:bent_geslaagd 0:5
b:bent_gestopt 0:5 1:-2
b:bent_geweest 0:-2 1:3 2:2
b:bent_gewoon 0:-3 1:8 4:-4 8:-1
b:bent_handig 1:-4 4:-1 8:7
b:bent_in 0:-3 1:8 3:-2
b:bent_lijkt 0:-2 1:6 4:-2
b:bent_meer 1:6 4:-4
b:bent_met 0:6 1:-4
b:bent_na 0:3 1:-1
b:bent_niet 0:-1 1:10 3:-2 4:-6 8:8
b:bent_nogal 0:-4 1:11 4:-1 8:-3
b:bent_nou 0:-3 1:10 3:-1 4:-5
b:bent_nu 0:1 1:-5 4:4
b:bent_over 0:-7 1:3 2:1 6:8 8:-1
b:bent_snel 1:1
b:bent_te 0:-1 1:16 4:-3
b:bent_toch 1:-3 3:3 4:-2 5:7 7:-1 8:-1
b:bent_u 0:-2 1:-2 3:-1 4:2 5:6 7:5
b:bent_uitgeloot 0:6 1:-1 8:-1
b:bent_vaak 5:1
b:bent_van 0:2 4:2
b:bent_veel 0:2 1:-4 4:-1 5:1 8:4
b:bent_voor 0:17 1:-3 5:-1 6:2 7:-2 8:1
b:bent_want 1:2
b:bent_wat 0:2 1:1
b:bent_wil 0:4 1:-3 4:4
b:bent_zo 1:3 3:-2 5:4
b:bent_zo'n 1:-2 4:6 5:-1 8:-1
b:bent_zoeken 1:-2 4:3
b:beoordeling_? 0:2 2:-1
b:bepaald_jouw 0:-1 1:2
b:bepaalt_mee 0:3
b:bepaalt_of 0:2 2:2 5:-4
b:bepaalt_wat 0:2 8:-1
b:beperkte_woordenschat 1:2 8:-1
b:bereid_te 0:1
b:bereiden_in 0:5 4:-1
b:bereik_? 0:-1 1:2 2:5 6:-1
b:beroep_? 0:2 4:-2 5:2 8:1
b:beroep_bestaat 0:3
b:beroep_beter 1:-2 4:3
b:beroep_dat 0:14 1:-4 2:2 3:-2
b:beroep_heb 0:6 1:-1
b:beroep_heeft 0:8 1:-4 5:-1
b:beroep_hoef 0:-3 1:5
b:beroep_is 1:3
b:beroep_kies 0:-5 1:7 4:-3 8:2
b:beroep_kiezen 4:1
b:beroep_kun 0:-4 1:6
b:beroep_kwam 0:6 1:-2
b:beroep_met 0:-5 1:4 4:1
b:beroep_noemen 0:1
b:beroep_of 0:5 8:-1
b:beroep_past 0:-9 1:3 3:3 4:5
b:beroep_spreekt 0:-1 4:2
b:beroep_te 0:-2 1:8 4:-5 8:8
b:beroep_trekt 0:3 4:-2
b:beroep_uit 1:-1 6:7 8:-2
b:beroep_van 0:-1 6:-1 8:7
b:beroep_waar 0:2 1:3 5:-4
b:beroep_waarin 0:2
b:beroep_zie 0:2
b:beroep_zijn 0:1
b:beroep_zonder 0:-1 1:-6 4:8
b:beroep_zou 0:2 4:-1
b:beroepen_afvallen 0:-2 1:3
b:beroepen_bij 0:1
b:beroepen_blijven 0:-2 1:3 2:-1 3:2 6:-1
b:beroepen_die 0:2 1:3 6:2 8:-2
b:beroepen_en 0:1
b:beroepen_in 0:14 1:-3 4:-2
b:beroepen_ken 0:5 1:-3
b:beroepen_kun 0:5 1:2 4:-3
b:beroepen_met 1:-1 4:1
b:beroepen_op 0:2 8:-1
b:beroepen_passen 0:-7 4:8
b:beroepen_vallen 0:-6 1:3 2:3
b:beroepen_vragen 0:-2 1:2
b:beroepen_waarin 0:-3 4:3
b:beroepen_zie 0:2
b:beroepen_zijn 0:-3 1:6 4:-3 5:4
b:beroepen_zonder 0:-2 1:2
b:beroepenmarkt_in 6:3 7:-3
b:beroepenmarkt_voor 0:4
b:beroepentest_is 0:4
b:beroepentest_word 0:-2 3:-2 8:8
b:beroepskeuze_? 0:-4 2:4 5:3
b:beschrijf_een 0:8 7:-1
b:beschut_werk 0:-9 1:-4 4:16
b:besef_je 0:-7 1:3 3:-1 5:-3 7:16
b:beslis_dus 7:2
b:beslissen_daarna 0:-3 7:5
b:beslist_? 0:2 7:-1
b:beslist_de 0:-2 7:4
b:beslist_wat 0:-4 7:6
b:besloot_je 0:3 3:-1
b:besloten_dat 0:-2 8:7
b:bespreek_dat 0:-4 4:6
b:bespreek_de 0:-2 2:1 3:3
b:bespreek_het 2:-2 3:3
b:bespreek_in 0:5 1:-1 6:-1 8:-1
b:bespreek_je 0:2
b:bespreek_met 0:-5 1:8 2:4 4:-2 5:7 7:-5 8:-3
b:bespreek_per 0:-2 2:3
b:bespreken_? 0:3 1:-1
b:bespreken_met 0:2
b:bespreken_we 0:5 6:-2
b:best_? 0:-4 1:1 4:4
b:best_bij 0:1 8:2
b:best_nog 0:10 5:-1 7:-2 8:-3
b:best_op 4:3
b:best_slim 0:-1 1:2 4:1
b:best_slimme 0:-2 4:6
b:best_spannend 0:1
b:best_wat 0:5 8:-4
b:bestaan_geen 0:3
b:bestaan_hier 0:5 8:-2
b:bestaat_? 0:3
b:bestaat_eigenlijk 0:1
b:beste_begin 0:2 8:-1
b:beste_bij 0:-1 5:-1 8:6
b:beste_en 0:-2 2:2
b:beste_keuze 1:-1 4:-2 8:6
b:beste_leert 0:1
b:beste_past 6:6 8:-2
b:beste_resultaat 0:6 7:-2
b:beste_van 0:-3 3:3
b:beste_voor 0:-3 4:-2 8:10
b:beste_vriend 0:-2 3:4 7:-1 8:2
b:beste_vriendin 0:4 3:-2 8:-1
b:besteed_dus 1:4
b:betalen_? 0:-2 1:-1 5:6
b:betalen_of 0:-5 5:7
b:betekenen_? 0:2
b:betekent_dat 0:-6 1:-3 2:4 3:7 5:6 7:1 8:-2
b:betekent_die 0:-3 2:4
b:betekent_geen 0:-2 6:-3 7:9
b:betekent_het 0:2 3:-1
b:betekent_jouw 0:-2 2:2
b:beter_? 1:-5 4:9 8:-2
b:beter_af 0:2 1:-1 8:4
b:beter_alleen 0:2
b:beter_bij 0:-10 1:13 4:-3 8:13
b:beter_dan 0:3 1:-3 3:7 4:-1
b:beter_een 0:-2 4:5 8:-1
b:beter_geen 0:-3 4:9 7:-1 8:-2
b:beter_iets 0:-1 1:2
b:beter_in 0:14 1:-3 4:-2 5:-6 8:1
b:beter_kan 0:-1 8:6
b:beter_kunt 0:7 2:-2 8:-2
b:beter_laten 0:-3 1:11 3:-1 8:-2
b:beter_leren 0:3 8:-1
b:beter_met 4:2
b:beter_nederlands 3:4 4:-2
b:beter_niveau 1:-1 7:-1 8:6
b:beter_op 4:3 8:-2
b:beter_over 0:4 1:-2
b:beter_overslaan 1:4 8:-3
b:beter_te 0:2
b:beter_voor 0:-1 8:4
b:beter_voorbereid 0:-5 3:7 8:-1
b:beter_wat 0:1
b:beter_welk 0:-3 5:6
b:beter_worden 0:4 8:-1
b:betreft_is 0:-4 8:7
b:betreft_kies 8:2
b:betreft_wordt 0:-4 8:6
b:bevalt_je 0:3
b:beveiliging_? 0:6 5:-5 8:8
b:bewegen_aan 0:2 5:1
b:bewijs_dan 0:-2 6:4
b:bewijs_van 0:-9 5:-1 6:5 7:6
b:bewijzen_dat 0:-1 3:-3 4:5 6:2
b:bezig_? 0:7 1:-1
b:bezig_bent 0:10 1:-4 4:-2
b:bezocht_? 3:2 6:3
b:bezocht_wat 3:1
b:bezoeken_? 0:-14 2:2 4:3 8:19
b:bieden_om 0:1 1:-1
b:biedt_je 0:-1 1:3
b:bij_? 2:-1 3:6
b:bij_aan 0:-2 5:3
b:bij_aardrijkskunde 0:1
b:bij_alle 0:-2 1:2 3:-3 6:4
b:bij_biologie 0:2
b:bij_dat 2:-2 8:5
b:bij_de 0:19 1:-3 2:23 3:18 4:-4 6:-5 7:4 8:-7
b:bij_defensie 0:-1 4:6
b:bij_deze 0:2 1:4 3:-1 4:6 5:-1
b:bij_die 0:-1 1:-1 4:2 8:1
b:bij_dit 0:-6 3:4 7:3
b:bij_drama 3:1
b:bij_duits 3:3 6:3
b:bij_dyslexie 0:4 5:-3
b:bij_economie 1:6 2:2 3:-2 5:-2
b:bij_een 0:2 2:6 3:5 4:3 5:-4 6:-2 7:-4 8:-7
b:bij_elk 0:1 1:1 2:1
b:bij_elkaar 0:-4 5:2 6:3
b:bij_elke 0:-6 1:4 6:9 8:-4
b:bij_en 0:-2 2:3
b:bij_haar 0:-1 1:3 3:1 5:-1 8:2
b:bij_hem 0:-10 4:2 8:13
b:bij_het 0:8 1:-6 3:-2 4:-5 5:8 6:-6 8:5
b:bij_hoe 0:1
b:bij_huis 4:3 5:-3 8:4
b:bij_iemand 0:-15 1:22 4:-4 5:-1 8:4
b:bij_iets 1:1
b:bij_in 5:5 6:-4
b:bij_informatica 0:-1 1:-4 3:2 5:1 7:5
b:bij_je 0:20 1:-8 4:2 5:19 6:-6 7:-13 8:16
b:bij_jezelf 0:-1 4:4 5:-1
b:bij_jou 0:-38 1:15 2:-4 3:3 4:11 5:21
b:bij_jouw 0:-8 1:4 4:8
b:bij_jullie 0:-8 1:-3 3:-2 4:9 5:16
b:bij_kiezen 0:6 7:-1 8:-2
b:bij_klanten 3:3
b:bij_lange 1:3
b:bij_lichamelijke 0:-3 1:8 3:-1
b:bij_lo 1:3 3:1
b:bij_maatschappijleer 1:2 3:-1
b:bij_mensen 0:3 1:-1 4:3 8:-3
b:bij_mij 0:-3 1:-1 7:18 8:-5
b:bij_mijn 0:-6 1:-3 6:16 7:-3 8:-3
b:bij_natuurkunde 0:2 1:-1 3:9 8:-4
b:bij_nederlands 1:3 3:-2
b:bij_nog 0:-1 7:10 8:-2
b:bij_ons 0:-4 8:5
b:bij_past 0:-1 1:4
b:bij_rechten 8:2
b:bij_scheikunde 1:-2 5:4 8:-1
b:bij_sport 8:2
b:bij_stap 3:2
b:bij_studie 0:6 2:-4
b:bij_te 0:-5 3:5
b:bij_techniek 1:-2 2:1 4:-2 5:-1 6:4 7:3 8:-3
b:bij_twee 0:1
b:bij_u 0:6 1:3 3:2 4:-2 5:-3
b:bij_uw 0:2 1:-3 3:-1 8:4
b:bij_wat 0:19 1:-2 2:1 6:2 7:2 8:-2
b:bij_welk 0:6 1:-1 2:7 5:-1 7:1
b:bij_welke 0:24 1:-5 2:-2 5:-4 6:-1
b:bij_wie 0:7 1:-2 3:-2 4:-1 5:2 7:2
b:bij_wiskunde 2:-3 3:3 4:1 5:-2 6:2
b:bij_zijn 0:-2 3:2
b:bij_zo 1:-11 2:11 4:1
b:bij_zo'n 0:3 4:-1
b:bij_zorg 0:2 1:-1 5:-1 6:4 8:-2
b:bijbaan_? 0:6 1:-1
b:bijbaan_bij 0:2
b:bijbaan_die 0:2
b:bijbaan_geleerd 0:1
b:bijbaan_hebt 0:-2 5:3
b:bijbaan_in 0:3
b:bijbaan_omdat 5:1
b:bijgebleven_? 0:8
b:bijna_iedereen 0:-4 3:11
b:bijvoorbeeld_bij 0:1
b:bindend_studieadvies 2:4
b:binnen_bereik 0:-1 2:6
b:binnen_de 0:3 6:-2
b:binnen_een 0:2 4:-1 7:3
b:binnen_en 0:2
b:binnen_hebben 2:-1 6:3
b:binnen_het 0:2
b:binnen_is 6:2
b:binnen_of 0:6 5:-5
b:binnen_te 0:-2 2:4
b:binnen_zien 0:3
b:biologie_was 0:5 2:-5
b:biomedische_wetenschappen 8:3
b:bleef_bij 0:1
b:bleef_hangen 0:1
b:bleef_het 0:2
b:bleef_toen 0:3 8:-2
b:blij_van 0:11 1:1 2:-1 4:3 7:4
b:blijf_bij 1:-3 8:8
b:blijf_je 0:-2 7:5
b:blijf_jij 0:-5 1:5 3:3 4:-1 7:9 8:-4
b:blijf_lekker 8:4
b:blijf_maar 8:4
b:blijft_? 1:2
b:blijft_bij 0:11 7:-9
b:blijft_en 1:2
b:blijft_er 0:-13 1:12 2:1 5:3 7:2 8:-1
b:blijft_hangen 3:2
b:blijft_studeren 0:-2 5:4
b:blijft_twijfelen 7:3 8:-2
b:blijft_van 0:1
b:blijft_voor 0:-4 1:3 7:2
b:blijft_welke 0:1
b:blijft_zitten 0:-1 2:-2 7:5
b:blijkt_dat 0:-7 1:3 8:6
b:blijkt_een 0:3
b:blijkt_te 0:4 1:-2 7:-1
b:blijven_? 3:3 5:3
b:blijven_de 4:2 8:-2
b:blijven_er 0:-3 1:10 2:-5 3:2 6:-1
b:blijven_steken 0:-1 1:5
b:blijven_zitten 0:-6 1:2 5:2
b:blok_op 0:1
b:blow_je 0:-3 1:-1 5:8 8:-1
b:boos_als 7:2
b:boos_of 0:5 5:-1
b:boos_worden 7:1 8:-1
b:bouw_? 0:-3 4:8 5:-1
b:bouw_en 3:1
b:bouw_in 0:1 1:-2 8:4
b:bouw_of 0:-3 4:4
b:bouw_voor 4:1
b:bouwen_wonen 0:2 2:2
b:boven_de 0:-7 1:6 2:9 4:8 5:-2 7:1
b:bpv-periode_afgerond 0:1
b:bpv-plek_niet 0:-2 7:3
b:bracht_je 0:2
b:breedte_van 0:6 6:-3
b:brengen_? 1:3 3:-2
b:brengt_je 0:1
b:brief_naar 0:-1 7:4
b:broer_deed 0:-2 1:-1 3:8
b:broer_ging 3:2
b:broer_is 1:-1 3:6 4:-2
b:broer_koos 0:-1 3:2
b:broertjes_als 0:-4 5:6
b:broertjes_en 3:-2 5:5
b:brood_mee 0:-3 7:-1 8:8
b:brug_te 0:-2 1:6 4:-1 8:-2
b:buik_schrijven 0:-1 1:-1 7:7 8:-1
b:buiten_? 0:-9 1:-1 4:2 5:10
b:buiten_beschouwing 1:4 8:-1
b:buiten_de 0:2 7:3
b:buiten_en 0:2
b:buiten_het 0:1
b:buiten_ook 0:1
b:buiten_school 0:15 2:-4 5:-2
b:buitenland_? 5:-1 8:3
b:buitenland_te 0:1
b:bureau_anders 7:2 8:-2
b:buurvrouw_of 0:3
b:c_m 4:1 8:3
b:centraal_examen 2:3
b:chaotische_manier 0:-1 1:7 4:-3 8:-2
b:check_met 0:-1 2:2 6:1
b:checklist_beroepsorientatie 0:-1 6:3
b:christelijke_gezinnen 0:-3 4:4
b:cijfer_? 0:6 2:-6
b:cijfer_denk 0:-5 2:6
b:cijfer_je 2:1
b:cijfer_mag 0:2
b:cijfer_of 0:7 1:-1 2:-1
b:cijfer_te 0:3 1:-2
b:cijfer_verwacht 2:1
b:cijfer_voor 0:11 5:-3
b:cijfer_wil 0:-1 2:1
b:cijfer_zou 0:-3 2:4
b:cijferlijst_er 0:-1 2:2
b:cijferlijst_van 0:-1 2:3
b:cijfers_? 0:4 2:-1
b:cijfers_ben 2:1
b:cijfers_en 0:5 2:-3
b:cijfers_ervoor 0:-2 2:2
b:cijfers_op 2:3
b:cijfers_van 2:1 3:1
b:cijfers_verwacht 2:1
b:cijfers_wil 2:1
b:collega's_op 0:3
b:collega_op 0:1
b:combineert_u 0:-3 5:6
b:compenseer_je 0:-1 2:1
b:competenties_een 2:-2 6:3
b:competenties_recente 0:1
b:competenties_zijn 0:5 6:-1
b:compleet_? 5:-2 6:8
b:compleet_is 0:-1 5:-1 6:5
b:compliment_geven 0:2
b:compliment_van 0:1
b:computers_dus 4:1
b:concentratie_is 0:-3 1:3
b:concentratie_tijdens 0:-2 1:1 5:2
b:concentratie_van 1:6 4:-3 5:-1
b:conclusie_na 0:-2 8:7
b:concrete_ervaring 0:2 8:-1
b:contact_gezocht 0:3
b:contact_hebt 0:3 8:-2
b:contact_met 0:-2 1:-1 3:3 5:4
b:contact_zoeken 0:1
b:contacten_uit 0:4 4:-2
b:contactgegevens_in 0:1
b:contract_niet 0:3 1:-1
b:creatief_ben 1:7 7:-1 8:-3
b:creatief_dus 8:2
b:cultuur_en 0:-8 1:-1 4:7 8:5
b:cultuur_is 4:3 5:-2
b:daan_die 3:2 6:-2
b:daar_? 0:7 1:1 5:-2
b:daar_al 0:-1 4:8 5:-2
b:daar_anders 3:1
b:daar_beginnen 0:4 1:-3 8:3
b:daar_ben 4:-2 7:2 8:6
b:daar_bij 4:5
b:daar_dan 0:-2 1:4 4:2
b:daar_draait 0:-2 2:3
b:daar_een 0:-1 2:5 3:3 8:-2
b:daar_eens 0:-3 8:4
b:daar_eigenlijk 1:-1 4:1
b:daar_fijn 0:5 5:-2
b:daar_gaan 0:2 4:-3 8:5
b:daar_goed 0:3
b:daar_heb 8:3
b:daar_het 0:3 1:7 5:-1 8:-3
b:daar_hoef 0:-1 7:-1 8:4
b:daar_hoor 0:-1 1:4 4:-1 8:1
b:daar_hoort 8:3
b:daar_houden 0:-2 1:3 5:-1
b:daar_iets 0:-8 5:10
b:daar_in 0:1
b:daar_is 0:1 1:-4 4:-2 8:10
b:daar_komt 3:-1 8:3
b:daar_kun 0:3 7:-4 8:8
b:daar_leuk 0:2
b:daar_maar 0:-1 1:2
b:daar_mag 0:3 3:1
b:daar_met 0:-3 5:4
b:daar_moet 1:18 8:-12
b:daar_niet 0:-2 3:3
b:daar_nog 0:-4 3:6 7:-3 8:5
b:daar_nu 2:7 3:-3 5:-1
b:daar_over 0:2
b:daar_praten 7:-1 8:1
b:daar_rekening 0:-1 1:-2 4:3 5:5 8:-2
b:daar_richten 0:-1 4:4
b:daar_toch 1:-2 4:3
b:daar_twijfel 7:-1 8:2
b:daar_valt 0:-4 8:6
b:daar_verdien 8:3
b:daar_volgens 0:-3 3:5
b:daar_wel 3:1
b:daar_willen 0:3 4:-3
b:daar_zelf 1:-3 3:-1 4:4 5:3
b:daar_zijn 1:2 4:-4 8:5
b:daar_zit 0:9 3:-1 4:-1 8:3
b:daar_zo 0:2 2:-2
b:daar_zou 4:2
b:daaraan_? 0:-3 2:2 3:2
b:daaraan_doen 1:-2 3:4 7:2
b:daarachter_? 0:5 1:-1
b:daarbij_? 0:-2 1:-2 3:3 4:5
b:daarbij_helpen 0:-2 1:6 4:-4
b:daarbinnen_? 0:-2 8:2
b:daarbuiten_? 0:4 5:-3
b:daarin_? 0:3 5:-1
b:daarmee_? 2:-2 3:2
b:daarmee_aan 0:-3 2:4
b:daarmee_om 0:5 3:-3
b:daarmee_omgaan 0:4 2:-1
b:daarmee_omgaat 0:1
b:daarmee_wel 0:-1 5:3
b:daarna_? 1:2 4:-1
b:daarna_beslist 0:-1 7:3
b:daarna_de 0:3 5:-1
b:daarna_is 0:-2 7:4
b:daarna_kijken 0:-1 5:3
b:daarna_neem 0:-1 7:2
b:daarna_sluit 7:1
b:daarna_volgt 0:7 4:-3 7:-2
b:daarnaar_? 0:-3 2:2 4:2
b:daarom_een 1:-1 4:4 5:-2
b:daarop_? 0:5 1:-4
b:daarop_af 0:-3 1:7 8:-1
b:daarover_? 4:2
b:daarover_met 0:1 1:-1
b:daarover_willen 0:2
b:daartegen_aan 0:1
b:daartegenaan_? 0:2 4:1 5:-2
b:daaruit_wil 0:2
b:daarvan_? 0:-13 1:-3 3:-1 4:17 8:2
b:daarvan_geleerd 0:2
b:daarvan_mee 0:2 4:-1
b:daarvan_vindt 0:-3 3:8
b:daarvoor_aanmelden 8:2
b:daarvoor_nog 0:2
b:dacht_? 0:6 1:-2
b:dag_? 0:8 1:-1
b:dag_al 0:-5 3:5
b:dag_anders 0:6 4:-1 5:-4 6:-1
b:dag_behalve 1:-1 3:1
b:dag_bezocht 0:-2 6:2
b:dag_en 0:3
b:dag_gedaan 0:-1 6:4
b:dag_geweest 3:2
b:dag_ging 0:-8 3:5 6:4
b:dag_hebt 0:2 3:1 6:-1 7:-1
b:dag_het 2:1 6:1 8:-1
b:dag_in 0:4 1:-1
b:dag_je 0:4 6:-3
b:dag_met 0:2
b:dag_niet 0:1 6:5 7:-4
b:dag_nog 0:3 7:-1
b:dag_of 3:2 4:-1
b:dag_op 0:4 1:4 4:-1 5:-4 6:-1
b:dag_van 0:5 1:2 2:2 3:-1 6:-4 7:-2 8:4
b:dag_voor 0:3 1:3 6:-1 8:-2
b:dag_zeker 0:2
b:dag_zin 0:2 1:-1
b:dagen_? 0:-1 1:-1 5:5
b:dagen_bezocht 0:2 3:8 6:-4
b:dagen_en 0:-3 3:6 5:-1
b:dagen_heb 0:-2 6:3
b:dagen_in 6:1
b:dagen_je 5:-2 6:4
b:dagen_meeloopdagen 0:1
b:dagen_tot 0:-1 3:-2 7:5
b:dagen_wil 0:2
b:dagje_mee 0:3
b:dan_? 0:15 1:-1 2:-7 4:8 5:-3 7:-3 8:6
b:dan_aan 0:5 4:-1
b:dan_achter 0:-3 8:4
b:dan_alleen 1:4
b:dan_anders 0:2
b:dan_begrijp 0:-4 5:6
b:dan_bellen 0:3
b:dan_ben 0:-3 3:-3 6:3 7:3 8:6
b:dan_bij 0:3
b:dan_de 0:5 3:14 4:-3 5:-2 7:-3
b:dan_denken 4:2
b:dan_doen 0:1
b:dan_doorleren 0:-4 1:-2 4:4 5:3 8:3
b:dan_een 0:16 1:6 3:-4 4:2 5:1 7:-4 8:-2
b:dan_gaan 1:2
b:dan_gaat 0:1 5:-1 7:1
b:dan_geldt 0:1 6:4 7:-1 8:-1
b:dan_gepland 0:2
b:dan_heb 0:-2 6:4 7:1 8:3
b:dan_hebben 6:1
b:dan_helpen 0:2
b:dan_het 2:-3 3:1 4:-1 8:1
b:dan_hij 0:-4 3:7
b:dan_hoef 7:6 8:-4
b:dan_houd 8:1
b:dan_iets 1:2 2:5 4:-2 8:-1
b:dan_ik 0:13 3:-1 5:-4 7:-1
b:dan_in 0:2 1:7 3:-5 4:-6 8:9
b:dan_is 0:-11 5:1 6:12 7:9 8:-4
b:dan_je 0:35 1:-4 2:-5 3:2 6:1 7:-2 8:-2
b:dan_jij 0:-6 3:31 4:-4 6:2 7:1
b:dan_jouw 0:9 1:-4 4:-1
b:dan_kan 0:-10 5:1 6:16 7:-3
b:dan_kijken 0:2 8:-1
b:dan_komt 0:-2 6:-2 8:7
b:dan_kun 3:2 6:-1 7:9 8:-2
b:dan_kunnen 6:2
b:dan_maken 2:6
b:dan_met 4:3
b:dan_moet 1:-1 7:4 8:-2
b:dan_naar 0:1 1:4 3:-7 4:4
b:dan_nemen 0:-2 5:3
b:dan_niet 0:-3 1:-1 3:10 4:7 5:-1 8:-1
b:dan_niets 7:3
b:dan_nog 0:-15 1:11 2:8 6:-2 7:6
b:dan_noteer 5:4 6:-3
b:dan_nu 2:1
b:dan_om 0:1 1:-1 3:-2 5:2
b:dan_ooit 0:-3 1:4
b:dan_ook 0:1
b:dan_op 0:-4 3:-3 4:4 8:4
b:dan_over 0:-4 1:6 3:2
b:dan_praten 0:-6 4:3 5:6
b:dan_precies 0:2 5:-1
b:dan_regel 0:6 7:-5
b:dan_snap 5:6 8:-2
b:dan_springt 0:-1 6:3
b:dan_sta 7:1
b:dan_staan 0:-2 3:2 8:2
b:dan_staat 0:-1 6:9 7:-1
b:dan_telt 6:2
b:dan_u 0:-6 3:9
b:dan_voor 0:4 1:-3 2:7 3:-3 4:5 7:-1 8:-5
b:dan_wat 0:7 3:-1
b:dan_weer 3:-3 7:4
b:dan_weet 0:-5 1:3 3:-2 5:5 6:-1 7:-3 8:6
b:dan_wel 0:-4 1:13 2:5 4:3 7:-5 8:-2
b:dan_werktuigbouwkunde 0:-2 1:-1 4:4
b:dan_weten 0:-2 1:4
b:dan_word 7:5 8:-3
b:dan_zet 6:2 7:4 8:-1
b:dan_ziet 0:-4 3:2 6:4
b:dan_zij 0:-2 3:3
b:dan_zijn 7:-1 8:2
b:dan_zit 7:-1 8:7
b:dan_zoeken 0:-3 1:1 4:2
b:dan_zou 0:2
b:dapper_dat 0:7 8:-5
b:dat_? 0:-22 2:-3 3:18 4:7 5:-3 7:11 8:12
b:dat_aan 0:-5 1:-2 2:9 3:9 6:2
b:dat_alle 0:-2 7:-3 8:6
b:dat_anderen 0:-6 3:6
b:dat_anders 0:4 5:-1 7:-1
b:dat_beeld 3:3 5:-2
b:dat_beroep 1:-1 5:3 8:5
b:dat_bij 0:-1 2:6 4:19 5:-4 6:1 7:4 8:-8
b:dat_cijfer 0:3 2:-2
b:dat_dan 0:3 1:-1 3:2 7:2
b:dat_dat 0:-2 4:1 5:2 8:2
b:dat_de 1:-11 2:-3 3:-2 4:5 5:-3 6:5 7:7
b:dat_deed 0:3 5:-2
b:dat_denk 0:-1 3:2
b:dat_deze 0:15 1:-2 2:1 6:3 8:-4
b:dat_dit 0:1 6:3
b:dat_doen 0:4 1:-2 3:-3 8:4
b:dat_door 0:-1 5:3
b:dat_echt 4:-1 7:5
b:dat_een 0:-10 1:3 4:-2 5:7 7:4 8:3
b:dat_eerst 1:-1 3:-2 5:6
b:dat_elke 2:-1 6:1 7:3
b:dat_en 0:4
b:dat_er 0:-3 6:8 7:5 8:-4
b:dat_fijn 0:7 6:-3
b:dat_gaat 2:1 7:-3 8:5
b:dat_gat 0:-5 1:1 2:10 5:-1
b:dat_gebeurt 7:1
b:dat_geduld 0:2
b:dat_genoeg 0:-2 2:4
b:dat_geschiedenis 0:1
b:dat_gesprek 0:5
b:dat_gevoel 0:3 5:-2
b:dat_gewoon 0:2 8:-1
b:dat_goed 0:-2 7:7
b:dat_graag 0:4 5:2 7:-6
b:dat_havo 8:1
b:dat_heb 0:-3 5:1 7:-1 8:6
b:dat_hebben 3:-2 8:5
b:dat_helpt 5:2
b:dat_het 0:14 1:-10 3:-6 4:1 6:2 8:-3
b:dat_hij 0:-3 4:3 5:-3 7:15
b:dat_hoeft 0:-3 3:5
b:dat_hoort 0:12 5:-1 7:-5 8:-4
b:dat_hun 1:8 3:4 8:-2
b:dat_idee 0:4 1:-2 8:1
b:dat_iedereen 1:-2 3:3
b:dat_iemand 0:4 1:-3
b:dat_iets 0:3 5:2
b:dat_ik 0:-5 1:-4 5:5 6:13 7:7 8:-6
b:dat_in 0:3 1:-2
b:dat_inhalen 0:-2 1:-1 3:6
b:dat_invloed 0:-1 5:2
b:dat_is 0:3 3:-2 4:2 5:4 7:-3 8:13
b:dat_jaar 0:1
b:dat_je 0:52 1:4 2:24 3:-11 4:-12 7:-6 8:-17
b:dat_jij 1:10 3:2 4:2 5:-1 8:5
b:dat_jou 0:5
b:dat_jouw 1:9 4:-1 5:2
b:dat_jullie 0:2 3:-1 5:2
b:dat_kan 0:21 4:1 5:13 7:-2 8:-3
b:dat_klopt 0:2
b:dat_komt 0:-4 2:-1 3:6
b:dat_kun 3:1 7:1 8:-1
b:dat_kunnen 0:3 1:-1
b:dat_laat 0:1
b:dat_leren 1:3
b:dat_maar 8:4
b:dat_mag 0:2
b:dat_mee 0:-7 1:9 5:2
b:dat_met 0:2 1:-2 3:-1 4:2 5:4 8:-1
b:dat_naar 0:2 2:2 5:-2
b:dat_niemand 0:1
b:dat_niet 1:-7 2:2 3:15 4:-2 5:10 6:2
b:dat_niveau 0:-2 2:2
b:dat_nog 0:5 1:-1
b:dat_nu 0:4 1:-1
b:dat_onderwerp 0:1
b:dat_ook 0:-12 1:7 2:-2 3:11 4:10 5:-2 6:3
b:dat_op 0:-2 1:8 2:-1 4:3
b:dat_oplossen 0:-1 1:3
b:dat_over 0:-3 3:8
b:dat_past 0:-5 1:8 2:1 8:9
b:dat_plan 8:6
b:dat_profiel 8:2
b:dat_raad 8:4
b:dat_rechtzetten 3:1
b:dat_redden 0:-1 2:2
b:dat_regelt 0:-2 5:2
b:dat_rekenen 0:3 1:5 5:-2 6:-1
b:dat_risico 0:3
b:dat_ritme 0:3 4:-2
b:dat_snap 0:-1 1:-2 4:6 8:-1
b:dat_sollicitatiegesprek 0:3 1:-2
b:dat_staat 8:5
b:dat_straks 0:-3 1:10 3:-1 5:-2 7:-1
b:dat_techniek 0:5 8:-1
b:dat_tempo 0:2 1:5 4:-4
b:dat_thuis 0:-4 7:-1 8:5
b:dat_toch 0:-3 1:-3 4:-1 8:10
b:dat_tussenjaar 7:-1 8:4
b:dat_u 0:-7 1:3 5:-1 6:8 7:9
b:dat_uit 0:4 5:-1
b:dat_uw 7:8
b:dat_vak 0:4 1:-2
b:dat_van 0:-6 3:8 4:2
b:dat_vandaan 0:-5 4:3 5:4
b:dat_verandert 0:-1 3:1
b:dat_vertellen 0:4 7:-2
b:dat_viel 0:3
b:dat_volgens 0:3 2:5 4:-1 8:-1
b:dat_voor 0:21 1:-6 3:-6 5:5 6:3 7:2 8:-7
b:dat_vraag 5:2 6:-1
b:dat_vraagt 0:4 5:-1
b:dat_wat 0:-4 4:8 7:4
b:dat_we 5:-1 6:13 8:-5
b:dat_weet 0:-2 4:4
b:dat_wel 1:-1 3:-3 4:5 5:-1
b:dat_werk 0:14 1:-3 2:1 4:-2
b:dat_werken 1:1
b:dat_weten 0:-2 1:3
b:dat_wil 3:2 4:-2 5:4 7:1
b:dat_willen 0:-2 5:2
b:dat_wilt 0:2 5:-1
b:dat_wiskunde 8:2
b:dat_wordt 0:-3 1:-2 2:1 4:7 7:-5 8:17
b:dat_ze 0:3 1:-1 5:-3 7:2 8:2
b:dat_zegt 0:-7 1:11 3:-2 8:-1
b:dat_zelf 1:-2 3:1 4:3 5:-1
b:dat_zie 0:-3 1:-1 4:1 5:-1 8:6
b:dat_zien 0:-2 6:4
b:dat_zij 0:6 3:-2
b:dat_zijn 1:8 3:4 4:-2 5:-1 7:3 8:-1
b:dat_zit 4:4
b:dat_zo 0:4 1:4 4:-1 6:-1 8:2
b:dat_zou 0:-2 1:-5 3:-2 5:11
b:datum_van 0:3 6:-1 7:2
b:de_<grade> 0:2 1:-2 3:-4 6:10 7:-2
b:de_<num> 0:-3 2:4 3:-2 5:-4 6:12 7:5 8:-2
b:de_aanleiding 0:2
b:de_aanmelddatum 0:3 3:-1 7:5
b:de_aanmelddeadline 0:3 7:-1
b:de_aanmelding 0:4 2:-1 8:3
b:de_achterhoede 0:-6 3:8
b:de_administratie 0:-2 4:1 6:4
b:de_afdeling 0:11 4:-2 5:-6
b:de_afgelopen 0:3
b:de_afweging 0:2
b:de_afwijzing 0:2
b:de_alumniavond 0:1
b:de_ander 0:1
b:de_andere 0:-6 3:15 4:-4 6:1
b:de_anderen 0:-9 3:22 7:-4
b:de_autotechniek 0:-2 4:1 8:2
b:de_bakker 1:1 6:-1 7:-2 8:3
b:de_bakkerij 1:3 4:3 7:-2 8:6
b:de_bank 1:-1 2:1 4:5 7:9 8:-1
b:de_basis 0:-6 1:8 4:2 8:-2
b:de_basisberoepsgerichte 0:-2 8:6
b:de_basisschool 3:2
b:de_basisvaardigheden 1:5 2:-2
b:de_bbl 0:7 1:-2 6:-2 7:-2 8:6
b:de_bbl-groep 3:1
b:de_bbl-route 1:4 6:-2 8:2
b:de_bedoeling 0:1
b:de_beoordeling 0:2 2:-1
b:de_beroepen 1:3 5:-1
b:de_beroepenavond 0:-6 3:6
b:de_beroepeninteressetest 6:1
b:de_beroepenmarkt 0:-1 1:-1 6:3 7:4
b:de_beroepenorientatie 0:-2 3:3
b:de_beroepentest 0:-2 1:-2 3:4 6:3 8:9
b:de_beroepsgerichte 2:6
b:de_beslissing 0:-1 7:2
b:de_beste 0:-2 2:2 3:7 4:-1 8:9
b:de_betere 0:-2 3:2 8:7
b:de_beveiliging 3:-2 4:9 5:3 6:-2 7:-2
b:de_bevestigingsmail 0:-2 5:-1 6:4
b:de_bijbaan 0:-4 6:6
b:de_bijstand 0:-7 4:2 7:9
b:de_boeken 1:-2 4:4 8:-1
b:de_bol 1:-1 8:4
b:de_boot 0:-5 7:6
b:de_bouw 0:-7 1:-6 4:22 5:5
b:de_bouwopleiding 8:3
b:de_bouwplaats 0:3 1:3 5:-3
b:de_bovenbouw 0:-1 1:2 2:4
b:de_bpv 1:2 3:-1 5:4
b:de_brandweer 0:6 1:-2 5:-1
b:de_breedte 0:6 6:-3
b:de_brugklas 0:-2 2:3
b:de_brugklassers 0:2
b:de_buurt 0:-2 4:5 5:-1 8:4
b:de_checklist 0:-9 6:12 7:1
b:de_cijfers 3:1 5:-1
b:de_cito-toets 1:-1 2:2
b:de_colleges 0:3 5:-2
b:de_competenties 0:5 7:-1
b:de_computer 1:6 4:-4 5:3 8:-2
b:de_concentratie 0:6
b:de_datum 0:3 6:-1 7:2
b:de_deadline 0:-6 1:-1 7:12
b:de_decaan 0:4 2:1 3:-1 4:-1 6:12 8:4
b:de_decanen 0:2 5:-1
b:de_deelnemer 1:-1 3:2 7:3
b:de_derde 0:-2 3:5 7:1
b:de_detailhandel 0:-5 1:8 3:1 5:-2 8:5
b:de_deur 0:-6 2:-1 4:-1 5:5 7:6
b:de_deuren 7:2
b:de_dieren 0:1
b:de_dierenarts 0:5
b:de_dierenkliniek 2:1
b:de_dierenzorg 0:3 8:-2
b:de_discipline 0:-1 1:9 8:-4
b:de_docent 0:4 2:-1
b:de_dokter 0:-2 3:-2 5:11
b:de_doorslag 0:3
b:de_draad 0:-2 1:9 4:-2
b:de_drie 0:-7 1:6 3:-1 6:4
b:de_echte 0:1
b:de_eerste 0:4 7:5
b:de_eersten 0:5 4:-3
b:de_eigen 0:3
b:de_engelse 0:2
b:de_enige 0:-8 1:-3 3:14 4:-3 8:4
b:de_entreeopleiding 0:-1 3:-2 8:7
b:de_ervaring 0:1
b:de_examencommissie 0:-1 6:1 7:3 8:-1
b:de_examenklas 0:-2 7:4
b:de_examens 0:-3 2:4 5:1
b:de_excursie 0:5 3:-2 7:4
b:de_familie 0:5 5:-4
b:de_feedback 0:3
b:de_gang 0:2
b:de_garage 0:3 3:3 8:-1
b:de_gastles 0:3 3:-1
b:de_gastspreker 0:1
b:de_geldzorgen 5:2
b:de_gemengde 0:2 2:3 8:2
b:de_gemiddelde 0:-2 2:-6 3:15
b:de_gezondheidszorg 0:5 1:-1 5:-1
b:de_grens 0:-1 1:1 2:4
b:de_groenvoorziening 0:-2 1:7 3:-3 8:4
b:de_groep 0:6 2:-3 3:16 4:1 5:-2 7:7 8:-4
b:de_grond 0:-3 8:5
b:de_han 0:3 3:-2
b:de_hand 0:-2 1:-5 3:14 4:17 5:2 6:1 8:-1
b:de_handel 4:4
b:de_handtekening 5:-2 6:3
b:de_handtekeningen 0:-2 6:5
b:de_haven 0:2 3:1
b:de_havo 0:2 1:1 4:8 5:-2 7:-3 8:23
b:de_hele 0:5 1:-2 3:10 4:-1 5:1 6:-4 7:4 8:-1
b:de_helft 1:4
b:de_herfstvakantie 0:-3 2:3 6:3 7:4
b:de_herkansing 0:-3 2:6
b:de_hogeschool 2:2 4:4 8:-1
b:de_horeca 0:-12 1:16 4:15 5:-2 8:-3
b:de_huisarts 0:-6 3:-1 5:10
b:de_huur 0:-3 5:9
b:de_ict 0:8 1:-2 2:1 3:-2 8:8
b:de_inhoud 6:2
b:de_inschrijving 0:-2 3:-3 6:-2 7:8
b:de_inspectie 0:-3 6:12
b:de_interessetest 0:-5 2:-2 3:8 6:2
b:de_isk 4:1
b:de_jaarlaag 2:5 3:-3
b:de_jouwe 0:3 3:-2 4:1
b:de_juiste 1:-1 3:-2 7:-4 8:11
b:de_kaderberoepsgerichte 0:-5 1:4 3:-2 4:4 8:3
b:de_kaderroute 8:3
b:de_kans 0:9 1:-3
b:de_kappersopleiding 0:-2 1:-2 4:4 7:-1 8:3
b:de_kassa 0:3 1:3 5:-1 8:-1
b:de_kennistoets 2:2 3:-1
b:de_kern 0:3
b:de_kernvraag 0:4 6:-2
b:de_kerst 5:-2 6:6 7:10 8:-5
b:de_kerstvakantie 2:-2 6:3 7:5 8:-1
b:de_keuken 0:-4 1:5 2:2 3:-1 5:4
b:de_keuze 0:27 2:-1 3:-4 5:8 7:-15
b:de_kinderopvang 0:-2 1:1 4:4 5:-2 7:-2 8:6
b:de_klant 0:5 5:-3
b:de_klas 1:-5 2:2 3:24 4:5 5:-2
b:de_klok 0:-4 1:1 2:1 4:1 6:-1 7:18 8:-3
b:de_knoop 0:-5 7:3 8:5
b:de_komende 0:10 1:-2 2:-2
b:de_kortste 7:-3 8:5
b:de_kritiek 0:4
b:de_kunstacademie 1:-5 5:-1 8:10
b:de_kunstrichting 1:8 7:-2 8:-5
b:de_laagste 0:-1 3:4
b:de_laatste 0:-13 2:1 3:8 5:17 7:-5
b:de_landbouw 3:-2 4:4
b:de_langzaamste 0:-3 3:7
b:de_leerling 0:30 1:-10 2:11 3:-18 4:-10 5:16 7:-5 8:13
b:de_leerlingen 0:-10 3:13
b:de_leermeester 0:-1 7:-3 8:6
b:de_leerplichtambtenaar 7:3 8:-1
b:de_leerwerkplek 5:4
b:de_leiding 0:7 8:-2
b:de_les 0:7 1:3 3:2 8:-3
b:de_leukste 0:-1 7:3
b:de_lijst 0:-7 2:-1 5:-1 6:8 7:1
b:de_link 0:2
b:de_lob-eisen 0:-2 6:4
b:de_lob-week 0:3
b:de_logistiek 1:-3 4:4 5:4 7:-1
b:de_loopbaan 0:9 5:-1 6:-3 7:-1
b:de_maat 0:-1 1:12 2:5 5:-1 8:-2
b:de_map 6:2
b:de_mavo 0:-1 8:4
b:de_meeloopdag 0:13 1:3 3:-2 6:-2 7:-2 8:-2
b:de_meeste 0:-2 3:19 4:-3
b:de_meesten 3:4 8:-2
b:de_mentor 0:22 1:1 4:2 6:-2 7:-2
b:de_mentorgroep 0:-2 3:7 7:-2
b:de_minste 0:-3 3:4
b:de_module 0:2 5:-1 6:1
b:de_moed 1:2
b:de_moeite 0:4
b:de_mogelijkheden 0:3 1:-1
b:de_nacht 0:3 2:-1 4:-2 5:12 6:1
b:de_nieuwe 3:-2 5:6
b:de_onderbouw 0:2
b:de_onderste 0:-6 2:1 3:12
b:de_oorzaak 0:-2 2:2
b:de_opdracht 0:-1 2:1 5:-2 6:3
b:de_opdrachten 1:2
b:de_open 0:-2 1:4 3:1 4:-3 5:9 6:-2
b:de_opleiding 0:12 1:-1 2:10 3:-5 4:-5 5:-8 7:7 8:8
b:de_opvang 0:-1 5:2
b:de_orientatie 1:2 8:2
b:de_ouderavond 0:-2 1:5 4:5 5:1 7:-1
b:de_ouderenzorg 4:-1 8:3
b:de_ouders 0:-6 1:13 2:3 3:5 4:-3 5:6 8:-2
b:de_oudste 0:-1 3:3
b:de_overgang 1:-2 2:2 6:2
b:de_overgangsvergadering 2:1 7:1
b:de_overstap 0:5 1:-1 4:-1 8:4
b:de_pabo 0:-3 1:2 2:7 3:-2 4:-1 7:-2 8:8
b:de_periode 0:2 2:-1
b:de_plank 0:-2 8:4
b:de_planning 0:5
b:de_plek 0:1
b:de_plekken 7:3 8:-2
b:de_politie 0:-3 1:-3 3:7 8:5
b:de_politieacademie 8:1
b:de_politieopleiding 0:-2 1:-1 8:6
b:de_praktijk 0:13 1:5 2:-2 4:-2 8:-1
b:de_praktijkbegeleider 0:2
b:de_praktijkklas 0:-2 1:-1 3:6
b:de_praktijkles 0:3 1:4
b:de_praktijklessen 0:-3 1:3 3:-1 4:-1 5:6
b:de_praktijkopdracht 0:-2 6:2
b:de_praktijkopleider 0:3 2:4 8:-1
b:de_praktijkschool 0:-4 3:1 6:3
b:de_presentatie 0:2 5:-1
b:de_proeve 0:-3 2:2 3:3
b:de_profielkeuze 0:2 1:-3 2:3 3:-4 4:-1 7:2 8:-4
b:de_projectweek 0:1
b:de_propedeuse 0:2
b:de_psycholoog 0:-6 2:-1 5:11
b:de_punten 0:-2 1:4
b:de_ranglijst 0:-3 3:6 6:-1
b:de_rapportvergadering 6:5 7:-1
b:de_receptie 0:-6 1:-2 4:10
b:de_reden 0:-4 5:6
b:de_regio 0:-3 4:1 8:5
b:de_rekentoets 0:2
b:de_relatie 5:1
b:de_rest 0:-9 1:1 2:-2 3:15 6:6 7:5
b:de_richting 0:3 1:2 8:4
b:de_rondleiding 0:3
b:de_route 0:1 8:3
b:de_routes 0:2 5:-2
b:de_rug 0:2 1:2 3:-2
b:de_ruimte 0:3
b:de_ruzies 0:-8 5:11 8:-2
b:de_scheiding 0:-4 2:-1 5:7
b:de_schermen 0:9 1:3 2:-1 3:-2 4:2 5:-3 8:-1
b:de_school 0:-6 6:2 7:16 8:-1
b:de_schoolkantine 0:1
b:de_schoolkrant 0:3 8:-1
b:de_schoonmaak 0:-5 4:8 7:2
b:de_sector 0:3 8:-1
b:de_sectorkeuze 0:3 1:2 3:-2
b:de_selectie 0:3
b:de_sfeer 5:1
b:de_site 0:7 6:-3
b:de_sjaak 1:-3 7:8
b:de_slimste 3:4 4:-2
b:de_snuffelstage 0:3 3:-1
b:de_sollicitatie 0:3 1:-1
b:de_sportdag 0:4
b:de_sportopleiding 0:2 1:-1 8:1
b:de_stad 0:2
b:de_stage 0:16 1:-6 3:2 4:-2 5:6 8:-2
b:de_stagebegeleider 0:-4 1:5 8:2
b:de_stageplek 0:3
b:de_stap 0:4 4:2 8:-3
b:de_start 0:7 3:-1 7:-2
b:de_statistiek 0:-3 6:12 7:-2
b:de_stilte 0:1
b:de_student 0:-5 1:-3 2:5 4:-3 5:6 6:5 7:-8 8:7
b:de_studenten 0:-2 3:3
b:de_studie 1:-1 5:3
b:de_studiekeuze 0:-6 3:4 5:7
b:de_studiekeuzecheck 0:2 6:1 7:4
b:de_supermarkt 0:3 6:-2 8:1
b:de_taal 0:7 1:4 3:-1
b:de_teamleider 0:-1 3:-1 7:13 8:-2
b:de_techniek 0:-12 1:7 2:2 4:5 8:9
b:de_techniekdag 0:5 4:-3
b:de_techniekklas 4:1
b:de_theorie 0:-4 1:-3 2:4 4:10 5:-1
b:de_thuiszorg 4:-2 5:3
b:de_tien 0:-1 3:3 4:-2
b:de_tijd 0:42 1:-5 2:2 3:-1 4:2 5:-3 7:5 8:-4
b:de_toekomst 0:1
b:de_toelating 0:1 1:-2 7:4 8:-2
b:de_toets 0:2 2:-2
b:de_toetsweek 2:-2 6:4
b:de_top 0:-3 1:-2 2:7 3:12 4:-5 8:-2
b:de_twee 0:-2 1:-2 2:-1 3:-2 8:10
b:de_tweede 0:5 2:2 3:-1 7:-1
b:de_twintig 3:1
b:de_uitslag 0:9
b:de_universiteit 0:-2 1:-3 3:3 4:13 7:-2 8:8
b:de_urenkaart 2:-1 6:3
b:de_vakken 0:-3 1:4
b:de_veertig 1:-2 4:8 5:-1
b:de_verkeerde 0:-5 1:-1 7:6 8:1
b:de_verkoop 1:-4 8:10
b:de_verkorte 0:-6 8:7
b:de_verpleging 4:1 5:-1
b:de_verplichte 0:-1 6:5
b:de_verschillen 0:-2 3:5
b:de_verzorging 3:-7 4:7
b:de_vier 0:-2 6:2
b:de_vijf 0:-3 2:-2 6:11
b:de_voedselbank 0:-3 2:-2 5:9
b:de_volgende 0:-3 1:-2 2:11 3:-3 6:4 7:1 8:-2
b:de_voor 0:9 2:-1 8:-2
b:de_voorbereiding 0:1
b:de_voorjaarsvakantie 7:2
b:de_voorlichting 0:5 1:-2
b:de_voortgang 0:3
b:de_vorige 0:2 1:-2 3:9 5:-2 8:-2
b:de_vraag 0:7 1:-2
b:de_vragen 6:3
b:de_warming-up 0:3 1:-1
b:de_week 0:-5 2:6 3:-1 7:4
b:de_weg 0:-9 1:13 4:8 6:-1 8:-2
b:de_werkplaats 0:7 4:-4 5:-3 8:5
b:de_werkplek 0:5
b:de_werkvloer 0:-1 1:4 2:4 4:7
b:de_winkel 0:1 4:2
b:de_zaak 0:2 4:2
b:de_zes 2:2
b:de_ziekte 0:-2 5:3
b:de_zomer 0:-5 1:4 4:-2 5:1 6:-2 7:4
b:de_zomervakantie 0:7 5:-3
b:de_zorg 0:-5 1:9 2:-5 4:7 5:2 6:-6 7:-6 8:22
b:de_zorgcoordinator 0:4 5:-3
b:de_zwakke 1:2
b:deadline_van 7:2
b:decaan_en 0:2 7:4 8:-2
b:decaan_heeft 7:-1 8:3
b:decaan_is 0:7 8:-5
b:deed_? 0:2 2:6 3:-2 5:-2
b:deed_de 1:-1 3:4
b:deed_die 0:1
b:deed_het 0:-5 3:11
b:deed_je 0:15 2:-5
b:deel_ervan 0:1
b:deel_gerust 0:1
b:deel_ik 3:-1 7:2
b:deel_van 0:7 2:-2
b:deelname_in 0:-3 6:4
b:definitieve_keuze 0:-4 7:6 8:-1
b:degene_die 0:-3 7:4
b:delen_? 0:-2 5:5
b:delen_voor 0:4 7:-1
b:denk_dat 7:-1 8:4
b:denk_eens 0:2
b:denk_eraan 0:-2 1:-2 6:-1 7:10
b:denk_erom 0:-3 7:8 8:-2
b:denk_goed 0:-2 7:6
b:denk_graag 0:5 7:-1
b:denk_je 0:9 1:-4 3:13 4:4 5:-12 6:-3 7:9 8:-3
b:denk_jij 0:-4 3:-2 4:7
b:denk_maar 1:7 4:-1 8:-2
b:denken_? 0:-6 1:-1 2:2 5:9 7:1
b:denken_dat 0:-1 4:4 8:-3
b:denken_graag 0:3 8:-1
b:denken_het 0:3 7:-3
b:denker_dus 1:3 4:-3
b:denkt_? 0:-10 1:3 2:10 4:-1 5:12
b:denkt_aan 0:3 1:-1
b:denkt_en 0:3 2:-1
b:denkt_er 0:11 5:-10
b:denkt_met 0:7 5:-6
b:denkt_te 0:-3 1:6 2:-1
b:denkt_u 0:-1 1:1 2:-4 3:5
b:denkvermogen_voor 1:2
b:derde_klas 0:2
b:detailhandel_in 0:-1 1:2 8:2
b:deur_openen 0:3 1:-3
b:deur_staat 0:4 6:-1
b:deuren_open 2:2 8:3
b:deze_keer 0:-4 1:2 6:5
b:deze_keuze 0:2 3:-3 6:-1 7:5
b:deze_klas 3:2
b:deze_leerling 0:-8 1:14 4:3 5:-1 8:4
b:deze_maand 0:4 6:4 7:1 8:-4
b:deze_opleiding 0:5 1:-7 2:-6 3:12 4:-3 5:1 8:4
b:deze_periode 2:8 5:-2 6:5 7:-1
b:deze_richting 0:15 1:-5 8:-5
b:deze_route 0:2
b:deze_school 0:-1 3:2
b:deze_stage 0:-3 3:-2 7:8
b:deze_stof 0:1
b:deze_student 0:-7 1:4 2:-1 3:2 4:3 6:-2
b:deze_studie 0:10 4:-2
b:deze_toets 2:1
b:deze_vraag 0:1
b:deze_week 0:4 1:-2 2:3 3:-2 5:-3 6:7 7:8 8:-1
b:dezelfde_opleiding 7:-4 8:8
b:diagnose_heb 0:-2 1:-1 5:7
b:diagnose_waar 0:-2 5:3
b:dicht_bij 4:3 5:-3 8:4
b:dichtbij_gezien 0:3 5:-2
b:dichten_? 0:-2 1:1 2:5
b:dichtgaat_? 0:-2 5:-2 7:6
b:die_<grade> 0:-11 2:15
b:die_? 1:6 3:-2
b:die_al 0:-8 3:9
b:die_als 0:-5 1:8
b:die_anders 0:5 2:-1 3:-2
b:die_bespreken 0:3 6:-1
b:die_bij 0:3 1:2 3:-2
b:die_cijfers 0:-1 2:1
b:die_dag 0:6
b:die_de 0:-3 1:2 5:6 7:5 8:-3
b:die_dit 3:-1 6:1
b:die_droom 0:-6 7:3 8:11
b:die_druk 0:5 5:-1
b:die_echt 0:2
b:die_een 0:10 1:3 8:-2
b:die_er 2:3
b:die_gaat 2:4
b:die_gedachte 0:2
b:die_graag 0:4 5:-3
b:die_heeft 0:-2 3:11 6:-1 8:-2
b:die_het 0:-5 3:4 7:2 8:2
b:die_hij 0:8 1:-1 8:-1
b:die_hoog 0:-2 2:3
b:die_houding 4:2
b:die_ik 0:-11 3:1 8:12
b:die_in 0:7 1:-2 2:-2 6:4 7:-2
b:die_invloed 0:-2 5:4
b:die_jaren 0:2
b:die_je 0:61 1:-3 2:8 3:-4 4:5 6:9 7:-5 8:-3
b:die_jij 0:5 1:5 3:-2 4:-2 7:-2
b:die_jou 0:2
b:die_kant 0:-3 1:1 3:4 8:2
b:die_keuze 8:1
b:die_leerling 0:-4 8:1
b:die_meedenkt 0:5 5:-2
b:die_meeloopdag 0:-1 3:2 6:-2 7:-2 8:7
b:die_mislukte 0:1
b:die_moeite 0:-3 1:7 5:-1
b:die_muziekdroom 0:-1 8:2
b:die_naar 0:-1 4:5
b:die_neem 8:2
b:die_net 0:5 3:-2 4:-1
b:die_niet 0:-5 1:4 3:-1 7:8 8:-3
b:die_nog 0:-7 1:-2 3:16 5:-1
b:die_nu 0:6 3:4 4:-2 6:3 7:-2
b:die_op 0:-4 3:-3 5:4 6:3 7:9 8:-3
b:die_open 0:2
b:die_opleiding 0:-3 1:-2 2:2 8:8
b:die_pabo 8:3
b:die_persoon 0:4 3:-2
b:die_richting 0:-3 4:7 7:-2 8:2
b:die_slecht 0:3 1:-1
b:die_stage 0:-5 1:-2 3:-1 5:5 7:-1 8:12
b:die_stap 0:10 4:1 8:-1
b:die_studie 0:1 8:1
b:die_tegenvalt 0:-2 1:-2 2:4
b:die_twee 1:-1 4:3
b:die_uw 5:1
b:die_van 3:15 5:-3 7:1
b:die_vandaan 4:5 5:-2
b:die_veel 0:3
b:die_voor 1:5 8:-4
b:die_we 1:-2 5:5
b:die_weet 0:-7 3:11
b:die_weg 0:1
b:die_wel 0:-4 3:6 4:-1
b:die_wens 0:3
b:die_werelden 0:1 8:-1
b:die_werken 0:2 5:-2
b:die_zich 0:-7 1:2 5:6
b:die_zijn 0:-2 1:-3 3:3 8:5
b:die_zo 0:-5 1:14 4:-3
b:diep_in 0:-3 4:-2 5:11
b:dieren_ken 0:1
b:dieren_of 0:-4 4:6 5:-1
b:dieren_techniek 0:3 5:-2
b:dierenarts_? 0:3
b:dierenarts_maar 0:-1 8:1
b:digitale_dossier 6:2
b:ding_dat 0:4
b:ding_dus 0:-1 1:2
b:ding_he 1:2
b:ding_is 1:3 4:-2
b:dingen_? 0:-5 1:9
b:dingen_die 0:8 1:4 3:-1 5:1 7:-2
b:dingen_heb 0:-4 1:-1 5:9
b:dingen_kun 0:1
b:dingen_maken 0:4 5:-2
b:dingen_op 0:6 1:2 6:-1
b:dingen_waar 0:-7 1:9
b:diploma_? 4:3
b:diploma_behaald 0:4 7:-2
b:diploma_een 0:2
b:diploma_en 1:-1 7:3
b:diploma_kom 7:1
b:diploma_meteen 8:1
b:diploma_op 0:3 3:1
b:diploma_wil 0:-7 1:4 2:5 7:-1
b:diploma_willen 4:2
b:discipline_voor 0:-1 1:9 8:-4
b:dit_bedrijf 0:-6 3:5 7:3
b:dit_blok 2:2
b:dit_gesprek 1:-5 2:2 5:2 6:18 7:-3
b:dit_ging 0:1
b:dit_haalt 0:9 2:-1 6:-3 7:-2
b:dit_is 0:-6 3:1 4:10 5:-1 6:-5 7:15
b:dit_jaar 1:16 2:11 3:-4 5:-2 6:8 7:-1 8:4
b:dit_keer 0:3
b:dit_lob-gesprek 0:-1 5:1
b:dit_loopbaangesprek 0:-2 2:4 6:-2
b:dit_maakt 0:2
b:dit_moment 0:-18 2:11 3:2 5:15 6:-4 7:-1
b:dit_niet 0:7 7:-2 8:-1
b:dit_nog 0:2 1:-1 5:-2 7:3
b:dit_onderdeel 0:-4 6:7
b:dit_onderwerp 0:3 2:-2
b:dit_profiel 0:7 2:-2
b:dit_resultaat 0:3 3:-1
b:dit_schooljaar 0:-1 2:-2 5:-4 6:10
b:dit_te 0:2
b:dit_vak 0:4 1:-1 4:-1 5:2
b:dit_verhaal 0:1
b:dit_voorjaar 0:4 6:-1
b:dit_was 0:-6 2:5
b:dit_werk 0:3
b:dit_werkstuk 0:1
b:docent_op 0:-1 1:1
b:docenten_doen 0:3 1:-1 6:-1
b:doe_gewoon 0:-4 8:7
b:doe_je 0:14 3:-8 6:6 7:-1 8:-4
b:doe_jij 0:-6 3:9 4:-1
b:doe_nou 0:-2 6:-2 8:8
b:doel_maakt 0:1
b:doel_voor 0:-2 2:4
b:doen_? 0:-22 1:19 3:7 5:7 7:19
b:doen_aan 0:-3 1:10 2:-2
b:doen_al 0:3 1:-1 6:-1
b:doen_als 0:16 1:-4 7:2 8:-6
b:doen_dan 0:-3 4:5 8:-1
b:doen_dat 0:6 8:1
b:doen_de 3:2
b:doen_die 8:4
b:doen_dus 7:-2 8:3
b:doen_en 3:2 4:5
b:doen_het 4:2
b:doen_is 8:2
b:doen_je 0:-5 2:-1 5:7 7:-1 8:2
b:doen_met 0:-2 5:3
b:doen_niet 8:2
b:doen_of 0:2
b:doen_om 0:-13 1:-3 2:14 4:3 5:-2 6:7
b:doen_voor 1:-1 2:1 4:1
b:doen_waar 0:3 3:-1
b:doen_wat 0:6 7:-1
b:doen_we 1:-2 6:1 8:3
b:doen_zij 3:2
b:doen_zonder 0:-2 1:6 4:-1
b:doener_dan 1:1
b:doener_dus 1:-4 3:4 4:-4 8:5
b:doeners_geen 0:-1 1:-2 4:5
b:doet_? 0:3 1:-1 3:-1 7:2
b:doet_dan 0:-4 8:6
b:doet_dat 5:1
b:doet_die 0:-1 3:2
b:doet_een 0:6 1:-2 8:1
b:doet_het 0:10 2:4 3:3 8:-3
b:doet_u 3:2
b:dokter_worden 0:1
b:door_de 0:4 2:-2 6:4
b:door_elkaar 0:7 1:-1 2:-1
b:door_iemand 1:-1 7:2
b:door_je 0:5 5:-2 6:3 8:-2
b:door_naar 0:-5 1:-2 2:-2 6:4 7:5 8:2
b:door_over 0:-6 5:9
b:door_te 0:5 1:-4 2:7 3:-2 5:-2 6:-1 7:4 8:1
b:door_uw 0:-2 6:5
b:doordeweeks_in 0:-2 5:4
b:doorgaat_haal 0:-1 7:3
b:doorgeven_anders 0:-1 7:2
b:doorlopen_? 6:2
b:doorlopen_waar 2:3
b:doorstromen_naar 0:-3 1:2 3:3 4:-3 7:-2 8:4
b:doorstroom_naar 2:2
b:doorstuderen_? 0:3
b:doorvragen_is 0:4
b:doorzetter_bent 1:4 3:-1
b:doorzetter_dus 1:5 7:-1 8:-2
b:doorzettingsvermogen_voor 1:2
b:dossier_is 1:5 3:-2
b:dossier_noem 6:2
b:draad_kwijtraakt 0:-2 1:8 4:-2
b:draagt_zou 0:-2 1:-5 4:7
b:draaien_al 0:-2 3:3
b:draait_? 0:-2 5:4
b:draait_dit 0:-2 2:3
b:draait_het 0:-2 2:2
b:drie_bedrijven 3:1 6:-1
b:drie_beroepen 0:-3 6:5
b:drie_dagen 6:-1 7:2
b:drie_dingen 0:11 1:8 2:3 3:-3 4:-1 6:-1 7:-2
b:drie_jaar 0:-2 1:3 2:-1 3:1
b:drie_keer 0:-2 1:5 2:1 3:2
b:drie_kwaliteiten 0:-1 6:1
b:drie_maanden 1:-3 7:6
b:drie_meeloopdagen 0:-2 3:3
b:drie_momenten 0:2
b:drie_onvoldoendes 2:1
b:drie_open 0:-5 3:8 6:1
b:drie_opleidingen 0:8 7:-2
b:drie_talen 0:3
b:drie_tekorten 1:-1 2:2
b:drie_van 0:-3 6:4
b:drie_weken 0:3 1:-1 2:-2 6:-3 7:7
b:drie_woorden 0:4 1:-3
b:driegesprek_met 0:5 5:-3 6:3
b:drijft_mij 0:2
b:dringend_om 0:-4 8:5
b:dringt_echt 7:2
b:drink_je 0:-4 5:9
b:drinkt_iemand 0:-4 5:5
b:dromen_over 1:-1 8:6
b:droom_om 8:3
b:droom_van 0:-5 8:12
b:droomt_van 0:2
b:druk_of 0:1
b:druk_om 0:4 5:-3
b:druk_vandaan 0:2
b:druk_voelt 0:1
b:druk_volgens 0:2
b:druk_vooral 0:1
b:duidelijk_dat 0:-6 7:18 8:-4
b:duidelijk_een 1:-12 2:10 4:-2 7:-3 8:9
b:duidelijk_is 0:-3 1:9 8:-1
b:duidelijk_niet 0:-2 1:8 8:-2
b:duits_en 0:-1 7:1
b:durf_je 0:8 1:-2
b:durf_jij 0:1 1:3 3:-1
b:durfde_te 0:4 1:-2
b:durft_niet 0:2
b:durft_te 0:7 7:-3 8:-1
b:dus_begin 8:2
b:dus_bij 1:1 2:-1 3:9 4:3 7:-2 8:-5
b:dus_daar 0:-1 1:-6 4:3 8:10
b:dus_dat 1:-1 7:-2 8:10
b:dus_de 0:-2 1:2 4:1 7:-1 8:2
b:dus_denk 0:-1 1:6 4:5 7:-4 8:-3
b:dus_die 1:-1 7:-1 8:5
b:dus_een 0:-2 1:8 2:-1 3:5 4:5 7:-5 8:-5
b:dus_geen 3:5 4:-3 6:-2 7:3
b:dus_het 0:-1 1:-6 4:-6 8:17
b:dus_hoe 1:-4 7:8
b:dus_ict 1:-1 4:3
b:dus_iets 1:-1 4:5 8:-2
b:dus_ik 7:6 8:-4
b:dus_je 1:-10 2:13 4:8 6:2 8:9
b:dus_jij 1:5 3:1 5:-1
b:dus_kies 0:-3 1:6 3:-1 4:7 7:4 8:-9
b:dus_kijk 1:2
b:dus_laten 1:5 4:-2 6:3 8:-3
b:dus_maar 1:5 4:2 8:-4
b:dus_misschien 1:2 4:-1
b:dus_niet 0:2 7:-1
b:dus_nooit 0:7 1:-1 2:-1
b:dus_nu 7:3
b:dus_ook 0:3 1:-2
b:dus_regel 7:1
b:dus_richt 1:4 8:-1
b:dus_schiet 7:2
b:dus_schrijf 8:1
b:dus_techniek 1:1
b:dus_vandaag 7:1
b:dus_vooral 0:-4 1:5
b:dus_vraag 4:1
b:dus_wat 1:7 4:-1 8:-3
b:dus_we 0:-1 6:5 8:6
b:dus_welk 1:2
b:dus_welke 0:-2 1:2 3:3
b:dus_werken 0:-3 1:-2 4:6
b:dus_zet 6:2
b:dus_zoek 0:-1 1:-2 4:4
b:dus_zoeken 1:5 8:-4
b:dus_zorg 1:-1 7:3
b:duurt_het 3:2
b:dyslect_kun 0:-3 1:-2 4:8 7:-1 8:-1
b:e_m 8:3
b:echt_? 0:-3 4:-1 7:5
b:echt_af 8:3
b:echt_als 7:-2 8:5
b:echt_bij 3:-2 4:3 8:3
b:echt_dat 0:-1 1:4 4:-1 7:-2 8:1
b:echt_de 1:-1 3:2 7:11 8:-4
b:echt_dus 1:2
b:echt_een 0:-3 1:-6 4:8 8:3
b:echt_goed 0:-5 1:10 4:-2
b:echt_iets 0:1
b:echt_in 1:5 7:-1 8:-2
b:echt_is 0:3
b:echt_je 0:-3 1:6 8:-2
b:echt_jouw 8:1
b:echt_keuzemoment 0:1
b:echt_leuk 0:1
b:echt_naar 8:2
b:echt_niet 0:-5 1:3 4:-2 7:3 8:3
b:echt_nuttig 0:4
b:echt_op 0:4
b:echt_te 1:-2 6:-1 7:4 8:3
b:echt_van 0:3 3:-2
b:echt_voor 0:1
b:echt_wilt 0:6 1:-2
b:echt_zo'n 4:2
b:echte_doener 4:-3 8:3
b:echte_wereld 0:1
b:economie_en 0:7 7:-5 8:7
b:economie_over 2:1
b:economie_past 2:2 4:-1
b:economie_zit 4:1
b:economische_studie 0:-2 1:-2 2:5 4:-4 8:6
b:een_<grade> 0:-13 1:-7 2:64 3:2 4:-1 6:1 7:2
b:een_aanwijzing 0:2
b:een_achterstand 0:7 1:-3
b:een_afgebroken 0:-1 7:9 8:-3
b:een_afwijzing 0:10 1:-2 5:-2
b:een_ander 0:6 1:2 4:-1 7:3 8:-2
b:een_andere 0:25 1:-5 3:-14 4:-2 5:6 7:-7 8:7
b:een_antwoord 7:3
b:een_aparte 0:-3 4:4
b:een_arbeidersgezin 0:-3 4:6
b:een_baan 0:-2 1:19 3:-2 7:3 8:4
b:een_bakker 0:8 4:-2 5:-3
b:een_bank 1:2 4:-1
b:een_bbl-baan 0:1 4:-1 5:3 7:-1
b:een_bbl-plek 0:-8 1:4 4:3 5:-1 8:3
b:een_bbl-traject 0:-3 1:3 4:-3 5:2 8:6
b:een_bedrijf 0:8
b:een_beeld 0:3 4:-3
b:een_beelddenker 4:4
b:een_beetje 0:-8 1:10 3:-2 5:10 7:5
b:een_begin 0:3
b:een_bekende 0:3
b:een_beoordeling 0:3 1:-1
b:een_beroep 0:21 1:12 2:2 3:-3 4:-4 5:-4 6:8 8:-3
b:een_besluit 7:2
b:een_bewijs 0:-5 5:-1 6:7
b:een_bezoek 0:6 3:-2
b:een_bijbaan 0:-2 3:2 5:3
b:een_bijbaantje 0:-1 1:-1 3:3
b:een_brede 0:1
b:een_brief 0:-1 7:4
b:een_brug 0:-2 1:6 4:-1 8:-2
b:een_brugklasser 0:2
b:een_bureau 0:-3 1:-1 4:-2 8:12
b:een_buschauffeur 0:3
b:een_cijfer 0:14 1:-1 2:-6
b:een_collega 0:2
b:een_compliment 0:4
b:een_computer 3:-5 4:7
b:een_concreet 0:4 2:-1
b:een_concrete 0:3 8:-1
b:een_dag 0:4 1:-1 3:5 7:-2 8:-2
b:een_dagje 0:3
b:een_deadline 0:4 3:-1
b:een_denker 0:-7 1:17 4:-5 7:-2
b:een_deur 0:3 1:-3
b:een_diagnose 0:-2 4:-1 5:5
b:een_dietist 0:3 1:-1
b:een_ding 0:6 2:3 7:-2
b:een_diploma 7:-3 8:5
b:een_doel 0:-2 2:4
b:een_doener 0:-3 3:4 4:1
b:een_doorzetter 1:-7 2:12
b:een_drukke 1:-2 4:3
b:een_duidelijke 3:3
b:een_echt 0:-3 3:1 4:8 8:-1
b:een_echte 0:-7 1:-10 3:1 4:24 8:-2
b:een_economische 0:-2 1:-2 2:5 4:-4 8:6
b:een_eerste 0:2
b:een_eerstejaars 0:3 3:-3
b:een_eigen 0:5 1:-4 3:-3 4:7 8:-2
b:een_ervaring 0:3
b:een_fabriek 0:2
b:een_filmpje 0:3
b:een_flinke 0:-3 1:6
b:een_foto 0:-4 6:9 7:-2
b:een_fout 8:2
b:een_functie 1:6 4:-2 7:-1
b:een_gemiddelde 0:3 1:-2
b:een_gemiste 0:-2 5:-2 7:10 8:-2
b:een_gesprek 0:13 1:-5 3:1 5:1 6:-4 7:12
b:een_gewone 0:3 4:5 8:-1
b:een_gezin 0:-1 1:-5 3:-2 4:12
b:een_goed 0:10 1:-4 3:4 4:-1 8:-2
b:een_goede 0:9 1:3 2:-2 4:-2 7:3
b:een_goudvis 1:5 4:-3 5:-1
b:een_groep 0:2 1:2 4:-2
b:een_groepsopdracht 0:2
b:een_groot 0:-3 2:-1 3:7 4:-5 7:1 8:4
b:een_grote 0:5 1:-4 4:2 8:-1
b:een_half 0:-3 2:2 3:5
b:een_hbo-opleiding 3:3 4:-4 8:2
b:een_hbo-studie 1:4
b:een_heel 0:-2 7:5
b:een_hele 1:3 4:-1
b:een_hoofddoek 0:-6 1:-6 4:14
b:een_hoop 0:-3 7:3 8:1
b:een_hulpmiddel 0:4 8:-2
b:een_idee 0:2
b:een_internationale 0:-2 1:7
b:een_interview 0:6 3:-1
b:een_jaar 0:-4 1:-4 3:2 4:-2 5:-1 7:17 8:2
b:een_jongere 0:1
b:een_kamer 0:-2 5:2
b:een_kans 0:-1 7:4
b:een_kantoorbaan 0:-12 1:9 3:2 4:1 7:-4 8:7
b:een_kantoorfunctie 1:1 4:-1
b:een_kapper 0:1
b:een_keer 0:9 3:4 4:-2 7:12 8:-2
b:een_keuze 0:11 3:1 5:-5 7:6 8:-3
b:een_kind 0:-2 1:4 4:2 5:1
b:een_klant 0:5
b:een_klasgenoot 0:2 3:-1
b:een_klein 1:-2 4:6
b:een_kleine 0:4
b:een_klik 0:7 4:-4 6:3
b:een_kok 0:1
b:een_kort 1:1
b:een_korte 1:-2 4:6
b:een_kwaliteit 0:8
b:een_kwartier 0:2 1:1 6:-1
b:een_laag 0:-5 2:-1 8:8
b:een_lager 0:-3 1:1 3:1 8:1
b:een_lange 0:4 1:-2 2:1 4:12 6:2
b:een_lastig 1:5 4:-1 7:1
b:een_leerbaan 0:5 1:-4 3:1 4:-1 7:8
b:een_leerbedrijf 0:-5 1:-2 3:6 4:-2 6:-1 7:9 8:1
b:een_leerling 0:21 2:-4 3:2 4:-1 5:1 7:-2
b:een_lens 0:5 6:-1
b:een_lijst 0:7 1:-2 6:-1 8:-1
b:een_lijstje 0:-4 1:8 3:2
b:een_logische 0:-2 4:3
b:een_loodgieter 0:2 4:-1
b:een_luchtkasteel 0:-2 1:-3 4:-3 8:9
b:een_maand 0:-2 7:4 8:-1
b:een_magazijn 0:-2 1:-2 4:3 8:2
b:een_marokkaanse 0:-1 4:2
b:een_mbo-diploma 0:-5 8:3
b:een_mbo-opleiding 0:-5 1:9 7:-2 8:2
b:een_meeloopdag 0:8 1:-2 3:5 6:2 8:-3
b:een_meisje 0:-3 1:-1 4:8
b:een_melding 0:-4 3:-2 6:9
b:een_migratieachtergrond 0:-8 4:11
b:een_minor 0:2
b:een_moment 0:6
b:een_monteur 0:1
b:een_mooi 0:3 2:-2 8:2
b:een_mooie 0:4 1:7
b:een_motief 0:3
b:een_nachtje 0:2 7:-1
b:een_negatief 7:4 8:-3
b:een_netwerk 0:6 8:-1
b:een_nieuw 0:3 1:-1 4:-1
b:een_nieuwe 0:5
b:een_numerus 0:2
b:een_ochtend 0:4 5:-2
b:een_omweg 0:4 8:-2
b:een_ondernemer 0:1
b:een_onderwerp 0:1
b:een_onvoldoende 1:-3 7:4
b:een_opdracht 0:6 4:-2
b:een_open 0:3 1:-1 3:1 6:2
b:een_opleiding 0:-5 1:22 2:-9 4:-6 5:12 7:5 8:-8
b:een_oplossing 0:4 1:-1
b:een_opvang 0:-1 5:2
b:een_oud-leerling 0:8 4:-3
b:een_paar 0:5 1:-3 3:-2 4:4
b:een_passende 0:-9 1:3 5:10
b:een_plan 0:3 2:2 3:3 7:-2 8:-1
b:een_plek 1:6 2:2 3:-2 4:-1 7:1 8:-4
b:een_plezier 0:-5 8:6
b:een_praatje 0:2
b:een_praktisch 1:4 4:-2
b:een_praktische 1:-8 8:9
b:een_prima 0:2 1:-3 4:-2 8:9
b:een_probleemleerling 0:-7 1:7 4:-1
b:een_product 0:3 1:-2
b:een_proef 0:2
b:een_proefles 0:3
b:een_proefstudeerdag 0:2 8:-1
b:een_profiel 0:14 1:-2 7:-3 8:-5
b:een_project 0:2 3:-1
b:een_psychische 1:-2 5:4
b:een_psycholoog 5:2
b:een_punt 0:-5 2:11
b:een_rapportcijfer 0:8 2:-5
b:een_richting 0:-3 1:1 3:2 7:4
b:een_rij 0:6 1:2 2:3 3:3 6:-2 7:-2 8:-3
b:een_rondje 0:1
b:een_route 0:3 1:3 8:-1
b:een_rustig 0:2 2:-2
b:een_rustige 0:-4 1:-2 4:7
b:een_rustiger 0:-5 1:1 3:5
b:een_score 2:-2 6:2
b:een_sector 0:-4 1:9 4:-2 7:3
b:een_snuffelstage 0:2
b:een_sollicitatiegesprek 0:-4 1:3 5:2
b:een_sportclub 0:2
b:een_sportopleiding 0:-7 2:1 4:-1 5:10
b:een_stage 0:-7 1:8 4:11 5:6 7:-4 8:2
b:een_stageplek 0:15 1:6 3:6 5:-3 7:-5 8:3
b:een_stap 0:4 8:-1
b:een_startpunt 0:3 8:-1
b:een_stem 0:2 8:-2
b:een_sterk 0:5
b:een_student 0:10 1:-1
b:een_studie 0:-6 1:13 2:-4 3:3 8:2
b:een_studiekeuzecheck 0:11 4:-3 7:-5
b:een_stuk 0:-3 1:-2 3:9
b:een_talenstudie 1:-3 4:8 8:-2
b:een_talent 0:3
b:een_talige 0:-1 1:-2 4:4
b:een_te 4:5
b:een_technisch 1:-3 8:4
b:een_tegenvaller 0:1
b:een_tekening 0:1
b:een_theoretische 1:3
b:een_tijd 0:2
b:een_timmerman 0:2 2:-1
b:een_toets 0:4 2:-2
b:een_tussenjaar 4:-2 8:11
b:een_tussenstap 0:1 4:-1
b:een_tweede 1:-1 5:1 7:1
b:een_typisch 0:2
b:een_typische 0:4 1:-2 4:7 5:-4 6:-1 8:-3
b:een_uitkering 0:-7 4:-1 5:13 7:-2
b:een_universitaire 0:-3 1:7
b:een_uur 0:-3 2:5 5:-1
b:een_vader 0:-2 4:5 8:-1
b:een_vak 0:-9 1:14 2:5 4:-3 8:4
b:een_vakman 0:6 4:-1 5:-3
b:een_van 3:2 6:1
b:een_vaste 0:-4 1:-1 3:6 5:6 7:-3 8:4
b:een_verblijfsvergunning 5:3 6:-1
b:een_verkeerde 0:-1 1:-2 7:14 8:-1
b:een_verpleegkundige 0:7 3:-3 4:-2
b:een_verrassende 0:-2 4:4
b:een_verslaving 0:-1 4:-1 5:4
b:een_vervolgopleiding 0:-9 2:2 3:5 4:-1 5:5
b:een_vinkje 0:-1 6:3
b:een_vmbo'er 0:-2 4:7
b:een_voldoende 0:-6 1:-2 2:10 4:1 5:-2 6:1
b:een_volgende 0:4 1:-1
b:een_voor 7:1
b:een_voorbeeld 3:6 8:-1
b:een_vraag 0:7 1:-2 2:3 5:-2
b:een_vriend 0:5 5:-1
b:een_vso-leerling 0:-4 3:-2 4:7
b:een_vwo'er 0:-1 4:4 8:-1
b:een_warme 0:4
b:een_website 0:1
b:een_week 4:-1 6:-1 7:8
b:een_werkdag 0:6 1:-2
b:een_werkgever 0:-1 1:7
b:een_werkplek 0:1 1:-1 3:3 5:-2
b:een_wezenlijk 0:6 1:-1 4:-2
b:een_winkel 4:-1 8:4
b:een_zes 0:-4 2:8 5:-2
b:een_zeven 0:-3 2:5
b:een_zieke 0:-2 4:-1 5:5
b:een_ziekenhuis 0:2 4:6 5:-5
b:een_ziekte 0:-4 5:6
b:een_zin 0:-3 1:2 3:-1 6:6
b:een_zwak 4:3 5:-1
b:een_zware 0:1 1:3
b:eenmaal_beter 4:2
b:eenmaal_geen 1:6 3:-1
b:eenmaal_minder 4:3
b:eenmaal_niet 0:-8 1:9 3:-2 4:3
b:eens_? 1:-6 4:-5 5:-1 8:17
b:eens_aan 0:3
b:eens_bij 0:-1 2:3
b:eens_doen 0:1
b:eens_een 0:4 1:5 2:-4 7:-1
b:eens_goed 4:6 7:-2 8:-2
b:eens_hoe 0:-15 2:5 3:-3 5:16 8:-1
b:eens_kunnen 0:2 5:-2
b:eens_langs 0:1
b:eens_met 2:2 3:2
b:eens_na 0:4 1:-3
b:eens_naar 0:-10 3:20 4:12 5:-3
b:eens_naast 0:-1 3:5
b:eens_op 0:5 1:-1 2:-2 3:2 4:-2 5:-1 7:1
b:eens_over 0:-1 1:2 3:1 5:7 8:-4
b:eens_proberen 0:6 1:-3 8:-1
b:eens_rond 0:5
b:eens_te 0:2 5:-1
b:eens_uit 2:2 7:-1
b:eens_van 0:5 2:-1 4:-1
b:eens_waar 0:7 5:-5
b:eens_waarom 0:-5 1:6 2:3 5:-2
b:eens_wat 0:-3 2:2 3:6 5:6 8:-3
b:eens_welk 1:1
b:eens_willen 0:10 1:-4 4:-1
b:eens_zien 2:2
b:eenvoudig_werk 0:-8 1:5 4:4
b:eerder_in 0:-3 3:-3 4:-3 8:11
b:eerlijk_bent 0:8 1:-5
b:eerlijk_gezegd 0:-1 2:1 3:8 4:-6 6:1 8:15
b:eerlijk_is 0:-5 1:3 7:6
b:eerlijk_waar 0:-1 1:3
b:eerlijk_zegt 0:7 1:-2 8:-4
b:eerlijk_zijn 0:-2 1:5 4:-1
b:eerlijke_feedback 0:3 3:-1
b:eerst_? 2:-1 6:4
b:eerst_contact 0:2
b:eerst_de 5:-1 8:2
b:eerst_een 0:-10 1:3 4:4 8:6
b:eerst_even 0:4 8:-1
b:eerst_je 0:-5 2:7 5:-4 7:5 8:1
b:eerst_kort 5:6
b:eerst_maar 0:-3 4:-2 8:5
b:eerst_naar 0:-3 2:-1 4:4 5:7
b:eerst_niet 0:4 3:-2
b:eerst_over 0:-5 1:11 4:-1
b:eerst_praten 0:4
b:eerst_vertellen 0:2
b:eerst_wat 0:1
b:eerst_werken 0:-2 8:4
b:eerst_wil 0:4
b:eerst_zelf 0:4 5:-2
b:eerste_? 0:3 6:6 7:-1
b:eerste_baan 0:5 5:-2
b:eerste_blok 0:4
b:eerste_bpv-periode 0:3
b:eerste_in 0:-5 4:3 8:6
b:eerste_jaar 0:3 2:-1 3:3 8:-1
b:eerste_keus 0:7 7:-1
b:eerste_keuze 0:5 7:-2
b:eerste_periode 0:-1 2:2
b:eerste_stageweek 0:3
b:eerste_uitzoeken 0:2
b:eerste_uur 1:-3 5:5 7:7 8:-4
b:eerste_weken 0:2
b:eerstegeneratiestudenten_zijn 0:5 4:-3
b:eerstejaars_van 3:2
b:eersten_in 0:5 4:-3
b:eet_je 0:-7 1:-1 5:25 6:1
b:eetpatroon_ze 0:-2 3:-2 5:6
b:eigen_bedrijf 0:2
b:eigen_beeld 0:2
b:eigen_doel 0:2
b:eigen_kamer 5:2
b:eigen_kapsalon 0:3 1:-2
b:eigen_keuze 0:-10 1:11
b:eigen_loopbaan 0:2
b:eigen_stem 0:3 5:-1
b:eigen_tempo 0:3
b:eigen_vraag 0:2
b:eigen_waarden 0:3
b:eigen_weg 0:4 1:-2 3:-2
b:eigen_woorden 0:9 1:-4
b:eigen_zaak 0:-2 4:4
b:eigenlijk_? 1:-2 3:1 5:2
b:eigenlijk_al 1:-4 3:-2 7:5 8:6
b:eigenlijk_bij 0:10 5:-7
b:eigenlijk_geen 0:4 1:-2 4:4 5:-2 7:-2
b:eigenlijk_genoeg 1:-1 5:2
b:eigenlijk_het 0:14 1:-3 4:-3 8:-3
b:eigenlijk_in 0:-2 1:-2 4:5
b:eigenlijk_naar 0:-6 5:4 8:3
b:eigenlijk_niet 0:5 1:2 3:-4
b:eigenlijk_nog 0:3 1:-1 3:-1
b:eigenlijk_op 0:-4 4:3
b:eigenlijk_thuis 0:-2 5:3
b:eigenlijk_voor 0:5 2:-1 5:-1
b:eigenlijk_wel 0:-13 1:12 4:-3 5:11
b:eind_de 0:2
b:eind_van 1:-3 2:-1 5:4 6:1 7:5
b:eindcijfer_voor 2:2
b:eindig_je 7:3
b:elektricien_geworden 0:-4 3:10 4:-2
b:elk_beroep 0:5 4:-4
b:elk_cijfer 0:1
b:elk_geval 0:3 1:-1
b:elk_niveau 0:1
b:elk_vak 0:-1 2:1
b:elk_van 0:2
b:elkaar_? 0:2 2:-2 5:1
b:elkaar_een 0:7 1:-1 2:-1
b:elkaar_en 0:1
b:elkaar_in 0:3
b:elkaar_vergelijken 0:1
b:elkaar_zijn 0:-4 5:5
b:elke_dag 0:8 1:1 2:-1 4:-2 5:-4 6:-2 7:4
b:elke_keuze 0:7 7:-4
b:elke_open 0:-6 5:-1 6:8
b:elke_route 0:6 1:-2
b:elke_stage 0:1
b:elke_week 0:-11 2:3 4:-1 5:7 7:8
b:en_afstuderen 0:2
b:en_bedenk 0:2 7:-2
b:en_begint 7:3 8:-1
b:en_ben 0:1
b:en_benoem 0:-1 3:2
b:en_bespreek 0:-4 2:4 3:7
b:en_blijf 0:-1 7:2
b:en_blijft 0:-2 7:3
b:en_blijkt 0:2 5:-1
b:en_bouw 1:1
b:en_contactgegevens 0:1
b:en_daar 1:3 4:-1 8:2
b:en_daarmee 7:4 8:-2
b:en_daarna 0:-3 1:3 8:2
b:en_dan 0:-10 1:6 3:-5 4:5 6:3 7:13 8:-2
b:en_dat 0:-5 1:3 7:6 8:7
b:en_de 0:4 2:-2 4:-1 5:-2 7:-4 8:2
b:en_denk 0:-2 5:3
b:en_die 3:5 7:-1 8:-2
b:en_doet 0:-1 5:1
b:en_doorvragen 1:5
b:en_een 0:-3 1:-2 7:5 8:2
b:en_er 0:-1 7:2
b:en_ga 0:-4 8:7
b:en_geen 0:-3 1:-4 4:7
b:en_geld 0:3
b:en_geupload 5:-2 6:4
b:en_gezondheid 0:1 2:1 4:-1 5:-2 8:4
b:en_ging 0:2 2:-1 8:2
b:en_goed 0:1
b:en_heb 0:-2 6:4 7:1
b:en_heeft 5:2
b:en_herken 0:2
b:en_het 6:6
b:en_hoe 0:7 1:-6 2:11 3:-2 5:4
b:en_hoeveel 0:-10 2:-5 5:12 6:5
b:en_houd 0:-2 1:4 5:1
b:en_houdt 0:-3 5:5
b:en_iets 0:-2 7:-2 8:5
b:en_ik 0:-6 5:-2 7:-8 8:25
b:en_in 0:3
b:en_interieur 0:2 2:2
b:en_is 0:2 1:-2 2:4 3:1 6:-1 7:-1
b:en_je 0:-21 2:1 3:-3 5:2 6:12 7:27 8:-1
b:en_jij 0:-5 1:-7 3:31 6:5 7:3 8:-1
b:en_jongens 0:5 4:-4
b:en_jou 3:1
b:en_kansen 0:3 2:-1
b:en_kies 0:-4 7:-5 8:13
b:en_kijk 8:3
b:en_kijken 8:1
b:en_kun 0:-1 5:2
b:en_laat 1:4 2:-2 3:2 6:6 7:-1 8:-3
b:en_leg 0:1
b:en_lijkt 0:2 1:-1
b:en_lukt 0:-1 5:3
b:en_maak 2:3 7:5 8:-2
b:en_maakt 0:-5 5:6
b:en_maatschappij 0:5 7:-2 8:6
b:en_mag 0:-2 5:2
b:en_mbo 0:2
b:en_meisjes 0:9 3:-1 4:-5
b:en_met 0:-15 5:17
b:en_moeder 0:-2 5:3
b:en_naar 0:2 2:-1 8:6
b:en_nadelen 0:9 2:-1 8:-2
b:en_neem 0:-2 2:5 5:5 6:-2
b:en_negens 0:-2 2:4
b:en_niemand 7:4 8:-4
b:en_niet 0:-3 1:-3 4:10 7:-2 8:2
b:en_noteer 0:1
b:en_nu 0:7
b:en_of 0:-12 2:4 5:11
b:en_ondernemen 0:8 7:-4
b:en_ook 0:-4 1:4
b:en_opleiding 0:-1 1:-1 3:3
b:en_opleidingen 0:2 5:-2
b:en_oud-leerlingen 0:1
b:en_pas 0:-3 8:5
b:en_past 0:-2 2:3
b:en_praat 0:-2 5:3
b:en_praktisch 1:2 8:-1
b:en_rond 0:-2 7:-1 8:4
b:en_scheikunde 0:5 2:2 8:-2
b:en_schrijf 2:6
b:en_schrijven 0:-6 1:12 7:-1
b:en_sla 0:-4 6:7
b:en_slapen 0:1
b:en_sluit 0:-2 5:-1 7:1 8:4
b:en_spreek 2:1
b:en_sta 3:-3 7:7
b:en_stel 6:-1 8:4
b:en_stem 1:2
b:en_stuur 1:-1 4:4
b:en_techniek 0:8 8:-1
b:en_tegelijk 0:5 1:-4
b:en_toch 0:8 1:-3 5:-2 8:-2
b:en_u 0:-1 1:-1 3:3
b:en_vaak 0:2 4:-1
b:en_van 0:2
b:en_vat 0:4
b:en_verdient 3:1
b:en_vergeet 1:4 8:-1
b:en_vertel 0:12 1:-1 2:-3
b:en_verzorgers 0:1
b:en_vinden 0:1
b:en_vmbo-havo-hbo 0:1
b:en_vraag 2:2 3:7 8:-2
b:en_vwo 0:8 8:-2
b:en_waar 0:-12 1:-2 2:9 3:5 5:2
b:en_waardoor 0:3
b:en_waarom 0:38 1:-6 2:-5 4:1 5:-6 7:2
b:en_wacht 0:1
b:en_was 0:-4 3:4
b:en_wat 0:19 1:-3 2:10 4:6 5:3 6:-3 8:-2
b:en_we 6:2
b:en_weet 0:2
b:en_weinig 0:-4 1:3 4:3
b:en_welk 0:3 2:3
b:en_welke 0:1 1:9 2:9 3:-2 5:4 6:-3
b:en_welzijn 0:5 1:2 5:-5 6:2 7:-2 8:5
b:en_werken 0:5
b:en_weten 0:2 5:-2
b:en_wie 0:-10 5:15
b:en_wil 0:6 5:-1
b:en_zet 0:-2 2:3
b:en_zij 0:-5 3:11 8:-1
b:en_zijn 0:-3 2:3
b:en_zit 0:-2 2:7 3:-4 7:2
b:en_zoek 1:3 2:2
b:en_zonder 0:-1 1:-1 7:4
b:en_zou 0:3
b:en_zusjes 3:-2 5:4
b:en_zwakke 0:2 3:-2
b:energie_? 0:3 2:-2
b:energie_en 0:5 2:-1 5:-2
b:energie_in 0:2
b:energie_is 0:-4 4:6
b:energie_van 0:5 3:-2
b:engels_buiten 0:5 2:-2
b:engels_is 0:-2 1:7
b:engels_spreken 1:1
b:enige_die 3:2
b:enige_goede 0:-2 8:3
b:enige_in 0:-4 1:-2 3:9
b:enige_logische 8:3
b:enige_uit 1:-2 3:6 7:-2
b:enige_van 3:2
b:enthousiast_bent 0:-2 1:3 2:1
b:enthousiast_over 0:2 3:1 8:-1
b:enthousiast_van 0:3
b:er_? 0:-2 6:3
b:er_aan 0:-2 3:3
b:er_achter 0:11 2:-2 5:-2
b:er_al 0:9 8:-2
b:er_altijd 0:3 7:-2
b:er_bestaan 0:2
b:er_bij 0:-31 1:14 2:2 4:2 5:15 6:-4 7:-5 8:-4
b:er_dan 0:-7 1:10 2:-1 3:4 5:-1
b:er_de 1:-3 3:-2 5:5 7:1
b:er_deze 0:-4 6:6
b:er_dit 0:3 1:-1 6:2
b:er_dus 0:7 1:-1 2:-1
b:er_een 0:-7 1:4 2:2 3:-1 5:-1 6:7 7:6
b:er_eens 0:2 2:3
b:er_eigenlijk 0:-3 1:1 3:-1 4:4
b:er_elke 0:2 1:-1
b:er_even 5:2 6:-2
b:er_financieel 5:4
b:er_financiele 0:-4 5:7
b:er_gebeurde 0:2 5:-1
b:er_gebeuren 0:4
b:er_gebeurt 0:-6 7:11
b:er_geen 0:-2 6:4
b:er_gemiddeld 0:2 2:-2 5:4
b:er_gerust 0:5 6:-3 7:-2
b:er_gewoon 1:7 5:-2 6:3 7:-3 8:-3
b:er_goed 0:1
b:er_graag 0:1 1:-1
b:er_iemand 0:7 5:2
b:er_iets 0:3 6:6 8:-1
b:er_in 0:-6 2:3 5:9
b:er_inmiddels 2:-2 5:-1 6:5
b:er_is 0:-1 1:1 4:-1 7:7 8:-2
b:er_maandag 3:-2 7:5
b:er_maar 0:-2 7:1
b:er_met 0:2 1:-5 2:8 3:1
b:er_mis 0:1
b:er_misging 0:4 1:-2
b:er_niet 0:-6 1:3 4:-3 6:-1 8:13
b:er_nog 1:9 2:-7 5:-6 6:12
b:er_nu 0:-12 1:-3 2:3 3:-1 4:-1 8:4
b:er_ook 3:3 6:-1
b:er_over 0:2 2:2
b:er_te 5:1
b:er_thuis 0:6 5:4 6:-2
b:er_toch 0:5 1:-2 3:-1
b:er_twee 6:2
b:er_van 0:-2 6:3
b:er_veranderd 0:4 1:-1 7:-1
b:er_volgens 0:10 1:-3 3:4 5:-2 7:-2
b:er_voor 0:-3 2:-1 5:6 7:6
b:er_weer 0:5 2:-4
b:er_wel 0:5 1:-2 7:-2 8:4
b:er_zelf 0:5 3:-1
b:er_zijn 0:16 4:-1 7:-3
b:eraan_? 0:3 1:-2
b:eraan_dat 0:-5 1:4 7:5
b:eraan_komen 0:-1 5:2
b:erg_als 0:5 7:-4
b:erg_om 0:1
b:erg_op 0:-3 5:5
b:erg_traag 0:-2 1:3 5:-1
b:ergens_anders 0:-1 5:5 7:-1
b:ergens_echt 1:2
b:ergens_mee 5:1
b:ergste_dat 0:4 2:-2
b:erin_? 0:1
b:ermee_doet 0:3 8:-3
b:ermee_om 0:-5 1:8
b:ernaar_? 0:3 3:-1
b:erom_dat 0:-4 6:6 7:3 8:-2
b:erom_zonder 7:3 8:-1
b:erop_dat 0:-5 7:8
b:erop_terug 0:1
b:erover_? 5:2
b:erover_praten 0:3 5:-1
b:eruit_bij 7:2
b:eruit_waar 0:2
b:eruitzien_van 0:1
b:eruitziet_? 0:2
b:ervan_? 0:-4 8:7
b:ervan_af 7:-1 8:3
b:ervan_vindt 0:-2 8:3
b:ervaring_maakt 0:1
b:ervaring_niet 0:6 7:-5
b:ervaring_uit 0:2 8:-1
b:ervoor_? 0:-5 1:-1 2:1 5:-2 7:10
b:ervoor_dat 0:-3 2:1 3:3 6:3
b:ervoor_nodig 0:1
b:ervoor_zorgen 1:4 2:1 7:-2
b:eten_? 1:-3 5:6
b:eten_en 0:2
b:eten_op 0:-1 5:4 6:-2
b:even_bij 5:2 6:-2
b:even_checken 0:-1 5:4 6:-2
b:even_de 0:2 5:-1
b:even_een 0:-3 6:5
b:even_het 0:-3 6:5
b:even_in 0:-1 5:4 6:-2 8:1
b:even_je 5:-1 6:4
b:even_mee 3:-1 6:2
b:even_snel 0:-2 6:5
b:even_voor 0:2 5:2 6:1 8:-2
b:exacte_vakken 1:4 2:1 8:-2
b:examen_nederlands 2:2
b:examen_niet 0:2
b:examenjaar_aanmelden 0:1
b:excursie_naar 0:2 3:-2 7:3
b:f_is 0:-1 1:5
b:falen_het 0:8 1:-1 8:-3
b:falen_maar 0:5 7:-1 8:-2
b:familie_? 0:-2 3:1 5:2
b:familie_buren 0:5
b:familie_die 0:3 5:-3
b:familie_in 0:4 4:-3 5:2
b:feedback_van 0:7 3:-2
b:feit_dat 0:-2 1:11 5:-2
b:fietst_? 5:1
b:fijn_? 0:5 5:-2
b:fijn_aan 0:1
b:fijn_dat 0:-12 2:2 3:7 4:-1 5:-1 6:3 8:-1
b:fijn_vindt 0:5 6:-3
b:fijnst_? 0:2
b:fijnst_om 0:2
b:filmpje_over 0:3
b:financieel_adviseur 0:2
b:financieel_voor 5:4
b:financiele_problemen 0:-4 5:7
b:fixus_? 0:2
b:flink_afgevallen 0:-1 5:3
b:flinke_klap 0:2
b:fluiten_naar 0:-4 7:7
b:formulier_van 0:-1 6:2
b:formulier_voor 0:10 6:-6 7:-2
b:foto_van 0:-1 6:4 7:-1
b:fout_in 0:4 4:-2
b:fout_op 0:4 6:-2
b:foute_antwoorden 0:4 8:-2
b:foute_keuzes 0:7 7:-2
b:fouten_maken 0:1
b:functie_met 1:4
b:functie_zonder 1:2 4:-1
b:ga_eens 0:4 1:-3
b:ga_eerst 4:-2 8:3
b:ga_gewoon 8:1
b:ga_je 0:-23 1:21 2:-4 4:-4 5:-6 6:1 7:4 8:1
b:ga_jij 2:9 3:-3 4:15 5:-1 8:1
b:ga_na 3:2
b:ga_voor 0:-5 1:-1 4:-3 8:12
b:gaan_? 0:2 2:9 4:4 7:1 8:-2
b:gaan_allemaal 0:-3 3:10 4:-2
b:gaan_bekijken 1:-1
b:gaan_dan 0:9 3:-8 8:2
b:gaan_de 7:2
b:gaan_doen 0:1 3:1 4:-2 8:2
b:gaan_en 8:2
b:gaan_kijken 0:2 7:-1
b:gaan_leren 0:1
b:gaan_meestal 0:-4 4:6
b:gaan_samen 0:-6 1:10
b:gaan_studeren 0:-1 5:1
b:gaan_vandaag 0:2
b:gaan_voor 2:-2 6:5
b:gaan_we 0:2 1:1 4:-3 8:5
b:gaan_welke 2:-1 6:2
b:gaan_werken 0:-10 4:1 5:9 7:-1 8:6
b:gaat_? 0:2 3:1 4:-3 5:2 7:-2 8:-1
b:gaat_bij 0:-2 5:3
b:gaat_dan 0:3 5:-2
b:gaat_dat 0:-2 1:3 3:-3 7:3
b:gaat_de 4:3 5:-1 8:2
b:gaat_doen 0:-7 1:-7 2:10 7:8
b:gaat_en 0:2 2:-3 5:4
b:gaat_er 0:-3 3:4 7:4
b:gaat_erom 0:2 6:6 8:-2
b:gaat_het 0:-3 1:4 2:-5 5:19 6:-1 7:-10 8:7
b:gaat_je 0:-2 1:7 7:2 8:-2
b:gaat_jou 0:-6 1:14 3:-1 4:-3 8:-1
b:gaat_kiezen 5:2
b:gaat_na 8:2
b:gaat_naar 0:-4 3:9 8:5
b:gaat_om 0:4 1:-1 3:6 8:-1
b:gaat_op 7:4 8:-4
b:gaat_ophalen 2:2 7:-1
b:gaat_over 0:5 1:-1 2:3 5:-1 6:-1 8:-2
b:gaat_straks 0:-1 3:3 4:5 5:-2 8:-2
b:gaat_studeren 0:-3 7:2 8:5
b:gaat_u 0:1 1:-1 2:1 7:3
b:gaat_werken 0:-2 1:-4 3:-2 4:1 5:3 8:7
b:gaf_aan 0:3
b:gaf_de 0:1
b:gaf_een 0:2 4:-1
b:gaf_je 0:5
b:gaf_jou 0:1 2:-1
b:gamen_? 5:3
b:gamen_tot 0:-3 4:-2 5:11
b:gaven_je 0:1
b:gebeld_als 7:1
b:gebeld_voor 0:7 8:-1
b:gebeurde_? 0:2 5:-1
b:gebeuren_als 0:2 1:-1 2:3
b:gebeuren_om 0:-1 2:2
b:gebeurt_? 0:3
b:gebeurt_als 0:-3 7:5
b:gebeurt_er 5:3
b:gebeurt_met 0:-2 7:6
b:gebracht_? 0:2
b:gebrek_aan 0:-4 1:16 2:-2 5:-2
b:gebrekkig_voor 1:1
b:gebruik_je 0:-7 5:12
b:gebruik_jij 0:5 2:-2
b:gebruiken_? 0:4 1:-2
b:gebruiken_dit 0:-6 5:3
b:gebruiken_om 0:2 1:-2 2:3
b:gebruikt_u 0:-4 5:6
b:gebruikt_wordt 0:2
b:gedaan_? 0:2 7:2
b:gedaan_dat 0:3
b:gedaan_en 0:-5 3:5
b:gedaan_om 0:7 6:-1
b:gedaan_waar 0:3
b:gedacht_? 0:-2 4:10 5:-3 8:-2
b:gedachte_komt 0:3 2:-1
b:geduldig_je 0:1
b:geef_de 0:1 8:3
b:geef_hem 0:4
b:geef_het 0:2
b:geef_je 0:-2 1:9 2:-3 7:9 8:-2
b:geeft_? 0:-4 1:4
b:geeft_je 0:-3 1:-2 8:11
b:geeft_ruimte 0:5 3:-1 7:-1
b:geeft_u 0:3
b:geen_aanmelding 0:-2 7:3
b:geen_brood 7:-1 8:5
b:geen_denker 0:-2 1:-3 4:5
b:geen_denkers 0:-1 1:-3 4:6
b:geen_diploma 0:-2 1:-2 4:-1 6:-2 7:10
b:geen_discussie 1:-1 7:-4 8:7
b:geen_doorzetter 0:-3 1:11 7:-2 8:-3
b:geen_eindpunt 0:4 1:-1
b:geen_enkele 1:5 3:-2
b:geen_falen 0:12 1:-1 7:-2 8:-5
b:geen_foute 0:6 3:-1 7:-1
b:geen_goed 0:1 4:-5 7:-2 8:7
b:geen_hoogvlieger 0:-2 1:11 4:-3 8:-3
b:geen_idee 0:12 1:5 2:1 5:-2 7:-2
b:geen_keuze 1:-1 3:6 5:-1 7:5
b:geen_lezer 0:-4 1:5
b:geen_lezers 1:-2 4:3
b:geen_loopbaanbegeleiding 0:8 7:-1 8:-2
b:geen_mbo-opleiding 4:5
b:geen_meeloopdag 0:-3 6:-1 7:8
b:geen_meetlat 0:5 6:-1
b:geen_mislukking 0:5 7:-1 8:-1
b:geen_nederlands 0:-1 1:-2 4:8 7:-4
b:geen_oordeel 0:1
b:geen_open 0:-1 3:1
b:geen_opleiding 1:6 7:-2 8:-3
b:geen_optie 0:-3 4:3 8:3
b:geen_plek 0:1
b:geen_prater 0:-4 1:5
b:geen_probleem 0:-7 1:16 4:-5 7:-2
b:geen_profiel 7:4 8:-3
b:geen_punt 0:2
b:geen_ramp 0:1 1:5 4:-3 8:-1
b:geen_richting 0:-3 3:6 8:-1
b:geen_rol 0:1
b:geen_stage 1:-4 4:7
b:geen_stageplek 0:-3 7:7 8:-1
b:geen_studie 0:-1 7:3
b:geen_studiebol 0:-2 1:5 4:-2 8:-1
b:geen_studiefinanciering 0:-2 7:3
b:geen_toekomst 0:-3 5:2 8:3
b:geen_tussenjaar 0:-4 8:7
b:geen_type 1:-5 3:-1 7:-1 8:8
b:geen_vak 0:-1 1:-3 4:3 7:1
b:geen_vervolgopleiding 1:-3 7:7 8:-2
b:geen_werk 0:-2 1:-3 4:-1 5:7 7:4
b:geen_wiskunde 0:-3 5:-1 7:-3 8:9
b:geen_zin 0:5 1:-4 3:-2 5:-1 7:2 8:2
b:geen_zorgen 0:4 1:-2 3:6 7:-7
b:gefeliciteerd_met 0:4
b:gegrepen_is 0:-2 1:5
b:gehaald_en 0:-5 2:8 5:-2
b:gehad_? 0:5 2:-1 5:-4 6:3
b:geholpen_? 0:6 1:-1 3:-1 5:-1
b:geholpen_bij 0:2
b:gehoopt_? 0:1
b:gehoopt_op 0:3
b:gekeken_? 4:6
b:geknipt_voor 0:-3 1:-2 4:4 8:5
b:gekozen_? 5:2 6:2
b:gekozen_en 1:-1 7:5 8:-2
b:gekozen_hebt 0:-2 7:2
b:gekozen_richting 0:2 1:-1 6:2
b:gekozen_wordt 0:-3 7:5
b:geld_? 0:3 5:-2
b:geld_bij 0:-1 5:2
b:geld_en 0:-1 5:1
b:geld_geen 0:3 1:-2
b:geld_is 0:-3 5:4
b:geld_om 5:3
b:geld_van 0:-1 5:3 6:-1
b:geld_verdienen 0:3 1:-2 4:3 5:-2
b:geld_voor 5:3
b:geldt_<grade> 0:5 8:-2
b:geldt_dat 0:-2 4:3
b:geldzorgen_zijn 0:-4 5:5
b:geleden_nog 0:5 1:-3
b:geleerd_? 0:14 1:-3 6:-2
b:geleerd_dat 0:9 1:-4 3:-1
b:geleerd_en 0:1
b:geleerd_tijdens 0:3 3:-3
b:geleerd_van 0:4 1:-1 3:-2
b:gelegd_en 0:-2 3:5 8:-2
b:geloof_me 0:-3 8:4
b:gelooft_? 0:4 1:-2 3:-1
b:gelooft_in 0:6 1:-3 3:-2
b:gelukt_? 0:-4 1:6
b:gemaakt_? 0:1 5:-2 6:6
b:gemaakt_en 0:1
b:gemaakt_heeft 0:1
b:gemaakt_jij 3:-1 8:5
b:gemaakt_waar 0:3 1:-1
b:gemengde_leerweg 2:3 8:3
b:gemengde_of 0:3 8:-1
b:gemerkt_? 0:2 5:-2
b:gemerkt_over 0:1
b:gemiddeld_? 2:1
b:gemiddeld_een 3:1
b:gemiddeld_in 0:-2 5:5
b:gemiddeld_voor 0:-2 2:2
b:gemiddelde_heb 0:-1 2:2
b:gemiddelde_is 0:1 2:2
b:gemiddelde_leerling 0:-4 2:-1 3:7
b:gemiddelde_omlaag 0:-4 2:5
b:gemiddelde_van 0:-4 2:2 3:3
b:gemiddelde_voor 2:1
b:gemiddelde_werkdag 0:3 2:-2
b:gemiddelde_zegt 0:5 2:-1 7:-1
b:gemiste_afspraak 0:-1 7:4
b:geneeskunde_? 1:-2 4:6 8:1
b:geneeskunde_is 0:1 1:-2 4:-2 7:3 8:5
b:genoeg_? 0:-3 2:3 5:4
b:genoeg_bent 0:5 1:-2
b:genoeg_doen 4:4
b:genoeg_eten 0:-1 5:4 6:-2
b:genoeg_geld 0:-3 5:7
b:genoeg_om 0:-3 5:6
b:genoeg_voor 0:-12 1:13 2:10 5:-2
b:genoegen_nemen 8:7
b:geparafeerd_? 6:4
b:geregeld_behalve 0:-1 3:3
b:geregeld_bij 7:-1 8:4
b:gerust_aan 0:2
b:gerust_als 0:4 7:-3
b:gerust_een 0:6 5:-1 7:-1 8:-2
b:gerust_even 0:2 5:-1
b:gerust_je 0:2 2:-1
b:gerust_over 0:-8 5:8
b:gerust_wat 0:3
b:gescheiden_zijn 0:-2 5:4
b:geschikt_voor 0:-6 1:-7 4:-4 5:4 8:16
b:geslaagd_? 0:3
b:geslaagd_voor 0:3
b:gesprek_? 6:3
b:gesprek_af 0:-1 2:-3 5:-1 6:2 8:4
b:gesprek_als 6:2
b:gesprek_bij 0:-1 1:4
b:gesprek_centraal 1:6 3:-1 6:-3
b:gesprek_een 0:-2 6:3
b:gesprek_gaat 0:5 1:-1 2:3 6:-1 8:-1
b:gesprek_geen 0:5 6:-1
b:gesprek_heeft 6:3
b:gesprek_is 1:-2 6:10 8:-1
b:gesprek_jij 0:-1 8:5
b:gesprek_maakt 0:1
b:gesprek_met 0:10 1:-4 2:1 3:3 7:13 8:-2
b:gesprek_niet 6:1
b:gesprek_om 0:-2 2:3
b:gesprek_op 0:-2 3:2
b:gesprek_over 2:-1 7:4
b:gesprek_telt 0:-4 6:5
b:gesprek_thuis 0:4 5:-2
b:gesprekken_raakten 0:1
b:gesproken_hebben 6:7 8:-5
b:gestopt_? 5:2
b:gestopt_met 0:5 1:-2
b:gestudeerd_hebben 4:4
b:gestudeerd_is 4:2
b:geupload_? 5:-2 6:5
b:gevaar_komt 7:9
b:geven_aan 0:3
b:geven_en 0:3 2:-2
b:geven_je 0:2
b:geven_zodat 0:2
b:gevoel_dat 0:9 1:-5
b:gevoel_voor 0:-2 1:7 8:-1
b:gevoerd_en 5:-4 6:4
b:gevolgen_heeft 0:-3 5:8 7:4 8:-2
b:gevonden_? 0:-2 3:1 7:1
b:gevraagd_wordt 0:2
b:gevuld_is 0:-2 6:8 8:-2
b:geweest_? 0:-1 1:2
b:geweest_voor 0:-1 3:-2 5:7
b:gewend_ben 0:12 3:-2 5:-4 6:-1 7:-2
b:gewend_bent 0:9 1:-1 2:-1
b:gewone_dinsdag 0:4 7:-1 8:-1
b:gewoon_benieuwd 0:2 5:2 7:-1
b:gewoon_bij 0:12 1:-2 3:3 5:-1 7:-2 8:-5
b:gewoon_de 0:-8 1:-4 8:18
b:gewoon_door 3:1 8:2
b:gewoon_e 8:2
b:gewoon_een 0:-6 1:-2 3:5 4:-3 7:-3 8:10
b:gewoon_geen 0:-2 1:4 4:3 8:-4
b:gewoon_iets 0:-2 6:3 7:3 8:-4
b:gewoon_lui 0:2
b:gewoon_niet 0:-8 1:25 3:-1 4:-7 8:-2
b:gewoon_om 0:3 8:-2
b:gewoon_over 1:-1 3:-3 7:8 8:-4
b:gewoon_techniek 0:-4 8:5
b:gewoon_voor 7:6 8:-3
b:gewoon_wat 0:-2 5:-2 8:13
b:gewoon_zeggen 0:2 8:-1
b:geworden_sinds 0:8 5:-4
b:gezakt_? 2:5 5:-3
b:gezegd_dat 0:1 5:-1
b:gezegd_zie 1:-2 3:-3 4:-3 8:8
b:gezet_? 6:2
b:gezien_? 3:2
b:gezien_dat 0:7 1:-2 5:-3
b:gezien_de 0:-4 1:9 3:-2
b:gezien_je 0:-16 1:6 4:2 5:11
b:gezien_van 0:2 5:-1
b:gezin_? 5:2
b:gezin_en 0:-3 5:8
b:gezin_met 1:-5 4:6
b:gezin_waar 3:-2 4:3
b:gezocht_met 0:5 8:-2
b:gezond_? 5:3
b:gezond_genoeg 0:-2 5:3
b:gezond_te 0:2
b:gezondheid_? 2:1
b:gezondheid_en 0:2
b:gezondheid_of 0:4 5:-3
b:gezondheid_sinds 5:2
b:ging_? 0:-2 5:3
b:ging_anders 0:2
b:ging_er 0:7 1:-3
b:ging_goed 0:3
b:ging_het 0:1 3:3
b:ging_je 0:5
b:ging_mis 0:5 1:-2
b:ging_naar 3:2
b:ging_toch 0:4 2:-2
b:goed_? 0:5 1:-7 4:7 5:9 7:-1
b:goed_af 0:3
b:goed_afgaat 1:2 4:-2
b:goed_begin 0:2 8:-2
b:goed_bij 0:-7 1:-2 4:10
b:goed_dat 1:3 3:1 7:-2
b:goed_deed 0:1
b:goed_doen 0:1
b:goed_een 0:-5 7:8
b:goed_en 0:2
b:goed_gaat 0:-2 2:6 5:-2
b:goed_gebruiken 0:2
b:goed_gedaan 0:3
b:goed_genoeg 0:-3 1:8 4:-1
b:goed_ging 2:4
b:goed_idee 0:-2 1:1 4:-3 7:-2 8:8
b:goed_in 1:7 4:8 8:-3
b:goed_kunnen 0:1
b:goed_kunt 0:5
b:goed_met 0:-5 1:-1 4:3 7:8 8:-4
b:goed_na 0:-4 4:7 7:5 8:-3
b:goed_om 0:2 1:-1 2:2 4:5 7:-1 8:-1
b:goed_op 0:-5 2:4 3:5 5:1
b:goed_over 3:1
b:goed_te 4:1
b:goed_toch 4:-2 8:4
b:goed_uitdrukken 1:3
b:goed_van 0:3
b:goed_voor 0:-4 1:-1 7:-3 8:14
b:goed_wat 0:-1 3:2
b:goede_collega 0:1 1:-1
b:goede_dag 0:1
b:goede_keuze 0:-2 8:2
b:goede_opleiding 7:2
b:goede_vraag 0:2
b:goudvis_wordt 1:5 4:-3 5:-1
b:graag_alleen 0:-3 1:-4 4:8
b:graag_als 0:2
b:graag_anders 0:-1 7:2
b:graag_dat 0:1
b:graag_doen 0:3 1:-2
b:graag_doet 0:3
b:graag_een 6:3
b:graag_eens 0:2
b:graag_en 0:1
b:graag_leert 0:4 2:-1
b:graag_maken 0:-3 4:4
b:graag_mee 0:2
b:graag_met 0:9 1:4 4:-1 7:-2 8:-2
b:graag_nog 0:1
b:graag_wat 0:2 8:-1
b:graag_weten 0:-2 5:3
b:graag_wil 0:-4 5:5
b:grafieken_? 0:4 2:-3
b:groep_<grade> 0:-3 2:3
b:groep_? 3:5 4:-2 8:-1
b:groep_aan 0:3 4:-2
b:groep_als 0:-4 3:6
b:groep_de 0:2
b:groep_die 3:1
b:groep_heb 0:-3 3:3
b:groep_kwam 0:-3 3:5
b:groep_op 0:8 3:-7
b:groep_te 0:2 1:3 2:-3
b:groep_tijdens 0:2
b:groep_van 3:-2 7:4
b:groep_wat 0:-2 3:2
b:groepsgemiddelde_op 0:-1 1:-2 2:-1 3:6
b:groepsopdracht_en 0:2
b:groot_is 0:-2 2:5 5:-1
b:groot_of 0:2
b:grote_rol 0:3 1:-2
b:grote_stap 4:5
b:haak_jij 0:-3 1:7 3:-1 4:-2
b:haal_je 0:-16 1:1 2:14 4:-1 5:-2 6:-1 7:8
b:haalbaar_? 1:3
b:haalbaar_is 0:-4 2:5 4:1 5:13
b:haalbaar_voor 1:5 2:-1
b:haalbaar_zijn 1:7 4:-1
b:haalde_een 0:3 1:-2
b:haalde_het 3:1
b:haalt_? 0:-2 2:3
b:haalt_het 0:-6 1:8 7:2 8:-1
b:haalt_voor 2:5
b:haar_een 0:-2 1:7
b:haar_eetpatroon 0:-2 3:-2 5:6
b:haar_maar 1:7 8:-3
b:haar_niet 7:-1 8:4
b:haar_welke 1:1
b:had_? 0:4 2:-3
b:had_behaald 0:1
b:had_en 0:-3 2:4 3:3 5:-2
b:had_gehoopt 0:3
b:had_geleerd 0:4 1:-1 3:-1
b:had_ik 0:-2 8:3
b:had_je 0:4 1:-2 2:6 3:-3
b:had_verwacht 0:3 1:-1 2:5
b:hadden_in 3:1
b:halen_? 0:-6 2:7
b:halen_en 8:1
b:halen_om 2:2 5:-1
b:halen_terwijl 0:-3 1:6 2:-1
b:half_jaar 0:-2 3:6
b:half_punt 2:2
b:halverwege_de 0:4
b:hand_? 0:-3 3:9 4:-2
b:hand_ligt 0:5 1:1 7:-1
b:handel_in 0:-1 4:2
b:handel_voor 4:3
b:handen_? 0:-8 1:16
b:handen_bezig 0:6 1:-2 4:2 8:-1
b:handen_dus 0:-2 1:-8 4:3 8:9
b:handen_maakt 0:6 1:-2
b:handen_met 0:5 2:-3
b:handen_wat 0:-3 4:4
b:handig_dus 1:-1 4:-3 8:6
b:handiger_zijn 1:3 3:-2 4:-1
b:handigheid_word 1:-3 4:-1 8:7
b:handschrift_en 0:-2 1:5
b:handtekening_van 5:-2 6:3
b:handwerk_lijkt 1:3 4:-2
b:hangen_? 0:2
b:hangen_bij 3:2
b:hangen_en 0:2
b:hard_aan 0:1
b:hard_gewerkt 0:3 5:-1
b:harder_dan 0:1 3:3
b:hardop_te 0:3
b:havist_ben 4:1
b:havist_net 4:4
b:havisten_zijn 0:-2 1:-2 3:-3 4:9
b:havo_<grade> 0:2 1:3 2:-4 6:-2 8:5
b:havo_? 0:-4 2:2
b:havo_ben 3:3 7:-2
b:havo_dat 8:2
b:havo_en 0:11 8:-4
b:havo_heb 0:3
b:havo_is 0:-2 8:4
b:havo_kan 0:2 8:-1
b:havo_kies 0:15 1:-3 8:-8
b:havo_naar 0:2
b:havo_of 0:4 3:-3
b:havo_te 0:-2 3:2 8:2
b:hbo_? 1:-1 3:-1 4:3 8:3
b:hbo_dat 0:-2 3:3
b:hbo_de 0:1 8:1
b:hbo_en 0:4 1:-1 3:-2 4:-2 8:4
b:hbo_gaan 0:-1 3:-4 4:10 8:-3
b:hbo_is 0:3 1:1 8:-2
b:hbo_misschien 4:5
b:hbo_of 0:7
b:hbo_ook 0:3 8:-1
b:hbo_voor 0:-2 8:3
b:hbo_wel 4:2
b:hbo_zit 0:3 1:-1 8:2
b:he_? 0:-2 3:-1 5:7 7:-2
b:heb_al 7:-1 8:6
b:heb_besloten 8:1
b:heb_het 6:-2 7:4
b:heb_ik 7:-2 8:5
b:heb_je 0:5 1:-7 3:-13 4:15 5:13 6:18 7:-8 8:-9
b:heb_jij 0:2 3:13 4:-2
b:heb_met 5:-2 8:3
b:heb_nog 5:-1 6:5
b:heb_uitgezocht 0:-10 8:12
b:heb_voor 6:4 7:-3 8:7
b:hebben_? 1:12 2:-2 4:-2
b:hebben_al 0:-2 3:4
b:hebben_allebei 3:4 4:-1
b:hebben_allemaal 3:3
b:hebben_besloten 0:-2 8:5
b:hebben_en 0:-2 1:-2 2:1 3:3
b:hebben_gehad 6:3
b:hebben_het 0:-4 3:-4 4:12 5:-1
b:hebben_hun 1:-1 3:4 4:-2
b:hebben_in 0:5 1:-4
b:hebben_is 0:6 1:-2 4:3
b:hebben_je 0:-2 2:1 5:3
b:hebben_jou 0:1
b:hebben_jullie 6:1
b:hebben_na 3:5 7:-3
b:hebben_nog 7:2
b:hebben_om 0:12 1:-4 2:-1 5:-2
b:hebben_op 5:3
b:hebben_over 1:1 2:1
b:hebben_vaak 0:-3 4:10
b:hebben_voor 1:-1 8:3
b:hebben_voordat 0:7 1:-2
b:hebben_wat 0:3
b:hebben_we 0:-2 2:1 3:-2 5:1 6:2 8:6
b:hebben_welke 0:-2 4:3
b:hebt_<grade> 3:-2 6:5 7:-1
b:hebt_<num> 0:-1 2:3
b:hebt_? 0:-7 1:2 2:-2 3:5 6:-1 7:5
b:hebt_afgerond 0:3
b:hebt_al 6:-1 7:4
b:hebt_alle 0:2 6:-1
b:hebt_bekeken 0:-1 6:3
b:hebt_bezocht 0:-6 3:1 6:8 7:-1
b:hebt_de 0:10
b:hebt_deze 0:3
b:hebt_drie 0:-3 1:-1 2:2 6:3
b:hebt_een 0:2 1:-2 5:4
b:hebt_gedaan 6:2
b:hebt_gekozen 0:-1 5:2
b:hebt_geleerd 0:1
b:hebt_gemaakt 0:2
b:hebt_gemaild 6:2 7:-1
b:hebt_gezocht 0:3 8:-2
b:hebt_hard 0:3 5:-1
b:hebt_het 0:-8 1:9 6:1 7:2
b:hebt_in 0:5 1:-2 7:-2
b:hebt_ingeleverd 0:-1 6:1
b:hebt_je 0:20 1:-2 2:-2 6:-2 7:-2 8:1
b:hebt_meegenomen 0:2
b:hebt_met 0:-2 1:4 4:-3 5:3
b:hebt_moeite 0:-1 1:2
b:hebt_nog 0:-5 1:-1 3:2 6:-3 7:11
b:hebt_nu 0:-1 6:2
b:hebt_om 2:1
b:hebt_op 0:-5 1:6 3:-2 5:4
b:hebt_over 0:1
b:hebt_tot 0:-4 7:5
b:hebt_twee 0:4
b:hebt_vandaag 0:3
b:hebt_wat 0:-1 1:4
b:hebt_weinig 0:-2 1:4
b:heeft_? 0:-1 3:7 7:-1
b:heeft_al 0:-4 3:11 5:-2 6:-6 7:6
b:heeft_bijna 1:3 8:-2
b:heeft_dat 0:3 5:1
b:heeft_de 0:5
b:heeft_die 0:4 3:-1
b:heeft_een 0:2 3:4 4:-1 5:-1
b:heeft_en 5:6
b:heeft_ervaren 0:3
b:heeft_gedaan 6:2
b:heeft_geen 3:-1 7:-2 8:7
b:heeft_gekozen 1:-3 7:4 8:4
b:heeft_gestudeerd 0:-1 3:-2 4:6
b:heeft_gezet 5:-1 6:1
b:heeft_haar 3:4 8:-1
b:heeft_het 0:-6 1:-2 3:6 5:-1 7:9
b:heeft_iedereen 0:-2 7:4
b:heeft_iemand 5:1
b:heeft_in 0:-2 3:2
b:heeft_ingeleverd 0:-2 6:-1 7:7
b:heeft_ingevuld 7:1
b:heeft_je 0:12 1:-6 3:-3 5:4 6:8 7:-1
b:heeft_jou 0:3 3:-1
b:heeft_kan 0:1
b:heeft_mag 0:-2 3:-1 7:5
b:heeft_meer 0:-4 3:5
b:heeft_met 0:-5 1:13 4:-3 5:-1
b:heeft_moeite 1:8
b:heeft_om 0:1 2:5
b:heeft_plaatsgevonden 6:3
b:heeft_recht 0:12 2:-1 7:-10
b:heeft_sterke 0:2 3:-2
b:heeft_u 1:-3 2:5 4:-1 5:10 6:2
b:heeft_uw 0:2 3:-1 6:3
b:heeft_veel 0:-4 4:5
b:heeft_voor 0:-5 5:7 7:2 8:1
b:heeft_waar 0:5 1:-4
b:heeft_weinig 1:7 4:-1 7:-1 8:4
b:heeft_z'n 0:-1 3:2
b:heeft_zich 3:3
b:heeft_zijn 3:2
b:heel_<grade> 0:-2 2:-1 3:8
b:heel_anders 0:1
b:heel_gewoon 0:14 1:-2 3:-5
b:heel_goed 0:-3 3:3
b:heel_jaar 0:-2 7:5
b:heel_normaal 0:7
b:heel_vroeg 0:2
b:helder_uit 0:3
b:hele_dag 0:3 5:4
b:hele_groep 0:-2 3:6
b:hele_klas 3:1
b:helemaal_ingevuld 6:1
b:helemaal_niet 0:1
b:helemaal_oke 0:3 7:-2
b:helemaal_vrij 0:1
b:helemaal_zelf 0:3
b:helft_van 0:-4 1:4 3:6
b:help_je 0:2
b:helpen_? 0:1 1:6 4:-4 5:-1
b:helpen_bij 0:8 3:-1 5:-3
b:helpen_met 0:-3 1:5 3:-1 4:-3 5:4
b:helpen_om 0:3 1:-1
b:helpt_bij 0:1
b:helpt_iedereen 0:1
b:helpt_je 0:4
b:helpt_jou 0:-2 4:3
b:helpt_kiezen 0:2 4:-1
b:helpt_mensen 0:2 8:-1
b:helpt_met 0:2 5:-1
b:helpt_om 0:1
b:hem_duidelijk 0:-2 1:-1 7:9 8:-3
b:hem_dus 1:2
b:hem_eerst 0:7 8:-1
b:hem_het 0:1 3:-1 7:-3 8:7
b:hem_in 0:-4 1:6 3:1 6:-2
b:hem_kunnen 0:4
b:hem_maar 1:-1 4:8 8:-4
b:hem_met 0:5 7:-1 8:-1
b:hem_niet 1:1
b:hem_of 0:-3 4:3
b:hem_past 0:-3 1:2 8:4
b:hem_welk 0:-8 1:-3 8:13
b:hen_? 0:-2 3:1 5:2
b:hen_bij 0:-2 3:3
b:hen_leren 0:-5 3:6
b:herfstvakantie_je 6:3
b:herfstvakantie_nog 0:-1 7:2
b:herkansen_? 0:-2 2:2
b:herkansen_om 2:2
b:herken_je 0:8 1:6 2:-4 3:-2 4:6 5:-3 8:-1
b:herken_jij 0:1
b:het_? 0:-11 1:-8 4:9 6:3 7:14 8:-1
b:het_aan 0:-3 1:-4 2:5 4:2 7:13
b:het_abstracte 0:-6 1:10 8:-1
b:het_advies 0:9 2:2 8:-2
b:het_afgelopen 0:1
b:het_afronden 7:2
b:het_al 0:11 3:-1 8:-2
b:het_alsof 0:6 3:-4
b:het_andere 0:2
b:het_anders 0:5 5:1
b:het_antwoord 8:4
b:het_bedrijf 0:3 1:2 3:-3 4:3 5:-1 8:-1
b:het_begin 0:3
b:het_belangrijkst 0:2 3:-1
b:het_belangrijkste 2:1
b:het_beroep 0:2 1:-4 2:1 3:3 4:-2 8:1
b:het_best 0:2 4:5 7:-1 8:2
b:het_beste 0:-7 1:-4 4:-3 5:-3 6:6 7:3 8:27
b:het_beter 0:-1 3:2
b:het_bewijs 0:-2 6:3
b:het_bij 0:-17 1:12 2:-1 3:10 4:-5 6:-4 7:3 8:4
b:het_bindend 2:4
b:het_bloed 0:-1 2:1 4:12 7:1
b:het_buitenland 1:-2 5:-2 7:-1 8:14
b:het_centraal 2:3
b:het_cijfer 0:9 2:-8
b:het_contact 0:-1 5:4
b:het_daar 0:4 8:-3
b:het_dat 0:-18 1:14 2:-1 3:12 4:-1 7:-1
b:het_de 0:5 1:-1 3:3 5:-3 7:-1
b:het_denken 0:2
b:het_digitale 6:2
b:het_docententeam 0:-1 8:5
b:het_doet 0:-1 3:2
b:het_door 6:-1 7:2
b:het_doorzettingsvermogen 1:2
b:het_dossier 0:-5 6:13 8:-2
b:het_driegesprek 0:4 3:-2 5:5 6:2
b:het_driehoeksgesprek 5:2
b:het_echt 7:4 8:-2
b:het_echte 0:6 4:-3
b:het_een 5:3 7:2
b:het_eens 0:-1 5:-2 7:-2 8:10
b:het_eerst 0:-5 1:13 4:-1
b:het_eerste 0:2 1:-3 2:8 3:3 4:-1 6:-2 7:7 8:-6
b:het_eigenlijk 0:-2 5:3
b:het_eind 0:1 1:-3 2:-2 5:3 6:1 7:5
b:het_einde 0:-2 7:5
b:het_engels 3:1
b:het_enige 0:-3 6:2 8:3
b:het_er 3:2 5:3 6:-4 7:1 8:-2
b:het_ergste 0:-2 1:7 2:-2
b:het_examen 0:7 1:-2 2:2 7:2
b:het_examenjaar 0:1 2:3
b:het_feit 0:-2 1:11 5:-2
b:het_fijnst 0:2 1:-1 4:3
b:het_financieel 5:1
b:het_formulier 0:6 6:2 7:-2 8:-2
b:het_gaat 0:4 1:-3 3:5 5:2 6:4 8:-4
b:het_gebeurt 7:2
b:het_geen 0:-2 1:2
b:het_geld 0:-2 5:5 6:-1
b:het_gemiddelde 0:-1 3:3
b:het_gereedschap 0:2
b:het_gerust 0:6 7:-3
b:het_gesprek 0:1 1:12 4:1 5:-2 6:-11 8:-2
b:het_gespreksverslag 1:4 6:-1
b:het_gevoel 0:10 1:-6
b:het_gewoon 0:4 1:-2 8:3
b:het_gezin 0:-2 5:4
b:het_goed 0:-9 1:-2 2:2 3:-1 4:4 6:-3 7:7
b:het_graag 0:4 6:-1 8:-2
b:het_groen 0:-2 4:5
b:het_groepsgemiddelde 0:-1 1:-2 2:-2 3:8
b:het_groepsproject 0:5 3:-3
b:het_hbo 0:5 1:-3 3:2 4:26 5:-1 6:-4 7:-5 8:5
b:het_hebben 1:1
b:het_hele 0:-2 5:4
b:het_hem 0:-4 1:5
b:het_hier 0:-1 3:3
b:het_hoger 0:6 4:-3
b:het_hoofd 0:6
b:het_idee 0:3 8:-1
b:het_in 0:-2 2:3 4:5 5:-2 6:12 7:4
b:het_interessantst 0:4 2:-4
b:het_is 0:23 1:-9 4:3 5:-3 6:5 7:5 8:-2
b:het_jaar 0:3 1:-4 7:7 8:-2
b:het_je 0:-2 1:2 3:1 5:-1 6:-1 8:1
b:het_jou 0:-13 1:11 3:3 4:4 5:-2
b:het_jouwe 0:-1 3:3 6:-1
b:het_kan 0:5 4:-2 6:3
b:het_keuzedeel 2:2
b:het_keuzeformulier 0:-4 6:7 7:-1
b:het_kiezen 0:-14 1:2 3:10 5:9
b:het_klassengemiddelde 2:-2 3:4
b:het_klinkt 0:6
b:het_kort 0:-1 1:-2 6:10
b:het_laagst 0:-3 2:2 3:3 6:-1
b:het_laagste 0:-2 2:5 6:-2
b:het_laat 0:1 7:-1
b:het_laatst 3:-3 4:4
b:het_laatste 0:2 2:2 3:-4 7:8 8:-3
b:het_land 0:-6 1:-5 4:6 5:7
b:het_langst 3:1
b:het_lastig 0:-3 1:-1 5:5
b:het_leerbedrijf 0:3 1:-1 3:1 6:4 8:3
b:het_leerlingvolgsysteem 0:-4 2:4 6:3
b:het_leerwerkloket 8:2
b:het_leren 0:4 2:-2
b:het_leuk 0:2 1:-1
b:het_leukst 0:12 2:-1 6:-2
b:het_leukste 0:-9 4:10
b:het_liefst 0:13 1:-5 2:2 3:-3 5:-4 8:6
b:het_lijkt 1:-1 8:5
b:het_lijstje 0:-3 6:9 8:-2
b:het_lob-formulier 6:1
b:het_loopbaangesprek 0:-2 2:2 5:10 6:-7 7:1 8:-1
b:het_lukt 0:3 1:-2
b:het_maakt 0:-6 1:-1 6:19 8:-7
b:het_maar 0:-2 1:-1 2:6 5:4 6:-3 7:5
b:het_mag 0:3
b:het_magazijn 0:-2 1:2 4:3
b:het_maken 0:4 2:-3
b:het_makkelijkst 0:4 1:-2
b:het_mbo 0:4 1:-7 4:7 5:-3 8:13
b:het_me 0:-1 5:4
b:het_mee 6:1
b:het_meest 0:26 2:6 3:1 5:-6 6:-5 8:9
b:het_meeste 0:7 2:-2 8:-2
b:het_mentorgesprek 0:-1 6:2
b:het_mentoruur 0:-1 6:3
b:het_met 0:-10 1:-3 2:-3 5:44 6:8 8:-1
b:het_minder 0:4 1:-2
b:het_minst 0:-6 1:10 3:5 5:-1 8:-2
b:het_misschien 0:3 1:-2
b:het_moeilijk 1:1
b:het_moeilijkste 0:2
b:het_moet 0:-1 5:-1 6:2
b:het_moment 0:3
b:het_mooiste 0:2
b:het_naar 0:-4 2:4 3:1
b:het_nederlands 1:3 5:-1
b:het_net 0:-2 4:-1 7:5
b:het_netwerk 0:2
b:het_niet 2:4 3:-9 4:-5 5:-4 6:10 8:1
b:het_niveau 0:4 5:-2 7:3 8:-1
b:het_nog 0:9 1:-3 2:9 3:-2 4:1 5:-3 6:-3 7:6
b:het_nu 1:-2 2:3 5:1 7:4 8:-3
b:het_of 0:1
b:het_om 0:9 1:-2 2:-2 3:17 5:-5 6:1 7:-1
b:het_ondernemen 0:-2 4:4
b:het_ondersteuningsteam 0:1
b:het_onderwerp 0:3
b:het_onderwijs 0:-6 4:8 8:4
b:het_onderzoek 0:1
b:het_ontwerpen 0:2 2:-2
b:het_ook 0:3 5:-1
b:het_op 0:-4 1:5 3:5 4:12 5:-4
b:het_opnieuw 0:1
b:het_over 0:-3 1:19 2:-2 4:2 6:3 7:5
b:het_overzicht 0:-6 1:3 6:7
b:het_podium 0:3
b:het_portfolio 0:-4 6:8
b:het_praktijkexamen 0:2
b:het_praktijkonderwijs 0:-9 1:-3 3:5 4:8 8:2
b:het_praktijkvak 1:-1 3:3
b:het_profiel 0:7 2:2 6:-3 8:-1
b:het_project 0:8 3:-6
b:het_rapport 0:-2 2:1 5:-2 6:4
b:het_reflectieverslag 6:2
b:het_resultaat 0:3
b:het_roc 0:-2 1:1 3:1 6:-2 7:5 8:6
b:het_rustig 0:-2 1:7
b:het_samen 0:4 5:3 8:-2
b:het_samenwerken 0:1
b:het_schoolexamen 2:2
b:het_simpel 0:-3 1:4 3:-1 7:-3 8:6
b:het_snelst 2:3
b:het_solliciteren 0:-3 3:3
b:het_soort 2:3
b:het_stagebedrijf 0:2
b:het_stagegesprek 0:-3 1:-1 5:2 6:3
b:het_stuk 0:3
b:het_stuur 0:1
b:het_systeem 0:-3 5:-2 6:13 7:-2
b:het_talent 0:1
b:het_te 1:-1 2:2 3:1 4:1 5:-1 6:-2 7:15
b:het_team 0:-1 1:-2 7:-1 8:14
b:het_tempo 0:4 1:9 3:-1 8:-2
b:het_thuis 0:-12 2:-2 5:21
b:het_tijd 0:-4 8:4
b:het_toch 4:-2 5:2 8:13
b:het_toen 0:1
b:het_tweede 0:-3 2:4
b:het_type 0:-1 1:7 4:-2 8:-2
b:het_uit 8:1
b:het_urenbriefje 6:1
b:het_vaak 0:-4 1:-1 4:11 8:-1
b:het_vaakst 0:-2 1:4
b:het_vak 0:23 1:-3 3:4 7:1
b:het_vakje 0:-8 6:13 8:-2
b:het_van 8:2
b:het_vandaag 8:2
b:het_veld 1:-2 4:-1 6:11 7:-2 8:-3
b:het_verhaal 0:5 5:-4
b:het_verplichte 5:-4 6:4
b:het_verschil 2:4 3:3
b:het_verslag 0:-3 1:4 3:-2 6:8
b:het_verst 0:-15 3:21 5:-2
b:het_verstandigst 0:-2 1:-2 4:4 8:2
b:het_vertelt 0:4 5:-3
b:het_vinden 0:3 5:-1
b:het_vinkje 0:-3 6:7
b:het_vmbo 0:-7 4:4 8:2
b:het_voelde 0:3 1:-1
b:het_voelt 0:-5 5:6
b:het_volgende 0:8 5:-2
b:het_volgens 0:-4 3:5
b:het_voor 0:16 1:-1 3:-6 6:-2 7:1 8:2
b:het_voorexamenjaar 2:1
b:het_voorjaar 0:3
b:het_vwo 0:-9 2:3 3:17 7:-1 8:13
b:het_was 0:8 5:-1 8:-4
b:het_water 0:1
b:het_weekend 0:-7 5:16 6:-1
b:het_weer 6:-2 7:3
b:het_wel 0:1 1:-2 3:4 8:-1
b:het_werk 0:16 1:-6 5:2 7:2
b:het_wo 0:-3 1:5 2:2 8:-1
b:het_woord 0:2
b:het_wordt 0:-9 1:-2 2:1 4:-5 6:9 7:-1 8:21
b:het_zelf 0:7 2:-2 3:-2 6:-1 7:3
b:het_ziekenhuis 3:-3 7:3
b:het_zijpaneel 0:1
b:het_zit 0:-8 1:10 5:2 8:-2
b:het_zo 0:-1 1:4 3:5 5:-2 6:-1
b:het_zou 7:3
b:het_zwaar 0:-3 1:2 4:4
b:het_zwaarst 0:6 1:-3 2:1 8:-1
b:hetzelfde_profiel 3:3
b:hetzelfde_werk 0:1 7:-1
b:hield_je 0:3 5:-2
b:hielp_je 0:8 1:-2
b:hier_en 8:4
b:hier_even 0:-1 6:4
b:hier_in 0:-4 5:3 8:4
b:hier_mag 5:2 6:-1
b:hier_niet 0:8 6:-1 8:-3
b:hier_niets 0:2
b:hier_nog 0:4 1:-1 3:-1
b:hier_ook 3:1
b:hieronder_kunnen 0:3 1:-2
b:hij_aan 0:1 1:-2 5:4
b:hij_achterblijft 1:-1 3:3
b:hij_al 3:3
b:hij_allemaal 0:-1 1:2
b:hij_beter 0:-2 1:-2 8:10
b:hij_bij 0:-4 1:9 2:-3 7:6 8:-3
b:hij_daar 0:1 4:1
b:hij_daarvan 0:-3 3:8
b:hij_dan 1:3
b:hij_dat 2:1 8:2
b:hij_de 0:3 5:2
b:hij_deze 0:-3 2:4
b:hij_een 0:-5 1:7 3:-2 6:10 7:2 8:-2
b:hij_geen 1:-1 4:4
b:hij_graag 0:4
b:hij_heeft 0:-3 1:3
b:hij_het 0:6 7:-2 8:4
b:hij_in 0:-2 3:4 7:3 8:-2
b:hij_is 0:-4 1:9 4:6 7:-2 8:-5
b:hij_kan 0:-2
b:hij_mist 1:4 6:-2
b:hij_niet 0:-7 1:5 6:-1 7:3 8:4
b:hij_nodig 0:14 2:2 3:-2 7:-3
b:hij_nog 0:-2 1:-2 2:12 5:15 7:3 8:-3
b:hij_staat 0:-2 1:2
b:hij_thuis 8:3
b:hij_waarschijnlijk 1:5 8:-1
b:hij_wil 0:-6 1:-5 3:5 4:-1 7:11 8:2
b:hij_zelf 0:-6 1:-2 3:-1 7:-3 8:17
b:hij_zich 0:-6 1:2 2:-1 5:4 7:-1 8:6
b:hij_ziet 0:1
b:hij_zijn 0:5 1:-2 2:7 4:-2 5:-3 7:2
b:hij_zonder 7:6 8:-3
b:hobby_maar 0:-2 1:-1 6:-2 8:8
b:hoe_belangrijk 0:2
b:hoe_ben 0:13 2:-1 5:-9
b:hoe_bereid 0:-3 4:3 7:4
b:hoe_bevalt 0:2
b:hoe_combineert 0:-3 5:6
b:hoe_compenseer 0:-1 2:1
b:hoe_dat 0:1 2:-1 3:3 5:-3 7:2
b:hoe_de 2:2 5:1
b:hoe_denk 0:-7 1:7 2:-1 4:5 5:-2 7:2
b:hoe_deze 0:-1 3:2
b:hoe_die 0:-3 2:6 5:-3
b:hoe_doe 0:2 5:-1
b:hoe_een 0:4 1:3 3:-2 4:-1 7:-1 8:-2
b:hoe_ga 0:13 1:20 2:-5 4:3 5:-4 7:-5
b:hoe_gaan 1:2
b:hoe_gaat 0:1 1:-2 4:1 5:21 7:-1 8:-1
b:hoe_geduldig 0:1
b:hoe_ging 0:3
b:hoe_groot 0:-2 2:5 5:-1
b:hoe_haal 0:-2 2:5 5:-2
b:hoe_heb 0:10 1:-1 2:-2 5:-3
b:hoe_het 0:-3 2:-1 3:2 4:1 5:26 8:-1
b:hoe_hij 0:4 1:4 2:9 3:-2 4:-2 5:-7 8:-1
b:hoe_hoog 2:2
b:hoe_hun 2:2
b:hoe_is 0:2 2:-1 3:-15 5:34 8:-2
b:hoe_je 0:3 1:-4 2:10 5:2 6:-1 7:-4 8:-3
b:hoe_jij 0:13 1:-2 2:-3 3:-3 5:2
b:hoe_kan 0:-8 1:3 3:7
b:hoe_kijk 0:5 1:4 2:4 3:-6 4:5 5:-4 7:-1
b:hoe_kijkt 0:4 5:-1
b:hoe_kleurt 0:-5 5:6
b:hoe_kom 0:6 1:-2 2:13 3:-4 5:-3
b:hoe_komt 0:-12 1:13 3:18 5:-2 7:-3 8:1
b:hoe_kreeg 0:3 2:-2
b:hoe_krijg 0:-5 2:11 5:-1
b:hoe_kun 0:2 1:-1
b:hoe_kunnen 0:10 3:-1 5:-5
b:hoe_kwam 0:5 5:-1
b:hoe_laat 1:-2 2:-2 5:16 6:1
b:hoe_lang 0:-8 1:-2 2:-2 5:-4 7:21
b:hoe_leer 0:1
b:hoe_los 0:-1 1:3
b:hoe_maak 2:1
b:hoe_merk 0:9 1:-3 5:-3
b:hoe_pak 0:-5 2:9 4:4
b:hoe_pakte 0:6 5:-1
b:hoe_reageer 0:5 1:-1
b:hoe_reageerde 0:1
b:hoe_rustig 0:5 8:-1
b:hoe_slapen 0:1 5:-1
b:hoe_snel 0:8 1:-6 7:8
b:hoe_sta 0:-1 2:1
b:hoe_staan 0:-5 2:5
b:hoe_staat 0:-12 1:-2 2:4 3:6 6:6
b:hoe_u 0:2 5:-1
b:hoe_vaak 0:-3 4:-1 5:7
b:hoe_ver 0:-1 3:1
b:hoe_verklaar 0:-5 2:3 3:6 5:-1
b:hoe_verschillend 0:2
b:hoe_vind 0:-5 8:9
b:hoe_voel 0:2 5:-1
b:hoe_voelde 0:3 5:-1
b:hoe_voelt 0:-4 3:18 4:1 5:-3 8:1
b:hoe_vond 0:4 2:-3
b:hoe_voorkom 0:-2 4:1 7:4
b:hoe_was 0:15 1:-2 2:-2 3:-6
b:hoe_weeg 0:4 1:-1 3:-1
b:hoe_weet 0:4 2:-2
b:hoe_weinig 0:-2 1:2 5:-1 7:3
b:hoe_wil 0:-5 1:24 2:2 4:-2 5:-5 6:1 7:-2 8:1
b:hoe_zie 0:-4 3:-2 5:11
b:hoe_ziet 0:-4 1:7 2:-2 3:-1 4:3 5:2 7:-1
b:hoe_zij 0:2
b:hoe_zit 0:-10 2:-2 3:12 4:4
b:hoe_zorg 0:-5 1:3 2:13 5:-7
b:hoe_zou 0:20 1:-5 2:-2 3:-2 5:-2
b:hoe_zwaar 0:2 2:-1
b:hoef_alleen 6:6 8:-3
b:hoef_je 0:4 1:2 6:-3 8:6
b:hoeft_dit 0:7 7:-2 8:-1
b:hoeft_geen 0:-2 1:3
b:hoeft_het 5:-2 6:5
b:hoeft_hier 0:1
b:hoeft_meteen 0:2 1:-1
b:hoeft_niet 0:4 1:-1 3:-5 4:-1 6:6 7:-2 8:4
b:hoeft_niets 0:4
b:hoeft_nog 0:7 1:-2 8:-3
b:hoeft_nu 0:1 7:-1
b:hoeft_te 0:-4 1:3 4:3 8:-1
b:hoeft_vandaag 0:3 7:-1
b:hoeveel_heb 2:-2 3:1 6:3
b:hoeveel_meeloopdagen 6:1
b:hoeveel_onvoldoendes 0:-4 2:7 5:-2
b:hoeveel_open 0:-2 6:3
b:hoeveel_procent 0:-3 2:4 5:-3 6:2
b:hoeveel_punten 1:-4 2:10 6:-1
b:hoeveel_studiepunten 2:3
b:hoeveel_tekortpunten 0:-4 1:-1 2:11 5:-3 6:-2
b:hoeveel_tienden 2:4 6:-1
b:hoeveel_uren 6:1
b:hoeveel_uur 0:1 2:-6 5:15 7:-1
b:hoeveel_van 0:-2 5:-3 6:6
b:hoeveel_verdienen 0:-7 2:-1 5:12
b:hoeveel_voldoendes 2:3
b:hoeven_leren 0:-1 1:3
b:hoger_? 0:-2 2:4
b:hoger_dan 0:-2 2:-3 3:1
b:hoger_onderwijs 0:6 4:-3
b:hoger_te 0:-5 2:5 3:2
b:hoger_uit 0:-2 2:4
b:hoger_voor 0:-2 2:3
b:hogeschool_? 0:-2 4:3
b:hoofd_en 8:2
b:hoofd_moet 8:2
b:hoofd_zetten 0:-3 8:9
b:hoofddoek_draagt 0:-2 1:-5 4:7
b:hoofddoek_is 4:1
b:hoog_gegrepen 0:-5 1:6 8:8
b:hoog_genoeg 0:-2 2:5
b:hoog_grijpen 0:-3 1:-3 4:9
b:hoog_moet 2:2
b:hoog_of 0:3 4:-1
b:hoogste_cijfer 0:3 2:-2
b:hoogvlieger_dus 1:2 4:-1
b:hoogvlieger_maar 1:7 4:-1 8:-2
b:hoop_je 0:1
b:hoopt_dat 0:3
b:hoor_dat 0:6 8:-5
b:hoor_graag 0:3 8:-2
b:hoor_ik 0:4 7:7 8:-5
b:hoor_je 0:9 1:-5 3:6 4:7 5:-8 6:-2 7:-5 8:16
b:hoor_niet 0:-8 1:15 3:6 4:-5 7:-7
b:hoorde_dat 0:-4 5:8 8:-1
b:hoorde_ik 5:4 8:-1
b:hoorde_je 0:4
b:hoort_? 0:3
b:hoort_bij 0:7 3:9 4:-5 8:-1
b:hoort_erbij 0:8 7:-2
b:hoort_in 0:-2 4:3 7:-2 8:8
b:hoort_natuurlijk 4:2
b:hoort_op 0:-1 3:-2 4:-2 8:7
b:hopen_op 0:3 3:-1
b:horeca_daar 1:16 8:-8
b:horeca_of 0:-8 1:9
b:horeca_werken 0:-2 4:2
b:horeca_zoeken 1:-4 4:5
b:horen_? 0:1
b:horen_aan 0:-1 3:-4 4:8 8:-1
b:horen_bij 0:1
b:horen_dat 0:2
b:horen_en 0:1 7:-1
b:horen_hoe 0:4 2:-1
b:horen_in 0:-2 4:3
b:horen_wat 0:4
b:hou_je 0:-2 4:4
b:houd_het 0:-7 1:4 3:-1 4:6 8:7
b:houd_je 0:2 1:-3 3:2 4:-2 5:4 8:4
b:houden_? 0:-4 2:6 5:6
b:houden_bij 0:-1 5:2
b:houden_de 1:2 4:-1
b:houden_en 0:2 5:-1
b:houden_het 2:2 6:4
b:houden_je 0:1 7:-1 8:5
b:houden_we 0:-2 1:2
b:houding_? 4:2
b:houdt_dat 0:-3 4:2 5:2
b:houdt_de 5:3
b:houdt_het 0:-3 1:5
b:houdt_je 0:7 1:-5 3:2 7:6
b:houdt_jou 0:-13 1:7 3:8
b:huidige_werkgever 1:-2 8:4
b:huis_werken 0:-5 5:6
b:huisarts_? 0:-5 5:7
b:huiswerk_? 0:-1 5:2
b:huiswerk_te 5:1
b:hulp_bij 0:1
b:hulp_en 0:1
b:hulp_nodig 0:-2 3:3
b:hulp_te 0:1
b:hulp_van 0:1 5:3 6:-2
b:hulp_vragen 0:3 5:-1
b:hun_dochter 1:5 2:2 8:-2
b:hun_eerste 0:4 5:-2
b:hun_familie 0:5 4:-3
b:hun_geld 0:2
b:hun_handen 0:-4 1:-6 4:15 8:-2
b:hun_keuze 0:-1 3:2
b:hun_kind 0:-2 1:-1 8:4
b:hun_plek 4:4 8:-2
b:hun_sector 1:-1 3:4 4:-2
b:hun_stage 3:1
b:hun_weg 0:2
b:hun_zoon 1:3 3:4 4:-2
b:huur_te 1:-1 5:3
b:ict_ligt 1:-1 4:3
b:ict_of 4:2
b:ideaal_voor 4:2
b:ideale_werkdag 0:1
b:idee_gebracht 0:2
b:idee_hebben 0:9 1:-2
b:idee_hebt 0:1 1:4 7:-2
b:idee_is 0:-2 7:-1 8:5
b:idee_voor 1:-1 3:4 8:-1
b:idee_wat 0:-3 1:7 5:-2
b:ideeen_over 4:4 7:-1
b:iedereen_al 0:9 3:-5
b:iedereen_een 0:-2 1:-2 6:4 7:4
b:iedereen_gelooft 0:6 1:-3 3:-2
b:iedereen_heeft 0:1 3:-4 5:-1 7:6
b:iedereen_het 0:1
b:iedereen_in 0:-3 3:4 5:2
b:iedereen_is 0:-4 1:14 3:4 4:-5 7:-7
b:iedereen_kent 0:4 1:-1
b:iedereen_om 0:-2 1:-2 3:9 7:-2
b:iedereen_uit 0:-1 3:4
b:iedereen_verwacht 0:-3 7:6
b:iemand_? 1:-11 2:11 4:1
b:iemand_als 0:-2 1:2 8:1
b:iemand_anders 1:-1 5:2 7:3
b:iemand_bij 0:-5 5:7
b:iemand_die 0:3 1:29 4:-3 5:-2 6:2 7:4 8:-2
b:iemand_in 5:6
b:iemand_kan 0:3 1:-3
b:iemand_met 0:-5 1:4 4:8 5:-5
b:iemand_om 0:1
b:iemand_over 0:-3 5:4
b:iemand_thuis 0:6 5:-5
b:iemand_uit 0:5 3:-1 4:4 6:-1
b:iemand_zei 0:2
b:iemand_zoals 0:-3 4:-6 8:11
b:iets_? 0:8
b:iets_aan 1:-1 5:4
b:iets_anders 0:12 5:-1 7:-2 8:8
b:iets_bedenken 1:-4 3:9
b:iets_betekenen 1:6 4:-1 8:-2
b:iets_dat 0:4 3:-2
b:iets_eenvoudigs 1:2
b:iets_en 0:1
b:iets_goed 0:2
b:iets_haalbaars 0:-2 1:-3 7:5 8:5
b:iets_heel 0:1
b:iets_in 0:-4 1:2 2:1 3:-2 4:8 6:7 8:-2
b:iets_je 7:3 8:-2
b:iets_kiezen 0:-2 1:3
b:iets_kleins 0:5 4:-1 6:-1
b:iets_mee 0:2
b:iets_met 0:-8 1:-7 3:2 4:11 7:-2 8:17
b:iets_moet 0:-5 1:8 5:-2
b:iets_niet 0:3
b:iets_nieuws 0:4
b:iets_om 1:-1 5:6 8:-2
b:iets_op 0:1 1:-1 6:5 7:-2
b:iets_opgeleverd 0:4 6:-1
b:iets_over 0:4 1:-2 5:9 6:3 8:-3
b:iets_praktisch 1:1
b:iets_te 0:2 3:-1 5:-1 6:-2 7:8 8:-1
b:iets_tegenzit 1:1
b:iets_van 0:12 2:1 6:-2
b:iets_voor 0:-14 1:6 2:8 3:11 4:10 5:-5 7:-2 8:-12
b:iets_voordat 5:3
b:iets_waar 0:-6 1:-2 4:5 8:5
b:iets_waarbij 0:-2 1:8 4:-1 8:-1
b:iets_wat 0:6 1:-2 5:4 7:2 8:-2
b:ik_? 0:1
b:ik_aan 0:-2 1:4 4:4 8:-5
b:ik_af 8:2
b:ik_al 7:-1 8:4
b:ik_bel 0:-2 7:4 8:2
b:ik_ben 0:23 2:-1 8:-7
b:ik_beter 0:-4 5:7
b:ik_bij 0:1 3:3 4:3 5:-2 6:2 8:-5
b:ik_daar 0:7 5:-1
b:ik_dat 0:6 5:5 6:-3 7:-6
b:ik_de 0:-4 1:-2 3:-1 4:1 6:3 7:3
b:ik_denk 0:4 1:-1 4:-2 7:-3 8:5
b:ik_een 0:3 7:4 8:-3
b:ik_eerlijk 1:-1 3:9 4:-1 8:-4
b:ik_eerst 0:-2 4:5 5:-3 7:6
b:ik_er 7:2
b:ik_geef 0:-2 7:8 8:-3
b:ik_geen 0:-2 4:4 7:2 8:-3
b:ik_gewend 0:4 5:-3
b:ik_gewoon 0:-2 7:-2 8:6
b:ik_graag 0:1
b:ik_heb 0:-6 1:-3 3:5 5:-3 6:4 7:3 8:15
b:ik_het 0:-9 1:4 5:4 6:4 7:9 8:-4
b:ik_hoe 0:2 8:-1
b:ik_hoef 6:6 8:-3
b:ik_hoor 0:10 8:-7
b:ik_hoorde 0:-5 5:9 8:-1
b:ik_horen 0:4
b:ik_iets 0:-3 6:1 8:2
b:ik_in 0:5 8:-2
b:ik_je 0:-19 1:3 3:-1 5:2 6:3 7:25
b:ik_jou 0:-9 2:1 3:2 4:-4 7:-3 8:24
b:ik_kies 0:-6 8:6
b:ik_me 0:2 1:-4 4:6 8:-1
b:ik_meld 8:2
b:ik_merk 0:4 1:-2 5:3 7:-2 8:-3
b:ik_met 0:-2 8:3
b:ik_meteen 8:3
b:ik_moet 6:6 8:-2
b:ik_niet 0:27 1:3 2:2 3:-1 5:-3 7:-3 8:-1
b:ik_nog 0:3 1:-2
b:ik_nu 0:1
b:ik_raad 0:-3 7:-3 8:7
b:ik_stel 0:-2 6:3
b:ik_vaker 0:2
b:ik_van 0:4 1:7 3:-2 6:-1
b:ik_vind 0:-3 8:7
b:ik_voor 0:-10 1:2 2:-2 4:-2 7:2 8:10
b:ik_vooral 0:2 1:5 5:-2
b:ik_vragen 0:-4 5:5
b:ik_waarschuw 7:2
b:ik_wat 0:2
b:ik_weet 0:-7 5:3 7:-1 8:13
b:ik_welke 0:-4 5:3 7:6 8:-4
b:ik_weten 0:-1 5:4
b:ik_wil 0:-6 2:7 5:-2 6:-2 7:3 8:2
b:ik_zag 0:17 2:3 5:-3 8:-7
b:ik_zeg 7:8 8:-7
b:ik_zelf 7:4 8:-1
b:ik_zet 6:2 7:-1 8:1
b:ik_zie 0:4 1:-9 4:-2 5:11 7:-5 8:11
b:ik_zijn 0:-1 5:-2 7:-2 8:10
b:ik_zo 8:3
b:ik_zou 0:-4 7:2 8:6
b:in_<grade> 0:-5 1:7 2:-2 3:5 4:-1
b:in_? 0:-8 1:-6 2:-1 4:7 5:4 6:13 7:3
b:in_aan 0:2
b:in_aanraking 0:-2 1:4 8:-1
b:in_amsterdam 0:5 3:-3
b:in_anders 0:-2 6:-2 7:6
b:in_augustus 8:2
b:in_bed 0:-2 5:6
b:in_bent 0:-6 1:15 3:-2 4:-3 5:-1
b:in_beroepen 0:4 8:-1
b:in_beschut 0:-6 1:-3 4:13
b:in_beweging 0:1
b:in_bij 0:-5 1:-1 3:-2 4:2 5:-1 6:7 8:4
b:in_cijfers 0:9 2:-6
b:in_dan 0:-7 5:6 6:7 7:-2
b:in_dat 0:3 1:-1 8:1
b:in_de 0:-13 1:9 4:40 5:-13 6:-14 7:-5 8:11
b:in_deze 0:7 1:-4 2:-4 3:8 4:-1 5:3
b:in_die 0:10 1:-3 3:-2
b:in_dit 0:1 1:-7 2:3 4:-3 5:3 6:-11 7:2 8:-3
b:in_een 0:23 1:-8 2:-3 4:-2 5:3 6:2 7:-4 8:7
b:in_elk 0:5 1:-2
b:in_en 0:-5 1:8
b:in_gelooft 0:4 1:-2 3:-1
b:in_gevaar 0:-2 5:4 7:9
b:in_groep 0:-3 2:3
b:in_groningen 1:-2 8:4
b:in_haar 1:4
b:in_het 0:-3 1:8 2:5 4:-5 5:33 6:10 7:-5 8:-2
b:in_hoe 0:4 5:-2
b:in_huis 0:2
b:in_hun 0:4 3:4 4:-4
b:in_ict 0:-1 5:4
b:in_iets 0:3
b:in_jaar 0:2
b:in_je 0:-5 1:-4 3:10 4:6 5:18 6:18 7:-10 8:-5
b:in_jezelf 0:1
b:in_jou 4:2
b:in_jouw 0:11 1:-5 3:2 4:3 5:-2
b:in_jullie 0:-2 4:3
b:in_juni 0:-2 2:4 7:3 8:-2
b:in_kaart 0:1 1:2
b:in_leerjaar 0:4 1:10 3:-2 8:-2
b:in_loondienst 8:4
b:in_magister 0:-9 2:8 5:-2 6:6 7:2 8:-2
b:in_nederland 0:-2 1:-1 5:5
b:in_om 1:2 8:-1
b:in_plaats 0:-2 1:5 7:-2 8:4
b:in_plannen 0:2 5:-2
b:in_ploegendienst 5:1
b:in_qompas 0:-1 6:2
b:in_september 0:-4 1:5 5:-2 8:4
b:in_taal 1:6 4:-2 8:-2
b:in_te 0:1 1:4 5:1 7:-2
b:in_tweetallen 0:3 3:8 7:-1
b:in_uw 0:4 3:1
b:in_veel 0:13 1:-2 6:-3 8:-2
b:in_vergelijking 0:-2 3:5
b:in_voor 0:-7 1:-2 6:-1 7:9 8:5
b:in_waar 0:-4 3:4
b:in_wat 0:3 1:-1 3:-2 6:2
b:in_welk 0:-3 1:13 4:-2
b:in_welke 0:7 1:1 5:-1
b:in_werk 1:-1 7:3
b:in_werken 0:3
b:in_wilt 0:-3 1:2 4:2
b:in_zelfstandigheid 1:1
b:in_zicht 2:3
b:in_zijn 1:8 3:4 4:-3 5:-4 8:-2
b:in_zit 0:-3 1:1 3:1 7:-2 8:5
b:in_zodat 0:-4 1:2 6:3
b:indirecte_routes 0:3
b:indruk_is 0:7 8:-1
b:informatica_niet 1:-4 3:2 7:5
b:informatie_mis 0:6 1:-1
b:informatie_over 0:3
b:ingeleverd_? 0:-2 3:-1 6:7
b:ingeleverd_wordt 7:1
b:ingeloot_? 0:4 1:-2
b:ingenieur_zou 3:1
b:ingeschreven_staat 1:-1 3:3 7:1
b:ingeschreven_voor 8:1
b:ingevuld_? 6:5 7:-1
b:inhalen_? 0:-2 1:-1 3:7
b:initiatief_toont 1:2
b:inmiddels_op 2:-2 5:-1 6:5
b:inschrijving_en 5:-2 7:5
b:interessant_? 0:3
b:interessant_vindt 0:3 1:-3 6:1
b:interesse_in 5:4
b:interesseert_? 0:2 1:-2
b:interesses_passen 0:4 1:-2
b:internationale_opleiding 0:-2 1:7
b:invloed_hebben 5:3
b:invloed_op 0:-4 5:9
b:invullen_? 0:-1 6:2 8:2
b:inzetten_? 0:5 5:-3
b:is_<grade> 0:2 1:-1 2:6 8:-2
b:is_? 0:11 2:-3 4:-4 5:-5 6:7 7:4 8:13
b:is_afgewezen 0:2 5:-1
b:is_al 0:2 1:2 3:-1 7:3 8:-2
b:is_alles 6:-2 7:3
b:is_als 0:-1 1:4
b:is_altijd 0:-3 8:3
b:is_anders 0:8 3:-2
b:is_arts 0:-1 3:4 5:-1
b:is_belangrijk 0:-2 5:3
b:is_beter 8:2
b:is_bij 0:-3 1:2 3:3
b:is_bijgebleven 0:3
b:is_binnen 0:-6 6:7
b:is_blijven 0:-1 1:5
b:is_daar 0:-1 2:2
b:is_dan 0:4 3:5 4:-2 5:-2 6:2 8:1
b:is_dapper 0:2
b:is_dat 1:6 2:2 4:8 5:7 6:-2 8:-6
b:is_de 0:7 1:-5 2:2 3:-3 6:4 7:-3 8:20
b:is_die 7:3 8:-2
b:is_dit 6:1
b:is_duidelijk 1:1
b:is_dus 7:-1
b:is_echt 0:-3 1:3 7:10 8:-6
b:is_een 0:5 3:-2 4:25 5:-1 6:-4 7:3 8:-1
b:is_eerlijk 0:-5 1:3 7:6
b:is_eigenlijk 0:-4 3:-1 4:3 8:9
b:is_elke 0:7 4:-1 5:-4 6:-1
b:is_en 0:-9 2:-2 3:4 5:-2 7:5 8:5
b:is_er 0:4 3:13 4:-4 6:-1 7:2 8:-5
b:is_erg 1:3 8:-1
b:is_familie 4:3 5:-2
b:is_geen 0:41 1:-4 2:3 3:-1 4:-4 5:2 7:5 8:-11
b:is_genoeg 0:1 1:4 4:-2 6:2 7:-3
b:is_gewoon 0:-7 4:6
b:is_goed 0:7 1:2 4:-1 5:-2 7:-2
b:is_handig 5:1
b:is_heel 0:22 1:-3 3:-6 7:-1
b:is_helemaal 0:4 1:-2 4:3 7:-2 8:-1
b:is_het 0:-18 1:-15 2:-2 3:-8 5:14 6:5 7:23 8:4
b:is_hopeloos 0:-3 1:3
b:is_iets 0:3 4:6 6:-1 8:-1
b:is_in 8:4
b:is_informatie 0:2 7:-1
b:is_je 0:-20 1:-12 2:3 3:-4 4:-7 5:3 6:5
b:is_jouw 0:4 1:-5 2:3 4:2 7:3 8:-2
b:is_kijken 1:2
b:is_kort 1:3 5:-1
b:is_kun 1:-4 4:6 7:1 8:-1
b:is_lastig 0:7 1:-6 4:5 5:-1
b:is_leuk 0:-2 1:-1 6:-2 8:8
b:is_lijkt 1:1 4:-1
b:is_maar 0:5 8:-2
b:is_mag 0:-1 7:2
b:is_met 0:-1 1:-2 3:-1 4:2 7:5
b:is_misschien 0:-1 1:-3 4:6 8:-1
b:is_moedig 0:7 1:-2 8:-4
b:is_moeilijk 0:1
b:is_netwerken 0:4
b:is_niet 1:13 2:1 5:1 7:-4 8:6
b:is_niets 0:-1 1:-2 4:2 7:-1 8:4
b:is_niks 0:-2 1:-2 7:-1 8:8
b:is_niveau 1:8 4:-2
b:is_nog 0:-12 1:31 3:-1 5:9 6:-1 7:-3
b:is_nooit 0:4
b:is_nou 0:-4 1:5
b:is_nu 0:-6 3:2 5:-2 6:3 7:14
b:is_oke 0:-2 1:7
b:is_om 0:-4 1:3 5:2 8:1
b:is_ook 0:3 1:-2 3:9 4:-2 8:-5
b:is_pittig 0:2
b:is_prima 0:9 1:2 7:-4
b:is_relevant 5:4
b:is_spannend 0:7 8:-2
b:is_te 0:-8 1:13 4:-3 8:6
b:is_toch 0:-2 3:1 4:-1 5:4
b:is_uw 0:-2 2:5 8:1
b:is_van 0:11 1:-4 3:-3
b:is_verplicht 0:-4 1:-1 6:6
b:is_vol 0:-5 6:7 7:-1
b:is_volgens 2:2
b:is_voor 0:-11 2:-7 3:2 4:-3 6:5 7:-8 8:14
b:is_vooral 6:5 8:-1
b:is_waardevol 0:1
b:is_wanneer 0:2
b:is_wat 0:-2 1:5
b:is_welke 1:1
b:is_werk 1:-3 5:-1 8:5
b:is_zo 1:2
b:is_zo'n 3:7 4:5 6:-2 7:-4
b:is_zonde 0:-2 7:-1 8:12
b:is_zwaar 0:1
b:ja_of 0:-5 2:2 5:-2 6:5
b:jaar_<grade> 0:1
b:jaar_? 2:4
b:jaar_aan 6:2
b:jaar_al 3:4 4:-2
b:jaar_beter 0:2
b:jaar_bij 1:-3 2:1 3:-1 7:5
b:jaar_denkt 0:1
b:jaar_een 0:8 2:-5 3:5 7:-3
b:jaar_eens 0:-1 2:3
b:jaar_en 0:-4 2:4 3:3 7:1 8:-1
b:jaar_geleden 0:5 1:-3 3:-1
b:jaar_had 0:-1 3:3
b:jaar_hadden 3:1
b:jaar_het 6:6 8:-2
b:jaar_in 2:3 3:-3 7:-1 8:1
b:jaar_is 0:3 7:2 8:-4
b:jaar_koos 3:4
b:jaar_mee 0:-2 7:-2 8:5
b:jaar_merkt 0:1
b:jaar_met 0:1
b:jaar_naar 7:-1 8:3
b:jaar_niet 0:-6 1:5 7:2
b:jaar_nog 1:-1 5:3 6:-1 7:1
b:jaar_op 2:6 3:-1 6:-2 7:6
b:jaar_opnieuw 0:-1 7:2
b:jaar_over 0:-1 7:2 8:4
b:jaar_thuis 0:-3 5:-2 7:9
b:jaar_van 7:3
b:jaar_vast 7:1
b:jaar_vertraging 0:-3 7:4
b:jaar_voor 0:2
b:jaar_weer 0:-4 1:1 7:3
b:jaar_wel 7:2
b:jaar_willen 0:4
b:jaar_zijn 0:3
b:jammer_dat 1:1
b:januari_mis 7:5 8:-2
b:je_<grade> 0:-3 1:-3 2:15 8:-1
b:je_? 0:-16 1:-11 2:-17 3:14 4:27 6:-8 8:4
b:je_aan 1:3 2:2 3:-5 4:13 6:-4 7:5
b:je_aandacht 1:5 5:-3 7:-2
b:je_aankunt 5:3
b:je_aanmelden 0:-3 2:1 4:-2 8:9
b:je_aanmelding 0:5 5:-1 6:3 7:-3 8:1
b:je_aanmeldt 0:-4 2:7 7:-1
b:je_aanspreekt 0:1
b:je_aanspreken 0:3 1:-1 5:-1
b:je_achter 0:5 7:2
b:je_achteraf 0:3
b:je_achttien 0:-2 7:3
b:je_adhd 0:-3 1:-3 4:10 5:5 8:-2
b:je_af 2:1
b:je_afgerond 0:2
b:je_afspraken 0:-4 1:11 3:-3
b:je_afvinken 0:-1 6:4 7:-1
b:je_agenda 8:5
b:je_al 0:5 1:10 3:-8 4:2 5:15 6:-2 8:-1
b:je_alle 0:-3 5:-2 6:4 8:6
b:je_allebei 0:2
b:je_alleen 1:2
b:je_allemaal 0:-8 1:13 3:-2
b:je_als 0:3 1:-3 2:9 3:-5 5:-1 6:5 8:11
b:je_altijd 0:3 7:-1
b:je_alvast 0:-1 6:-1 8:3
b:je_ambitie 2:1
b:je_anders 0:-1 2:3
b:je_angsten 5:2
b:je_angstklachten 0:-6 5:8
b:je_bang 0:1
b:je_bbl-contract 7:1
b:je_bbl-werkplek 1:-3 4:-1 5:5
b:je_begeleider 0:-8 1:-1 2:3 6:11
b:je_begint 7:-3 8:5
b:je_begon 0:2
b:je_behaalde 0:4
b:je_bekeken 0:2
b:je_bekijken 0:-1 1:5 4:-2
b:je_belangrijk 0:2
b:je_bent 0:-15 1:14 2:5 3:16 4:-3 5:4 6:-6
b:je_beperkte 0:-5 1:8
b:je_bereid 0:1
b:je_beroep 0:-4 1:-1 6:-2 8:15
b:je_beroepentest 5:-1 6:4
b:je_beroepskeuze 0:-3 1:-2 2:4 5:3
b:je_beslist 0:2 7:1
b:je_best 0:-4 3:1 4:11
b:je_beste 0:7 2:1 7:-3 8:1
b:je_beter 0:2 1:-1 3:-3 4:22 5:-7 7:-2 8:9
b:je_betoog 0:9 2:-4 5:-3
b:je_bezighoudt 0:2
b:je_bezocht 0:6 1:-1 3:-2 6:1 8:-2
b:je_bezoek 6:3 7:-2
b:je_bezoeken 0:-4 1:5 4:3 8:-1
b:je_bij 0:9 2:-2 3:2 4:-6 5:-5 6:3 8:-4
b:je_bijbaan 0:17 1:-6 5:3 6:-3 8:3
b:je_bijgebleven 0:2
b:je_bleef 0:5 8:-2
b:je_blij 0:2 1:3 5:-1
b:je_blijft 0:-2 1:-1 2:-1 7:7 8:5
b:je_bloed 0:-3 4:6
b:je_boven 2:4
b:je_bpv 0:-1 3:1 8:-1
b:je_bpv-beoordeling 0:4 2:-2
b:je_bpv-plek 0:2 1:-1 3:-1 7:2
b:je_bpv-uren 0:-4 6:8 7:-1
b:je_broer 0:-5 1:-4 2:2 3:23 4:-1 6:2 7:-1 8:5
b:je_broertjes 0:-2 3:-2 5:7
b:je_brood 0:-3 8:3
b:je_buik 0:-1 1:-1 7:7 8:-1
b:je_buiten 0:1
b:je_buurman 0:-7 3:8 5:-1
b:je_cijfer 0:5 5:-3
b:je_cijferlijst 0:-3 2:10
b:je_cijfers 0:-10 2:18 5:-3 6:-2
b:je_collega's 0:3 5:-3
b:je_concentratie 0:-5 1:5 5:6
b:je_contact 0:2 5:-1
b:je_cv 7:3 8:2
b:je_daar 0:-7 2:6 3:-1 4:8 5:12 6:-2 7:3
b:je_daaraan 0:-4 1:-1 2:4 3:9 4:2 5:-1
b:je_daarachter 0:5 1:-1
b:je_daarbij 0:6 1:6 3:3 4:-4
b:je_daardoor 0:-3 1:3 5:2
b:je_daarin 0:6 5:-2
b:je_daarmee 0:5 1:-3 4:-1 5:4
b:je_daarna 0:5 1:2 3:-1
b:je_daarom 0:-2 4:11 5:-6
b:je_daarover 0:4 1:-2
b:je_daartegen 0:2
b:je_daarvan 0:-4 1:-3 3:-1 4:6 8:6
b:je_daarvoor 0:6 8:2
b:je_dacht 0:11 1:-4
b:je_dan 0:23 1:21 2:-4 4:-7 5:-6
b:je_dat 0:-8 1:7 2:28 3:-1 4:4 5:-25 8:2
b:je_de 0:3 1:-4 2:-3 3:-3 4:-5 5:2 6:13 7:13
b:je_deed 0:2
b:je_definitieve 0:-4 7:6 8:-1
b:je_depressie 0:-6 1:-2 5:14
b:je_depressief 5:4
b:je_deze 0:7 2:-3 4:1 6:5 7:20 8:-2
b:je_die 0:-5 1:-3 2:12 5:3 6:4
b:je_ding 1:5 4:-2
b:je_diploma 0:3 1:-2 2:5 4:2 5:-3 8:2
b:je_dit 0:7 1:8 2:-2 6:-1 7:7 8:1
b:je_docent 0:2 1:-2
b:je_doel 0:1
b:je_doen 1:12 4:-1 6:8 7:-1 8:-2
b:je_doet 0:12 3:-3 6:-1 7:-6 8:4
b:je_dokter 0:1 4:2 5:-1
b:je_donderdag 0:-6 7:7
b:je_door 0:3 3:-3 7:7 8:-4
b:je_doordeweeks 5:2
b:je_doorstroom 2:2 7:3 8:-3
b:je_dorp 0:1
b:je_dossier 0:-2 1:4 3:-2 5:-2 6:3 7:1
b:je_drie 0:-2 2:-1 6:6
b:je_droom 8:1
b:je_droombaan 0:2
b:je_droomberoep 1:-2 7:2
b:je_droomopleiding 0:2 2:-1
b:je_droomstudie 0:-3 7:1 8:3
b:je_druk 0:3 5:-2
b:je_duidelijk 0:-2 1:6 8:-2
b:je_durft 0:3
b:je_dus 0:-2 1:4 2:1 4:-1
b:je_dyslexie 0:-2 1:-4 4:8
b:je_echt 0:8 1:-2 2:-1 3:-2 4:2 7:2 8:8
b:je_een 0:-12 1:-5 2:2 3:-7 5:8 6:-11 8:3
b:je_eens 0:9 1:-1 2:-2 4:-1 5:-1
b:je_eentje 0:-1 1:2
b:je_eerder 8:4
b:je_eerlijk 0:15 1:-7 8:-3
b:je_eerst 0:6 5:-2 6:3 8:-1
b:je_eerste 0:28 2:-1 4:2 7:-2
b:je_eetpatroon 5:2
b:je_eigen 0:10 1:7 5:-2 7:-2 8:2
b:je_eigenlijk 0:-12 1:27 4:-2 5:1 7:4 8:-1
b:je_eind 2:1
b:je_eindcijfer 0:-2 2:4
b:je_eindelijk 0:-2 5:-4 7:8
b:je_eindlijst 0:-5 2:11 5:-2
b:je_elke 0:-5 2:6
b:je_en 0:10 1:-3 2:-8 3:-1 5:8
b:je_energie 0:9 2:-3 5:-2
b:je_engels 0:-2 1:10 8:-1
b:je_enthousiast 0:1
b:je_er 0:1 1:-6 4:4 6:6 7:-3 8:11
b:je_eraan 0:-2 1:7 2:2 8:-2
b:je_erg 0:1
b:je_ergens 0:2 1:8 7:-3
b:je_erin 0:7 1:-3 3:-1
b:je_ermee 1:8 2:-1 8:-2
b:je_erop 0:2 2:3 5:-2
b:je_erover 0:3
b:je_eruit 0:-2 2:1 5:1 7:13
b:je_ervan 0:-3 8:10
b:je_ervoor 0:-7 1:3 2:2 3:2 5:-3 7:7
b:je_examen 0:-4 1:-2 8:9
b:je_familie 0:1 1:-1 4:4
b:je_favoriete 0:5 8:-1
b:je_flink 1:-3 3:6
b:je_formulier 7:2
b:je_gaan 1:-2 7:2
b:je_gaapt 0:-3 5:5
b:je_gaat 0:5 1:-6 2:-3 5:-1 7:4 8:15
b:je_gaf 0:5
b:je_gebracht 0:2
b:je_gebrek 0:-3 1:10 2:-2 5:-1
b:je_gedaan 0:2
b:je_geen 0:2 1:2 4:-3 5:2 7:-2 8:4
b:je_gekozen 0:2 6:2 7:2 8:-2
b:je_geld 0:3 4:-1
b:je_geleerd 0:6 1:-2 3:-1
b:je_gemiddeld 2:-1 5:2
b:je_gemiddelde 2:13 3:-2 5:-1 7:-1
b:je_genoeg 5:2
b:je_geregeld 7:-1 8:4
b:je_gewend 0:12 1:-1 3:-1 5:-2
b:je_gewicht 0:-2 5:4
b:je_gewoon 0:-2 1:15 8:-9
b:je_gezin 5:2
b:je_gezond 5:3
b:je_gezondheid 0:-14 1:-1 5:16
b:je_goed 0:20 1:-3 4:-2 5:4 7:-2 8:4
b:je_graag 0:9 2:-1 4:5 5:-2
b:je_groep 0:-3 3:8
b:je_groepje 3:1
b:je_groepsgenoten 1:-3 3:4
b:je_groot 0:1
b:je_grotendeels 0:-2 1:2
b:je_haakt 1:3
b:je_haalde 0:3 1:-2
b:je_haalt 0:-4 1:-5 2:11 7:1 8:-2
b:je_haat 0:-4 7:5
b:je_had 0:8 1:-2 2:5 3:-2
b:je_handen 0:-3 1:12 2:-3 3:-2 4:2 5:-3 8:7
b:je_handschrift 0:-2 1:5
b:je_heb 0:-10 8:12
b:je_hebt 0:5 2:1 3:-11 4:-5 5:-2 6:7 7:12 8:-8
b:je_heen 0:1 1:-2 3:9 7:-3
b:je_hele 0:-3 5:-1 7:4
b:je_helemaal 0:2
b:je_helpen 0:2 1:-2
b:je_hem 0:4 1:-1 8:-1
b:je_herkansen 0:-2 2:2
b:je_het 0:34 1:12 4:12 5:-5 6:-7 7:27 8:-1
b:je_hier 0:4 1:-1 3:-1 5:4 6:-2
b:je_hoe 0:7 2:-3 5:-2
b:je_hoeft 0:28 1:-4 2:2 3:-1 4:2 7:-3 8:3
b:je_hoger 0:-1 2:3
b:je_hoofd 0:-2 1:3 4:2 6:-1 8:14
b:je_hoopte 0:2
b:je_hoorde 0:3
b:je_hoort 0:-28 5:18 8:1
b:je_houden 0:4 1:-3
b:je_houding 0:-6 1:8
b:je_huidige 0:1 8:2
b:je_huiswerk 0:-1 5:2
b:je_ideeen 0:2 7:-1
b:je_iemand 0:2 5:-1
b:je_iets 1:5 2:-1 4:-2 5:2 7:-1
b:je_in 0:-10 1:-2 3:-4 5:8 7:19 8:13
b:je_ingedeeld 7:1
b:je_inmiddels 6:1
b:je_interessant 6:1
b:je_interesses 0:6 1:3 3:-1 6:2 8:-8
b:je_interessetest 0:-1 8:5
b:je_intrigeert 0:1
b:je_invult 0:-4 6:11 8:-5
b:je_is 0:2 1:4 3:-3 7:-2 8:9
b:je_jaar 3:4
b:je_jaargenoten 0:-1 3:4
b:je_je 0:8 1:-13 2:9 3:-2 4:-9 5:7 6:-2 7:13
b:je_jezelf 0:13 5:-6
b:je_jouw 0:-1 1:4 5:-1
b:je_juist 0:8 5:-1
b:je_kans 0:-3 7:5
b:je_kansen 0:-10 2:3 7:8
b:je_ken 0:2
b:je_keuze 0:13 1:-6 2:2 3:12 5:3 6:-1 8:-4
b:je_keuzeformulier 7:1
b:je_keuzes 3:2
b:je_kiest 0:1 1:-2 5:1 6:3
b:je_kiezen 0:5 3:4 4:-4
b:je_klaar 0:2 5:-1 6:1
b:je_klas 0:-7 3:22 6:1 7:-3 8:1
b:je_klasgenoot 0:1
b:je_klasgenoten 0:-5 1:-2 3:12
b:je_kok 0:-9 1:10
b:je_komt 0:-2 1:-2 4:4 7:2
b:je_koos 0:6 1:-2
b:je_kreeg 0:-4 2:6
b:je_krijgt 1:-1 8:3
b:je_kunt 0:-4 1:10 4:-1 5:-2 7:2 8:7
b:je_kwaliteiten 2:3
b:je_laagste 0:-8 2:8
b:je_laat 0:-2 5:3
b:je_laatst 0:8 5:-3
b:je_laatste 2:6 5:-2 6:-1 7:4 8:-1
b:je_lage 0:-3 1:6 5:-1
b:je_lager 2:-3 3:4
b:je_land 0:-5 1:-1 3:-2 5:11
b:je_lang 0:1
b:je_last 0:-2 5:6 6:-2
b:je_lastig 0:5 1:-4 4:1
b:je_laten 0:6 1:-1
b:je_later 2:3 3:-2 4:-2 5:-4 6:-2 7:1 8:9
b:je_leerbedrijf 0:-7 1:4 7:7
b:je_leermeester 0:6 1:-4
b:je_leert 0:3 7:-2
b:je_leest 4:-2 8:4
b:je_legde 0:2
b:je_leidinggevende 0:1
b:je_leren 0:-9 1:-2 3:6 4:6
b:je_leuk 0:-11 1:13 4:5 5:5 8:-2
b:je_leven 0:-6 3:-1 7:10
b:je_liep 0:1
b:je_liet 0:2 8:-1
b:je_liever 0:4 1:7 4:-2 5:-6 8:-1
b:je_ligt 0:3 5:-1
b:je_lijkt 0:-2 1:3 5:3 7:-1
b:je_lijst 0:3 1:-1 2:2 6:-1
b:je_lob 6:2 7:-2
b:je_lob-dossier 6:2
b:je_lob-kaart 0:-3 6:5
b:je_lob-map 6:2
b:je_lob-portfolio 6:1
b:je_lob-programma 6:4 7:-2
b:je_lob-punten 0:-2 2:-3 5:-4 6:11
b:je_lob-uren 6:1
b:je_loon 5:2 6:-2
b:je_loopbaandossier 0:-3 5:5 6:4
b:je_loopbaanplan 0:-2 5:2
b:je_maar 1:-3 3:2 6:-2 7:-5 8:21
b:je_mag 0:22 1:-2 7:-3 8:-5
b:je_map 6:6 8:-1
b:je_mbo 0:3
b:je_me 0:4 1:-4 5:-1 7:9
b:je_medeleerlingen 0:-2 3:5
b:je_medicijnen 0:-5 5:8
b:je_mee 0:31 1:-1 2:6 5:-16 7:-2 8:-2
b:je_meedenken 0:1
b:je_meegemaakt 0:-12 5:15
b:je_meeloopdag 1:2 7:-1 8:2
b:je_meer 0:2 1:-3 3:-3 4:-2 5:-4 8:16
b:je_meestal 0:1 4:-1
b:je_mentale 5:2
b:je_mentor 0:-16 2:3 3:-2 4:-1 5:6 6:5 7:5
b:je_mentorgroep 0:-1 3:3
b:je_merkt 0:10 1:-2
b:je_met 0:31 1:-9 2:-4 3:-2 7:7
b:je_meteen 0:-2 1:6 8:-2
b:je_minder 0:5 1:1 4:-2 5:1 7:-1
b:je_misschien 0:-2 5:5
b:je_mist 0:-10 1:22 2:-2 6:4 7:-3 8:-2
b:je_mocht 0:1
b:je_moeder 1:-2 4:-1 5:12 8:7
b:je_moeilijk 0:2 1:6 4:-4 8:-2
b:je_moeite 1:3
b:je_moet 0:-10 1:-2 6:2 7:6 8:4
b:je_moeten 2:1
b:je_moslim 1:-8 4:12 5:-1 8:-2
b:je_motivatie 1:1
b:je_na 0:9 1:-5 3:-2 4:2 5:7 7:2 8:-3
b:je_naam 5:-1 6:5 7:-2
b:je_naar 0:-12 1:9 3:3 5:6 6:4
b:je_naast 3:5 8:-2
b:je_natuurlijk 0:-2 4:4
b:je_nederlands 0:-6 1:14 4:-2
b:je_nederlandse 0:2
b:je_neef 0:-9 2:1 3:21 4:-1 6:1
b:je_nemen 0:9 2:-1 5:-4
b:je_nergens 0:-1 4:-1 7:5 8:1
b:je_net 0:-2 3:3
b:je_netwerk 0:5 1:-1 7:-1
b:je_niet 0:-28 1:30 2:-7 3:13 4:10 6:-10 7:2 8:-25
b:je_niets 0:5
b:je_nieuwsgierig 0:4
b:je_niks 8:2
b:je_niveau 0:-7 1:2 8:2
b:je_nodig 0:-2 1:4 2:7 3:-2 5:-4 6:3 8:-1
b:je_noemde 0:6
b:je_nog 0:21 1:-12 3:2 4:-9 5:-11 6:-3 7:4 8:12
b:je_nooit 0:-4 1:5 4:-2 5:9 7:-1
b:je_nu 0:19 1:-4 2:-3 3:-3 4:-5 5:7 6:5 8:1
b:je_of 0:2 5:-1
b:je_om 0:9 1:12 2:-15 4:-1 5:5 7:-3
b:je_oma 0:-3 1:-2 5:9
b:je_omdat 0:2
b:je_omgeving 0:3 5:-2
b:je_onder 1:-3 2:1 3:1 4:-1 5:4
b:je_onderzoeken 0:4 1:-5 4:3
b:je_onlangs 0:7 1:-2
b:je_ontbijt 0:-2 5:3
b:je_onzeker 0:2
b:je_ooit 0:5 1:3 4:-1 5:-2
b:je_ook 0:3 3:-3 4:-3 8:6
b:je_oom 0:5 5:-1 8:3
b:je_op 0:8 1:-10 2:7 3:-3 4:-4 5:3 6:-8 7:3
b:je_opa 0:-4 5:10
b:je_opgeleverd 0:2
b:je_opleiding 0:9 1:-4 3:3 5:6 8:-3
b:je_opties 0:3 2:-2
b:je_opvalt 0:3
b:je_opviel 0:1
b:je_orientatie 0:-2 1:-1 3:4 4:3 5:-1
b:je_oudere 3:2
b:je_ouders 0:-9 1:-16 2:-5 3:-7 4:12 5:19 7:20 8:17
b:je_over 0:10 1:10 2:-5 3:4 4:1 6:-3
b:je_overweegt 0:3 8:-2
b:je_overzicht 6:6
b:je_paniekaanvallen 0:-5 5:10
b:je_paraaf 6:4
b:je_passen 0:-2 1:2 4:1
b:je_past 0:19 1:-2 2:3 3:-2 4:3 8:4
b:je_paste 0:6 8:-4
b:je_per 2:3 5:2
b:je_pillen 0:-4 5:8
b:je_plan 0:-11 1:-7 2:2 3:2 4:-1 5:7 6:-4 8:12
b:je_plannen 0:-2 1:-1 5:5
b:je_plek 0:-4 1:4 3:-3 4:-2 7:10 8:8
b:je_portfolio 0:5 1:-3 2:-2 3:6 5:-1 6:12 8:-2
b:je_praktijkbegeleider 0:2 3:-2 5:-1 7:2
b:je_praktijkexamen 0:3
b:je_praktijkopleider 1:3 6:5
b:je_precies 0:-2 1:-3 5:14
b:je_presentatie 0:4 2:-4 3:3
b:je_proberen 0:-5 4:5
b:je_profiel 1:-5 2:5 5:4 6:-1 7:3
b:je_profielkeuze 1:12 4:1 5:-1 6:2
b:je_profielkeuzeformulier 6:3
b:je_profielwerkstuk 0:1 2:2
b:je_project 0:1
b:je_punten 0:-1 2:2
b:je_rapport 0:-4 1:-1 2:19 6:-3
b:je_rapportcijfers 0:-6 2:8
b:je_realistisch 4:4 8:-2
b:je_rechten 0:2
b:je_reflectie 7:2
b:je_rekentoets 1:-3 2:7 6:-1
b:je_resultaten 0:-11 2:10
b:je_rijbewijs 0:3 1:-2 5:3 8:2
b:je_risico's 0:2
b:je_rug 5:4
b:je_rustig 0:1 5:2 7:-1
b:je_s 1:-1 5:9
b:je_schaamde 0:2 5:-1
b:je_scheikunde 0:-2 8:3
b:je_schiet 1:2 5:-1
b:je_school 0:1
b:je_schoolexamencijfer 2:1
b:je_schulden 5:1
b:je_scoorde 2:1
b:je_se's 0:-2 2:3
b:je_se-cijfer 0:2
b:je_se-cijfers 0:-3 1:-2 2:8
b:je_se-gemiddelde 0:-2 2:5
b:je_sector 0:5 1:-2 7:2 8:-1
b:je_serieus 0:2 7:-1
b:je_slecht 0:-1 1:4 4:-1 8:-1
b:je_slechte 0:-2 1:8 5:-1
b:je_snel 1:4
b:je_sneller 3:-3 8:7
b:je_snuffelstage 0:3 2:-3 4:3 5:-2 6:6
b:je_sollicitatie 0:3 5:-1
b:je_soms 0:6 5:-1 7:2
b:je_spelling 0:-2 1:5
b:je_spreekt 0:3
b:je_staat 0:13 1:3 2:3 3:-3 6:1 7:-2 8:-5
b:je_stage 0:20 1:5 2:-2 3:2 4:-4 6:-4 7:-8 8:3
b:je_stage-evaluatie 0:-2 6:2
b:je_stage-uren 5:-2 6:4
b:je_stageadres 1:1
b:je_stagebedrijf 1:-1 3:-2 5:2 8:2
b:je_stagebegeleider 0:5 1:2 3:-1
b:je_stagebeoordeling 0:-5 2:10 5:-2
b:je_stageplek 0:1 1:-2 7:3
b:je_stageverslag 1:2 5:-2
b:je_status 5:5 7:-2
b:je_steeds 0:8 4:-1 8:-3
b:je_stellen 0:1
b:je_sterk 8:2
b:je_sterke 0:1 1:-1 6:1
b:je_sterkste 0:-4 1:5
b:je_stiefvader 0:-3 5:7
b:je_stiekem 0:2 1:-2
b:je_stiller 0:2
b:je_stopte 0:1
b:je_straks 0:-3 1:-1 3:3 4:-3 5:5 7:9
b:je_streefcijfer 0:-1 2:2
b:je_studie 0:3 1:-2 5:2 8:4
b:je_studiekeuze 0:2 1:-2 2:3 3:6 7:4
b:je_taal 0:-2 1:2
b:je_taalgevoel 0:2 1:2 5:-3
b:je_talent 0:-1 4:-1 8:4
b:je_talenten 0:3 5:-2
b:je_te 0:-3 1:13 2:-2 5:3 7:6 8:2
b:je_team 0:4 1:-2
b:je_tegen 0:8 1:-5 5:2
b:je_tegenop 0:1
b:je_tekening 0:1
b:je_tekortkomingen 0:-15 1:20
b:je_telefoon 0:1 5:1
b:je_telefoonabonnement 5:1
b:je_tempo 1:-3 3:5
b:je_terecht 0:3
b:je_terug 0:3
b:je_terugkijkt 0:2
b:je_thuis 0:-5 3:-1 5:18 8:8
b:je_tijd 0:-3 3:-3 7:-1 8:11
b:je_tijdens 0:3
b:je_toch 0:-15 1:15 3:-2 4:9 5:-4 7:2 8:1
b:je_toekomst 0:15 1:-3 2:-2 4:4 6:1
b:je_toekomstige 0:-5 2:5
b:je_toen 0:5 1:-1 2:-1
b:je_toets 0:3
b:je_toetsresultaten 0:-4 2:5
b:je_tot 0:2 1:2 2:-1 5:-4 7:7 8:-3
b:je_trainer 0:6 1:-4
b:je_trekken 0:3
b:je_trekt 0:10 1:-1 2:-2
b:je_trots 0:9 2:-1 5:-1
b:je_tussen 7:3 8:-1
b:je_tweede 0:2
b:je_tweelingbroer 0:-4 1:-3 3:12 5:-3
b:je_tweelingzus 1:-1 3:2
b:je_twijfel 0:-1 5:2
b:je_twijfels 5:4 8:-2
b:je_twijfelt 7:4
b:je_uit 0:4 1:-3 4:3 8:-1
b:je_uiteindelijk 0:2 1:-1
b:je_uitgezocht 6:-2 8:4
b:je_uren 0:-4 6:6
b:je_vaak 0:4 1:19 4:-14 5:4 7:-1
b:je_vader 0:-9 1:-7 3:6 5:19 6:1 7:-4 8:9
b:je_vak 0:2
b:je_vakken 2:3
b:je_van 1:-3 2:2 3:2 4:-9 5:-10 7:-5 8:3
b:je_vandaag 0:5 2:-1 5:-3 6:2 7:2
b:je_vandaan 0:-2 1:-5 5:9
b:je_vanuit 0:-1 4:-1 5:7 7:-1
b:je_vast 0:-7 1:-3 2:4 4:19 5:-1
b:je_veel 0:-4 1:5 4:1 5:4 8:3
b:je_verder 1:5 3:-2 5:-1 8:2
b:je_verhaal 0:5 6:5 8:-3
b:je_verkennen 0:2 1:1 8:-1
b:je_verraste 0:8 6:-1
b:je_verslag 0:5 1:-2 2:-2
b:je_vertelde 0:9
b:je_vertellen 0:8 1:1 5:-5
b:je_vertelt 0:-4 8:5
b:je_vervolgopleiding 0:3 1:2 3:-2 5:-3 7:-2 8:2
b:je_verwachtte 0:4 2:-2
b:je_vindt 0:3 1:-1
b:je_voelen 0:2
b:je_voelt 0:1
b:je_volgend 0:-4 7:5 8:2
b:je_volgende 0:4
b:je_vond 0:1
b:je_voor 0:-1 1:-1 2:8 4:9 6:11 7:16 8:-8
b:je_vooral 0:3 1:-2 4:3
b:je_voorbereiden 0:4 5:-1
b:je_voortgang 0:2 1:-1 6:3
b:je_voortgangsbalk 2:-4 6:12
b:je_vorige 1:1 5:-1
b:je_vragen 0:6 5:-3
b:je_vrienden 1:-7 3:20 4:1 5:-3
b:je_vriendengroep 0:2
b:je_vriendin 3:1
b:je_vriendinnen 0:-2 3:3
b:je_vrije 0:3 1:-1
b:je_vroeg 0:12 2:-1 8:-5
b:je_waar 1:1
b:je_waarbij 0:3 1:-2
b:je_waarin 0:2 1:-1
b:je_wacht 0:-3 7:5
b:je_was 0:4
b:je_wat 0:-20 1:9 3:-2 5:6 7:5 8:5
b:je_weer 6:-1 7:4 8:-2
b:je_weet 0:-10 1:-3 3:-5 4:2 5:2 6:4 7:14 8:-1
b:je_weinig 0:3 1:2 3:1 4:-2 8:-1
b:je_wel 0:14 1:-9 2:-2 3:-7 5:7 7:10 8:3
b:je_weleens 0:-9 1:-4 5:24 8:-1
b:je_werk 0:5 1:-2 5:1
b:je_werken 0:4 1:-1 4:2 8:-1
b:je_werkgever 0:2 1:-1
b:je_werkplek 0:4 5:-1 6:3
b:je_werkstuk 0:3 2:1
b:je_werkt 0:-4 1:6 3:1 5:-1
b:je_weten 0:1
b:je_wilde 0:14 1:-2
b:je_willen 0:-4 1:6 4:1
b:je_wilt 0:-10 2:6 3:-5 5:14 8:-5
b:je_woordenschat 0:-2 1:5 7:-1
b:je_wordt 0:4 5:-2 7:7 8:-3
b:je_zag 0:-1 5:3
b:je_zakgeld 2:-1 5:3
b:je_ze 0:8 1:-4 6:-4 7:5
b:je_zeggen 0:1
b:je_zegt 0:9 1:-3 5:-2
b:je_zei 0:21 1:-4 2:1 5:-1 6:1
b:je_zeker 0:-3 1:-1 4:5 5:-1 7:1 8:2
b:je_zelf 0:-6 1:15 2:-4 4:3 5:7 7:1 8:-3
b:je_zenuwachtig 0:1
b:je_zieke 5:1
b:je_zien 0:3 1:-1
b:je_ziet 0:4 1:-2 3:6 5:3 6:-1 8:-4
b:je_zijn 2:4 4:2
b:je_zit 0:-14 1:5 2:2 3:2 4:-2 5:-2 7:7
b:je_zitten 0:-2 1:3
b:je_zo 0:-10 1:13 4:-5 5:12 7:8 8:-1
b:je_zo'n 0:7 4:-4 7:3 8:-2
b:je_zoekt 0:3 1:-1
b:je_zoiets 0:-3 1:-1 4:8
b:je_zonder 7:5 8:-1
b:je_zou 0:-4 8:3
b:je_zoveel 5:2
b:je_zus 0:-9 1:-2 2:2 3:36 5:-3 6:3 7:1
b:je_zwaar 0:3 1:-1
b:je_zwakke 0:-9 1:16
b:je_zwanger 0:-3 5:7
b:jeugdzorg_? 5:7 6:-5
b:jezelf_? 0:2 1:-2 3:-2 4:11 5:-2
b:jezelf_als 0:5
b:jezelf_daarin 4:1
b:jezelf_dan 0:4 8:-1
b:jezelf_dat 0:4 5:-1
b:jezelf_een 0:-4 8:5
b:jezelf_eens 0:-4 3:7
b:jezelf_geleerd 0:2 1:-1
b:jezelf_gewend 0:4 2:-2
b:jezelf_hebt 0:-5 2:6
b:jezelf_is 0:2
b:jezelf_later 0:6 5:-5
b:jezelf_niet 0:8 1:-1
b:jezelf_ontdekt 0:2 1:-1
b:jezelf_op 0:3
b:jezelf_over 5:3
b:jezelf_te 0:2 7:3
b:jezelf_wat 0:2
b:jij_? 0:3 1:8 3:-7 4:6 5:-2
b:jij_aan 5:2
b:jij_acceptabel 0:2
b:jij_achter 0:-1 1:1 4:-2 5:3
b:jij_als 1:-2 3:4
b:jij_altijd 0:-4 1:15 3:-4 4:-2
b:jij_anders 0:-10 3:4 4:8
b:jij_beginnen 0:-1 4:1
b:jij_belangrijk 0:3 3:-2
b:jij_bent 0:-9 1:8 2:-2 3:1 4:2 5:-2 7:-3 8:11
b:jij_bepaalt 0:16 1:-2 5:-4 8:-1
b:jij_beslist 0:2 8:-2
b:jij_bij 0:-1 1:5 2:3 3:-3
b:jij_blij 0:3
b:jij_blijft 0:4 1:-2 8:-1
b:jij_daar 0:1 1:-6 2:6 3:2 4:1 5:-2 8:-2
b:jij_daarnaar 0:-3 2:2 4:2
b:jij_daarover 4:2
b:jij_daartegenaan 0:-4 3:1 4:3
b:jij_daarvan 0:3 4:-2
b:jij_dan 0:-3 3:-3 4:7 7:4 8:-2
b:jij_dat 0:9 1:-4 2:5 3:-3 4:2 5:-3 7:5 8:-1
b:jij_de 0:13 1:-2 2:-2 4:2 5:-3
b:jij_degene 0:-2 3:4
b:jij_denk 0:-11 3:13
b:jij_denkt 0:2 1:-1
b:jij_die 3:1
b:jij_doen 0:-1 1:4
b:jij_droomt 0:2
b:jij_echt 1:1 3:1 4:-3
b:jij_een 0:1 1:-1 3:2 8:2
b:jij_eens 4:6 8:-3
b:jij_eigenlijk 0:-2 4:-1 5:3
b:jij_en 0:5 5:-2
b:jij_engels 0:5 2:-2
b:jij_er 0:16 1:-4 6:-1 8:-1
b:jij_ernaar 0:3 3:-1
b:jij_ervoor 2:1
b:jij_gaan 0:-2 4:4
b:jij_gaat 0:-7 3:-6 4:2 8:20
b:jij_geleerd 0:4 3:-2
b:jij_gewoon 0:-2 1:4 3:-4 7:9 8:-4
b:jij_goed 0:3
b:jij_graag 0:4 2:-1 3:-2
b:jij_hebt 0:-2 1:7 7:2 8:-2
b:jij_het 0:4 1:4 2:-2 3:7 4:-5 5:-3
b:jij_hoort 0:-6 3:4 4:8 7:-2 8:11
b:jij_horen 0:-2 4:4 8:-2
b:jij_iets 0:-2 3:4
b:jij_in 0:-1 3:2 4:1
b:jij_is 0:-2 1:6 4:-3
b:jij_je 0:15 2:-5 3:-5 4:2 7:12 8:-3
b:jij_jezelf 0:-22 1:6 2:4 3:-2 4:6 5:9
b:jij_kiest 0:4 3:-2 4:-1
b:jij_kijken 0:2 3:-2
b:jij_komt 0:-3 1:3 3:-5 4:12 8:-4
b:jij_kunt 0:7 1:-2 3:10 6:2 7:1 8:-3
b:jij_later 0:-3 3:-1 4:5
b:jij_leuk 0:11 1:-2 3:-1 8:-4
b:jij_mag 0:2
b:jij_mantelzorger 1:-4 3:-2 5:8
b:jij_mee 3:4
b:jij_met 2:-1 3:-3 5:3 7:4
b:jij_minder 3:2
b:jij_moet 0:-2 1:-4 3:-1 4:2 7:-3 8:13
b:jij_mooi 0:3 1:-1
b:jij_na 0:-4 1:4 5:3 8:2
b:jij_naar 0:3 3:-1
b:jij_neemt 0:-4 4:3 5:-1 8:6
b:jij_net 3:4 4:-2
b:jij_niet 0:-16 1:-14 3:34 4:-5 7:4
b:jij_nieuwsgierig 0:2
b:jij_nodig 3:1
b:jij_nog 0:-12 1:10 3:19 4:-2 7:-2
b:jij_nooit 0:-3 1:6 3:-1
b:jij_nou 0:4 1:-3 3:7 4:-1
b:jij_nu 0:3 1:-1
b:jij_of 0:-1 1:-2 3:9 5:-4
b:jij_om 0:3 1:6 3:-2 4:-5
b:jij_ook 0:-3 1:4 3:-8 4:11 5:-1
b:jij_op 0:2 1:-2 3:2 7:4
b:jij_per 0:-1 3:1 5:2 6:-2
b:jij_straks 0:-3 3:-2 5:7
b:jij_te 0:4
b:jij_tevreden 0:-3 2:7
b:jij_thuis 0:-2 4:-1 5:7 6:-1
b:jij_toch 3:3 4:-1
b:jij_twijfelt 0:4 3:-2
b:jij_uitzoeken 0:2 1:-2
b:jij_van 3:2
b:jij_vast 3:-1 4:1
b:jij_voor 2:5 8:-1
b:jij_vraagt 0:1
b:jij_wat 3:2
b:jij_weet 0:5 8:-4
b:jij_weinig 0:-2 3:3
b:jij_werkt 0:-1 1:-3 4:-2 8:9
b:jij_willen 4:1
b:jij_wilt 0:12 3:-2 4:-1 5:-1
b:jij_wordt 0:-1 8:9
b:jij_zelf 0:8 1:4 3:-2 8:-2
b:jij_zie 0:-5 3:6
b:jij_zijn 4:1
b:jij_zit 3:5 4:6 5:3
b:jij_zo 0:1 1:7 3:-3 5:-2
b:jongen_in 4:2
b:jongen_is 0:-3 4:3
b:jongens_als 0:-3 4:3
b:jongens_en 0:9 3:-1 4:-5
b:jongens_in 0:2 3:-1
b:jongens_kiezen 0:-2 3:-2 4:5
b:jongens_met 4:1
b:jongens_willen 1:-1 4:6 5:-1
b:jongens_zijn 1:-3 4:3
b:jongens_zoals 0:-4 4:5
b:jongere_leerling 0:1
b:jongeren_uit 0:-1 4:1
b:jou_? 0:27 2:2 3:19 4:10 8:-5
b:jou_aan 0:7 1:-6 2:4 3:4 4:-1 5:-1
b:jou_af 0:-7 1:3 2:7
b:jou_al 3:-1 6:1 7:-3 8:4
b:jou_alleen 0:-3 7:5 8:-1
b:jou_als 0:3 1:3 2:-2 3:-2 4:1 5:-2
b:jou_anders 0:-2 1:-1 3:4
b:jou_besteed 1:4
b:jou_betekenen 0:3 1:-1
b:jou_beter 0:-1 3:2
b:jou_bezighoudt 0:2
b:jou_bieden 0:1 1:-1
b:jou_bij 0:3 1:-1 2:-2 3:5
b:jou_daar 8:2
b:jou_daarin 0:1
b:jou_dan 0:-6 3:3 4:3
b:jou_dat 0:-4 1:11 3:-3 4:1
b:jou_de 0:-7 1:3 2:5 3:-3 8:11
b:jou_dit 0:-2 1:6 2:-1 3:-1
b:jou_dus 1:-1 8:2
b:jou_echt 0:-3 8:6
b:jou_een 1:7 4:1
b:jou_eerder 3:-3 4:-3 8:6
b:jou_en 0:10 1:-3 2:2 3:-5
b:jou_energie 0:6 1:-2 8:-2
b:jou_geen 1:-4 4:2 8:3
b:jou_geslaagd 0:3
b:jou_gewoon 1:3
b:jou_hebben 0:4 1:-2
b:jou_helpen 1:5 3:-1 4:-3
b:jou_het 0:14 1:-3 3:3 4:-1 5:-2 8:-1
b:jou_iets 0:4
b:jou_in 0:11 1:-5 4:4 5:-2 8:-1
b:jou_interesseert 0:2 1:-2
b:jou_is 0:-5 1:-5 3:1 4:-4 8:15
b:jou_jij 8:1
b:jou_kies 0:4 1:-1
b:jou_kunnen 0:2 1:-1
b:jou_lastig 0:2 2:-1
b:jou_los 0:2
b:jou_mee 4:3 8:-3
b:jou_meer 1:-1 7:-1 8:3
b:jou_minder 1:-4 4:6
b:jou_mis 0:-2 3:3
b:jou_naast 3:5 5:-1
b:jou_neem 8:1
b:jou_niet 1:-7 3:6 4:1 6:-2 7:-2 8:5
b:jou_nog 1:2
b:jou_nooit 0:-10 1:17 3:-2 5:-2
b:jou_nu 0:6 1:-1
b:jou_om 0:-11 1:15 5:-1
b:jou_omschrijven 0:2
b:jou_ooit 1:-2 5:3
b:jou_ook 0:-2 3:-2 4:8 5:-1
b:jou_op 0:3 6:2
b:jou_over 0:-2 2:2
b:jou_passen 1:-2 4:2
b:jou_past 0:1 1:-3 2:6 8:-1
b:jou_steeds 0:-5 1:8 5:-2
b:jou_te 0:2 1:4 8:-4
b:jou_tegen 0:-17 1:14 2:-2 3:7
b:jou_thuis 0:-8 5:13
b:jou_tot 1:2
b:jou_voor 0:4 2:-1
b:jou_was 0:-7 4:-2 7:-3 8:16
b:jou_wat 1:-4 4:4
b:jou_zeggen 0:2
b:jou_zelf 0:4 3:-1
b:jou_zijn 0:-4 1:-1 3:7 8:-1
b:jou_zo 3:4 5:-1
b:journalisten_werken 0:3 4:-2
b:jouw_<grade> 0:-4 2:6
b:jouw_achtergrond 4:4
b:jouw_adhd 1:-9 4:12 8:-1
b:jouw_beperkingen 1:6 4:-2 8:-2
b:jouw_beperkte 1:2 8:-1
b:jouw_beste 0:-2 3:4
b:jouw_chaotische 0:-1 1:7 4:-3 8:-2
b:jouw_cijfer 0:-2 2:4
b:jouw_cijfers 0:-5 2:6
b:jouw_concentratie 1:6 4:-3 5:-1
b:jouw_cultuur 0:-7 4:11 5:-2
b:jouw_ding 0:-2 1:3
b:jouw_dyslexie 1:-2 4:2
b:jouw_eigen 0:7 1:-3
b:jouw_familie 0:-7 2:-2 4:-1 5:13
b:jouw_gebrek 0:-2 1:6 5:-1
b:jouw_gemiddelde 0:-8 2:9
b:jouw_groep 0:-1 3:1
b:jouw_handen 1:-2 4:-3 8:8
b:jouw_handigheid 1:-3 4:-1 8:7
b:jouw_ideale 0:5
b:jouw_interesses 0:4 1:-2
b:jouw_karakter 0:-2 1:-3 8:9
b:jouw_keuze 0:7 1:-1 2:-1 3:-3 5:6 7:2
b:jouw_klas 0:-2 1:-2 2:-2 3:2 4:5
b:jouw_klasgenoten 3:1
b:jouw_korte 0:-1 1:7 4:-3 8:-1
b:jouw_leeftijd 0:-8 1:-8 3:20 4:6 7:-1 8:-2
b:jouw_mentorgroep 3:2 4:-1
b:jouw_opleiding 0:3 1:-2
b:jouw_plan 0:16 1:-8 3:-2 5:-1 7:4 8:-2
b:jouw_plannen 0:-1 3:8 5:-2
b:jouw_plek 0:3 3:-1 7:-1 8:5
b:jouw_profiel 0:-2 3:4 4:-3 8:7
b:jouw_richting 0:3 1:-1 5:-2 8:4
b:jouw_rol 0:5 3:-1
b:jouw_route 0:5 1:-2 8:-1
b:jouw_score 0:-1 1:-1 2:3
b:jouw_soort 0:-2 1:-1 4:7 8:-2
b:jouw_sterkste 1:5 2:-1 4:-1
b:jouw_talent 1:-2 8:7
b:jouw_tempo 0:-2 1:4
b:jouw_toekomst 0:-5 1:9 7:2
b:jouw_verhaal 0:14 8:-5
b:jouw_vrienden 3:2 4:-1
b:jouw_weg 0:2
b:jouw_wereld 1:-2 4:-1 8:6
b:jouw_wijk 3:-1 4:2
b:jouw_zus 3:3 8:-2
b:jouwe_? 0:1
b:juist_dat 0:4 3:-1
b:juist_die 0:2
b:juist_dit 0:5 4:-1
b:juist_wel 0:1
b:juiste_keuze 1:-2 7:-3 8:9
b:jullie_? 0:-2 5:3
b:jullie_bereiden 0:5 4:-1
b:jullie_cultuur 0:-2 4:3
b:jullie_een 0:3 4:-1
b:jullie_elkaar 0:4 5:-1
b:jullie_gaan 0:2 7:-1
b:jullie_genoeg 5:2
b:jullie_gezin 0:-2 5:12 6:-3
b:jullie_groep 0:2 3:3 4:-3 8:-1
b:jullie_hebben 0:-2 3:-1 6:2 7:2
b:jullie_het 0:-2 3:3 6:3
b:jullie_in 5:2
b:jullie_interviewen 0:1
b:jullie_krijgen 0:-1 7:2
b:jullie_lopen 3:3
b:jullie_moeten 6:1
b:jullie_mogen 0:4
b:jullie_nu 0:-5 3:4
b:jullie_over 0:3
b:jullie_thuis 0:-6 1:-3 4:4 5:10 7:-1
b:jullie_zijn 0:-3 5:4
b:kaderberoepsgerichte_leerweg 0:-5 1:4 3:-2 4:4 8:3
b:kaderleerlingen_zijn 1:-4 4:5
b:kamer_in 0:-2 5:2
b:kan_afvinken 6:1
b:kan_concentreren 0:-2 1:5
b:kan_dan 0:-1 1:3
b:kan_dat 3:2
b:kan_de 0:-3 5:6
b:kan_een 0:9 1:-4 5:-1
b:kan_en 1:6 5:-1
b:kan_er 0:3
b:kan_gaan 1:-2 5:-1 8:8
b:kan_gebeuren 0:4 2:-2
b:kan_helpen 0:1
b:kan_het 0:-15 1:2 2:3 3:5 5:-1 6:1
b:kan_iets 0:6 6:-1
b:kan_ik 0:15 1:-3 2:2 4:8 6:16 7:-5 8:-4
b:kan_je 0:5 1:4 4:-4 7:1
b:kan_jouw 0:-1 1:-3 5:7
b:kan_later 7:1
b:kan_met 0:1
b:kan_niet 0:-5 1:9 8:-2
b:kan_ook 0:5 4:-1 5:1 8:-3
b:kan_schuren 0:2
b:kan_tot 0:8 7:-1
b:kan_veel 0:2
b:kan_ze 0:-2 1:8 4:-1 8:-2
b:kan_zich 1:4
b:kans_dat 0:5 1:-1
b:kans_klein 0:4 1:-2
b:kans_op 0:-4 7:5
b:kansen_op 0:-4 2:3 7:3
b:kant_is 4:-1
b:kant_op 0:7 1:-4 3:-3 7:-3 8:11
b:kant_van 0:13 1:-4 2:-2 4:2
b:kanten_mee 7:-2 8:4
b:kanten_op 0:3
b:kantoor_of 0:-7 5:9
b:kantoorbaan_lastig 0:-1 1:3 4:-1
b:kantoorwerk_lastig 0:-2 1:7 4:-3 5:-1
b:kapper_moet 0:1
b:kapper_worden 0:2 1:-2 4:2 7:-1
b:kassa_en 0:1 1:3 5:-1 8:-1
b:keer_? 0:1
b:keer_aan 2:1
b:keer_anders 0:6 2:-3
b:keer_dat 0:2 1:-2 7:8 8:-4
b:keer_de 0:4 7:-1
b:keer_een 0:-2 2:3 7:2
b:keer_mee 0:3 8:-2
b:keer_over 0:1
b:keer_te 0:-5 1:-4 7:10
b:keer_uitstellen 0:-1 7:3
b:keer_van 0:-7 1:11 3:-2
b:keer_wilt 0:7 7:-6
b:ken_? 0:3 1:-2
b:ken_ik 1:3 8:-2
b:ken_je 0:6 1:3 4:5 5:-2 8:-1
b:kende_en 0:3 8:-2
b:kennen_? 0:4
b:kent_? 0:2 1:-1
b:kent_de 0:2 5:-2
b:kent_ze 1:5
b:kern_van 0:3
b:kernvraag_van 0:4 6:-2
b:kerst_geen 7:1 8:-1
b:kerst_kun 7:2 8:-1
b:kerstvakantie_? 7:2
b:keuken_? 5:2
b:keuken_of 0:1
b:keus_? 0:1
b:keus_wie 0:4 7:-2
b:keuze_? 0:-7 1:11 2:2 3:2
b:keuze_achteraf 0:1 1:-1
b:keuze_beinvloeden 5:2
b:keuze_beinvloedt 0:-1 5:2
b:keuze_bestaat 0:1
b:keuze_blijft 0:16 7:-9 8:-3
b:keuze_dan 0:-2 6:-2 7:5
b:keuze_die 0:12 1:-1 7:-5 8:-3
b:keuze_durf 0:3
b:keuze_en 0:10 2:-1 3:-1 5:-4 7:-3 8:4
b:keuze_gemaakt 0:-2 4:4
b:keuze_heb 0:1
b:keuze_hoeft 0:3
b:keuze_horen 0:-4 3:-1 7:6
b:keuze_in 7:3
b:keuze_is 0:7 1:-2 3:-2 7:-5 8:10
b:keuze_komt 0:1
b:keuze_maakt 5:-4 7:6
b:keuze_maken 0:-10 7:11
b:keuze_met 0:1
b:keuze_niet 0:4 1:-3
b:keuze_nu 0:-9 7:15
b:keuze_op 7:2 8:-2
b:keuze_te 0:-1 1:2 3:3
b:keuze_tussen 0:-1
b:keuze_van 3:-1 5:8 7:3 8:-4
b:keuze_vind 1:-2 2:1 3:13 8:1
b:keuze_voor 0:12 1:-4 2:-2 3:-2 5:6 6:1 8:7
b:keuzes_? 0:7 5:-2 6:-2
b:keuzes_bestaan 0:2
b:keuzes_die 0:4 3:-1
b:keuzes_maken 3:2
b:kies_bij 0:-3 1:2 6:6 8:-4
b:kies_de 0:-5 7:-5 8:15
b:kies_dus 2:-2 4:-4 7:1 8:7
b:kies_een 1:9 2:6 4:-2 7:-6 8:-2
b:kies_er 0:4 7:-1
b:kies_gewoon 0:-3 5:-2 7:5 8:6
b:kies_iemand 0:4 4:-1
b:kies_iets 0:-12 1:2 4:3 7:-2 8:15
b:kies_ik 7:5 8:-3
b:kies_je 0:-2 4:2 5:2 7:16 8:-3
b:kies_jij 1:-2 3:5 4:2 8:-2
b:kies_liever 8:2
b:kies_nou 0:-2 7:-2 8:6
b:kies_nu 0:-2 7:11 8:-7
b:kies_samen 0:2
b:kies_snel 1:-3 7:8 8:-1
b:kies_voor 0:-3 7:3 8:3
b:kies_zelf 0:10 4:1 6:-2
b:kiesmbo_en 0:2
b:kiesmbo_studiekeuze 0:1
b:kiesmbo_welke 0:2
b:kiest_? 1:15 2:-1 5:-3 7:-4
b:kiest_dan 8:2
b:kiest_een 0:4
b:kiest_en 0:2 1:-1 6:3 7:-2
b:kiest_kies 7:2 8:-2
b:kiest_techniek 0:2
b:kiest_voor 3:1 4:-1 5:1 7:3
b:kiest_zit 7:1
b:kiezen_? 0:10 1:9 3:5 4:-10 5:-7 8:-4
b:kiezen_als 0:2 1:-1 4:-1
b:kiezen_dan 0:1
b:kiezen_dat 0:2 1:-2 4:6 7:-4
b:kiezen_en 0:-2 3:4
b:kiezen_is 0:7 1:-2 8:-1
b:kiezen_je 0:-4 5:5
b:kiezen_meestal 0:-3 3:-2 4:6
b:kiezen_tussen 0:4
b:kiezen_vaak 0:-10 4:16 5:-2
b:kiezen_van 0:-12 1:3 2:-1 3:1 4:2 5:8
b:kiezen_voor 1:-3 4:2 8:6
b:kiezen_waar 0:-4 1:6
b:kiezen_waarin 1:4 8:-2
b:kiezen_wat 1:3
b:kiezen_wij 0:-2 7:7
b:kijk_deze 0:3
b:kijk_eens 0:-9 3:24 6:-2 8:-2
b:kijk_ik 0:2
b:kijk_in 0:-2 5:8 6:-2
b:kijk_je 0:16 1:7 2:2 3:-3 4:-3 5:-6
b:kijk_jij 1:-4 2:1 3:-4 4:15 8:-3
b:kijk_liever 0:-1 4:-2 8:5
b:kijk_met 1:1
b:kijk_naar 0:-2 3:2 8:2
b:kijk_of 0:-5 3:-2 5:2 6:9 7:-2
b:kijk_samen 0:-8 2:4 3:6
b:kijk_vooral 1:2
b:kijken_? 0:-2 1:-1 4:4 5:-1 8:4
b:kijken_naar 0:-1 1:3
b:kijken_of 0:1
b:kijken_vandaag 0:6 1:-2 8:-2
b:kijken_wat 0:7 1:-4
b:kijken_we 2:2 5:2 8:-2
b:kijken_welk 0:2
b:kijken_welke 0:3 1:-2 5:1
b:kijkt_? 0:-5 1:8
b:kijkt_u 0:4 5:-1
b:kind_graag 0:1
b:kind_van 0:-2 4:6 8:-1
b:kinderen_uit 0:-3 4:12 8:-3
b:kinderen_van 3:-1 4:3
b:kinderopvang_? 1:3 8:1
b:kinderopvang_is 4:2
b:kinderopvang_past 8:2
b:klaar_en 0:-2 5:-1 6:3 7:4
b:klaar_is 0:-1 1:3 6:1 8:-1
b:klaar_met 0:-1 6:4
b:klant_in 0:2
b:klas_<grade> 0:1 3:-1 6:-1 7:4
b:klas_een 2:3
b:klas_en 3:1
b:klas_gaan 0:3 3:-1
b:klas_hebben 3:2
b:klas_heeft 0:-3 3:4
b:klas_hoor 3:6 4:-1
b:klas_nog 0:2
b:klas_op 0:-3 3:6
b:klas_sta 0:-2 3:4 6:-1
b:klasgenoot_heeft 0:3 3:-2
b:klasgenoten_die 0:-3 3:4
b:klasgenoten_hebben 0:-1 3:1
b:klasgenoten_kozen 3:2
b:klasgenoten_vertelden 0:5 3:-5
b:klasgenoten_wat 3:2
b:klasgenoten_wel 3:1
b:klasgenoten_weten 0:4 3:-4
b:klein_? 0:3 1:-1
b:klein_bedrijf 0:1
b:klein_stapje 0:2
b:kleine_stap 0:5
b:kleiner_maken 0:2
b:kleiner_te 0:2 7:-1
b:kleins_zijn 0:5 4:-1 6:-1
b:kleurt_dat 0:-5 5:6
b:klik_leg 0:8 4:-4
b:klinkt_alsof 0:6
b:klinkt_goed 4:-2 8:4
b:klok_tikt 0:-1 3:-1 6:-2 7:12 8:-4
b:klopt_dat 0:8 1:2 4:9 5:-5 7:-2 8:-2
b:klus_op 0:2
b:knap_dat 0:3 7:-1 8:-2
b:knap_gedaan 0:4
b:knap_hoe 0:2
b:knoop_door 7:4 8:-2
b:kok_dat 8:1
b:kok_wilt 0:-9 1:10
b:kom_ik 0:7 2:-1 5:-2
b:kom_je 0:-14 1:15 2:14 3:-3 4:-2 5:-2 7:4 8:7
b:kom_jij 1:2 2:5 3:-5
b:komen_? 0:-1 1:-4 2:3 6:11
b:komen_meestal 0:-2 4:2
b:komen_vaak 4:2
b:komende_weken 0:4
b:komt_? 0:-4 2:1 5:8
b:komt_als 0:-2 3:3 7:9
b:komt_bij 0:-6 1:5 3:2
b:komt_daar 0:2
b:komt_dat 0:-1 1:-3 3:12 4:1 5:3 7:-4
b:komt_die 0:7 8:-1
b:komt_er 0:-1 1:6 3:-1 5:-1
b:komt_het 0:-9 1:14 3:4 5:-2 6:-1 8:8
b:komt_is 0:-2 4:3
b:komt_later 0:1 1:-1 3:5 7:-3 8:4
b:komt_op 2:-2 7:3
b:komt_uit 0:-2 1:-5 3:-4 4:17 8:-1
b:komt_vaak 0:2
b:komt_van 0:5 6:-2
b:kon_? 0:7 1:-4 3:-1
b:kookt_er 5:1
b:koos_ik 0:-5 7:-3 8:9
b:koos_je 0:6 2:-4
b:koos_voor 3:1
b:koos_vorig 0:2
b:koppelt_het 0:3 6:-1
b:kort_en 0:-1 1:3 6:2 8:-1
b:kort_genoeg 1:2 5:-1
b:kort_hoe 0:4
b:kort_houden 6:3
b:kort_lontje 0:-1 1:2
b:korte_opleiding 1:-4 4:7 8:-1
b:korte_route 0:-4 1:6
b:korte_spanningsboog 0:-3 1:6 4:-2
b:kost_je 0:3 7:2
b:kost_tijd 0:2
b:kosten_je 5:1
b:kreeg_een 0:-6 2:8
b:kreeg_je 0:10 1:-2 2:-2 5:-1
b:krijg_je 0:-6 1:6 4:-2 5:9 6:-6 7:5
b:krijg_jij 0:2 3:-2
b:krijgen_? 1:2 2:5 3:-1 5:-2
b:krijgen_deze 0:-3 7:3
b:krijgen_jullie 5:2
b:krijgen_vandaag 0:2
b:krijgt_een 0:-1 7:2
b:krijgt_er 0:5 1:-2 2:-2
b:krijgt_voor 2:-2 3:2
b:kritiek_kunt 0:-4 1:5
b:kritiek_op 0:4 1:-3
b:kritiek_van 0:9 1:-2
b:kruis_aan 6:3 7:-2
b:kruis_op 0:-5 6:7 7:-1
b:kun_je 0:-20 1:1 3:-1 4:11 5:-4 6:-6 7:5 8:4
b:kun_jij 0:1 1:7 3:5 4:-3
b:kunnen_? 0:-4 1:8 3:-1
b:kunnen_allebei 0:3 4:-3
b:kunnen_bellen 0:1
b:kunnen_doen 1:1
b:kunnen_elk 0:1 4:-1
b:kunnen_gebruiken 0:1
b:kunnen_helpen 0:5 5:-1
b:kunnen_het 0:6 5:-2 6:-2
b:kunnen_je 0:2 1:-6 4:-2 5:8 6:3
b:kunnen_jouw 1:-2 3:2
b:kunnen_jullie 0:5 5:-2
b:kunnen_kiezen 0:-2 5:2
b:kunnen_luisteren 0:1
b:kunnen_net 0:5 3:-2
b:kunnen_schrappen 0:-4 1:5
b:kunnen_twijfelen 0:-2 7:5
b:kunnen_vertellen 0:1
b:kunnen_vragen 0:2 7:-1
b:kunnen_we 1:3 6:3 8:-4
b:kunnen_worden 0:-7 1:7
b:kunnen_ze 0:-1 5:1
b:kunnen_zetten 0:1
b:kunnen_zijn 0:1
b:kunnen_zitten 0:3 1:-2
b:kunnen_zoeken 0:-7 1:-1 5:10
b:kunstacademie_? 8:1
b:kunstacademie_is 0:-1 1:-4 4:-1 8:9
b:kunt_? 0:3
b:kunt_beter 0:-2 1:-4 7:-2 8:14
b:kunt_dat 3:1
b:kunt_doen 8:2
b:kunt_en 0:1
b:kunt_gaan 8:2
b:kunt_gebruiken 0:2
b:kunt_het 1:-3 7:3 8:5
b:kunt_je 0:-3 7:5 8:-1
b:kunt_kiezen 0:8 1:-2 8:-1
b:kunt_laten 0:7 1:-2 8:-2
b:kunt_leren 0:-2 8:3
b:kunt_niet 0:-9 1:11 8:-1
b:kunt_slecht 0:-5 1:8
b:kunt_u 0:-5 1:6 2:2 4:-3 5:6 7:3
b:kunt_werken 1:-1 5:2
b:kunt_worden 0:2 1:-4 5:4
b:kwaliteit_die 0:2
b:kwaliteit_in 0:2
b:kwaliteit_ziet 0:2
b:kwam_? 0:-8 1:15 5:-3
b:kwam_je 0:4 4:-1
b:kwam_jij 0:-4 3:5
b:kwam_met 3:2 8:-2
b:kwijt_bent 0:-2 1:5 7:-1
b:kwijt_te 0:3
b:laag_niveau 4:-2
b:laagste_cijfer 0:-8 2:8
b:laagste_van 0:-1 3:4
b:laat_alleen 0:1
b:laat_bent 0:15 1:-5 5:-1 7:-2
b:laat_de 0:5 1:3 3:1 4:-4 5:-4 6:3 7:-10 8:-3
b:laat_die 0:-4 6:-2 7:-2 8:10
b:laat_dus 1:-3 7:6
b:laat_en 7:3
b:laat_ga 0:-2 1:-1 2:-1 5:7
b:laat_haar 1:3
b:laat_hem 0:6 1:3 3:3 8:-3
b:laat_het 5:2
b:laat_in 0:3
b:laat_is 0:-5 5:-1 7:14
b:laat_je 0:-7 1:9 3:-1 5:-2 6:16 7:-8 8:6
b:laat_jij 3:2
b:laat_lig 0:-4 2:-1 5:10
b:laat_me 0:3 2:2 6:4 7:-6
b:laat_met 3:1
b:laat_motieven 0:1
b:laat_om 0:3 1:-2 6:-2 7:7 8:-1
b:laat_voor 0:6 1:-2 8:6
b:laat_zien 0:6 1:-6 4:-2 5:-4 8:-3
b:laatst_de 0:5 1:-1 5:-1
b:laatst_echt 0:2
b:laatst_iets 0:2
b:laatste_drie 0:-2 2:4 5:-2
b:laatste_kans 6:-2 7:5
b:laatste_moment 0:-1 3:-3 7:8 8:-3
b:laatste_te 0:-1 3:8 5:-1 7:-2
b:laatste_tijd 0:-8 2:2 3:-2 5:20 7:-3
b:laatste_van 3:3
b:laatste_vijf 2:1
b:lager_dan 2:-3 3:5
b:lager_tempo 0:-1 1:1 3:1
b:land_is 0:1 4:-1
b:land_waar 0:-1 1:-5 5:9
b:lang_denk 0:-4 1:-2 2:-2 5:-3 7:15
b:lang_hebt 1:-5 7:6
b:lang_niet 0:6 7:-3
b:lang_te 1:2 6:3 7:-2 8:-1
b:lang_wat 3:1
b:lange_dagen 0:5 1:-3
b:lange_diensten 0:3 4:-1
b:lange_opdrachten 1:3
b:lange_opleiding 1:-4 3:-1 4:9
b:lange_studie 0:3 1:1 4:2 5:-2 8:-2
b:lange_teksten 0:-3 1:6
b:langer_dan 0:-2 1:1 3:-2 7:4
b:langzaamste_van 3:3
b:last_van 0:-6 1:1 5:9
b:lastig_? 0:4 1:-1
b:lastig_aan 0:2
b:lastig_dat 0:2
b:lastig_en 0:1
b:lastig_gesprek 0:1
b:lastig_maar 0:5 1:-3
b:lastig_om 0:-3 1:-2 5:5
b:lastig_voor 0:-2 1:5 4:-2
b:lastig_waar 1:1
b:lastig_was 0:3 5:-2
b:lastig_wordt 0:-1 4:6 8:-2
b:laten_aftekenen 0:-1 5:-1 6:6
b:laten_liggen 0:-5 1:4 8:2
b:laten_schieten 4:2
b:laten_tekenen 0:-2 6:3
b:laten_vallen 0:8 1:6 6:1 8:-3
b:laten_varen 8:1
b:laten_we 0:-8 1:8 2:9 5:-3 6:-3 7:-7 8:7
b:laten_zien 0:2 1:7 3:-1 6:2
b:later_? 1:3
b:later_denkt 0:3
b:later_doen 1:6 4:-4
b:later_een 8:3
b:later_gehad 0:4 5:-3
b:later_graag 1:-2 4:2
b:later_in 0:-1 4:2
b:later_je 0:-2 8:2
b:later_kunt 0:-2 5:3
b:later_liever 0:2
b:later_meer 8:2
b:later_nog 0:8 7:-5
b:later_ook 3:-1 4:1 7:4 8:-3
b:later_te 0:-6 1:-1 5:8
b:later_wel 0:-5 7:-3 8:13
b:later_wilt 0:8 5:-4
b:later_worden 0:-17 1:3 4:3 8:8
b:leeft_voor 0:6 1:-3
b:leeftijd_al 0:-2 3:5
b:leeftijd_weten 0:-3 3:4
b:leer_je 0:5 1:-1 2:-1 5:-2 8:3
b:leer_jij 0:5 4:-2
b:leerbaan_te 0:6 1:-5 3:-1 4:-1 7:2
b:leerbedrijf_? 0:-4 1:9 3:-1 6:5 7:-3
b:leerbedrijf_een 7:1
b:leerbedrijf_gevonden 3:1
b:leerbedrijf_heeft 7:2
b:leerbedrijf_maar 0:-4 8:5
b:leerbedrijf_vindt 0:-3 1:-1 4:-2 7:9
b:leerde_je 0:2
b:leerjaar_<grade> 0:4 1:10 3:-2 8:-2
b:leerling_? 0:3
b:leerling_al 0:3
b:leerling_allemaal 0:-2 1:5 3:-1
b:leerling_als 0:2
b:leerling_bij 0:1
b:leerling_blijft 0:6 3:-1 7:-1 8:-1
b:leerling_dat 0:-4 1:4 3:4 5:-2 7:8 8:3
b:leerling_de 0:3 5:-3 6:6 8:-1
b:leerling_die 1:9 3:-2 4:-3
b:leerling_duidelijk 0:-3 7:9 8:-3
b:leerling_een 0:2 1:6
b:leerling_eerst 0:1
b:leerling_en 0:1
b:leerling_enthousiast 0:1
b:leerling_er 0:-2 5:3
b:leerling_gaat 0:-4 1:-1 2:4 5:8 6:-2
b:leerling_graag 0:-1 6:3
b:leerling_heeft 0:-6 1:2 5:5 6:-1
b:leerling_het 0:2 3:1 8:2
b:leerling_hoe 1:2 2:1
b:leerling_hoeveel 1:-2 2:2
b:leerling_in 0:-1 1:9 3:-1 4:-5 5:2
b:leerling_kan 0:-2 1:4 8:-2
b:leerling_krijgt 0:7 1:-1 2:-1
b:leerling_met 0:-3 4:5
b:leerling_na 2:1
b:leerling_naar 8:2
b:leerling_naast 2:-1 3:5
b:leerling_niet 0:19 1:-5 3:-2 7:-2
b:leerling_of 0:-15 2:2 4:3 5:17
b:leerling_op 0:3 1:5 3:-2 7:-1 8:7
b:leerling_opschrijven 1:5
b:leerling_praat 0:1
b:leerling_rekening 1:-2 4:7 7:-1
b:leerling_uit 0:-10 1:-3 2:2 3:8 4:1 8:4
b:leerling_van 0:-1 1:-1 4:3
b:leerling_vertellen 0:3 5:2
b:leerling_waarom 0:-4 1:2 3:3 7:5 8:-3
b:leerling_wat 0:11 3:-2 7:-3
b:leerling_welk 2:2
b:leerling_welke 0:-9 1:3 2:4 8:9
b:leerling_weten 0:-2 1:-1 7:1 8:5
b:leerling_wie 0:3 5:-1
b:leerling_zelf 0:8
b:leerling_zijn 0:5 1:-3 4:-2 6:3
b:leerling_zit 0:6 1:-3
b:leerlingen_die 0:-3 3:2 4:-2 7:8 8:-3
b:leerlingen_in 0:-9 3:12
b:leerlingen_kennen 0:4 4:-2
b:leerlingen_met 0:-4 1:-2 4:6
b:leerlingen_uit 0:-2 1:-2 3:7 4:1
b:leerlingen_van 0:-5 3:4 4:6
b:leert_? 0:6 2:-2 3:-1
b:leert_bij 0:4 8:-2
b:leert_er 0:3 7:-2
b:leert_je 0:1
b:leerweg_dan 8:2
b:leerweg_kan 0:3 8:-1
b:leerwerkplek_? 0:2 5:2
b:leerwerkplek_en 0:-2 7:3
b:lees_het 0:6 6:-1 7:-1 8:-1
b:lees_je 0:1 2:-1
b:leg_de 1:7 4:-2 5:-1 8:4
b:leg_eens 2:2 7:-1
b:leg_haar 1:1 3:2
b:leg_hier 0:1
b:leg_je 0:3 3:9 4:-3 8:2
b:lege_handen 3:-3 7:10 8:-2
b:leggen_? 7:1
b:lekker_in 5:2 8:1
b:lekker_op 8:1
b:lenen_? 5:1
b:lens_voor 0:5 6:-1
b:leren_? 0:-14 1:12 2:-1 3:10 4:6 5:-1
b:leren_als 0:1
b:leren_dat 0:3 1:-2
b:leren_en 0:7
b:leren_in 0:3
b:leren_is 0:2 4:-2 8:2
b:leren_kennen 0:7 8:-1
b:leren_lukt 0:-3 1:8 4:-3
b:leren_van 0:-5 1:-2 3:8
b:les_hoe 1:2
b:lessen_geven 0:1
b:let_je 0:-2 5:5
b:let_op 0:-6 7:3
b:leuk_? 0:-3 1:3 4:3 8:-1
b:leuk_aan 0:9 1:-3 2:-2
b:leuk_als 0:-2 1:-1 6:-2 8:8
b:leuk_dat 0:-11 1:15 2:4 5:1 8:-3
b:leuk_die 3:2
b:leuk_je 0:-5 6:6 8:3
b:leuk_maar 0:-2 8:4
b:leuk_om 0:1
b:leuk_vinden 0:-3 1:7 2:-1
b:leuk_vindt 0:22 1:-3 8:-4
b:leuk_vond 0:7 3:-1
b:leuk_was 0:4
b:leuke_kant 0:5 1:-3
b:leuke_opleidingen 7:1
b:leuke_stageplekken 0:-3 7:7
b:leukst_? 0:7 4:-1 6:-2
b:leukst_aan 0:2
b:leukst_om 0:1
b:leukst_vond 0:1
b:leukste_aan 0:-9 4:10
b:leven_aan 7:2
b:leven_en 0:3 7:3 8:-1
b:leven_jullie 0:-1 5:2
b:lever_het 0:-7 6:11
b:lever_je 0:1 6:-8 7:14 8:-2
b:levert_je 8:2
b:levert_jou 0:-1 2:3
b:lezen_? 0:2
b:lezen_en 0:-6 1:12 7:-1
b:lezers_dus 1:-2 4:2
b:lichamelijk_zwaar 0:2 1:-1
b:lichamelijke_opvoeding 0:-3 1:8 2:3
b:liefst_? 0:4
b:liefst_doet 0:1
b:liefst_door 0:1
b:liefst_in 0:-3 4:5
b:liefst_maakt 0:3 2:-2
b:liefst_met 0:-2 4:-3 8:9
b:liefst_nog 0:1
b:liefst_zien 0:2
b:liep_anders 0:2
b:liep_dan 0:2 2:-1
b:liet_ik 0:-3 4:-1 8:5
b:liet_zien 0:2
b:liever_binnen 0:6 5:-5
b:liever_doen 0:-2 4:5 8:-1
b:liever_een 1:4
b:liever_ergens 4:-1 5:4
b:liever_iets 0:-2 4:-1 8:5
b:liever_in 4:6
b:liever_met 0:-5 1:8 4:3 8:-2
b:liever_naar 0:-2 4:-3 8:5
b:liever_niet 1:-3 4:1 7:-1 8:7
b:liever_op 3:2 4:-1
b:liever_wat 0:2
b:lig_je 0:-4 5:7 7:13
b:lig_jij 0:-2 5:6
b:liggen_? 0:-4 1:6 4:-1
b:ligt_? 0:5 7:-1
b:ligt_dan 2:3 7:-2 8:3
b:ligt_dat 1:-3 3:9 4:-1
b:ligt_de 0:2 4:1 8:-1
b:ligt_een 1:-2 3:1 4:6
b:ligt_het 0:5 1:-1 2:5
b:ligt_je 0:-4 1:19 2:3 4:-5 7:-4 8:-1
b:ligt_meer 1:-2 4:7 8:-1
b:ligt_voor 0:-3 1:-6 2:1 3:5 4:4 8:2
b:lijk_je 0:5 1:-4
b:lijk_jij 1:-3 3:3
b:lijken_? 0:-3 3:7
b:lijkt_dat 0:10 1:-3 4:-5
b:lijkt_de 0:-2 4:3 5:2
b:lijkt_een 0:-2 1:7 8:-2
b:lijkt_het 1:3
b:lijkt_je 1:-5 3:-3 4:9 5:3 6:-1 8:6
b:lijkt_jou 0:-4 1:-2 4:7
b:lijkt_me 0:-5 1:4 3:-1 4:-4 7:-1 8:10
b:lijkt_soms 0:2
b:lijn_<grade> 0:8 5:-1 6:-3
b:lijst_aan 0:-4 6:6 7:-1
b:lijst_voor 0:-2 6:-2 7:4 8:1
b:lijstje_langs 0:-1 6:3
b:lijstje_met 3:3
b:lijstje_om 0:5
b:lijstje_van 0:-6 1:9
b:link_tussen 0:2
b:lisa_die 0:-8 1:-1 3:11
b:lo_en 2:-2
b:lob-opdrachten_van 6:1
b:lob-portfolio_al 6:1
b:logische_stap 0:-2 1:-2 4:2 8:6
b:logistiek_? 1:-2 4:-1 5:4
b:logistiek_daar 8:4
b:logistiek_is 4:1
b:logistiek_me 0:-2 1:2
b:loop_eens 0:2
b:loop_je 0:-10 1:5 3:6 7:3
b:loop_met 0:-1 2:2 6:2
b:loop_samen 0:2
b:loopbaan_zoals 0:1
b:loopbaanbegeleiding_is 0:3 6:-2
b:loopbaanbegeleiding_zonder 0:3 1:-1 6:-1
b:loopbaangesprek_hoe 5:1
b:loopbaangesprek_vooral 2:1 6:-1
b:loopbaansturing_hoe 0:7 2:-1 5:-2
b:loopt_? 0:8 1:-1 5:-3
b:loopt_dan 0:11 3:-2 7:-3
b:loopt_een 0:-1 7:1
b:loopt_in 0:-1 1:1 3:2
b:lopen_achter 3:3
b:lopen_in 0:7 1:-1 2:-1
b:los_je 0:2 1:2
b:los_van 0:13 2:-9
b:lui_hoe 0:-2 3:-3 4:8
b:luister_wijs 0:2
b:lukken_? 0:-4 1:4 3:-1 7:3
b:lukt_? 0:5 1:3 5:-1
b:lukt_dat 1:-1 7:3
b:lukt_het 0:-9 1:-1 3:7 5:7
b:lukt_je 0:-4 1:14 4:-5 7:-1 8:-1
b:lukt_jou 0:-2 1:-2 3:6
b:lukt_niet 1:2
b:lukt_om 0:-1 1:10 3:-2 4:-1 5:-2
b:lukte_? 0:4 1:-1 3:-2
b:lukte_en 0:1
b:maak_een 1:1 2:2
b:maak_er 0:-4 1:-1 6:2 7:-1 8:7
b:maak_hem 0:-2 1:-1 7:9 8:-3
b:maak_je 0:5 2:1 5:3
b:maak_met 0:-4 1:2 2:3
b:maak_samen 0:-4 1:6 2:2
b:maakt_? 0:-4 1:1 5:-4 7:9
b:maakt_beroepen 0:2
b:maakt_dat 0:-6 1:-6 3:12 5:5
b:maakt_de 0:6
b:maakt_deze 0:3
b:maakt_die 0:-1 8:2
b:maakt_dit 0:2 2:-2
b:maakt_een 0:3
b:maakt_haar 0:2
b:maakt_het 1:7 3:3 6:-3
b:maakt_je 0:4 1:-1
b:maakt_kiezen 0:2
b:maakt_niet 0:-7 1:-1 6:21 8:-7
b:maakt_van 4:4
b:maakt_wordt 0:-5 1:6 4:-2
b:maakt_zichtbaar 0:2
b:maakte_het 0:2
b:maakte_je 0:5
b:maand_bij 0:-4 6:4
b:maand_een 0:-1 7:3
b:maandag_niet 3:-2 7:6
b:maandag_zijn 0:-1 7:2
b:maar_<num> 2:2 3:-1
b:maar_aan 0:-5 6:6 7:-1 8:3
b:maar_als 0:2 6:-2 7:2
b:maar_daar 0:-1 1:4
b:maar_dan 1:-1 2:6 6:-1 7:3 8:-1
b:maar_dat 0:-6 1:-4 3:5 4:2 8:5
b:maar_de 0:-1 7:5 8:-2
b:maar_economie 8:2
b:maar_een 0:-1 1:-3 2:-1 3:3 4:2 6:5 7:4 8:-3
b:maar_even 1:2 6:-1 8:2
b:maar_geen 0:2 7:-1
b:maar_gevuld 0:-2 6:8 8:-2
b:maar_gewoon 7:3 8:-1
b:maar_hoe 0:4
b:maar_iets 0:-3 4:-2 6:2 8:4
b:maar_ik 0:7 1:-1 2:-2 7:-2 8:2
b:maar_in 1:10 7:-1 8:4
b:maar_je 0:-3 1:5 8:3
b:maar_jij 0:8 8:-3
b:maar_kort 0:-1 1:2 6:3
b:maar_mee 4:3 7:2 8:-2
b:maar_met 0:-2 8:7
b:maar_meteen 4:2 8:3
b:maar_naar 0:3 1:-2
b:maar_niet 0:-2 1:8 4:2 6:3 7:-2 8:-4
b:maar_ook 0:9 1:-4 2:1 3:8 5:-2 6:1
b:maar_op 0:3 1:-2
b:maar_snel 8:1
b:maar_tegen 7:6 8:-3
b:maar_thuis 0:2
b:maar_toch 0:6 1:-3
b:maar_uit 0:-2 7:2 8:1
b:maar_van 6:6
b:maar_vergeten 0:-1 8:3
b:maar_vertel 0:-8 1:-3 8:13
b:maar_voor 7:-1 8:2
b:maar_wat 0:-6 1:2 5:-1 6:7 8:3
b:maar_wel 0:5 1:1 4:-2 8:-1
b:maar_wie 7:1
b:maar_wilt 0:2 6:-1
b:maar_zitten 1:3 6:-2 7:-6 8:10
b:maart_geen 7:4 8:-3
b:maat_is 1:13 5:-1 8:-2
b:maatschappij_dat 8:1
b:mag_alles 0:2 1:-2
b:mag_best 0:10 5:-1 7:-2 8:-3
b:mag_dat 0:2 8:-1
b:mag_de 0:4 7:-1
b:mag_er 0:4 7:-1 8:-1
b:mag_gewoon 0:8 1:-2
b:mag_het 0:-1 5:1
b:mag_ik 0:-2 5:4
b:mag_je 0:2 1:6 4:-1 6:-1 8:-2
b:mag_niet 0:-10 1:-2 3:-1 6:4 7:14
b:mag_nog 0:1
b:mag_ook 0:1
b:mag_twijfelen 0:1
b:magister_en 6:-2 7:3
b:maken_? 0:-4 1:-4 4:2 6:3 7:5
b:maken_dat 0:4 8:-2
b:maken_heeft 0:-1 1:2
b:maken_je 2:1
b:maken_krijgt 0:1
b:maken_met 0:1
b:maken_van 0:2
b:maken_voor 0:-5 7:4
b:maken_ze 0:2
b:manier_van 1:6 4:-3 8:-2
b:marokkaanse_achtergrond 0:-3 4:4
b:marokkaanse_jongen 0:-1 4:2
b:marokkaanse_jongens 4:2
b:matig_naar 0:-3 2:10 5:-2
b:mbo-opleidingen_heb 0:2
b:mbo_<grade> 0:7 7:-3 8:5
b:mbo_? 0:4 3:1
b:mbo_beter 0:-3 8:1
b:mbo_dat 0:-2 8:3
b:mbo_dus 1:-4 8:6
b:mbo_en 2:1
b:mbo_hbo 0:4 3:-1
b:mbo_is 0:-1 8:2
b:mbo_kan 8:2
b:mbo_naar 0:3
b:mbo_niveau 1:-1 8:2
b:mbo_of 0:1 8:-1
b:mbo_te 0:6 1:-4 8:-2
b:mbo_voor 0:1
b:mbo_zou 8:1
b:me_beter 1:6 4:-3 8:-2
b:me_de 6:4
b:me_echt 0:1
b:me_een 0:-4 1:-1 4:7 8:2
b:me_eens 0:1
b:me_even 0:-3 5:-1 6:5
b:me_geen 0:5 4:-2 7:-2
b:me_gerust 0:-1 5:2
b:me_je 0:-2 2:2
b:me_lastig 0:-2 4:2
b:me_liever 0:3 7:-1
b:me_niks 1:1 4:-1
b:me_op 0:8 2:-1 5:-3
b:me_over 0:3
b:me_verstandiger 0:-1 7:-2 8:4
b:me_wat 0:3 8:-2
b:me_weten 0:6 5:2 7:-6
b:medecursisten_in 3:4
b:medestudenten_in 0:-3 3:5
b:medicijnen_gebruik 0:-3 5:5
b:mee_? 0:-3 1:9 3:4 4:-2 5:2 8:-1
b:mee_bij 0:-5 5:9
b:mee_dat 1:-1 4:4
b:mee_doen 7:2 8:-1
b:mee_eens 0:3 1:-1
b:mee_en 2:1
b:mee_houden 1:-2 4:3 8:-1
b:mee_in 0:-5 1:4 4:-1 5:8 8:-2
b:mee_met 0:-4 2:7 8:-2
b:mee_moet 0:-5 1:1 5:4
b:mee_moeten 0:-1 5:3
b:mee_naar 0:12 4:2 6:1 7:12 8:-2
b:mee_op 0:-6 3:-1 7:6 8:4
b:mee_over 0:17 5:-14
b:mee_te 0:3
b:mee_uit 0:3 2:-1
b:mee_van 6:2
b:mee_verder 0:2
b:mee_verdienen 7:-1 8:3
b:mee_verdient 0:-3 8:4
b:mee_voor 6:3
b:mee_waar 0:4
b:mee_willen 0:2
b:meedenken_? 0:2 5:-1
b:meedenkt_? 0:5 5:-2
b:meegemaakt_tijdens 0:-8 5:9
b:meegenomen_? 0:-4 5:-1 6:7
b:meekijkt_? 7:6
b:meeloopdag_? 3:4 5:-1
b:meeloopdag_al 0:-3 3:-2 6:12 7:-2
b:meeloopdag_bij 0:8 1:-1 2:2 3:-2 6:-2 7:-3 8:6
b:meeloopdag_gedaan 7:2
b:meeloopdag_in 0:1 6:3 8:-2
b:meeloopdag_plant 0:-3 7:3
b:meeloopdag_staat 0:4 6:-3
b:meeloopdagen_en 0:-5 6:8 7:-2
b:meeloopdagen_gedaan 0:-2 3:5 6:-2
b:meeloopdagen_heb 6:1
b:meeloopdagen_proefstuderen 0:1
b:meelopen_? 0:3 6:-2
b:meelopen_dan 0:6 7:-6
b:meelopen_met 0:1
b:meenemen_? 0:1 1:-1
b:meenemen_in 0:3 1:-2 5:2
b:meenemen_naar 0:2
b:meer_? 0:3 1:3 4:2
b:meer_aan 7:6
b:meer_beroepen 0:2
b:meer_bij 0:3
b:meer_dan 0:12 8:-2
b:meer_een 0:-2 1:7 3:4 4:-8 7:1 8:-2
b:meer_hoeft 0:-4 6:6
b:meer_iets 0:-3 3:-1 4:10 8:-4
b:meer_in 7:3 8:-2
b:meer_kunt 0:4 1:-1 7:-2
b:meer_mee 1:-1 7:2
b:meer_om 7:9 8:-8
b:meer_op 0:-3 3:5 4:-1 8:6
b:meer_over 0:6 5:2 7:-1 8:3
b:meer_past 0:1
b:meer_te 0:-1 8:3
b:meer_uit 3:3
b:meer_van 1:-1 3:2 4:6 8:-4
b:meer_voor 0:-8 1:-2 3:-2 4:7 7:11 8:-2
b:meer_wegen 0:1 4:-1
b:meer_willen 0:-9 1:10
b:meer_zo 1:-5 4:6
b:meest_? 0:9 1:-3 2:-1 4:4 6:-1
b:meest_aan 0:-2 8:4
b:meest_bijgebleven 0:4 3:-1
b:meest_geleerd 0:5 6:-2
b:meest_in 0:-4 1:8
b:meest_naar 0:10 5:-2
b:meest_op 0:1
b:meest_over 0:-2 1:-2 2:9
b:meest_realistisch 0:-2 8:5
b:meest_van 0:3
b:meestal_al 7:2
b:meestal_beter 4:2 8:-2
b:meestal_de 0:-4 4:6
b:meestal_een 0:7 4:-3 7:-2
b:meestal_in 0:-4 3:-3 4:8
b:meestal_niet 0:-3 4:4
b:meestal_voor 0:-3 4:4
b:meeste_energie 0:1
b:meeste_jongeren 3:1
b:meeste_klasgenoten 0:-1 3:1
b:meeste_leerlingen 3:8 4:-6
b:meeste_plezier 0:5 2:-4
b:meeste_praten 0:2
b:meeste_voldoening 0:5 2:-1
b:meeste_zin 0:3
b:mei_aanmeldt 0:3 7:2
b:mei_betekent 0:-1 7:3
b:meid_als 0:-1 4:4 8:-2
b:meiden_kiezen 0:-2 4:2
b:meiden_zijn 2:-2 4:6
b:meisje_in 4:2
b:meisje_is 4:3
b:meisje_kun 0:-2 4:3
b:meisje_met 4:1
b:meisjes_en 0:5 4:-4
b:meisjes_kiezen 0:-2 4:4
b:meisjes_kunnen 0:5 4:-4
b:meisjes_vaak 0:-3 4:4
b:meisjes_zijn 0:1
b:meisjes_zoals 4:1
b:meld_je 0:-3 1:-2 6:-1 8:11
b:mening_van 0:1 7:-1
b:mens_en 0:9 8:-2
b:mensen_die 0:-2 2:-1 5:2 7:7
b:mensen_hebben 0:1
b:mensen_in 0:1
b:mensen_met 0:-1 4:4
b:mensen_of 0:5 2:-3
b:mensen_thuis 0:5 5:-3
b:mensen_vinden 0:1
b:mensen_zijn 1:3 4:-2
b:mentale_gezondheid 5:4
b:mentor_de 2:3
b:mentor_en 0:-3 7:3
b:mentor_laat 0:2
b:mentor_of 0:6 5:-2 6:-2
b:mentor_vertel 0:4
b:mentor_vertelde 0:-8 5:9
b:mentor_ziet 1:1 3:-1
b:mentorgroep_en 0:-1 3:2
b:mentorgroep_heeft 0:-1 3:2
b:mentorgroep_nog 3:4 7:-2
b:merk_dat 0:4 1:-2 5:3 7:-2 8:-3
b:merk_ik 0:-2 1:2
b:merk_je 0:7 1:-2 2:-1 5:3
b:merk_jij 0:3 1:-2
b:merken_dat 0:-2 3:2 8:2
b:merkt_dat 0:14 1:-3
b:merkt_u 0:2
b:merkte_je 0:4
b:merkte_jij 0:3 1:-1 4:-1
b:met_aan 0:2
b:met_adhd 0:-11 1:-3 4:16
b:met_alle 0:2
b:met_anderen 0:7 1:-2
b:met_auto's 4:2
b:met_baangarantie 8:1
b:met_baanzekerheid 0:-1 1:-3 4:-2 8:7
b:met_bedrijven 0:-2 1:6 5:-1
b:met_beroepen 0:2
b:met_boeken 4:3
b:met_cijfers 0:11 2:-8 4:-2
b:met_computers 0:-1 1:3 4:4 8:-4
b:met_dat 0:-4 1:6
b:met_de 0:-30 1:4 2:4 3:2 4:-18 5:6 7:-4 8:-19
b:met_deze 7:1
b:met_die 1:-2 3:-1 5:-1 7:8 8:5
b:met_dieren 0:-3 1:4 4:5 5:-1 8:-3
b:met_dit 6:2
b:met_drie 0:1
b:met_dromen 0:-2 8:7
b:met_dyslexie 0:-1 1:-1 4:5
b:met_een 0:23 1:-16 2:7 3:-3 4:13 5:-10 7:2
b:met_elkaar 0:1
b:met_eten 1:-2 5:4
b:met_geld 0:-1 1:5
b:met_gemak 3:2
b:met_gereedschap 0:-2 1:7 3:-2
b:met_gezondheid 0:3
b:met_haar 0:-3 1:8
b:met_hem 0:3 1:3 4:1 7:-1 8:-2
b:met_het 0:-6 1:6 3:2 5:13 6:-4
b:met_hetzelfde 3:3
b:met_hun 0:-6 1:-6 3:5 4:14 8:-3
b:met_ideeen 0:3
b:met_iemand 0:15 1:-4 2:1 5:4
b:met_iets 0:6 1:-2
b:met_je 0:2 1:-15 2:-11 3:6 5:15 6:2 8:-10
b:met_jou 0:-2 1:1 3:2
b:met_jouw 0:-26 1:20 2:2 4:6 5:-1 7:-3 8:22
b:met_kiezen 0:4 1:-1 3:3 4:-3
b:met_kinderen 0:-3 1:-7 4:-3 8:13
b:met_klanten 0:1
b:met_lange 0:-3 1:6
b:met_lege 3:-3 7:10 8:-2
b:met_leren 1:4
b:met_lob 6:2
b:met_me 2:2
b:met_meer 0:5 7:-3 8:8
b:met_mensen 0:-6 1:1 2:-3 4:3 5:-1 7:6
b:met_muziek 3:2
b:met_nt 8:2
b:met_numerus 0:6 1:-1
b:met_opleidingen 0:2
b:met_ouders 0:9 4:-8 7:1
b:met_plezier 0:12 1:-4
b:met_toekomst 8:2
b:met_twee 0:5 1:4 3:-1 4:-3 8:-1
b:met_twijfelen 0:-3 8:4
b:met_uw 0:5 1:-1 5:4
b:met_vaste 0:-1 1:2 4:2
b:met_veel 0:-4 1:11
b:met_wat 0:-3 2:5
b:met_weinig 1:-1 4:3
b:met_welk 0:-2 2:5
b:met_welke 1:-2 2:7 4:-2
b:met_werk 0:4 4:-1
b:met_wie 5:10
b:met_zekerheid 0:3 4:-1
b:met_zijn 0:1 1:-2 5:3 7:2 8:-2
b:met_zo 1:4 4:-2 8:-1
b:meteen_aan 8:1
b:meteen_door 0:-1 5:3 8:1
b:meteen_doorstuderen 0:1
b:meteen_een 0:4 1:-1
b:midden_in 0:6
b:mij_? 0:8
b:mij_aan 0:-6 6:-2 7:4 8:7
b:mij_betreft 0:-5 1:-1 8:11
b:mij_in 0:1
b:mij_niet 0:-2 5:2 7:1 8:2
b:mij_vast 8:2
b:mijn_advies 0:-2 8:8
b:mijn_bureau 7:3 8:-2
b:mijn_conclusie 0:-2 8:7
b:mijn_deur 0:4 6:-1
b:mijn_eigen 0:4
b:mijn_kwaliteiten 0:-5 1:-2 6:12 8:-4
b:mikken_? 3:3
b:minder_aan 0:2 1:-1 5:1
b:minder_bekend 0:2
b:minder_flexibel 1:-2 4:4
b:minder_gemotiveerd 3:1
b:minder_geschikt 1:4 4:-1 5:5 8:-1
b:minder_leuk 0:5
b:minder_leuke 0:5 1:-3
b:minder_ver 3:4 4:-2
b:minimaal_moet 2:4
b:minor_een 0:2
b:minst_mee 0:-2 1:4 8:-1
b:minstens_een 2:3
b:mis_als 0:-5 1:8 5:-2
b:mis_bij 0:1
b:mis_je 1:14 6:-2 7:10 8:-6
b:mis_jij 0:-1 1:5 7:2
b:misgaat_? 1:4 3:-1
b:misging_? 0:2
b:misging_op 0:2
b:mislukken_? 0:-3 1:8 5:-1 7:-1
b:mislukking_het 0:2
b:mislukking_maar 0:2 8:-1
b:mislukt_? 0:1
b:mislukte_sollicitatie 0:1
b:misschien_beter 0:-2 1:7 4:-3 8:-1
b:misschien_een 0:3 1:-2 4:5 5:-1
b:misschien_iets 1:4 4:-2
b:misschien_is 0:-3 1:3 4:-1 8:3
b:misschien_lastig 1:-3 4:4
b:misschien_liever 0:-3 1:-1 4:1 5:4
b:misschien_past 0:2 8:-1
b:misschien_voelt 0:2 3:-1
b:misschien_wat 0:-1 1:-3 4:6 8:-1
b:mist_? 0:3 3:-2
b:mist_aan 0:-1 1:2
b:mist_de 0:-6 1:17 2:-3 8:-2
b:mist_het 0:-3 1:8
b:mist_krijgt 0:-3 7:4
b:mist_nog 0:-1 1:3 2:-1 6:4 7:-3
b:mist_voor 1:3 2:3 6:-4
b:mocht_kiezen 0:2
b:mocht_meelopen 0:1
b:moe_uit 0:-6 3:-2 5:11
b:moed_en 0:3 3:-1 8:-1
b:moeder_en 0:-6 5:8
b:moeder_nog 5:5
b:moeder_of 5:1
b:moedig_dat 0:7 1:-2 8:-4
b:moeilijk_? 3:2
b:moeilijk_aan 0:3
b:moeilijk_is 0:3 1:3 8:-4
b:moeilijk_wordt 0:4
b:moeite_en 0:2 1:-1
b:moeite_hebt 0:-2 1:2 4:-1 5:3
b:moeite_heeft 0:-5 1:13 4:-3 5:-1
b:moeite_met 0:-3 1:10 4:1
b:moeite_waard 0:4
b:moeite_zei 0:2
b:moet_dat 8:1
b:moet_de 1:-1 8:3
b:moet_doen 8:3
b:moet_echt 8:2
b:moet_een 0:13 1:-7 2:-1 4:-1 5:-2 7:5
b:moet_er 0:7 2:3 5:-5 6:5 7:-1
b:moet_gewoon 8:5
b:moet_goed 0:2 4:-1
b:moet_hebben 0:6 1:-2
b:moet_het 1:16 8:-12
b:moet_houden 0:-6 1:1 5:4 8:3
b:moet_je 0:-15 1:-3 3:-2 4:11 5:4 6:-2 7:4 8:5
b:moet_jij 5:3 6:-1
b:moet_kiezen 0:-5 1:7 5:-1 8:4
b:moet_kunnen 1:-1 2:2 3:3
b:moet_nu 7:2 8:-1
b:moet_presenteren 0:-1 1:2 5:2 8:-1
b:moet_scoren 2:4
b:moet_voor 5:-3 6:5
b:moet_weten 0:-5 5:7
b:moeten_doen 0:-5 2:6
b:moeten_er 2:-1 5:-2 6:9
b:moeten_houden 0:-1 5:3
b:moeten_we 1:4
b:mogelijk_wat 0:-1 4:2
b:mogen_houden 2:2
b:mogen_naar 0:-1 2:5 3:-1
b:moment_? 0:-12 2:5 5:11 6:-1
b:moment_daaruit 0:2
b:moment_dat 0:3
b:moment_een 0:-2 5:5
b:moment_is 0:1
b:moment_op 0:3
b:moment_van 0:2
b:moment_vast 0:8 4:-4
b:moment_waarop 0:1
b:momenten_waarop 0:2
b:mooi_? 0:3 1:-1 4:-1
b:mooi_cijfer 0:3 2:-2
b:mooi_dat 0:-2 3:3 6:3 8:-2
b:mooi_resultaat 0:2
b:mooi_verslag 0:-1 1:3
b:mooi_werk 0:2
b:mooie_aanleiding 0:2 2:-2
b:mooie_kwaliteit 0:3
b:mooie_reflectie 0:3 6:-1
b:morgen_een 0:-2 7:4
b:morgen_je 7:1
b:morgen_wil 0:-4 3:-1 7:6
b:moslim_bent 1:-8 4:12 5:-1 8:-2
b:moslima_wil 0:-1 4:3
b:motief_om 0:2
b:motieven_wat 0:2
b:motieven_zichtbaar 0:1
b:motieven_zien 0:1
b:motivatie_bij 0:-6 1:4 3:6 5:-2
b:muziek_en 8:2
b:n_g 0:-2 5:-2 8:10
b:n_t 0:-3 4:1 8:3
b:na_<grade> 0:-2 7:6
b:na_afloop 0:2 6:1 7:-1
b:na_de 0:12 1:4 2:-2 3:-1 4:-2 5:5 6:-2 7:8
b:na_die 5:3
b:na_dit 8:13
b:na_drie 0:-5 1:6
b:na_een 0:3 1:-3 3:14 4:-4 7:-3 8:-1
b:na_elke 0:2 8:-1
b:na_het 0:3 7:3 8:2
b:na_je 0:2 1:-5 4:2 5:-2 7:-3 8:14
b:na_mbo 0:3 8:-2
b:na_over 0:-1 4:7 7:-1 8:-3
b:na_overleg 7:-2 8:7
b:na_schooltijd 5:2 6:-1 7:2
b:na_te 0:-6 7:-4 8:12
b:na_tien 0:2
b:na_twee 1:5 7:-2
b:na_voor 7:2
b:na_want 0:-2 7:4
b:naam_van 7:2
b:naar_<grade> 0:-1 2:5 7:1 8:1
b:naar_? 0:2 1:-3 3:-1 4:2 7:4
b:naar_bed 0:-1 1:-2 2:-1 5:8
b:naar_beneden 0:-2 2:4
b:naar_bent 0:3
b:naar_beroepen 1:2
b:naar_daan 3:2 6:-2
b:naar_dat 0:4 3:-1
b:naar_de 0:-31 3:-7 4:12 5:-2 7:3 8:15
b:naar_een 0:-3 1:3 2:6 5:-1 7:1 8:2
b:naar_goed 0:-3 2:10 5:-2
b:naar_haar 3:-2 5:3
b:naar_het 0:7 1:-3 3:3 4:7 5:-11 6:-4 8:-7
b:naar_hetzelfde 0:1 7:-1
b:naar_huis 0:2 5:-2 7:8 8:-4
b:naar_hun 0:5 5:-2
b:naar_iets 0:-6 1:5 4:-2 8:8
b:naar_je 0:3 1:-2 3:2 4:-1 5:6 7:-2
b:naar_jezelf 0:-5 1:8
b:naar_jouw 0:11 1:-1 8:-5
b:naar_kijken 0:-2 8:4
b:naar_meer 0:3 5:-1
b:naar_motieven 0:2
b:naar_niveau 3:2
b:naar_ons 0:2
b:naar_opleidingen 1:1
b:naar_sanne 0:-2 3:5 8:-1
b:naar_school 0:-6 5:7
b:naar_sem 3:2
b:naar_uit 0:10 5:-2
b:naar_uw 7:3
b:naar_wat 0:7 1:6 8:-6
b:naar_werk 0:1 1:7 8:-2
b:naar_zijn 0:-4 2:2 5:6
b:naartoe_te 0:3 1:-2
b:naast_dat 0:-6 3:8
b:naast_de 0:15 1:-4 3:9 5:5 7:-2 8:-9
b:naast_die 0:2 2:-2 3:1
b:naast_elkaar 0:4 3:-2
b:naast_het 2:-2 3:2
b:naast_je 0:-1 1:4 5:3
b:naast_school 5:5
b:naast_uw 0:1 1:-3 5:3 7:-3 8:6
b:nacht_? 2:-2 5:5 6:-2
b:nacht_en 0:2
b:nacht_is 0:-2 1:-1 4:-2 5:7
b:nacht_slaap 5:3
b:nachtje_over 0:2 7:-1
b:nachts_te 5:3
b:nadelen_op 0:7 2:-2 8:-2
b:nagedacht_? 0:-1 3:1 4:5 5:-1
b:nagedacht_over 0:6 2:3 5:-5 6:-1
b:nam_je 0:1
b:nam_jij 0:4 4:-2
b:namen_en 0:1
b:natuur_en 0:5 5:-1 8:5
b:natuurkunde_in 0:2
b:natuurlijk_niet 1:-5 4:6
b:natuurlijk_weinig 0:-4 4:6
b:nederland_? 0:-3 5:5
b:nederlands_? 0:-3 1:4 2:5 5:-2
b:nederlands_als 0:9 1:-2 4:-2
b:nederlands_dan 3:5 4:-3
b:nederlands_een 0:3 1:-2
b:nederlands_en 0:1
b:nederlands_is 0:-6 1:13 4:2 7:-3 8:-1
b:nederlands_niet 1:-6 4:7
b:nederlands_spreken 0:-1 1:-2 4:8 7:-4
b:nederlandse_teksten 0:2
b:nee_? 0:-3 2:3 5:-1 6:2
b:neef_werkt 0:-6 3:7
b:neef_zit 3:2
b:neem_daar 0:7 3:3 8:-9
b:neem_de 0:10 7:-3
b:neem_een 0:-1 1:1 3:2
b:neem_er 0:2 5:-1
b:neem_gerust 0:4 2:-1
b:neem_het 0:-5 2:5 6:-2 7:-1 8:6
b:neem_iets 8:1
b:neem_ik 7:2
b:neem_je 0:7 1:-2 2:-2 4:2 5:12
b:neem_jij 0:7 8:-1
b:neem_rustig 0:6 1:-1 7:-4
b:neem_van 0:-5 6:-1 8:8
b:negatief_advies 7:4 8:-3
b:negen_van 3:3 4:-2
b:nemen_? 0:1 1:-1 3:1 4:3
b:nemen_als 0:2 2:-2 8:3
b:nemen_bij 0:-1 3:3
b:nemen_geen 3:-3 7:10 8:-3
b:nemen_het 0:-2 5:3
b:nemen_in 8:3
b:nemen_met 0:-1 8:3
b:nemen_ook 1:-2 7:-2 8:8
b:nemen_voor 0:-3 1:18 2:-3 5:-4
b:nemen_we 0:-1 5:4
b:nergens_dus 1:3 4:-1
b:nergens_echt 0:-5 1:11 4:-3 8:-2
b:nergens_meer 0:-4 5:2 7:5
b:nergens_met 3:2 7:-2
b:nergens_wordt 0:3 1:-3 7:3
b:net_als 1:-2 3:2 7:-1 8:4
b:net_genoeg 4:4
b:net_vist 3:-3 7:6
b:net_zo 1:-2 3:15 4:-3 7:-1
b:net_zoveel 0:2
b:netjes_uitziet 0:-2 2:7 3:-1
b:netwerk_dat 0:3 8:-1
b:netwerk_delen 0:4 7:-1
b:niemand_er 0:1
b:niemand_heeft 3:-2 4:5
b:niemand_je 0:1 7:3
b:niemand_thuis 4:1 5:-1
b:niemand_weet 0:3 1:-2
b:niet_? 0:27 1:-23 2:-2 3:38 4:4 5:-8 7:-3
b:niet_aan 0:-10 1:6 3:1 6:-1 7:-3 8:10
b:niet_aankan 0:-4 1:7 6:-2
b:niet_achter 1:-3 4:-4 8:8
b:niet_af 6:-1 7:5 8:-3
b:niet_allebei 0:5 3:-5
b:niet_alleen 0:21 3:1 4:-2 6:-1 7:-2 8:2
b:niet_alles 0:11 1:-1
b:niet_altijd 0:6 1:-5
b:niet_bang 3:3 8:-1
b:niet_beheerst 0:-6 1:13 3:-1
b:niet_bepaald 0:-2 1:5
b:niet_beter 0:-3 1:2 3:2 4:1
b:niet_bij 0:14 1:-13 3:-5 4:-4 7:8 8:8
b:niet_bijhoudt 1:2
b:niet_blijkt 0:2 7:-1
b:niet_dan 3:-2 6:-1 7:12 8:-3
b:niet_dat 1:-1 3:3 7:1 8:-2
b:niet_de 0:-2 1:-3 3:3 8:7
b:niet_doen 0:-3 3:3 7:-2 8:11
b:niet_doet 7:2
b:niet_door 0:9 7:-4
b:niet_doorgaat 0:4 8:-1
b:niet_doorpakt 0:-2 7:5
b:niet_dus 0:-2 1:23 3:3 4:-10 8:-6
b:niet_echt 0:-6 1:15 7:-2 8:-4
b:niet_eens 0:-9 1:10 3:2
b:niet_eeuwig 0:-2 7:2
b:niet_elke 0:3
b:niet_en 1:2
b:niet_erg 0:11 1:-3 7:-3
b:niet_ervoor 0:17 1:-3 3:-2 8:-3
b:niet_gehaald 1:-1 2:3 6:-1
b:niet_geschikt 0:-6 1:-7 4:-3 8:16
b:niet_gestudeerd 4:5
b:niet_gewoon 0:-1 1:-4 8:6
b:niet_goed 0:-1 1:17 2:2 4:-1 5:2 6:1
b:niet_graag 0:-5 4:-1 5:7
b:niet_haalbaar 1:-1 8:3
b:niet_had 0:3 1:-2
b:niet_harder 0:5 3:-1
b:niet_hebt 0:-5 3:6
b:niet_heeft 0:-1 6:-1 7:4
b:niet_het 0:3 1:4 4:-2 7:-2
b:niet_hoeft 0:-2 1:2
b:niet_iedereen 0:7 1:10 3:4 4:-5 7:-10 8:-2
b:niet_iets 0:-5 1:-1 3:9 8:-1
b:niet_in 0:-25 1:28 2:2 4:-3 7:-5 8:12
b:niet_ingeloot 0:3
b:niet_ingeschreven 3:-1 7:4
b:niet_je 0:-3 1:-2 4:5 6:-2 7:-2 8:6
b:niet_jouw 0:-2 1:5 3:-2 4:-4 8:5
b:niet_kan 0:-2 1:3
b:niet_ken 0:3 1:-2
b:niet_kende 0:10 7:-3 8:-2
b:niet_kent 0:7 1:-2 7:-1
b:niet_kiest 0:-4 4:-2 7:11 8:-2
b:niet_klikt 0:2
b:niet_klopt 0:3 8:-1
b:niet_kon 0:8 1:-5 3:-1
b:niet_kunt 0:-2 1:2 3:-2 5:4 7:2
b:niet_landt 0:1 1:3 8:-2
b:niet_lang 6:3 7:-2
b:niet_laten 0:-3 1:3 6:3
b:niet_leeg 0:-5 1:-1 6:10 7:-2 8:-1
b:niet_lekker 5:1
b:niet_leren 0:-11 1:3 4:10
b:niet_ligt 0:2 1:3
b:niet_lukken 0:-3 1:4
b:niet_lukt 0:14 3:-2 4:-2 5:-1
b:niet_lukte 0:6 1:-2 3:-2
b:niet_mee 0:-13 1:-3 3:-2 6:7 7:15
b:niet_meer 0:4 1:-9 3:-2 4:5 5:3 7:-2 8:5
b:niet_met 0:6 1:-2 8:-1
b:niet_meteen 0:4 1:-1
b:niet_naar 5:7
b:niet_net 0:-3 1:-2 3:6
b:niet_nodig 0:-2 8:3
b:niet_om 0:1
b:niet_ook 1:-1 3:4 8:-1
b:niet_op 0:-12 3:-1 4:12 7:14 8:-4
b:niet_opschiet 7:1
b:niet_over 0:10 1:-5 7:1 8:10
b:niet_past 0:5 1:-1
b:niet_realistisch 0:6 1:-1
b:niet_rond 5:5 7:-2
b:niet_serieus 3:1 4:7 7:-2 8:-2
b:niet_slim 0:9 1:-2
b:niet_slimmer 0:-2 7:2 8:2
b:niet_snapt 0:-1 1:2
b:niet_snel 0:-3 1:-3 4:-2 7:13 8:-1
b:niet_te 0:22 1:-16 3:-2 4:15 8:-1
b:niet_teleur 0:-3 7:3
b:niet_tevreden 0:6 1:-3 8:-2
b:niet_toe 0:-4 7:-3 8:6
b:niet_toegelaten 0:2 7:1
b:niet_uit 0:-6 1:8 4:-4 6:14 8:-4
b:niet_van 0:-1 1:4 3:-2 4:6 8:-3
b:niet_vanzelf 0:2
b:niet_veel 0:-4 1:2 6:5
b:niet_ver 0:-6 1:9
b:niet_verder 1:7 3:-2 4:3 7:-1 8:-2
b:niet_verwachtte 0:1
b:niet_vol 0:-1 4:4
b:niet_voor 0:-3 3:-4 4:11 7:9 8:-7
b:niet_wat 0:-13 1:-5 3:5 4:5 8:13
b:niet_weet 0:13 1:-3 2:1 7:5 8:-2
b:niet_weten 0:2
b:niet_wie 7:2
b:niet_wilt 0:9 1:-4 8:-2
b:niet_wist 0:9 1:-2 3:-2 7:-1
b:niet_worden 7:-8 8:10
b:niet_wordt 0:11 1:-2 7:-3 8:-2
b:niet_zitten 1:5 4:-2 7:-2
b:niet_zo 0:-7 1:16 3:-1 4:5 8:-2
b:niet_zo'n 0:-7 1:15 4:-3
b:niet_zoals 0:3 1:-1
b:niet_zoekt 0:1
b:niet_zoveel 0:-2 6:7 8:-4
b:niets_af 0:10 1:-2 6:-2 8:-2
b:niets_hebt 0:-3 5:2 7:5
b:niets_heeft 0:-2 7:6
b:niets_meer 7:1
b:niets_over 8:4
b:niets_te 0:7 7:-4
b:niets_voor 0:-6 2:1 4:-3 6:1 8:18
b:nieuw_land 0:1 4:-1
b:nieuwe_dingen 1:3 4:-1
b:nieuwe_kwaliteiten 0:1
b:nieuwe_leerling 0:5 8:-3
b:nieuwe_techniek 0:5 1:-3
b:nieuwkomers_beginnen 0:-7 4:8
b:nieuwkomers_zoals 0:-1 4:1
b:nieuws_te 0:1
b:nieuwsgierig_? 0:2
b:nieuwsgierig_maakt 0:1
b:nieuwsgierig_naar 0:4
b:nieuwsgierigheid_is 0:5 8:-3
b:niks_hebt 7:2
b:niks_kies 8:1
b:niks_op 0:1 1:-1 8:2
b:niks_te 0:-3 3:5
b:niks_van 0:-5 1:8
b:niks_voor 0:1 1:-3 4:4 7:-3 8:7
b:niks_weet 7:4 8:-1
b:niveau_<grade> 0:-5 1:6 2:-7 3:1 4:7 6:-5 7:-3 8:18
b:niveau_bij 0:4 5:-3
b:niveau_in 0:2
b:niveau_is 0:-1 8:2
b:niveau_van 0:1 1:-1 2:2 4:-2
b:niveau_wil 0:5 1:-1 4:-3
b:nodig_? 3:5
b:nodig_een 0:5 4:-2
b:nodig_hebben 0:4 1:-1
b:nodig_hebt 0:1
b:nodig_heeft 0:16 1:8 2:6 3:-5 7:-2
b:nodig_is 0:1
b:nodig_om 0:-6 1:3 2:6 3:3 6:-2
b:nodig_op 2:3
b:nodig_voor 0:-4 2:3 6:5 8:-1
b:nodigen_we 0:2 5:-1
b:noem_drie 0:3 1:3 2:4 7:-2
b:noem_een 0:1
b:noem_eens 0:1
b:noem_ze 0:2
b:noemde_en 0:3
b:noemde_jezelf 0:5
b:noemen_dat 0:1
b:noemen_die 0:4
b:noemen_en 1:-1 3:2
b:nog_<grade> 0:-2 2:-3 6:13
b:nog_<num> 0:-2 7:3
b:nog_? 0:3 2:-4 6:4
b:nog_aan 0:-5 1:3 3:-3 4:-2 8:10
b:nog_bezig 0:4 1:-1
b:nog_bezoeken 0:2
b:nog_bij 0:-2 2:-3 3:4 6:3
b:nog_binnen 1:1 2:1
b:nog_drie 1:-4 7:13
b:nog_een 0:-8 1:-6 5:6 7:31
b:nog_eens 0:7 1:-5 4:7 7:-2 8:-2
b:nog_elke 0:1 7:-1
b:nog_erg 0:-5 2:1 3:16 6:1 8:1
b:nog_even 0:-2 6:3
b:nog_gebrekkig 1:2
b:nog_geen 0:8 1:-3 2:1 3:17 7:-2 8:-3
b:nog_haalbaar 0:-2 1:6 2:2 3:-1
b:nog_halen 2:2 5:-1
b:nog_iets 1:-1 7:7 8:-1
b:nog_in 0:-7 1:-2 5:4 6:8
b:nog_je 0:-2 7:4
b:nog_langer 7:5
b:nog_meer 0:-4 1:12 7:-1 8:-1
b:nog_mist 0:3 1:1 2:4 6:-1 7:-3
b:nog_nergens 3:2 7:-2
b:nog_niet 0:53 1:-15 2:1 4:1 5:-3 6:1 7:-23 8:-8
b:nog_niets 0:4 5:2 7:-3
b:nog_niks 0:-2 1:-2 3:1 7:6 8:-2
b:nog_nodig 0:2 2:2 6:-1
b:nog_nooit 0:6 1:-3
b:nog_om 0:-1 1:9 2:-1 3:-1 6:2
b:nog_omhoog 0:-4 2:5
b:nog_onder 0:1 3:-1 5:1
b:nog_ontdekken 0:6 1:-2 7:-2
b:nog_op 0:-10 1:4 6:7 7:5
b:nog_open 0:-4 6:5 8:6
b:nog_openstaan 0:-3 6:4
b:nog_over 0:-3 1:7 6:-1
b:nog_pakken 1:-3 2:5
b:nog_plek 3:-1 7:2
b:nog_precies 0:-1 7:3
b:nog_proberen 0:1
b:nog_samen 0:-6 5:8
b:nog_schulden 5:4
b:nog_slapen 0:1
b:nog_steeds 0:2 1:-3 5:9 6:-3 7:6
b:nog_te 0:-9 1:9 2:-2 3:2 5:-3 6:-2 7:13 8:3
b:nog_tegen 0:-4 7:6
b:nog_tekort 1:2
b:nog_tekortkomt 2:4 6:-2
b:nog_tot 0:-1 2:4 6:-2 7:1
b:nog_twee 0:-15 1:-2 6:15 7:5
b:nog_twijfelen 0:6 5:-1 7:-3 8:4
b:nog_twijfelt 0:-4 3:5
b:nog_uitproberen 0:1
b:nog_uitzoeken 0:4 7:-1
b:nog_vaak 0:2 1:-1
b:nog_van 0:6 1:-2 7:2
b:nog_voor 0:-4 1:7 2:-4 3:4
b:nog_wat 0:-3 1:5 4:9 6:1
b:nog_wel 0:-3 1:15 3:-2 5:-2
b:nog_weleens 0:-1 5:2
b:nog_weten 0:4 5:-1
b:nog_willen 0:-7 1:2 7:7
b:nog_zoekt 0:-3 3:3
b:nogal_chaotisch 1:3
b:nogal_onhandig 0:-2 1:6 8:-2
b:nooit_echt 0:-1 1:3
b:nooit_een 0:5 1:-8 2:-1 4:-1 5:9 7:2
b:nooit_had 0:6 1:-2 3:-1
b:nooit_iets 0:-3 1:7
b:nooit_lukt 0:-6 1:11 5:-2
b:nooit_meer 1:-3 7:6 8:-1
b:nooit_op 0:-3 1:4
b:nooit_te 0:2 1:-1
b:nooit_van 0:5 1:-4
b:normaal_om 0:5
b:noteer_bij 0:-3 1:5 5:5 6:-2
b:noteer_er 0:2
b:noteer_ik 5:4 6:-3
b:noteer_in 0:-2 1:4
b:noteer_na 0:1
b:nou_? 0:-3 1:-1 2:-1 3:8
b:nou_de 3:1
b:nou_eenmaal 0:-7 1:13 3:-2 4:-3
b:nou_maar 0:-2 6:-2 8:11
b:nu_? 0:13 1:-3 2:-3 4:-2 5:2 6:7
b:nu_al 0:5 1:4 2:4 3:-3 5:-4 7:-7 8:4
b:nu_als 0:1
b:nu_anders 0:1
b:nu_beter 0:7 1:-2
b:nu_bij 0:-1 5:2
b:nu_de 0:3 1:-2 5:3 7:3
b:nu_die 0:3 1:-2
b:nu_duidelijk 0:-3 1:9 8:-1
b:nu_echt 1:-1 7:5 8:-2
b:nu_een 7:2 8:-1
b:nu_eenmaal 0:-3 1:-3 2:1 3:-2 4:18 6:1
b:nu_en 0:-23 5:14 6:5 7:8
b:nu_goed 7:1
b:nu_het 0:7
b:nu_in 0:-1 8:5
b:nu_je 0:-2 1:9 2:-7 5:9 6:-2 7:3
b:nu_maar 7:4 8:-3
b:nu_mee 0:2
b:nu_met 0:1 1:-1 5:1
b:nu_niet 1:-1 7:9 8:-2
b:nu_nog 5:3 7:-4 8:5
b:nu_of 0:-5 1:-2 5:-3 7:15
b:nu_op 0:4 2:3
b:nu_over 2:4 5:-1
b:nu_toe 0:6 1:10 2:4 5:-7 7:-3
b:nu_vanuit 0:2
b:nu_voor 0:-4 2:5
b:nu_want 0:-1 7:4 8:-3
b:nu_wat 0:4 1:-1
b:nu_zin 0:4
b:numerus_fixus 0:7 7:1
b:nuttig_? 0:4
b:ochtends_wel 5:3
b:oefenen_? 0:5 8:-1
b:of_achter 0:4 4:-1
b:of_andere 0:-1 5:2
b:of_autisme 4:-1 5:2
b:of_ben 0:-4 5:5
b:of_bij 3:9 4:2 5:-3
b:of_blow 0:-3 5:3
b:of_buiten 0:-7 5:10
b:of_daarbuiten 0:4 5:-3
b:of_dat 0:2 1:-2 5:1
b:of_de 0:-15 3:-2 4:10 5:14 6:9 7:-4
b:of_dit 0:5 5:-2
b:of_doorstromen 0:3 8:-1
b:of_doorstuderen 0:2
b:of_een 0:10 1:-1 4:-5 5:5
b:of_er 0:-11 4:-1 5:21 6:-2
b:of_filmpjes 0:2
b:of_gaat 0:1
b:of_geld 0:4 5:-4
b:of_haar 5:7
b:of_heb 5:2
b:of_het 0:-6 3:-1 4:12 5:5 6:3 8:-3
b:of_hij 0:-6 4:1 5:16
b:of_hoger 0:-2 2:3
b:of_iedereen 0:1
b:of_iemand 0:2 5:-1
b:of_iets 0:6 1:-2
b:of_in 0:19 4:4 5:-17
b:of_is 0:4 4:-1 5:2 6:-3
b:of_je 0:3 1:-8 2:2 3:5 4:-4 6:-6 7:4 8:-5
b:of_juist 0:1
b:of_klein 0:2
b:of_laag 0:3 4:-1
b:of_liever 0:5 5:-1
b:of_met 0:5 2:-3
b:of_moet 0:-4 5:5
b:of_nee 0:-5 2:2 5:-2 6:5
b:of_niet 0:3 1:-1
b:of_nooit 0:-6 1:-2 5:-2 7:14
b:of_op 0:5 5:-4
b:of_opleiding 0:5 8:-1
b:of_rustig 0:1
b:of_samen 0:4
b:of_slb'er 0:4 6:-3
b:of_te 0:1
b:of_techniek 0:-1 2:2
b:of_theoretische 0:3 8:-1
b:of_thuis 0:2 5:-2
b:of_tl 1:7 4:-1 7:-3
b:of_universiteit 0:1
b:of_vanuit 0:2
b:of_verder 0:3
b:of_verkopen 0:-2 1:4
b:of_verzorgers 0:5 5:-3
b:of_vinkje 0:7 1:-1 2:-1
b:of_voor 2:6
b:of_voorlichting 0:2
b:of_vwo 0:4 3:-3
b:of_wel 4:2 5:-1
b:of_welke 0:2
b:of_wil 0:4 5:-2
b:of_ze 4:1
b:of_zijn 0:-6 2:2 4:12 5:-4
b:oke_als 0:4 7:-2
b:om_? 0:8 3:-2 5:-1
b:om_aan 0:-10 1:-2 5:8 6:5
b:om_achter 7:6 8:-6
b:om_af 0:-1 7:-1 8:4
b:om_als 3:2
b:om_bij 0:-4 2:10 3:2
b:om_daar 0:-2 2:3
b:om_dat 0:-1 1:7 5:-1
b:om_de 1:-2 3:6 6:1 7:-2
b:om_deze 0:4 7:-1
b:om_die 0:7 1:-3 2:4 3:-1
b:om_dit 0:2
b:om_door 2:6 3:-1 5:-1
b:om_een 0:9 1:1 3:-3 4:-3 8:-1
b:om_eens 0:1
b:om_eerst 0:-4 1:-3 2:7 4:4
b:om_er 0:7 1:-4
b:om_hen 0:-4 3:3 5:1
b:om_het 0:9 1:2 2:5 7:-2
b:om_hulp 0:4 1:-1 3:-1
b:om_hun 0:2
b:om_iets 0:1
b:om_in 0:-8 2:5 5:8
b:om_je 0:2 2:1 3:3 4:-2 5:-4 7:-5
b:om_jezelf 5:3
b:om_jou 0:4 1:-2
b:om_jouw 0:3
b:om_mee 0:3
b:om_meer 0:2
b:om_met 0:23 1:1 2:-15 3:-3 4:-1 5:6 7:-3
b:om_na 0:5 7:-3 8:1
b:om_naast 0:5 1:-2 3:-1 7:-3 8:6
b:om_net 3:1
b:om_niet 1:-1 8:2
b:om_nog 0:2 1:-2 6:-2 7:7 8:-2
b:om_nu 0:4 5:-3
b:om_ook 0:-3 1:-1 3:9 5:-1
b:om_op 0:-8 1:4 2:-6 3:-4 4:2 6:5 7:-3
b:om_over 0:-6 2:6 4:3 5:-2 8:5
b:om_raad 0:2
b:om_rond 5:2
b:om_rustig 0:-1 5:2
b:om_samen 0:3 2:-2
b:om_te 0:13 1:-2 2:-4 3:2 5:3 7:5 8:-7
b:om_terug 0:1
b:om_toch 1:8 3:-2 4:-5
b:om_uit 0:6 1:-2
b:om_uitleg 0:2
b:om_van 0:-7 1:-1 2:6 6:-1 8:8
b:om_verder 0:7 1:-4
b:om_vier 0:3 4:-2 6:-1 7:3
b:om_voor 0:2 2:-3 8:3
b:om_wat 0:4 1:-1 8:-1
b:om_werk 1:-1 3:3
b:om_zelf 0:-4 1:5
b:om_zijn 0:-5 1:4 2:4
b:om_zonder 0:-5 5:6
b:omdat_er 1:-3 4:4
b:omdat_het 0:-2 5:4
b:omdat_je 0:-20 1:7 4:25 5:11 8:-8
b:omdat_plannen 1:2 4:-1
b:omdat_rekenen 1:7 8:-3
b:omdat_u 1:6 4:-4
b:omdat_ze 0:2
b:omgaan_? 0:4 2:-1
b:omgaat_? 0:1
b:omgeving_heeft 0:1
b:omgeving_met 0:1
b:omhoog_? 0:-4 1:-1 2:7
b:omhoog_moeten 2:1
b:omlaag_en 0:-4 2:4
b:omschrijven_en 0:1
b:omweg_is 0:3 8:-2
b:onder_behandeling 1:-3 4:-2 5:7
b:onder_de 1:10 2:11 4:1 8:-2
b:onder_druk 0:1 1:-1 7:2
b:onder_het 0:-1 1:-2 3:7
b:onderdeel_<grade> 0:-2 6:2
b:onderdeel_klaar 6:1
b:onderdeel_van 0:4 3:-1
b:onderdelen_van 0:-1 3:-3 6:6
b:onderdelen_voltooid 6:3
b:ondernemend_als 3:3 4:-2
b:onderste_helft 0:-4 3:7
b:ondersteuningsteam_als 0:1
b:onderweg_? 0:9 5:-5 7:-2
b:onderwerp_? 0:1
b:onderwerp_bij 0:2 2:-1
b:onderwerp_dat 0:1
b:onderzoeken_? 0:5 1:-3 4:2 8:-1
b:ongeveer_? 0:-6 2:-1 5:11
b:onhandig_met 0:-2 1:7 3:-1
b:onlangs_in 0:-3 5:5
b:ons_advies 0:-5 8:10
b:ons_gesprek 0:3 6:3
b:ons_volgende 0:4
b:ontbijt_voordat 0:-1 5:2
b:ontbreekt_er 0:-12 1:7 3:3 6:5
b:ontbreken_nog 6:4
b:ontdek_je 0:1
b:ontdekken_? 0:2
b:ontdekken_of 0:1
b:ontdekken_wat 0:2
b:ontdekt_? 0:2 1:-1
b:ontdekt_over 0:2
b:ontdekte_je 0:2
b:onthouden_? 0:1
b:onthouden_is 0:-1 1:5 4:-2
b:ontwikkelen_? 0:1
b:onvoldoende_voor 0:-1 2:-3 5:1 7:4
b:onvoldoende_welke 0:9 1:-2 2:-5
b:onvoldoendes_mag 2:2 5:-1
b:onvoldoendes_staan 2:2
b:onzeker_en 0:-2 1:8 8:-4
b:ooit_een 0:-6 1:7 5:1
b:ook_? 0:-1 1:-3 3:2 4:10 5:-1 8:-1
b:ook_al 0:5 1:-3 3:-5 4:3 7:-2 8:10
b:ook_als 0:9 1:-2 7:-2
b:ook_bij 0:-3 1:12 3:-2 4:-3
b:ook_buiten 0:4 2:-1
b:ook_dan 0:3 8:-1
b:ook_dat 0:4
b:ook_de 0:3 8:-1
b:ook_die 0:-2 3:4
b:ook_een 0:10 8:-2
b:ook_elektricien 0:-4 3:10 4:-2
b:ook_even 0:-4 5:12 6:-4
b:ook_het 0:5 2:-2 3:-3 4:3 8:-1
b:ook_iets 0:-7 3:11 4:5 5:-2 8:-1
b:ook_in 0:-6 3:6 5:6
b:ook_je 3:2
b:ook_na 0:2
b:ook_naar 3:2
b:ook_niet 0:-3 1:8 3:-2 4:-3 7:4
b:ook_nog 0:-3 5:2 6:2
b:ook_op 0:-3 5:8
b:ook_te 3:1
b:ook_uit 3:2 6:-1
b:ook_via 0:1 4:-1
b:ook_voor 4:5
b:ook_wat 3:2
b:ook_wel 0:-3 1:-1 4:7
b:ook_wilt 0:4 5:-3
b:ook_zo 0:-1 1:-2 4:4 5:-1
b:oom_je 0:3 3:-1 8:1
b:op_! 0:-5
b:op_<grade> 1:4 3:-1
b:op_<num> 0:-2 4:2 6:18 7:4
b:op_? 0:6 2:5 5:-1 6:-1 7:5
b:op_aan 0:1
b:op_als 0:3 2:-1 3:4
b:op_basis 0:4 2:-2 6:-2 8:3
b:op_bent 0:4
b:op_bij 1:-5 2:4 6:13 7:-3 8:-4
b:op_bijna 0:-5 1:8 2:-1
b:op_dan 0:-4 3:6
b:op_dat 0:3 3:-1 7:4
b:op_de 0:5 1:-4 2:8 3:11 4:-8 5:-14 6:-4 7:7
b:op_deze 0:-3 2:1 3:5
b:op_die 0:4 6:-1
b:op_dit 0:-15 2:10 3:2 5:15 6:-3 7:-2
b:op_een 0:6 1:-4 2:3 3:6 5:-6 6:-3 7:-6 8:9
b:op_elk 0:1
b:op_en 0:-2 6:5 7:3
b:op_excursie 0:-3 7:4
b:op_gaan 0:9 3:-6
b:op_groen 0:-2 3:-3 6:11
b:op_het 0:-17 1:-2 2:4 4:25 5:-2 7:3 8:2
b:op_hoe 0:-4 1:1 2:5 3:1 4:-1
b:op_hoeveel 2:-1 5:-2 6:3
b:op_hun 0:-1 4:3 8:-2
b:op_iets 1:1
b:op_in 0:3 2:1 5:-3 6:3 8:-1
b:op_is 0:5 6:-1 8:-1
b:op_je 2:8 3:-5 4:-6 5:4 6:-2 7:3 8:8
b:op_jou 3:-3 7:11 8:-4
b:op_jouw 1:-10 2:-1 3:11 4:6 7:9
b:op_kamers 5:4
b:op_kantoor 0:8 5:-5
b:op_kiesmbo 0:5 8:-2
b:op_kwaliteiten 0:1
b:op_locatie 0:1
b:op_mbo 0:2
b:op_meer 0:2
b:op_met 0:2 7:2 8:-2
b:op_mijn 7:3 8:-2
b:op_niveau 0:-3 1:5 2:-4 3:2 4:7 7:-3 8:1
b:op_of 0:2
b:op_orde 3:3 8:-1
b:op_rood 0:-3 6:5
b:op_school 0:6 1:9 2:-1 3:-1 5:-8 7:1
b:op_sleeptouw 0:7 3:-5
b:op_stage 0:-1 3:11 5:-2
b:op_straat 7:4
b:op_tafel 0:-1 5:4 6:-2
b:op_te 1:-4 2:3 3:1 4:3 5:6 6:-2 7:-2
b:op_terug 0:3
b:op_tijd 0:-19 1:14 3:-2 4:-1 5:3 7:11 8:-3
b:op_uw 0:3 4:1 8:3
b:op_voltooid 6:2
b:op_voor 0:-2 1:3 2:2
b:op_waar 0:3 6:-1
b:op_waarin 3:1
b:op_waarom 0:-4 1:14 2:-3 8:-4
b:op_waarvoor 0:3
b:op_wat 0:1 3:3 5:11
b:op_weg 0:3
b:op_welk 0:9 1:-1 2:1 4:-4 5:3
b:op_welke 1:3 5:2 6:-2 7:-1 8:7
b:op_werk 8:3
b:op_wie 0:-2 5:4
b:op_wil 0:-4 1:-1 3:6 4:1
b:op_wilt 0:-3 1:-3 3:1 7:4
b:op_zee 0:6 7:-1
b:op_zijn 0:14 4:-1 5:1 6:5 8:-2
b:op_zoek 1:4 5:-1
b:opdracht_deed 0:1
b:opdracht_heb 0:2 6:-1
b:opdrachten_in 6:1
b:opdrachten_te 6:2
b:opdrachten_uit 6:3
b:open_? 1:-2 2:6 8:-1
b:open_dag 0:-2 1:10 3:6 4:-1 5:-1 6:15 7:-3 8:6
b:open_dagen 0:-8 1:-5 2:-4 3:10 4:-3 5:7 6:1
b:openstaan_? 0:-3 6:4
b:opent_ze 0:2 1:-1
b:opgeeft_als 1:4 4:-1
b:opgeleverd_? 0:5 6:-1
b:opging_in 0:4 5:-2
b:ophalen_? 2:1
b:ophalen_om 2:2
b:opleiding_? 0:-13 1:-1 2:5 3:2 4:-1 5:19
b:opleiding_als 0:2 7:-4 8:6
b:opleiding_beter 1:2
b:opleiding_bij 0:1
b:opleiding_dan 0:-7 3:10
b:opleiding_dat 0:2 8:-1
b:opleiding_denkt 0:-3 1:4 2:-4 3:5
b:opleiding_die 0:5 1:1 2:2 4:-1 5:-3 7:6 8:-4
b:opleiding_doet 0:1
b:opleiding_echt 0:1
b:opleiding_en 0:1
b:opleiding_gaat 0:3 3:-1
b:opleiding_gekozen 3:2
b:opleiding_gestopt 0:2
b:opleiding_heeft 1:3 8:-2
b:opleiding_hij 1:6 8:-1
b:opleiding_in 0:-5 1:-4 3:1 4:3 6:3 8:6
b:opleiding_is 0:5 1:5 4:-2 7:-2
b:opleiding_je 0:9 1:-3 6:1
b:opleiding_kan 0:-4 1:2 7:4
b:opleiding_kiest 0:-6 1:5 5:-1 8:3
b:opleiding_kiezen 0:-3 1:2 4:6 7:-3 8:-2
b:opleiding_kun 0:-1 1:7 5:-1 8:-1
b:opleiding_ligt 1:-6 3:-1 4:8
b:opleiding_met 0:-1 1:1 2:-2 4:-1 5:4 7:-3 8:7
b:opleiding_moet 0:3
b:opleiding_naar 0:2
b:opleiding_niet 0:5 7:6 8:-4
b:opleiding_nog 0:3 1:-2
b:opleiding_op 0:-7 1:11 2:5 4:-1 8:-6
b:opleiding_over 0:-1 7:3
b:opleiding_past 0:-4 1:1 4:5
b:opleiding_te 0:3 1:-5 2:3 3:2 5:-2 7:-3 8:5
b:opleiding_thuis 5:2
b:opleiding_toch 0:2
b:opleiding_tot 0:-2 5:1 8:4
b:opleiding_trekt 1:1
b:opleiding_van 2:2 7:-2 8:1
b:opleiding_verpleegkunde 0:-2 2:2
b:opleiding_volgens 0:2 1:-1
b:opleiding_vraagt 0:-2 1:2 5:2
b:opleiding_waar 0:-2 1:1 8:2
b:opleiding_wil 0:2 1:-1 3:4 4:-2
b:opleiding_wordt 0:-4 1:-2 7:19 8:-7
b:opleiding_zegt 0:2 8:-1
b:opleiding_zit 0:-2 1:-4 4:2 5:2 7:1
b:opleiding_zonder 0:-4 1:4
b:opleiding_zou 0:2 1:-3 3:3 4:-1
b:opleidingen_? 0:2 5:-1
b:opleidingen_die 0:9 1:-2 3:-2 7:-2 8:10
b:opleidingen_en 0:-1 7:3
b:opleidingen_in 0:5 8:-1
b:opleidingen_is 0:4 8:-3
b:opleidingen_met 0:4 8:-1
b:oplossen_? 0:-4 1:12 5:-2
b:opmerking_over 0:1
b:opnieuw_mocht 0:1
b:opties_open 8:1
b:opvalt_? 1:1
b:opvang_? 0:-1 5:1
b:opvangen_? 1:1 5:-1
b:opzichte_van 0:-3 2:-3 3:12
b:opzoeken_? 0:2
b:orientatie_op 0:-2 1:1 4:3 8:2
b:orienteren_? 0:-2 1:5
b:oud-leerling_op 0:3
b:oud-leerling_uit 0:5 4:-2
b:ouder_? 4:-1 5:2
b:ouderavond_laten 3:2
b:oudere_zus 3:1
b:ouders_? 0:-8 5:7 6:2 8:2
b:ouders_afgesproken 0:-2 8:5
b:ouders_al 0:3 5:-4 6:4
b:ouders_bij 0:3 5:-2
b:ouders_dat 0:-1 1:3 3:4 4:-3 5:8 8:-2
b:ouders_een 4:-2 5:4
b:ouders_en 3:-2 7:-2 8:13
b:ouders_geen 0:-1 1:-2 4:8 7:-4
b:ouders_gescheiden 0:-1 5:3
b:ouders_hebben 0:1 3:3 4:-1 5:-1 8:1
b:ouders_het 0:4 3:-2 5:-1 6:2 7:-1
b:ouders_hopen 0:3 3:-1
b:ouders_iets 0:2
b:ouders_nog 0:-6 5:9 6:-1 7:-1
b:ouders_of 0:7 5:-5
b:ouders_ongeveer 0:-3 5:7 6:-1
b:ouders_over 0:2
b:ouders_schulden 5:1
b:ouders_uit 0:-5 4:2 5:4
b:ouders_van 0:11 4:-8
b:ouders_welk 0:5 2:1 4:-1
b:ouders_worden 0:-1 7:6
b:ouders_zien 0:3
b:ouders_zijn 0:5
b:ouders_zonder 4:2
b:over_? 0:-6 1:13 2:-6 3:5 4:5 5:9
b:over_als 1:3
b:over_bent 0:-1 2:4 5:-2
b:over_beroepen 0:-4 4:5
b:over_dat 0:2
b:over_de 0:-5 1:2 2:4 4:-5 5:9 6:2 7:-6 8:-6
b:over_die 4:7 8:-3
b:over_drie 7:2
b:over_een 0:17 1:1 2:2 4:-3 5:-12 6:-3 7:1 8:-4
b:over_eens 0:5 1:-3 3:-2 4:-3 5:-1 8:8
b:over_hebben 0:-3 1:11 4:-1
b:over_het 0:-3 1:-3 2:5 3:5
b:over_hoe 0:9 1:-3 2:-1 3:-2
b:over_je 0:-2 1:-9 2:2 3:14 5:20 7:-4 8:-7
b:over_jezelf 0:9 1:-4
b:over_jou 0:-7 1:14 2:1 3:4 6:-2 8:-4
b:over_jouw 0:7 3:-3
b:over_jullie 0:2
b:over_later 0:10 2:-1 5:-3 7:-1
b:over_mij 0:1
b:over_na 0:-9 7:-1 8:12
b:over_naar 0:-1 3:-3 8:7
b:over_nagedacht 3:1 4:5 5:-1
b:over_of 0:-1 2:1
b:over_ondernemen 0:3 8:-2
b:over_open 0:1
b:over_praktische 4:1
b:over_praten 0:1
b:over_te 0:-12 1:-1 2:9 4:3 5:-2 8:13
b:over_thuis 0:5 5:-3 7:-1
b:over_tien 0:4 1:-2
b:over_twee 0:-2 3:-3 7:8
b:over_uw 0:-7 2:3 6:7 8:-1
b:over_vast 0:1
b:over_vijf 0:13 8:-1
b:over_waar 0:5
b:over_wat 0:23 1:-6 2:3 5:-4 6:1
b:over_welk 0:6 1:-2
b:over_welke 0:-10 2:7 8:4
b:over_werken 0:4 4:-1
b:over_wie 0:5 1:-2
b:over_wilt 0:4 5:-4
b:over_zijn 0:-2 1:12 2:-4 3:-4 4:-1 5:3
b:overgang_naar 0:-3 2:4
b:overleg_met 7:-1 8:5
b:overnemen_? 3:-2 4:3
b:overnemen_voor 3:1
b:overslaan_? 0:-4 1:4 4:2
b:overstap_naar 0:5 8:4
b:overstappen_naar 0:4 7:-1 8:-2
b:overweegt_te 0:3 8:-2
b:overwegen_? 1:-1 4:4
b:overzicht_van 0:-2 6:3
b:paar_jaar 0:-2 7:-3 8:6
b:paar_keer 0:2
b:pabo_? 8:1
b:pabo_te 8:1
b:pak_je 0:-4 2:13 5:-1
b:pak_jij 0:-2 1:-1 2:2 4:3
b:pakken_? 0:4 1:-6 2:4
b:pakte_dat 0:4 5:-1
b:pakte_je 0:2
b:pas_? 0:1
b:pas_als 0:-1 6:4
b:pas_daarna 0:2
b:pas_een 8:2
b:pas_na 1:2
b:passen_? 0:2 3:2 4:4 5:-2 8:-2
b:passen_bij 0:-4 1:7
b:passen_volgens 0:2
b:passend_werk 0:2
b:passende_stage 0:-7 1:-1 5:10
b:past_? 0:-3 1:8 2:8 3:-3 5:-1
b:past_beter 0:-8 1:12 4:1 8:3
b:past_bij 0:-7 1:-3 2:4 4:10 5:8 8:-5
b:past_daar 0:-1 2:-1 3:6
b:past_daarbij 0:-5 3:3 4:4
b:past_dan 1:2 8:6
b:past_dat 2:3 4:-1 5:-1
b:past_de 0:-2 8:5
b:past_echt 0:-1 8:4
b:past_een 1:-2 3:3 4:5 8:-3
b:past_en 0:-4 5:-1 8:11
b:past_er 0:-3 3:2 5:4
b:past_gewoon 8:2
b:past_het 0:3 5:-2 6:6
b:past_in 0:-4 2:6
b:past_niet 0:-6 1:-3 4:-2 8:16
b:past_perfect 1:-1 8:4
b:past_vast 4:2
b:past_wat 0:4
b:paste_? 0:2
b:per_jaar 6:2
b:per_leerling 0:-4 2:3 6:3
b:per_nacht 0:-2 2:-2 5:10 6:-2
b:per_periode 0:-2 6:3
b:per_se 0:-1 3:1
b:per_vak 0:-5 2:9
b:per_week 0:10 2:-2
b:perfect_bij 1:-1 8:4
b:periode_? 0:-2 2:-1 5:2 6:2
b:periode_anders 0:-4 2:4 6:3
b:periode_en 0:-5 2:5
b:periode_het 0:5 2:-4
b:periode_met 0:4 5:-1
b:persoon_? 0:2
b:persoon_op 0:1
b:persoon_precies 0:1
b:pie_? 1:4 3:-2
b:pijn_? 0:-3 5:5
b:pijn_doen 0:-2 5:3
b:pillen_of 0:-6 5:6
b:pillen_voor 5:3
b:plaats_van 0:4 1:-1 7:-2 8:3
b:plan_? 0:-2 2:1 6:-1 7:3
b:plan_a 0:3 7:-1
b:plan_b 0:12 1:-3 3:-1 8:3
b:plan_en 0:6 1:-2
b:plan_je 0:-8 2:-2 6:17 7:-2
b:plan_niet 0:8 1:-2 8:-1
b:plan_om 0:-16 1:-3 2:2 3:3 5:7 8:9
b:plan_voor 0:4 1:-2 7:7 8:1
b:plannen_? 1:-3 5:5
b:plannen_gaat 0:-2 3:2
b:plannen_is 0:-4 1:9 8:-2
b:plannen_niet 1:2 4:-1
b:plek_? 0:8 3:-2
b:plek_bij 0:-5 2:2 7:3
b:plek_de 0:7 7:-7
b:plek_en 3:-3 7:5
b:plek_hebt 0:1
b:plek_heeft 3:-1 7:2
b:plek_in 0:5 1:-4 4:4 8:-2
b:plek_is 8:5
b:plek_op 0:-2 7:8 8:-3
b:plek_trekt 0:2
b:plek_voor 0:1
b:plek_waar 1:3 8:-2
b:plek_zijn 0:-4 1:5
b:plezier_? 0:2 2:-2
b:plezier_en 0:-5 8:6
b:plezier_in 0:2
b:plezier_naartoe 0:3 1:-2
b:politie_en 0:1
b:portfolio_compleet 6:1
b:portfolio_dan 0:-2 3:2 6:1
b:portfolio_is 0:4 1:-1 2:-1 6:7
b:portfolio_mag 0:1
b:portfolio_staan 0:-1 6:2
b:positief_studieadvies 1:-2 2:2 7:2 8:-1
b:praat_je 0:9 4:-8 5:2
b:praat_jij 0:1
b:praat_met 1:2 4:1
b:praat_thuis 0:1
b:praatje_al 0:2
b:praktijk_? 0:3
b:praktijk_door 0:7 1:-1 2:-1
b:praktijkbegeleider_en 0:2
b:praktijkbegeleider_wat 0:1
b:praktijkexamen_ging 0:2
b:praktijkklas_die 0:-2 1:-1 3:6
b:praktijkleerlingen_zijn 0:-3 4:5
b:praktijkles_? 0:1
b:praktijkonderwijs_zijn 0:-2 4:3
b:praktijkonderwijsleerlingen_zijn 1:-2 4:3
b:praktijkopleider_is 0:2 6:3
b:praktijkopleider_vindt 0:-3 1:4
b:praktisch_beroep 0:-1 1:-1 4:3
b:praktisch_vak 1:6 4:-4
b:praktische_beroepen 0:4 1:-2 4:2 6:-2
b:praktische_opleiding 1:-7 4:3 8:5
b:praktische_opleidingen 1:1
b:praktische_richting 0:-2 1:5 4:-6 8:2
b:praten_? 0:12 5:-2
b:praten_gewoon 0:2
b:praten_mijn 0:4 6:-1
b:praten_we 2:-1 5:7 8:1
b:prater_dus 1:2 4:-1
b:precies_? 0:7 5:-2
b:precies_en 0:-5 5:6
b:precies_twee 0:-1 7:3
b:precies_wat 0:-7 3:11
b:precies_zodat 0:-2 1:-1 5:7
b:presentatie_bij 0:3 5:-1
b:presentatie_over 0:-4 3:5
b:presentatie_voor 0:2
b:presentatie_was 0:4 2:-3
b:presenteren_of 0:-2 1:4
b:prima_als 0:7 7:-4
b:prima_dat 1:2
b:prima_monteur 1:-3 4:-1 8:7
b:prima_om 0:1
b:probeer_deze 0:1
b:probeer_eens 0:5 1:-4
b:probeerde_je 0:1
b:proberen_? 0:-6 1:9 4:4
b:proberen_ook 0:4 1:-2
b:probleem_hoor 0:-7 1:16 4:-5 7:-2
b:procent_van 0:-3 2:4 3:4 5:-2 6:3
b:product_zou 0:2 1:-1
b:proef_bij 0:1
b:proefstuderen_de 0:1
b:profiel_? 0:6 1:-1 3:-1
b:profiel_anders 0:-2 7:4 8:-1
b:profiel_bij 0:-4 1:-1 8:10
b:profiel_dat 0:7 1:-1 8:-2
b:profiel_doorgeven 7:2
b:profiel_gekozen 0:-1 6:2
b:profiel_in 0:1
b:profiel_is 8:2
b:profiel_je 5:4 6:1
b:profiel_kiest 0:2 1:-1 2:1 7:3 8:-3
b:profiel_kun 1:-2 4:-2 8:8
b:profiel_te 2:2
b:profiel_welke 0:7 1:-3 2:-1
b:profiel_zonder 1:5 7:-1
b:profielkeuze_? 1:3 5:-2
b:profielwerkstuk_al 0:-1 3:2
b:project_? 1:5 4:-1
b:propedeuse_in 0:2
b:psychische_stoornis 1:-2 5:4
b:psycholoog_? 5:2
b:psycholoog_geweest 5:1
b:psycholoog_over 0:-8 2:-1 5:11
b:pta-onderdeel_van 2:4
b:punt_is 0:-1 1:3
b:punt_uit 0:-3 7:-1 8:8
b:punten_? 1:-1 2:6 3:-1
b:punten_hij 1:-2 2:6 6:-1
b:punten_kun 1:-3 2:5
b:punten_moet 2:2
b:punten_te 0:-1 2:4
b:punten_voor 2:2
b:qua_werkhouding 0:-2 1:10 8:-2
b:raad_ik 1:4 7:-1 8:4
b:raad_je 8:1
b:raad_vragen 0:2
b:raakt_is 0:7 3:-2
b:raakt_je 0:2 3:-1
b:raakt_mij 0:1
b:raakten_zodat 0:1
b:ranglijst_van 0:-3 3:6 6:-1
b:rapport_er 0:-2 2:3
b:rapport_welke 2:3 6:-2
b:rapportcijfer_voor 0:2 2:-2
b:reactie_van 0:3 3:-1
b:reageer_je 0:2
b:reageerde_je 0:1
b:realistisch_blijven 4:4 8:-2
b:realistisch_gezien 1:-1 3:3 4:-1
b:realistisch_is 0:5 1:-1 2:3
b:recente_gesprekken 0:1
b:recht_op 0:12 2:-1 7:-10
b:rechten_doen 1:-1 4:4
b:rechten_gaat 0:2 7:-4 8:5
b:rechten_is 0:-1 8:3
b:rechtzetten_? 3:1
b:red_je 1:1 7:6 8:-6
b:redden_? 2:2 3:-3 4:5
b:redden_het 0:-5 1:-1 4:9
b:reden_achter 0:1
b:reden_dat 0:-5 5:6
b:reden_om 0:2
b:reflecteren_wat 0:1
b:reflectie_op 0:2 7:-1
b:regel_het 7:1
b:regel_ik 0:6 7:-5
b:regelen_? 8:3
b:reken_je 0:3 2:-1
b:reken_met 1:-1 2:3
b:reken_samen 2:3
b:rekenen_zit 0:1
b:rekening_mee 0:-9 4:10 5:10 7:-1 8:-2
b:rekentoets_op 1:-3 2:7 6:-1
b:relevant_voor 5:4
b:ren_niet 0:5 3:-1
b:repareren_? 2:2
b:rest_? 3:-1 6:4
b:rest_komt 0:4 7:-3 8:2
b:rest_van 0:-8 3:12 6:-1 7:9
b:resultaat_is 0:3 3:-1
b:resultaat_tot 0:6 7:-2
b:resultaat_van 0:5 2:-1
b:resultaten_van 2:-2 3:3
b:resultaten_voor 0:-3 2:7
b:resultaten_zijn 0:-6 2:3
b:richt_je 1:3
b:richten_? 5:1
b:richten_we 0:-1 4:4
b:richting_binnen 1:-1 8:4
b:richting_de 3:-1 6:3 8:3
b:richting_die 0:-3 8:4
b:richting_heeft 0:-3 1:-1 3:6
b:richting_het 4:-3 8:5
b:richting_in 1:-2 5:-2 8:8
b:richting_is 0:6 3:1 5:-2 8:-2
b:richting_kiest 7:3 8:-1
b:richting_kiezen 0:3 1:1 8:-3
b:richting_kun 0:-2 1:6 8:2
b:richting_niet 0:10 1:-2 7:-1 8:-5
b:richting_past 0:-2 1:-2 3:5
b:richting_te 8:1
b:richting_toch 0:3 1:-1
b:richting_trekt 0:-5 1:-7 4:15 8:-1
b:richting_veranderen 0:5 3:-2 8:-2
b:richting_wil 1:5 4:-1 8:-2
b:richting_zie 0:-3 1:3
b:richting_zonder 1:2
b:rij_en 0:-2 2:5 6:-2
b:rij_te 0:1
b:rij_zetten 0:5 1:1 2:-2 3:2 8:-3
b:rijker_met 0:4 7:-1
b:risico_? 0:1
b:risico_ben 0:1
b:risico_durf 0:4
b:risico_in 0:1
b:risico_nemen 0:1
b:risico_zou 0:4 1:-2
b:rol_in 0:4
b:rol_neem 0:2
b:rol_speelde 0:3 1:-2
b:rol_speelt 0:5 1:-3
b:rond_de 0:4 2:2 7:-2
b:rond_en 0:2 6:-1
b:rond_het 6:1
b:rond_je 0:-2 6:3 8:4
b:rond_op 0:5
b:rond_te 1:-1 5:3
b:rondje_over 0:1
b:rood_op 0:-1 2:4
b:rook_of 0:-2 5:3
b:route_die 0:1
b:route_is 0:5 1:-2 8:-1
b:route_kan 0:4
b:route_naar 0:-4 1:5 7:-3 8:5
b:route_via 0:3
b:routes_en 0:3 5:-2
b:routes_er 0:2 1:-1
b:routes_naar 0:2 7:-2
b:routes_zijn 0:3
b:routes_zoals 0:1
b:rug_? 5:2
b:rug_of 5:3
b:ruimte_om 0:3
b:ruimte_voor 0:7 5:-1 6:-1
b:rust_en 8:2
b:rustig_? 0:1
b:rustig_aan 0:-4 1:8
b:rustig_de 0:14 1:-1 7:-4 8:-8
b:rustig_je 0:5 8:-1
b:rustig_te 5:2
b:rustige_baan 0:-3 4:2
b:ruzies_thuis 0:-2 5:5 8:-2
b:s_avonds 0:7 5:-3
b:s_nachts 0:2 4:-3 5:8
b:s_ochtends 5:3
b:salaris_voor 0:2
b:samen_bekijken 0:2 1:-1
b:samen_de 0:2
b:samen_een 0:5 2:3 7:-1 8:-2
b:samen_in 0:-3 2:4
b:samen_je 0:2
b:samen_kijken 0:4 1:-2
b:samen_mee 0:-2 5:3
b:samen_met 0:-1 1:5 2:4 3:4 4:-1 5:-1 7:1 8:-2
b:samen_naar 2:2
b:samen_oefenen 0:5 8:-1
b:samen_op 0:5 1:3 7:-2 8:-3
b:samen_stap 0:2 7:-1
b:samen_verder 0:4 7:-1 8:-2
b:samen_verkennen 0:2 8:-1
b:samen_wat 0:3
b:samenwerken_gaat 1:4 8:-1
b:samenwerkt_? 0:4 1:-2
b:sanne_die 0:-2 3:5 8:-1
b:sanne_heeft 3:4 6:-3
b:schaamde_na 0:2 5:-1
b:scheelt_het 2:4 6:-1
b:scheiding_? 2:-1 5:1
b:scheiding_van 0:-3 5:4
b:scheikunde_een 2:1
b:scheikunde_en 2:1
b:scheikunde_zie 0:1
b:schermen_van 0:7 2:-1 5:-2
b:schermen_willen 0:2
b:schiet_je 3:-3 7:9
b:schiet_op 7:2
b:schiet_tekort 0:-1 1:5
b:schieten_en 0:-3 4:-1 8:5
b:school_? 0:4 2:-2
b:school_en 0:-3 1:2 6:5
b:school_in 0:-2 4:-1 8:5
b:school_is 0:2
b:school_niet 0:3 1:-2
b:school_of 0:5 5:-3
b:school_om 0:-4 5:4
b:school_open 0:1
b:school_voor 0:-1 7:4 8:-1
b:school_vult 0:1
b:school_waar 0:2 5:-1
b:school_wil 0:1
b:schooltijd_vaak 5:2
b:schoonmaak_of 0:-5 3:-1 4:7
b:schrap_die 8:3
b:schrijf_drie 0:7
b:schrijf_ik 0:-5 7:13 8:-5
b:schrijf_in 0:-2 1:-1 5:5 7:-2
b:schrijf_je 0:-4 1:-2 8:10
b:schrijf_met 1:9 2:-2
b:schrijf_na 0:4 6:-1
b:schrijf_op 0:7 1:-2 2:6 6:-3 7:-2
b:schrijven_? 0:1
b:schrijven_we 0:-1 1:-1 7:4 8:1
b:schulden_? 5:1
b:schulden_bijvoorbeeld 0:-3 5:3
b:schulden_heeft 5:5
b:schulden_of 0:-2 5:3
b:schulden_waardoor 5:3
b:schuren_als 0:2
b:scoor_je 2:-3 3:4
b:scoorde_je 2:4 3:-1
b:score_heb 0:-1 2:2
b:score_op 0:-2 1:-1 2:7 4:-1
b:score_wil 0:-2 2:2
b:scoren_? 0:-5 2:6
b:se-cijfer_voor 0:3 2:-2
b:se_iets 3:2
b:sector_dat 8:1
b:sector_die 0:3 8:-1
b:sector_je 0:-2 6:5 7:4 8:-4
b:sector_past 0:-1 1:-4 4:6 8:1
b:sector_wil 1:3 4:-2
b:selectie_van 0:2
b:sem_die 3:1
b:september_nog 0:-4 1:7 5:-2
b:serieus_genomen 0:-1 4:7 7:-2 8:-2
b:serieus_neemt 3:1
b:sfeer_thuis 5:1
b:simpel_is 1:-1 6:-1 7:4
b:sinds_de 2:5 5:5
b:sinds_je 5:2
b:sinds_u 5:2
b:site_van 0:3
b:sla_je 5:2
b:slaap_je 0:-9 2:-3 5:23
b:slaap_jij 5:4 6:-2
b:slagen_? 2:2
b:slagen_in 1:-2 8:2
b:slagen_voor 0:-2 3:10
b:slapen_dan 0:1
b:slb'er_voert 0:4 6:-3
b:slecht_af 1:2
b:slecht_kunt 1:2
b:slecht_tegen 0:-9 1:13
b:slik_je 0:-6 5:13
b:slim_? 0:3
b:slim_genoeg 0:9 1:-2
b:slim_voor 1:-4 8:5
b:slimme_ideeen 0:-2 4:6
b:slimmer_zijn 0:-2 7:2 8:2
b:sluit_de 0:-2 3:-3 6:-2 7:8
b:sluit_je 8:2
b:sluit_op 0:3 7:3 8:-2
b:snap_ik 0:2 5:6 8:-3
b:snap_je 0:-2 1:7 4:4 8:-5
b:snel_af 0:5 6:-4 7:-2 8:4
b:snel_afgeleid 1:7 4:-1
b:snel_afhaakt 0:-2 1:4
b:snel_de 0:-2 1:3 7:2 8:-3
b:snel_een 0:-2 1:-2 4:-2 7:9 8:-1
b:snel_geld 0:-1 1:-1 4:4
b:snel_iets 0:-1 1:-4 6:5 7:4
b:snel_klaar 1:3
b:snel_op 0:-5 1:10 3:-1
b:snel_opgeeft 1:7 4:-2 7:-1 8:-2
b:snel_van 0:-1 1:3 3:-1 4:2
b:sneller_dan 0:-1 3:5 8:-2
b:sneller_op 0:-2 3:3
b:snuffelstage_al 0:-1 6:2
b:snuffelstage_in 0:-3 6:4
b:sociaal_ben 1:5 4:-2
b:sollicitatie_bij 0:2 5:-1
b:sollicitatie_en 0:3 5:-1
b:sollicitatie_je 0:1
b:somber_of 0:-2 5:2
b:sommige_beroepen 0:-3 4:2 5:4
b:sommige_dingen 0:3 1:-3
b:sommige_mensen 0:-1 1:4 4:-1
b:soms_alsof 0:2
b:soms_blijkt 0:4
b:soms_de 0:3 3:-1 7:-2
b:soms_lijkt 0:1
b:soms_minder 0:2
b:soms_op 0:2
b:soort_voldoening 0:7 8:-1
b:soort_werk 0:3
b:spannend_? 0:1
b:spannend_en 0:1
b:spanningsboog_wordt 0:-1 1:4 4:-1
b:sparren_over 0:1
b:speelde_? 0:3 1:-1
b:speelt_? 0:3 1:-2
b:speelt_dat 3:-1 4:2
b:speelt_er 0:1 1:-1 5:5 7:-2
b:spijt_van 0:-1 8:2
b:sport_en 0:5 8:-1
b:sport_je 5:2
b:sport_voor 1:-2 8:4
b:sportclub_? 0:2
b:spreekt_dat 0:2 4:4 5:-2
b:spreekt_drie 0:3
b:spreekt_je 0:-5 1:3 4:6 8:6
b:spreekt_jou 0:3 4:-2
b:spreekt_u 1:1
b:spreekt_zulk 0:5
b:spreken_? 0:2
b:spreken_je 0:-5 4:6
b:springt_je 0:-1 6:3
b:sta_je 0:-12 1:-3 2:4 3:10 5:-5 6:8 7:7
b:sta_jij 0:-5 3:5 7:4
b:staan_? 1:-1 2:-3 3:5 5:1 7:4
b:staan_en 2:1
b:staan_er 0:-3 2:1 3:-1 5:-1 6:3 8:2
b:staan_je 0:-5 2:2 6:3
b:staan_nog 0:-1 6:3
b:staat_? 0:2
b:staat_als 0:-4 8:6
b:staat_bij 0:-4 4:9 5:-4
b:staat_de 0:2
b:staat_een 0:-4 1:6 2:3
b:staat_het 0:-10 1:-1 3:7 6:16
b:staat_je 0:-2 2:4 6:2
b:staat_naast 0:17 1:-3 3:-2 8:-3
b:staat_niet 0:-4 1:9
b:staat_op 2:-6 3:3 6:13
b:staat_open 0:4 6:-1
b:staat_ten 3:2
b:staat_u 0:-2 2:5 5:3
b:staat_voor 0:-2 1:-2 2:2 3:3 8:2
b:stage_? 0:3 1:-5 3:8 4:-1 5:1
b:stage_al 0:-1 3:2
b:stage_begint 1:1
b:stage_bij 0:4 1:3 5:-2 6:-1 7:-2 8:5
b:stage_de 1:-1 8:2
b:stage_denkt 0:-4 5:7
b:stage_die 0:3 1:3 7:-1 8:-2
b:stage_een 0:1
b:stage_eigenlijk 0:-3 5:3
b:stage_en 0:3
b:stage_gaat 5:3
b:stage_geen 1:-2 4:-1 7:6
b:stage_heeft 0:4 3:-2
b:stage_in 0:-6 1:-5 2:2 4:18 5:-3 7:1 8:15
b:stage_is 0:3
b:stage_je 0:1
b:stage_kun 7:4
b:stage_kunnen 0:-7 1:-1 5:10
b:stage_liep 0:2
b:stage_loopt 0:7 3:-2 5:-3
b:stage_niet 6:3 7:-1
b:stage_of 0:9 5:-6 6:-1
b:stage_ook 5:-3 7:5
b:stage_te 0:5 3:-2 5:-1
b:stage_voor 0:3 3:-2
b:stage_waarop 0:1
b:stage_wil 0:2 5:-1
b:stage_zit 0:1
b:stage_zo 0:-3 2:4
b:stageadres_zou 0:1
b:stagebedrijf_van 0:-5 5:6
b:stagebegeleider_was 0:1
b:stageplek_? 0:8 1:-1 3:-1 5:-3
b:stageplek_bij 0:3
b:stageplek_heeft 3:2
b:stageplek_hoe 0:-1 3:1
b:stageplek_in 0:2 5:3 8:-2
b:stageplek_is 0:5 8:-1
b:stageplek_niet 7:3
b:stageplek_past 0:-3 8:8
b:stageplek_te 0:-10 1:12
b:stageplek_voor 0:2 1:-4 7:5 8:3
b:stageplekken_zijn 0:-4 7:6
b:stageweek_merkt 0:1
b:stagiair_van 0:-1 3:4
b:stap_<grade> 0:-4 2:-2 6:8
b:stap_? 0:7
b:stap_is 0:-1 8:3
b:stap_naar 0:1 4:2 8:-2
b:stap_te 0:2
b:stap_uit 0:4 7:-1
b:stap_van 0:3
b:stap_voor 0:6 7:-1 8:-1
b:stap_wil 0:4 6:-1
b:stap_zet 0:3 1:7 3:-2 4:-6
b:stap_zetten 0:1
b:stappen_van 0:-5 6:6
b:stappen_zet 0:-2 1:1 3:4 6:-1
b:stapt_na 7:-1 8:7
b:start_van 0:5 3:-1 7:-1
b:startpunt_geen 0:2
b:steeds_? 0:4 1:-1 3:-1
b:steeds_die 5:2
b:steeds_geen 0:-10 1:9 5:4
b:steeds_mis 0:-5 1:8 5:-2
b:steeds_niet 0:-6 1:2 3:1 7:4
b:steeds_niks 7:3
b:steeds_werkloos 1:-1 5:5 6:-1
b:steeds_zonder 1:-1 5:2
b:steken_? 0:2 1:-2 2:4
b:stel_dat 0:22 1:-3 2:2 6:1 7:-4
b:stel_de 0:-9 4:5 6:6
b:stel_een 2:4
b:stel_je 0:11 1:-1 6:-3 7:2 8:-3
b:stel_vragen 0:2 6:-1
b:stellen_? 0:4 1:2 2:-1
b:stellen_en 0:-6 3:6
b:stem_de 0:-2 1:7 3:-1 8:-1
b:sterk_aan 4:7 5:-4
b:sterk_af 0:-2 7:-3 8:7
b:sterk_in 0:-1 1:4
b:sterk_resultaat 0:1
b:sterke_en 0:3 3:-2
b:sterke_kant 0:1
b:sterke_kanten 0:3
b:sterke_punten 6:1
b:sterker_als 0:1
b:sterkste_kant 0:-4 1:8 4:-2
b:stiefvader_en 0:-2 5:3
b:stiekem_wel 0:2 1:-2
b:stop_maar 0:-1 8:5
b:stop_met 0:-3 1:-1 7:-1 8:8
b:stoppen_is 0:-1 7:3
b:stoppen_met 0:5 1:-1 8:2
b:stopt_met 0:-2 7:3
b:stopt_uw 0:-4 7:7 8:-1
b:straks_? 0:-2 1:4 3:-2
b:straks_de 0:2 3:-1
b:straks_een 0:-5 1:11 2:-2 5:9 7:-2
b:straks_gaat 5:1
b:straks_in 0:2
b:straks_is 1:-1 6:-2 7:9 8:-1
b:straks_nergens 1:-1 7:4
b:straks_op 0:-3 1:15 3:-2 5:-1 7:-3
b:straks_stage 3:-2 5:3
b:straks_vast 4:8 5:-1 8:-2
b:straks_zonder 1:-2 5:-2 7:7
b:streefcijfer_voor 0:-2 2:2
b:stress_of 5:1
b:stromen_naar 0:-5 8:4
b:studeert_? 0:-1 3:5 7:-1
b:student_dat 0:-3 4:-1 7:5 8:7
b:student_eerst 0:-3 5:7
b:student_naar 0:-6 2:3 3:5
b:student_nog 0:-2 1:5 5:3 6:-2
b:student_of 0:-6 4:8 5:6 6:1
b:student_op 0:1
b:student_uit 0:1 1:8 2:3 4:-2
b:student_waar 1:3
b:student_waarom 1:-3 3:3 8:5
b:student_welke 6:3
b:student_zelf 0:6 6:-2
b:studeren_? 0:-3 1:-1 5:4 8:2
b:studeren_en 0:5 3:-3 8:-1
b:studeren_in 8:1
b:studie_aan 0:-2 1:6 4:-1
b:studie_bij 0:-6 2:6
b:studie_die 2:1
b:studie_eigenlijk 1:-4 4:6
b:studie_haalbaar 0:-3 5:4
b:studie_in 0:4 1:-5 2:-6 3:-3 4:6 5:2 8:7
b:studie_kiest 0:-1 1:2
b:studie_met 1:3 4:-2
b:studie_niet 0:4 1:-1
b:studie_past 3:2 4:4
b:studie_welke 1:2
b:studie_wordt 0:-2 4:9 8:-5
b:studiefinanciering_en 0:-2 7:3
b:studiekeuze_<num> 0:8 7:-2
b:studiekeuze_? 0:-2 1:-1 2:3 3:5 5:-8 7:5
b:studiekeuze_en 0:2
b:studiekeuze_gaat 0:2 5:-1
b:studiekeuze_moeten 5:1
b:studiekeuze_te 5:2
b:studiekeuzecheck_kiesmbo 0:1
b:studiekeuzecheck_mist 7:3
b:stuk_beter 0:-1 2:1 8:2
b:stukje_daarvan 0:3
b:stuur_me 0:-3 5:-1 6:5
b:switchen_naar 8:2
b:taak_in 0:2
b:taak_op 0:5
b:taal_blijft 1:2 4:-1
b:taal_dus 1:6 4:-1
b:taal_in 0:2 5:-1
b:taal_is 0:-2 1:2
b:taal_leeft 0:6 1:-3
b:taal_leren 0:2 1:-2
b:taal_van 0:1
b:taal_zou 1:4 4:-1 8:-2
b:taken_op 0:-2 1:2
b:talent_benoemen 0:1
b:te_beginnen 0:-3 7:-3 8:10
b:te_bekijken 0:4 2:-2
b:te_bellen 0:4 1:-2
b:te_benen 0:-2 3:3
b:te_bereiken 0:3 1:-2
b:te_beschrijven 0:3 1:-2
b:te_beslissen 0:4
b:te_bespreken 0:2 1:-1
b:te_betalen 5:5
b:te_bezoeken 0:3 1:-2
b:te_blijven 0:-1 1:-4 3:1 5:3 7:1 8:1
b:te_combineren 1:-2 3:3 4:1
b:te_danken 0:-5 1:-1 7:12
b:te_denken 0:-11 5:9 7:-2 8:12
b:te_doen 0:7 1:1 2:-1 3:4 4:-1 5:-2 6:-1
b:te_gaan 0:-1 1:-13 2:4 4:1 5:4 6:11 8:-1
b:te_gamen 5:3
b:te_gapen 1:-1 5:2
b:te_gebrekkig 1:1
b:te_geven 0:-9 1:10 2:-3 6:2
b:te_grote 4:5
b:te_halen 0:-7 1:3 2:9 8:3
b:te_hebben 0:10 1:-3 5:2 7:-1
b:te_hoeven 0:-1 1:3
b:te_hoog 0:-9 4:10 8:9
b:te_horen 0:4 1:-2
b:te_houden 0:3 1:2 5:2
b:te_kiezen 0:18 2:1 3:-3 5:-3
b:te_kijken 1:-1 4:4
b:te_komen 0:-12 1:-9 4:-4 6:7 7:7 8:-8
b:te_krijgen 0:-5 1:5 2:2 5:-2
b:te_krikken 2:2
b:te_kunnen 0:-19 1:9 2:-2 7:17
b:te_laat 0:4 1:-5 4:8 5:-4 6:-3 7:44
b:te_lang 0:-1 7:8 8:-3
b:te_langzaam 0:-5 1:7
b:te_laten 0:2 1:-2 2:-1 6:2
b:te_leggen 0:3 1:-1
b:te_leren 0:5 1:3 4:-2 5:1
b:te_lezen 1:-4 4:5
b:te_lossen 1:2 2:-1
b:te_maken 0:-14 1:4 4:-2 6:4 7:-5 8:5
b:te_makkelijk 8:1
b:te_merken 0:1
b:te_moeilijk 0:3 4:5 8:-5
b:te_mogen 0:-2 1:-2 2:9 3:-1 5:-1
b:te_nemen 0:-2 1:8 3:-1 7:-4 8:7
b:te_noemen 0:3 1:-1 6:-1
b:te_ontdekken 0:4 1:-1
b:te_orienteren 0:3
b:te_pakken 0:5 1:-3
b:te_passen 0:8 1:-3 7:-1
b:te_praten 8:2
b:te_proberen 0:5 1:-1
b:te_raken 0:5 1:-2
b:te_redden 1:6 7:-2
b:te_regelen 0:-6 1:6
b:te_schrijven 0:6 1:-1
b:te_slagen 2:3
b:te_slim 1:-4 8:5
b:te_sluiten 6:3 7:-2
b:te_spreken 0:2 2:-2
b:te_staan 0:3 1:3 2:-3 3:-1
b:te_stappen 0:-4 8:5
b:te_stellen 0:-6 1:2 3:6
b:te_stoppen 0:4 8:-2
b:te_stromen 0:-5 1:-1 8:7
b:te_studeren 0:-1 4:2
b:te_sturen 0:1
b:te_tonen 6:6 8:-3
b:te_traag 0:-15 1:19 4:-2
b:te_twijfelen 0:-3 3:1 8:9
b:te_veel 0:-4 1:-2 4:3 5:6 7:-2 8:1
b:te_ver 0:-3 1:4 4:-1 8:2
b:te_vergelijken 0:6 1:-3 3:-2 8:-1
b:te_verkennen 0:2
b:te_verlegen 0:-2 1:-2 4:-4 8:9
b:te_vertellen 0:2
b:te_vinden 0:10 1:5 3:-2 4:-8 7:1 8:-3
b:te_vinken 0:8 1:-1 6:-1 7:-1
b:te_voelen 0:3 5:-2
b:te_volgen 0:5 1:-2
b:te_vragen 1:3
b:te_vullen 0:4 7:-2
b:te_weinig 0:5 1:-6 4:-1 5:3 7:-1 8:5
b:te_werken 0:-2 1:-1 2:8 5:2 8:-1
b:te_weten 1:-3 2:1 3:-1 5:19 7:-1 8:-2
b:te_wisselen 0:2
b:te_worden 0:-2 1:-3 2:2 3:3 6:-3 7:6
b:te_zeggen 0:5 1:-3 3:5
b:te_zetten 0:2 1:6
b:te_zien 0:4 8:-2
b:te_zijn 0:-6 1:8 3:8 5:-2 6:6 7:-2
b:te_zoeken 0:16 1:5 4:-2 7:-4 8:-2
b:te_zwaar 1:1
b:team_besloten 8:2
b:team_heeft 8:3
b:techniek_? 1:-2 4:2
b:techniek_en 0:2 1:-2 3:-1 4:4
b:techniek_heb 1:3
b:techniek_in 0:-5 4:6 8:3
b:techniek_is 0:-2 1:-2 4:2 8:3
b:techniek_kwam 1:3 2:-2
b:techniek_of 0:2 5:-2
b:techniek_waarom 3:-1 4:2
b:techniek_welke 0:-3 8:5
b:techniek_zijn 7:3
b:tegen_? 0:-5 1:-3 3:5 7:6
b:tegen_bij 0:-5 1:6 5:2
b:tegen_de 0:-3 1:-2 7:7 8:7
b:tegen_een 0:4 3:-3
b:tegen_en 0:4
b:tegen_je 0:2
b:tegen_jezelf 0:5 1:-4
b:tegen_kritiek 0:-9 1:13
b:tegen_om 0:-4 1:5 3:4
b:tegenaan_? 0:2 2:1
b:tegenvalt_? 0:-4 2:5 5:1
b:tegenvalt_wat 0:3
b:tegenvalt_zegt 0:2 1:-2
b:teken_hier 0:-2 6:8 8:-2
b:tekenen_als 6:3
b:tekenen_voor 0:4 1:-2 6:1
b:tekort_aan 0:4 1:-2 4:-1
b:tekort_in 1:4
b:tekorten_en 0:-1 2:4
b:tekortkomt_voor 2:3 6:-2
b:tekortpunten_je 1:-1 2:4
b:tekortschiet_en 0:-2 1:5
b:teksten_dus 1:2 4:-1
b:telefoon_? 0:1 5:1
b:telefoonabonnement_? 5:1
b:teleurgesteld_zijn 0:3 5:-1 7:-1
b:telkens_de 0:5 1:4 3:-2 8:-1
b:telkens_tekortschiet 1:1
b:telt_als 0:-1 6:2
b:telt_de 0:-1 6:-3 7:5
b:telt_deze 0:-2 6:7 7:-4
b:telt_het 0:-4 6:7
b:telt_je 0:-1 5:1 6:4 7:-3
b:telt_mee 6:2
b:telt_ook 0:1
b:telt_pas 0:-1 6:2
b:tempo_? 0:-7 1:5 2:-1 3:5
b:tempo_bij 0:2 2:-1
b:tempo_haal 0:-5 1:4 7:5
b:tempo_van 0:-3 1:10 8:-1
b:ten_opzichte 0:-3 2:-3 3:12
b:ter_sprake 0:3 2:-2
b:terecht_? 0:3 5:-1
b:terug_? 0:4
b:terug_bij 0:1
b:terug_in 0:-3 3:4
b:terug_op 0:1
b:terug_te 0:7 1:-2 7:-1
b:teruggestuurd_? 5:-4 6:7
b:terugkijkt_op 0:2
b:terugkomen_op 7:1
b:terwijl_het 0:1
b:terwijl_jij 3:2
b:tevreden_bent 1:-3 6:8 8:-2
b:tevreden_naar 0:4 5:-2
b:tevreden_over 0:-8 1:-1 2:3 5:9
b:tevreden_zijn 2:2
b:theoretische_leerweg 0:2
b:theoretische_opleiding 1:2 8:1
b:theorie_is 0:-1 1:5 8:-2
b:thuis_? 0:7 3:-3 5:-5 8:6
b:thuis_de 0:-2 5:3
b:thuis_denkt 0:4 5:-4
b:thuis_een 0:-1 5:3
b:thuis_eens 0:3 5:-2
b:thuis_en 0:-3 5:5
b:thuis_financieel 0:-1 5:2
b:thuis_genoeg 0:-4 5:8 6:-2
b:thuis_gezondheid 0:5 5:-4
b:thuis_hoe 0:4 5:-3
b:thuis_is 0:2 3:4 5:-2
b:thuis_kun 0:3 5:-2
b:thuis_met 0:12 5:-9
b:thuis_niet 0:-2 5:3
b:thuis_nu 0:-2 5:3
b:thuis_of 0:16 4:-1 5:-11 7:-1
b:thuis_op 3:-1 5:2 7:3
b:thuis_ruzie 5:1
b:thuis_sinds 0:-2 5:3
b:thuis_spanningen 0:-1 5:1
b:thuis_te 0:2
b:thuis_van 0:-6 5:7
b:thuis_veilig 5:3
b:thuis_voor 0:-4 4:-1 5:8
b:thuis_wel 0:-2 5:5
b:thuis_weleens 0:-1 5:3
b:thuis_werken 0:5 5:-4
b:thuis_willen 0:2 5:-1
b:thuis_wordt 4:1
b:thuis_zonder 0:4 5:-2
b:tien_jaar 0:5 1:-2
b:tien_leerlingen 3:1 4:-1
b:tien_minuten 1:1
b:tijd_? 0:10 1:-2 3:-2
b:tijd_af 1:2
b:tijd_dat 1:-1 3:1
b:tijd_dringt 7:2
b:tijd_een 0:1 1:4 7:-3
b:tijd_en 6:2
b:tijd_had 0:3 1:-1 4:-1
b:tijd_je 7:3
b:tijd_moe 0:-3 5:5
b:tijd_om 0:3 1:-1 2:-1 3:2
b:tijd_over 0:5 5:-2
b:tijd_regelt 0:-2 7:3
b:tijd_somber 0:-4 5:6
b:tijd_tikt 0:-4 7:5
b:tijd_vaak 5:4
b:tijd_van 0:-1 5:-2 7:5
b:tijd_vergat 0:3
b:tijd_voor 0:16 1:-5 2:1 5:-1 8:-8
b:tijd_wat 2:2
b:tijdens_de 0:-4 1:2 5:13
b:tijdens_een 0:-2 5:3
b:tijdens_het 0:9 2:-2 3:-3
b:tijdens_je 0:2 1:1 5:-2
b:tik_tak 0:-5 7:9
b:til_je 0:6 4:-1 5:-3
b:timmerman_gemiddeld 0:2 2:-1
b:tip_van 0:-3 7:1 8:4
b:tip_voor 0:12 7:-2 8:-1
b:toch_? 0:-3 1:19 3:-3 4:4 5:-4 8:4
b:toch_dat 0:-7 3:-2 7:12
b:toch_de 0:1 3:4 4:-2
b:toch_door 0:4 2:-2
b:toch_een 0:-1 1:8 3:-2 4:-5
b:toch_geen 0:-1 5:4
b:toch_goed 0:3 1:-2
b:toch_iets 0:4 1:1 6:-1
b:toch_in 0:5 1:-2
b:toch_niet 0:1 1:-3 3:-4 4:4 5:11 6:7 7:-4 8:-4
b:toch_niets 0:-3 1:-3 4:-1 8:11
b:toch_ook 3:6 4:-2 8:-1
b:toch_over 1:-2 4:-3 5:1 8:7
b:toch_te 0:3 1:-1
b:toch_van 7:3
b:toe_? 0:2 2:-2 6:3
b:toe_bent 0:-2 1:6
b:toe_op 0:4
b:toe_weinig 0:-4 1:7
b:toegelaten_tot 0:4 1:-2 2:2 7:-2 8:-2
b:toekomst_? 2:1
b:toekomst_gaat 0:7 2:-2 5:-2
b:toekomst_in 0:-2 2:1 5:3 8:3
b:toen_de 0:3 8:-1
b:toen_het 0:-3 5:5
b:toen_je 0:9 1:-2 2:-1 5:-2
b:toen_nog 0:2
b:toets_duits 0:2
b:toets_voor 0:-1 2:4 4:-1
b:toets_wiskunde 0:4 2:-1
b:tonen_? 0:1
b:top_<grade> 0:-2 1:-2 2:7 3:8 4:-5
b:tot_<grade> 0:11 2:-7 6:1 7:2
b:tot_<num> 0:2
b:tot_de 0:-7 2:3 3:4 7:7
b:tot_diep 0:-3 4:-2 5:11
b:tot_een 2:4 6:-1
b:tot_het 0:-3 3:3 7:4
b:tot_je 0:-2 7:2 8:1
b:tot_nu 0:6 1:10 2:4 5:-7 7:-3
b:tot_verzorgende 0:-1 8:2
b:tot_vrijdag 0:-1 7:3
b:tot_zijn 3:-1 8:3
b:totaal_niet 0:-1 1:3
b:traag_en 0:2 1:2 5:-3
b:traag_voor 0:-14 1:18 4:-2
b:traag_werkt 0:-4 1:5
b:trainer_of 0:4 5:-1
b:trek_je 1:-1 2:2 8:1
b:trekken_? 0:3
b:trekken_je 0:-2 2:2
b:trekt_? 0:-3 1:8 2:-1
b:trekt_een 0:2
b:trekt_het 0:-1 1:3
b:trekt_je 0:-2 1:8 4:22 5:-3 6:1 8:1
b:trekt_jou 0:7 1:-3 4:-2
b:trekt_jouw 0:-2 2:2
b:trekt_u 0:1 4:-1
b:treuzelen_met 0:-3 5:-1 7:6
b:trok_dat 0:5 2:-4
b:trok_je 0:16 1:-2 5:-2 6:-1
b:trots_? 0:2
b:trots_op 0:15 5:-3 6:-1
b:trots_zijn 2:3 4:-1
b:turkse_families 0:-1 4:6 5:-1
b:turkse_jongens 0:-1 4:3
b:tussen_de 0:2
b:tussen_je 0:-9 2:5 5:6
b:tussen_twee 0:3
b:tussen_welke 0:7 1:-2 3:-1
b:tussenjaar_is 0:-1 7:-1 8:4
b:tussenjaar_moet 7:-1 8:3
b:tussenjaar_nemen 0:-2 1:-2 8:6
b:twee_beroepen 0:3 3:-2
b:twee_doe 6:1
b:twee_jaar 0:1
b:twee_kanten 0:3
b:twee_keer 0:-10 1:13 3:2
b:twee_leerbedrijven 0:2
b:twee_linkerhanden 0:-5 1:13 3:-1 4:-3
b:twee_meeloopdagen 0:-5 3:2 7:5
b:twee_open 0:4 6:-1
b:twee_opleidingen 0:2 1:-2 3:-2 8:10
b:twee_richtingen 0:8 1:-3 3:-1
b:twee_scholen 0:2
b:twee_stageplekken 6:-1 7:4
b:twee_studies 0:2
b:twee_vragen 0:5 1:-1 6:3 8:-1
b:twee_weken 0:-3 3:-4 7:13
b:twee_zinnen 0:-2 6:5
b:tweede_kans 0:-4 1:-1 7:6
b:tweede_klas 0:4 3:-1 7:-1
b:tweede_taal 0:9 1:-2 4:-2
b:tweelingbroer_? 0:-3 3:6 5:-3
b:tweetallen_een 0:5 4:-1
b:tweetallen_elkaars 0:-5 3:8
b:twijfel_die 0:3
b:twijfel_hoort 0:2
b:twijfel_ik 7:-1 8:2
b:twijfel_is 0:3 1:-2 7:3
b:twijfel_je 0:3 3:4 5:-2
b:twijfel_jij 0:3 1:-2 3:-1 7:-3 8:5
b:twijfel_over 0:6 2:-1 5:2 7:-1 8:-1
b:twijfelen_? 0:-2 7:-2 8:7
b:twijfelen_beslis 7:3 8:-1
b:twijfelen_dan 7:5 8:-3
b:twijfelen_of 0:2
b:twijfelen_voordat 0:-2 7:5
b:twijfels_beter 5:4 8:-2
b:twijfelt_? 0:-3 3:4
b:twijfelt_of 0:3
b:twijfelt_over 0:3
b:twijfelt_tussen 0:2
b:twijfelt_valt 0:-2 7:2
b:twintig_leerlingen 3:1
b:type_dat 1:4 4:-1 8:-1
b:type_voor 1:-2 8:8
b:typisch_een 0:-2 4:2
b:typisch_havist 0:-1 3:-2 4:12
b:typische_havist 1:-1 4:2
b:typische_vwo'er 4:1
b:u_? 0:-4 1:3 2:-5 3:10 5:-2
b:u_aan 7:-1 8:4
b:u_al 0:9 5:-4
b:u_als 0:-2 1:4 5:3
b:u_anders 3:2
b:u_bent 0:3 1:-7 3:1 4:8 7:-1 8:7
b:u_bij 5:1
b:u_blijft 0:-1 3:2 7:3
b:u_daar 0:1
b:u_daarmee 0:-4 5:5
b:u_dat 0:-3 1:-3 4:2 6:2 7:-2
b:u_de 1:-2 2:-2 3:-2 6:2 7:2 8:-1
b:u_deze 0:-2 7:9
b:u_doen 7:2
b:u_doet 0:-1 2:4
b:u_een 0:-3 5:2 7:3
b:u_en 0:-3 5:5
b:u_er 0:-2 2:6 5:3 7:2
b:u_ervoor 6:3
b:u_heeft 0:4 1:9 4:-1 5:-1 6:5
b:u_het 0:-8 1:-2 4:10 5:1 7:2
b:u_hoeft 7:-1
b:u_in 0:6 1:-6 3:-2 4:6
b:u_inmiddels 0:2 2:-1 5:1
b:u_kunt 1:-3 3:-2 7:-2 8:9
b:u_meenemen 0:3 4:-1
b:u_mist 0:-1 1:5 2:-2
b:u_moet 0:-1 7:2 8:2
b:u_na 1:1
b:u_niet 0:-3 1:-1 3:3 7:5
b:u_nodig 0:1 1:-2 3:3
b:u_nog 3:8 4:-2 5:1 7:-3
b:u_nu 0:12 5:-6 7:4
b:u_om 0:4
b:u_op 2:4
b:u_overweegt 0:2
b:u_schulden 0:-1 5:4
b:u_staat 2:2
b:u_tevreden 0:-5 6:8
b:u_uit 5:-1 7:3
b:u_verder 0:-2 1:4 4:-1
b:u_voor 5:1 7:7
b:u_wel 0:-2 1:3 7:6
b:u_werkt 5:4
b:u_zelf 0:7 5:-2 7:-2
b:u_zich 0:5 3:-1 5:-4 7:5
b:uit_<grade> 0:-5 3:5
b:uit_? 0:7 4:-1 5:-3
b:uit_dan 6:-2 7:3
b:uit_dat 0:-3 1:9 3:2 4:3 5:-1 8:-5
b:uit_de 0:-3 3:13 4:15 6:5 8:-5
b:uit_deze 4:1
b:uit_die 0:6 4:-2
b:uit_een 0:-7 1:-7 3:-3 4:29
b:uit_elkaar 0:-4 5:5
b:uit_het 0:5 2:-1 6:7 8:-2
b:uit_hoe 2:2 5:2 8:-2
b:uit_hoeveel 1:-1 2:2
b:uit_je 0:2 1:5 2:-4 3:9 4:-5 5:-2 8:13
b:uit_jezelf 0:2
b:uit_jouw 0:-2 3:-3 4:5
b:uit_na 0:6
b:uit_om 0:5 5:-1
b:uit_op 0:-1 5:4
b:uit_te 0:14 1:-3 2:4 7:-3 8:-1
b:uit_uw 0:2 4:-1
b:uit_voor 0:2 6:-2
b:uit_waar 0:-1 2:3
b:uit_waarom 1:-2 8:5
b:uit_wat 0:-6 2:4 5:6 6:12 8:-5
b:uit_welk 0:-1 6:7 8:-2
b:uit_welke 0:-1 1:2 6:1
b:uit_zijn 3:6 4:-3 8:2
b:uitdrukken_dus 1:3
b:uiterlijk_morgen 0:-2 3:-1 7:5
b:uiterlijk_vrijdag 0:-2 6:2
b:uitgeloot_voor 0:7 1:-1 8:-2
b:uitgezocht_welke 0:2 1:-1
b:uitkering_? 0:-2 4:-1 5:6 7:-1
b:uitkering_in 7:9
b:uitkomst_verraste 0:3
b:uitkomt_? 2:1
b:uitleggen_? 0:3
b:uitpakt_dan 0:1
b:uitpakt_je 0:2 7:-2
b:uitproberen_? 0:2 1:-1
b:uitproberen_voordat 0:3 1:-2
b:uitrekenen_hoeveel 1:-1 2:4
b:uitslag_van 0:7 2:2
b:uitstellen_en 0:-1 7:3
b:uitziet_dan 2:1
b:uitzoeken_? 0:6
b:uitzoeken_en 0:-5 1:6
b:uitzoeken_voordat 0:6 7:-1
b:universitaire_studie 0:-3 1:7
b:universiteit_is 4:2
b:universiteit_kan 0:6
b:universiteit_wat 3:3
b:upload_een 0:-2 6:4 7:-1
b:upload_je 0:-2 6:8 7:-3
b:uren_in 5:1
b:urenkaart_staan 2:-1 6:3
b:uur_je 0:-3 1:5 6:2 7:-2
b:uur_per 0:9 2:-3 3:-1 5:3
b:uur_slaap 2:-2 5:7 6:-2
b:uur_werk 0:-4 5:4
b:uw_baan 0:-4 1:-3 4:10 7:-3 8:6
b:uw_contract 7:3
b:uw_dochter 1:6 4:-1
b:uw_eerste 0:2
b:uw_huidige 1:-2 8:4
b:uw_kind 0:-3 1:4 3:4 5:4
b:uw_klas 3:2
b:uw_leeftijd 4:1
b:uw_leerbedrijf 0:3 1:-2 3:-1
b:uw_leermeester 0:-2 6:2
b:uw_leerwerkplek 0:-2 7:4
b:uw_medecursisten 3:4
b:uw_medestudenten 0:-3 3:5
b:uw_opleiding 5:5
b:uw_plan 8:2
b:uw_plek 4:1 7:1
b:uw_praktijkopleider 6:3
b:uw_vorige 0:7 1:-1 3:-1
b:uw_werk 0:4 4:-1
b:uw_zoon 5:3
b:vaak_aan 0:3 1:-1 5:-1
b:vaak_afwezig 1:-1 5:4
b:vaak_alleen 0:2 5:-1
b:vaak_beter 0:2
b:vaak_bij 0:1
b:vaak_blow 0:-2 5:2
b:vaak_buiten 0:3
b:vaak_dat 4:2
b:vaak_de 0:-6 1:5 4:5
b:vaak_een 0:3 1:-2 4:7 5:-2
b:vaak_goed 0:-4 4:5
b:vaak_het 0:-1 4:2
b:vaak_iets 0:2
b:vaak_in 0:-3 1:5 4:5
b:vaak_je 1:1
b:vaak_meer 0:3 4:-2
b:vaak_met 0:14 4:-10
b:vaak_moe 1:-2 5:5
b:vaak_na 0:1
b:vaak_niet 0:-6 1:-1 4:14
b:vaak_nog 0:1
b:vaak_om 0:4 4:-2
b:vaak_over 5:1
b:vaak_s 0:1
b:vaak_somber 5:2
b:vaak_te 0:-10 1:16 5:-2
b:vaak_vanuit 0:3 5:-1
b:vaak_veel 0:2 1:-1
b:vaak_via 0:2
b:vaak_voor 0:-4 4:8
b:vaak_weinig 0:2 4:2 8:-1
b:vaak_zelf 0:-2 4:2
b:vaak_ziek 0:-6 1:-2 5:11
b:vaak_zwaar 0:5 3:-3 4:3 5:-3
b:vader_doet 0:-4 8:6
b:vader_en 0:-2 5:3
b:vader_hoopt 0:3
b:vader_nog 0:-2 1:-4 5:14 7:-1
b:vader_of 5:-3 6:4
b:vader_werkte 3:2
b:vader_wil 0:4
b:vader_zijn 5:4 6:-1
b:vak_? 2:3
b:vak_aan 0:1
b:vak_al 1:1
b:vak_dat 8:3
b:vak_dichtbij 0:2
b:vak_een 0:-2 2:3
b:vak_en 0:2
b:vak_het 0:2 2:-1
b:vak_hoort 0:1
b:vak_in 1:-1 2:3
b:vak_je 0:5 4:-1
b:vak_kost 0:2 1:-1
b:vak_met 8:1
b:vak_naar 0:2
b:vak_nodig 2:1
b:vak_spreekt 0:3 1:-2
b:vak_staat 0:-1 2:1
b:vak_trekt 0:-2 2:3
b:vak_vind 0:-4 1:-1 4:5
b:vak_voor 2:3
b:vak_waar 0:-5 1:1 2:5
b:vak_wil 0:-6 1:-5 4:13
b:vak_zou 0:4 4:-3
b:vaker_doen 0:2
b:vakje_maar 0:-5 6:8 8:-2
b:vakken_en 0:2
b:vakken_hij 1:2
b:vakken_je 1:5 7:-2 8:-1
b:vakken_staan 2:2 6:-1
b:vakken_trekken 0:5 1:-3 2:2
b:vakken_zijn 0:-2 2:3
b:val_je 0:-1 4:3 7:3
b:vallen_en 8:1
b:valt_af 0:-5 1:3 7:3 8:1
b:valt_buiten 0:-2 7:2
b:valt_dat 0:-8 1:9
b:valt_je 2:-2 3:4
b:valt_niet 1:-1 8:2
b:van_<grade> 0:-6 2:-4 3:9 6:15
b:van_<num> 1:-3 3:4 4:8 6:-1 7:4
b:van_? 0:6 1:2 2:4 3:-3 5:-2
b:van_al 0:6 5:-2 6:-2
b:van_alle 3:7 8:-1
b:van_alles 0:-6 1:9
b:van_als 0:10 1:-2 7:4
b:van_anderen 0:13 1:-1 3:-8
b:van_begrip 0:-4 1:9 3:-2 4:2
b:van_beide 0:2
b:van_beroep 0:2
b:van_binnen 0:4
b:van_dat 0:8 1:-2 3:-2 5:-1
b:van_de 0:-19 1:-2 3:25 4:10 5:2 6:30 7:-10 8:-8
b:van_deelname 0:-8 5:-1 6:11
b:van_deze 0:-1 2:3 3:-1 5:2 6:5 7:2
b:van_dichtbij 0:4 5:-3
b:van_die 0:5 1:-2 2:5 3:-2 4:3 5:-1
b:van_dierenarts 0:-1 8:1
b:van_dit 0:-1 2:9 3:3 6:-3
b:van_duits 0:2 2:3 3:-1
b:van_een 0:11 1:1 2:5 3:-7 4:-6 5:12 6:-2 8:-2
b:van_elke 0:-7 5:-1 6:10
b:van_gedachten 0:2
b:van_hebt 1:1
b:van_hem 0:-4 3:5
b:van_hen 0:-6 3:7
b:van_het 0:20 1:-8 2:-6 3:-5 4:5 7:3 8:-2
b:van_hoe 1:3 3:-2 4:-1
b:van_hoorde 0:5 1:-4
b:van_iemand 7:4
b:van_iets 0:6 3:-2
b:van_in 0:6 7:-2
b:van_je 0:-2 1:-3 3:17 4:-19 5:2 7:-10 8:5
b:van_jeugdzorg 5:6 6:-5
b:van_jezelf 0:-3 1:12 2:4 6:2
b:van_jou 0:12 1:-2 3:9 4:3 8:-10
b:van_jouw 0:-4 1:-2 3:5 4:-1 8:3
b:van_jullie 0:-6 3:20 4:-3 5:-5 8:-1
b:van_matig 0:-3 2:10 5:-2
b:van_mij 0:-3 6:-1 8:13
b:van_moet 0:-5 5:7
b:van_nature 0:-2 2:-2 3:-3 4:9
b:van_niveau 8:3
b:van_ondernemers 0:-1 4:2
b:van_op 0:1
b:van_opleiding 7:3
b:van_ouders 0:-2 4:4
b:van_pas 0:3
b:van_profiel 0:-10 1:14 3:-1 7:3 8:-1
b:van_profvoetballer 0:-4 8:9
b:van_richting 0:9 1:-2 3:-2 8:-2
b:van_school 0:9 1:3 3:-2 7:1 8:-3
b:van_stress 5:1
b:van_studeren 0:-4 4:6
b:van_studie 0:2 1:-1
b:van_te 0:2
b:van_thuis 0:1
b:van_twee 7:5
b:van_uit 8:2
b:van_uw 3:1
b:van_verkennen 0:1
b:van_vorig 5:3 6:6 7:-2 8:-2
b:van_wat 0:4 1:1
b:van_welke 0:3 6:-2
b:van_werd 0:3 6:-1
b:van_werk 0:3 5:1 8:-2
b:van_werken 1:6 4:-3 8:-2
b:van_wie 0:1 4:1
b:van_wordt 0:-3 1:3
b:van_zijn 2:1 5:2
b:van_zo'n 0:1
b:van_zou 0:1
b:vanavond_nog 7:2
b:vandaag_? 7:1
b:vandaag_bij 2:1
b:vandaag_een 0:-5 7:7
b:vandaag_goed 0:3
b:vandaag_in 0:-2 6:-4 7:7
b:vandaag_kijken 0:3 1:-1
b:vandaag_niet 0:6 1:-2 8:-2
b:vandaag_niets 0:1
b:vandaag_nog 0:-3 7:3 8:4
b:vandaag_praten 0:2
b:vandaag_voor 7:1
b:vandaan_? 4:8
b:vandaan_denk 0:8 1:-2
b:vandaan_komt 0:-1 1:-4 2:3 5:10
b:vanuit_die 0:2
b:vanuit_huis 0:3 4:-2 5:5 7:-2
b:vanuit_mijn 0:2
b:vanzelf_de 0:1
b:vanzelf_gaat 0:2
b:varen_en 0:-4 7:-2 8:10
b:vast_dicht 4:3 5:-2
b:vast_een 0:-1 4:2
b:vast_en 0:-7 1:8
b:vast_goed 4:6
b:vast_heel 2:4
b:vast_iets 0:-2 1:6 4:3 8:-2
b:vast_in 0:-6 4:4 7:6
b:vast_niet 1:-4 4:5
b:vast_ook 3:2
b:vast_te 7:1
b:vast_wel 1:2
b:vaste_baan 0:-2 1:-2 4:1 8:4
b:vaste_persoon 0:1
b:vaste_plek 0:-1 3:6 7:-3
b:vaste_tijden 1:2
b:vat_daarna 0:2
b:vat_samen 0:2
b:veel_begeleiding 0:-1 1:4 8:-2
b:veel_beroepen 0:5 1:-1 8:-2
b:veel_betekenen 4:2
b:veel_beter 0:-2 8:3
b:veel_beweegt 0:-4 1:1 4:3
b:veel_beweging 1:-4 4:5
b:veel_deuren 8:2
b:veel_docenten 0:3 1:-1 6:-1
b:veel_druk 0:5 5:-3
b:veel_en 5:2
b:veel_energie 0:-6 4:5 5:3
b:veel_gevraagd 1:2
b:veel_handiger 0:-2 3:3
b:veel_in 0:-3 5:3
b:veel_inzet 0:5 1:-3
b:veel_leerlingen 0:5
b:veel_lezen 0:-2 1:2
b:veel_meer 0:-12 1:6 3:4 8:5
b:veel_mensen 0:8 4:-4
b:veel_moeite 0:4 1:-2
b:veel_opleidingen 0:2
b:veel_over 0:2 1:-1
b:veel_praktijk 0:3 1:-2 4:-4 8:6
b:veel_praten 0:-3 4:3
b:veel_richtingen 0:3 4:-2
b:veel_slimmer 0:-4 8:6
b:veel_studenten 0:2
b:veel_te 0:-4 4:-1 6:5 8:7
b:veel_tekst 1:-2 4:3 8:-1
b:veel_theorie 0:5 1:-1 4:-2
b:veel_van 0:2
b:veel_verder 0:-5 3:6
b:veel_zelfstudie 1:1 4:-1
b:veel_zorgen 0:-1 5:2
b:veilige_keuze 4:2
b:ver_komt 0:-2 3:3
b:ver_te 0:-5 1:6 3:2
b:ver_van 0:4 1:-1 8:-1
b:ver_weg 1:-1 8:3
b:ver_zit 2:1
b:veranderd_? 0:2 7:-1
b:veranderen_? 0:-2 1:4 3:-1
b:veranderen_is 0:1
b:verbeteren_? 0:-5 1:6
b:verbindt_de 0:1
b:verbindt_het 0:2
b:verder_? 0:-4 1:14 3:-2
b:verder_dan 0:-8 1:4 3:-1 4:2 8:3
b:verder_gaat 0:4 5:-1
b:verder_geholpen 0:3 3:-1
b:verder_in 1:3
b:verder_leren 1:-3 7:-1 8:9
b:verder_met 0:-5 3:10 5:-1
b:verder_studeren 0:3 4:-1
b:verder_te 0:9 1:-4 7:-1 8:1
b:verder_wilt 0:4 8:-4
b:verder_zoeken 1:-1 8:8
b:verdien_je 0:2 4:-2 8:4
b:verdienen_? 0:-2 5:3
b:verdienen_dus 1:-2 4:4
b:verdienen_is 0:2
b:verdienen_je 5:4
b:verdient_? 0:3
b:verdient_een 0:4 2:-1 5:-2
b:vergat_? 0:2
b:vergat_je 0:2 5:-1
b:vergeet_die 8:1
b:vergeet_het 0:-2 8:6
b:vergeet_je 8:3
b:vergeet_jij 0:6 1:5 3:-5 5:-1
b:vergeet_niet 0:-1 7:2
b:vergeet_veel 1:3 8:-1
b:vergeleken_met 0:-5 1:-2 3:24 4:-2 7:-1
b:vergelijk_de 0:6 1:-1 3:-2 8:-2
b:vergelijk_jezelf 0:-2 3:2
b:vergelijk_twee 0:2
b:vergelijken_die 0:2
b:vergelijken_en 0:-6 3:8
b:vergelijken_wat 0:4 3:-2
b:vergelijking_met 0:-2 3:5
b:vergeten_en 0:-1 8:2
b:verhaal_nog 0:1
b:verhaal_over 0:2 5:-3 6:5 7:-1 8:-2
b:verhaal_verder 0:2 5:-1
b:verhaal_zou 0:3 1:-2
b:verkeerde_keuze 0:-5 1:-1 7:14
b:verkennen_? 0:6 1:1
b:verkennen_wat 0:2 8:-1
b:verklaar_je 0:-5 2:3 3:6 5:-1
b:verklaren_waarom 1:-5 3:-2 5:11 8:-1
b:verkoop_dan 1:3 3:-2 4:3
b:verlegen_voor 0:-2 1:-2 4:-4 8:9
b:verloren_jaar 0:-1 7:2
b:verpleegkunde_? 0:-4 2:2 8:2
b:verpleegkunde_dan 2:3 4:-2
b:verpleegkunde_past 1:-1 2:-3 4:4 8:1
b:verpleegkundige_? 0:3
b:verplichte_vragen 0:-2 6:3
b:verrassingen_in 0:2
b:verrast_? 0:2
b:verrast_door 0:5 5:-2 8:-2
b:verraste_je 0:3
b:verschil_tussen 0:-2 2:5 5:-1
b:verschillend_waren 0:2
b:verschillende_dingen 0:3
b:verschillende_soorten 0:2
b:verslag_over 0:3 2:-2
b:verslag_van 0:-4 1:2 3:-1 6:7
b:verst_met 0:-4 3:6 5:-1
b:verstandig_zijn 8:3
b:verstandiger_dan 1:-1 4:2
b:vertel_daar 0:-6 5:7
b:vertel_de 0:-9 1:-2 3:5 7:3 8:9
b:vertel_eens 0:-16 1:6 2:9 3:-3 5:23 8:-6
b:vertel_eerst 0:4
b:vertel_er 0:4
b:vertel_gewoon 0:3 8:-2
b:vertel_hem 0:-8 1:-3 8:13
b:vertel_het 0:-3 5:4
b:vertel_hoe 0:-3 5:3
b:vertel_je 5:-2 8:5
b:vertel_maar 0:10 5:-2 8:-5
b:vertel_me 0:8 5:3 7:-2 8:-3
b:vertel_waarom 0:7 1:-2 3:-1
b:vertel_wat 0:8 2:-4
b:vertelde_dat 0:-6 1:-1 3:1 5:9
b:vertelde_enthousiast 0:2 8:-1
b:vertelde_je 0:5 5:-2
b:vertelde_over 0:2
b:vertelden_dat 0:5 3:-5
b:vertelden_ze 0:3 1:-2
b:vertellen_? 0:-3 1:5 3:-2 5:10 7:-1
b:vertellen_en 0:3 5:-1
b:vertellen_hoe 0:3 5:-2
b:vertellen_in 0:2
b:vertellen_of 0:-3 5:5
b:vertellen_over 5:2
b:vertellen_wat 0:15 1:-1 5:-4 6:1
b:vertraging_op 0:-3 7:4
b:vervalt_je 0:-1 7:2
b:vervolgopleiding_? 0:2 5:1
b:vervolgopleiding_denkt 0:-3 2:4
b:vervolgopleiding_kiest 0:-5 1:8
b:verwacht_? 0:7 1:-2 3:-1
b:verwacht_dat 0:-3 7:6
b:verwacht_en 0:-4 2:5
b:verwacht_ik 0:-6 1:5 3:9 4:-1 8:-4
b:verwacht_je 0:-9 2:11
b:verwachtte_en 0:1
b:verzorgende_ig 0:-1 8:2
b:via_een 0:2 4:-1
b:via_het 0:3
b:via_mensen 0:3
b:via_studielink 0:-2 5:-1 6:4
b:viel_je 0:2
b:viel_me 0:9 2:-1 5:-3
b:viel_tegen 0:1
b:vier_open 0:-5 2:-2 3:9
b:vier_uur 0:3 4:-2 6:-1 7:3
b:vijf_competenties 2:-2 6:2
b:vijf_de 6:1
b:vijf_jaar 0:13 8:-1
b:vijf_loopbaancompetenties 0:4 6:-2
b:vijf_minuten 0:-2 5:-1 6:5
b:vijf_vragen 0:-2 6:3
b:vijftiger_natuurlijk 1:-5 4:6
b:vind_dat 0:-3 8:7
b:vind_je 0:-8 1:8 3:7 4:13 5:-6 8:18
b:vind_jij 0:16 1:-5 3:-5 4:2
b:vinden_? 0:-5 1:11 4:-2
b:vinden_daarna 0:-1 7:2
b:vinden_dat 0:-1 1:9 3:-2 4:-5
b:vinden_hun 0:1
b:vinden_je 0:-13 1:-2 4:19
b:vinden_om 0:3
b:vinden_van 0:3
b:vindt_? 0:10 1:-5
b:vindt_dat 0:-3 1:5 4:-2 8:2
b:vindt_de 0:5 8:-3
b:vindt_en 0:2
b:vindt_is 0:3 8:-2
b:vindt_je 0:-3 1:4
b:vindt_u 0:-10 4:10
b:vindt_wat 0:1
b:vink_in 0:-1 6:3
b:vink_na 6:2
b:vinken_we 0:7 1:-1 6:-1 8:-2
b:vinkje_bij 0:-1 6:3
b:vinkje_voor 0:7 1:-1 2:-1
b:vmbo'er_ben 4:2
b:vmbo'er_heb 0:-2 4:6
b:vmbo'er_moet 1:-2 4:7 8:-1
b:vmbo-havo-hbo_zijn 0:1
b:vmbo-mbo-hbo_en 0:1
b:vmbo_en 0:-1 1:4 3:-1
b:vmbo_in 0:1
b:voedselbank_? 0:-3 2:-2 5:9
b:voel_je 0:-6 3:7 4:1 5:6
b:voel_jij 0:6 3:-4
b:voelde_het 0:3 5:-1
b:voelde_je 0:8 3:-2 5:-1 7:-1
b:voelen_? 0:3 5:-2
b:voelen_hoe 0:1
b:voelen_zich 4:5 8:-3
b:voelt_? 0:1
b:voelt_als 0:1 5:-1
b:voelt_dat 0:-3 3:5
b:voelt_het 0:4 3:8 5:-4 7:-2
b:voelt_nu 0:1
b:voelt_om 0:-4 5:6
b:voelt_u 0:5 5:-3
b:voeren_? 0:2
b:voert_het 0:4 6:-3
b:vol_en 7:2
b:vol_is 0:-2 6:5 8:-2
b:vol_te 0:-2 1:2 5:3 6:2
b:voldoende_? 0:-2 2:4
b:voldoende_afgesloten 2:2
b:voldoende_op 2:1 5:-1 6:2
b:voldoende_te 0:-2 2:2
b:voldoende_voor 1:-1 2:3
b:voldoening_? 0:5 2:-1
b:voldoening_wijst 0:7 8:-1
b:volgen_? 0:5 1:-2 5:-1
b:volgend_jaar 0:-6 7:10 8:8
b:volgende_gesprek 0:9 5:-2
b:volgende_keer 0:5 1:-3 2:5 7:-1
b:volgende_keuze 0:4
b:volgende_meting 0:-2 2:3
b:volgende_periode 0:-1 2:1
b:volgende_plek 0:2
b:volgende_stap 0:5 6:6
b:volgende_toetsweek 0:-5 2:6
b:volgende_vraag 0:1
b:volgende_week 7:2
b:volgens_de 0:-2 3:-2 8:9
b:volgens_jezelf 0:3
b:volgens_jou 0:13 1:-3 2:9 3:12 6:2
b:volgens_mij 0:-1 5:2 8:3
b:volgt_een 0:-5 2:-1 6:-1 7:10
b:volgt_meestal 0:7 4:-3 7:-2
b:volhouden_? 0:-3 1:6 5:-1
b:volledig_is 6:3
b:voltooid_welke 6:1
b:vond_je 0:24 1:-1 2:-9 6:-2 7:1 8:1
b:vond_u 0:3
b:vonden_en 3:2
b:voor_<grade> 0:10 2:-3 5:1 7:9 8:-4
b:voor_<num> 0:-2 2:-2 6:5 7:3 8:-2
b:voor_? 0:-3 1:-2 2:4 3:-1 4:3 5:-1 7:3
b:voor_bewoners 0:8 1:-4
b:voor_biologie 0:2 2:6 3:2 4:-2 5:-3 8:-1
b:voor_dat 0:3 5:3
b:voor_de 0:17 1:1 3:-11 4:6 5:-3 6:13 7:-3
b:voor_deze 0:-11 2:2 3:10 6:4 7:-1
b:voor_die 3:-2 5:5
b:voor_dieren 0:3 5:-2
b:voor_dit 0:2 2:-2 6:13 7:-1 8:-1
b:voor_duits 0:-4 1:-2 2:9
b:voor_economie 0:-4 1:-2 2:10 3:-3 4:3 6:4 8:-1
b:voor_een 1:19 2:-3 3:15 4:23 5:8 6:-2 7:-4 8:-2
b:voor_elk 0:-3 2:4 5:-2
b:voor_elkaar 0:4 2:-2
b:voor_en 0:9 2:-1 8:-2
b:voor_engels 1:-2 2:4
b:voor_frans 2:2
b:voor_gaat 0:1
b:voor_geneeskunde 7:3 8:-2
b:voor_geschiedenis 0:-1 1:-3 2:4 7:4
b:voor_gezien 0:-2 6:5
b:voor_haar 7:-1 8:4
b:voor_havo 0:4 1:4 3:-3 6:-2
b:voor_hem 0:-3 1:-2 4:1 7:-1 8:11
b:voor_het 0:6 1:-6 2:12 4:-7 6:8 7:1
b:voor_iedereen 0:3 3:-1
b:voor_iemand 0:-15 1:8 2:-1 4:8 8:7
b:voor_iets 0:4 3:2
b:voor_in 0:-8 1:7 8:5
b:voor_je 0:-26 1:19 2:13 3:-2 4:-8 5:5 6:-15 8:5
b:voor_jezelf 0:5 1:2 2:-1 5:3 7:-1
b:voor_jongens 0:-3 3:-1 4:10 8:-4
b:voor_jou 0:42 1:-8 2:-2 3:-4 4:10 5:-7 7:3 8:34
b:voor_jouw 0:-2 1:-3 3:6 4:7 6:1 8:-2
b:voor_jullie 0:-2 5:6
b:voor_later 0:2
b:voor_logistiek 8:3
b:voor_mensen 0:2 2:-2
b:voor_mij 8:2
b:voor_n 3:1
b:voor_natuurkunde 0:-1 2:2
b:voor_nederlands 0:-3 2:6
b:voor_niveau 0:-1 1:4 2:-2
b:voor_nodig 0:-3 3:4
b:voor_opleiding 1:1
b:voor_scheikunde 0:-2 2:5
b:voor_stap 0:4 7:-1
b:voor_te 1:4 8:-3
b:voor_techniek 0:2 1:5 2:-2 4:2
b:voor_twijfel 0:-10 7:12
b:voor_u 0:3 4:3 5:-2 7:-2 8:10
b:voor_uw 0:-2 3:2 5:5
b:voor_vak 2:3
b:voor_veel 0:1
b:voor_vragen 0:2
b:voor_vrijdag 0:-9 6:12 7:10 8:-2
b:voor_wat 0:-3 8:6
b:voor_welke 0:-2 7:2
b:voor_werk 0:-7 1:4 2:-1 5:7
b:voor_werkplek 4:1
b:voor_wie 0:2
b:voor_wiskunde 0:-3 2:7
b:voor_zieke 0:1
b:voor_zijn 2:4 5:4 7:4 8:-2
b:voor_zorg 0:-3 2:2 4:2
b:vooral_iets 1:-2 4:5
b:vooral_naar 0:-2 2:2
b:vooral_niet 0:-2 6:-1 8:7
b:vooral_op 0:2 1:4 6:-1 7:-1
b:vooral_over 2:2 4:2 6:-1
b:vooral_s 0:1
b:vooral_vandaan 0:1
b:vooral_voor 0:5 6:3
b:vooral_wat 1:5 5:-2
b:voorbeeld_aan 0:-2 3:7 8:-1
b:voorbij_? 0:5
b:voordat_de 0:2 2:1 6:-1
b:voordat_het 0:-3 1:-1 2:-1 5:-6 6:7 7:6
b:voordat_je 0:-6 1:9 2:8 4:-2 5:10 6:-1 7:4 8:-4
b:voordat_jij 0:7 1:-2
b:voordat_we 1:4 2:-1
b:voorjaar_zijn 0:3
b:voorkom_jij 0:-1 4:1 7:1
b:voortgang_bij 0:2
b:voortgang_in 0:6 1:-3 4:-2
b:voortgangsbalk_op 6:1
b:voortgangsbalk_staat 0:-1 2:-4 6:9
b:voorzichtig_of 0:-4 5:6
b:vorig_jaar 0:2 1:-1 3:6 5:3 6:5 7:-3 8:-3
b:vorige_baan 0:3 5:1
b:vorige_keer 0:3 1:-2
b:vorige_lichting 0:-3 3:3
b:vorige_opleiding 0:3 1:-1
b:vorige_stagiair 0:-4 3:8 8:-2
b:vorige_week 0:2 5:-1
b:vraag_bij 5:1
b:vraag_dan 0:9 3:-2 5:-1
b:vraag_de 0:-14 1:-1 2:8 3:-4 5:10 7:-3 8:6
b:vraag_een 0:8 2:-1 4:-1 5:-3
b:vraag_eens 0:1
b:vraag_eerst 0:4 2:-1
b:vraag_en 0:1
b:vraag_geen 0:1
b:vraag_haar 0:-7 3:9 5:2 8:-1
b:vraag_hem 0:-7 1:9 4:3 6:-1
b:vraag_hoe 0:-4 2:3
b:vraag_ik 5:2 6:-1
b:vraag_in 0:-4 5:7
b:vraag_je 0:11 4:-2 5:-3
b:vraag_kunt 0:1
b:vraag_naar 0:4 5:-2
b:vraag_of 5:4 6:2
b:vraag_op 0:3 5:-3
b:vraag_opent 0:2 1:-1
b:vraag_over 0:9 1:-3 5:-1 8:-2
b:vraag_stellen 0:2 1:-1
b:vraag_uit 0:2
b:vraag_uw 0:-2 1:3 5:5
b:vraag_van 0:2 1:-2 5:-1 6:3
b:vraag_voor 0:4
b:vraag_vooral 0:2 2:-1 4:1
b:vraag_voorzichtig 0:-4 5:6
b:vraag_waarom 2:1
b:vraag_wat 0:-2 1:-2 2:4 3:8 5:-1
b:vraag_welk 0:-3 1:5
b:vraag_welke 0:-5 1:-3 2:4 4:3 7:9 8:-4
b:vraag_wil 0:3
b:vraag_zou 0:2
b:vraagt_? 5:2
b:vraagt_en 0:1
b:vraagt_lef 0:1
b:vraagt_minder 0:-4 1:10 4:-2
b:vraagt_moed 0:3 5:-1
b:vragen_? 0:4 1:-1 3:-1
b:vragen_aan 0:3 1:4
b:vragen_anderen 0:1
b:vragen_dan 0:4 4:-1
b:vragen_die 0:1
b:vragen_en 0:-3 6:9
b:vragen_heb 0:6 5:-1
b:vragen_helpt 0:1
b:vragen_in 5:-2 6:3
b:vragen_naar 0:3 5:-2
b:vragen_of 0:-2 5:2
b:vragen_op 0:6 1:-1
b:vragen_over 1:-1 4:6
b:vragen_te 0:-3 1:5
b:vragen_van 6:1
b:vragen_wat 0:-2 5:3
b:vragen_we 0:-3 5:3
b:vragen_wil 0:2
b:vragen_zijn 0:1
b:vragen_zou 0:1
b:vrienden_? 0:-1 3:8 5:-2
b:vrienden_gaan 0:-1 3:7 4:-2
b:vrienden_iets 0:5 3:-4
b:vrienden_wel 3:1
b:vrienden_zeggen 0:1
b:vriendin_heeft 3:1
b:vrij_mocht 0:1
b:vrijdag_geen 7:2
b:vrijdag_je 0:-2 6:6 7:-2
b:vrijdag_zijn 7:2
b:vrije_tijd 0:5 1:-1 5:-2
b:vroeg_in 0:2
b:vroeg_of 0:7 2:-2 8:-2
b:vroeg_om 0:3
b:vroeg_wat 0:4 8:-3
b:vroege_diensten 0:-4 1:3 5:3
b:vul_de 6:1
b:vul_even 6:2
b:vul_het 6:2
b:vul_ik 0:-1 6:-1 7:7 8:-1
b:vul_je 6:3
b:vul_voor 8:2
b:vult_namen 0:1
b:vwo'ers_horen 3:-4 4:7
b:vwo_? 0:-2 3:-3 8:7
b:vwo_hoe 3:2
b:vwo_in 0:7 8:-3
b:vwo_is 0:-3 8:4
b:vwo_met 1:-1 3:5
b:vwo_of 0:4 8:-2
b:vwo_te 0:4 3:-3
b:waar_ben 0:16 3:-1 5:-9
b:waar_blijf 0:-2 1:-1 2:-1 3:7
b:waar_dat 0:-2 1:3 5:2
b:waar_de 0:10 1:-2 8:-1
b:waar_denkt 1:1
b:waar_die 0:2 1:4 5:-3 8:-1
b:waar_een 2:-1 5:4
b:waar_gaat 0:-2 1:8 5:-2
b:waar_gebruik 0:6 2:-2
b:waar_heb 0:13 1:-1 5:-3 7:-1
b:waar_het 0:4 1:2
b:waar_hij 0:-6 1:6 3:6
b:waar_ik 5:1
b:waar_je 0:8 1:-4 2:5 3:-4 4:2 5:7 6:-5 7:-3
b:waar_jij 0:-2 1:10 3:-2 4:-1 8:-1
b:waar_jullie 3:4
b:waar_kijk 0:10 5:-2
b:waar_komt 0:11 1:-2 2:1 4:3 6:1
b:waar_krijg 0:4 1:-1 3:-2
b:waar_ligt 0:-3 1:-4 2:8 3:8 4:-1
b:waar_loop 0:-7 1:8
b:waar_niemand 0:-4 1:3 3:-2 4:4
b:waar_nog 0:-1 2:4
b:waar_sta 0:-8 2:5 3:9 5:-1
b:waar_twijfel 0:3 1:-3 3:3 7:-1
b:waar_u 0:8 1:-2 5:-6 8:4
b:waar_voel 0:4 3:-3
b:waar_voelde 0:2 3:-2
b:waar_vragen 0:1
b:waar_wacht 3:2
b:waar_we 0:3 1:3
b:waar_werd 0:3 2:-2
b:waar_wil 0:1 1:8 4:-2 8:7
b:waar_word 0:15 1:-2 3:-2 4:-1
b:waar_ze 0:-3 1:3 3:2 4:3 8:-2
b:waar_zie 0:-9 1:9 3:-3 4:6
b:waar_zijn 0:5 3:-2 5:-2
b:waar_zou 1:3 3:2 8:-1
b:waarbij_je 0:2 1:3 4:-3
b:waard_? 0:1
b:waard_is 0:1
b:waarden_of 0:2
b:waardoor_je 0:-2 4:-1 5:6
b:waarin_ben 0:2
b:waarin_dat 0:2 1:-1
b:waarin_je 0:2 1:7 2:-2 4:2 8:-2
b:waarom_? 0:20 1:-3 2:-3 5:-3
b:waarom_ben 0:-4 1:6 3:-1 5:3
b:waarom_blijf 0:-2 1:4 3:-2
b:waarom_deze 3:2
b:waarom_die 1:5 8:-4
b:waarom_duurt 3:2
b:waarom_haak 0:-3 1:7 3:-1 4:-2
b:waarom_heb 0:-5 1:3 3:-1 5:5 7:2
b:waarom_het 0:-9 1:13 5:-2
b:waarom_hij 0:-5 1:2 2:-3 3:2 7:4 8:2
b:waarom_is 2:3 5:-2
b:waarom_je 1:-5 3:-2 5:11 8:-1
b:waarom_jij 1:-2 3:5 4:-2
b:waarom_juist 0:7 3:-2
b:waarom_kies 1:-2 3:4 4:2 8:-2
b:waarom_kom 1:7 3:-3
b:waarom_kun 0:-1 1:3
b:waarom_lukt 0:-7 3:10
b:waarom_spreekt 0:11 1:-4 4:-2 5:-1
b:waarom_wil 0:-1 1:-1 4:3
b:waarom_ze 3:2
b:waarom_zij 3:2
b:waarom_zijn 1:-2 2:1 3:3
b:waarom_zou 0:-18 1:-8 2:-1 3:4 4:10 6:1 7:-1 8:27
b:waarop_deze 0:-1 1:4
b:waarop_je 0:7
b:waarover_wil 0:4 1:-2
b:waarschijnlijk_niet 1:5 8:-1
b:waarschijnlijk_te 0:-4 1:2 4:4
b:waarschuw_je 7:2
b:waarvoor_je 0:1 1:1
b:waarvoor_vrienden 0:3
b:wacht_even 0:1
b:wacht_je 0:-2 3:-1 7:4
b:wacht_jij 3:2
b:wacht_niet 0:-5 1:-2 7:8
b:wacht_wordt 0:-3 7:5
b:wachten_op 0:5
b:wakker_van 0:2
b:wandelend_door 0:2
b:wanneer_doe 3:-1 6:4
b:wanneer_ga 0:-3 7:5
b:wanneer_heb 0:4
b:wanneer_is 0:3
b:wanneer_lever 7:4
b:wanneer_merkte 0:2
b:wanneer_plan 6:2
b:wanneer_voel 5:1
b:wanneer_voelde 0:8 5:-2 7:-2
b:wanneer_zij 0:1
b:want_daar 0:-2 2:3
b:want_dat 0:-2 7:-1 8:4
b:want_de 6:1 7:3 8:-2
b:want_het 0:-2 6:6 7:-2
b:want_op 0:-3 1:5
b:want_straks 7:2
b:want_wie 0:-2 7:4
b:waren_de 0:-7 3:7
b:waren_ze 0:2
b:warme_overdracht 0:4
b:warming-up_bij 0:3 1:-1
b:was_? 0:-2 1:5 3:-1
b:was_dan 0:4
b:was_dapper 0:5 8:-4
b:was_dat 0:12 1:-2 2:-3 3:-6
b:was_de 0:1
b:was_deze 0:1
b:was_een 0:-4 2:3 3:4 5:-2 8:-2
b:was_er 0:2 2:-1
b:was_het 0:5 2:-2
b:was_ik 0:2 8:-1
b:was_je 0:-6 1:-3 2:8 5:6
b:was_jouw 0:3
b:was_koos 0:-5 7:-3 8:9
b:was_kritisch 0:1
b:was_liet 0:-3 4:-1 8:5
b:was_niet 0:1
b:was_onvoldoende 0:-2 2:2
b:was_op 0:-3 3:4
b:was_streng 0:1
b:was_voor 0:3 2:-3
b:wat_? 1:-4 4:16 7:1
b:wat_als 0:6 1:-2 3:-1
b:wat_betekent 0:3 1:-7 2:11 3:4 4:-2 5:4 7:-1 8:-2
b:wat_bij 0:13 1:-4 3:-1 4:-3 8:2
b:wat_blijft 0:-8 1:11
b:wat_dat 0:2 1:11 2:-7 3:-1
b:wat_de 0:-8 2:4 6:-2 8:15
b:wat_deed 0:9 2:-4 3:-1
b:wat_denk 0:-2 1:-6 3:-4 4:16
b:wat_deze 1:3 3:-1
b:wat_die 0:-1 5:5
b:wat_doe 0:1 1:2 2:5 5:-6 6:-4 8:-3
b:wat_doen 0:-7 2:-1 3:3 4:-1 5:8
b:wat_doet 0:7 1:-3 3:5 4:-2
b:wat_doorzettingsvermogen 0:-1 1:4 2:-1
b:wat_drijft 0:7 1:-2 5:-1
b:wat_een 0:-27 1:5 2:15 4:3
b:wat_er 0:3 1:3 7:11 8:-2
b:wat_erna 0:1
b:wat_ervoor 0:1
b:wat_ga 0:-15 1:3 3:-3 5:-5 6:5 8:-3
b:wat_gaat 0:-3 1:-2 3:3 7:4
b:wat_gaf 0:6 3:-1
b:wat_gebeurt 0:2 5:-1
b:wat_geeft 0:2
b:wat_ging 0:13 1:-3
b:wat_goed 0:-6 3:1 7:-2 8:9
b:wat_haalbaar 0:-1 8:1
b:wat_had 0:1 1:-2 2:5 3:-2
b:wat_heb 0:21 1:6 2:3 3:-3 4:-2 5:-2 6:-9
b:wat_hebben 0:-2 3:3
b:wat_heeft 0:15 1:-6 5:-1
b:wat_helpt 0:4
b:wat_herken 0:4 1:-1
b:wat_het 0:-4 6:6 8:5
b:wat_hielp 0:5 1:-2
b:wat_hij 0:16 1:8 3:11 4:-1 5:-3 7:5 8:-2
b:wat_hoop 0:2
b:wat_houdt 0:-10 1:2 3:9 7:6
b:wat_iemand 0:6 1:-3
b:wat_ik 0:3 2:7 5:-3 8:-3
b:wat_in 0:3 8:-2
b:wat_is 0:18 1:-14 2:9 3:3 4:-3 5:-4 6:-5 8:4
b:wat_je 0:30 1:-15 2:6 3:-9 4:-4 5:9 6:8 8:-3
b:wat_jij 0:21 1:-3 3:-4 4:-3 5:3 8:-2
b:wat_jou 0:10 1:-5 8:-3
b:wat_jullie 0:1
b:wat_kan 0:4 5:-1
b:wat_kies 0:-11 3:2 4:-1 7:15
b:wat_kun 0:-14 1:13 3:20 5:-3 6:2 7:-1
b:wat_kunnen 0:-3 3:3
b:wat_laat 0:2
b:wat_leer 0:2
b:wat_lijkt 1:-3 4:4
b:wat_lukt 0:-2 1:4 3:-1
b:wat_maakt 0:1 1:-2 2:-2 3:17
b:wat_maakte 0:7 1:-1 3:-3
b:wat_meer 0:-9 3:10 5:6 8:-1
b:wat_merk 0:-4 5:6
b:wat_merkte 0:1
b:wat_met 0:-1 1:2
b:wat_mij 0:-5 1:-1 8:11
b:wat_minder 0:-6 1:4 4:3
b:wat_mis 0:-5 1:8
b:wat_moet 0:20 1:-7 2:2 3:-1 5:-7 6:2
b:wat_nam 0:3 4:-1
b:wat_neem 0:8 2:-1
b:wat_niet 0:4 1:-1
b:wat_nog 0:2 1:2
b:wat_nu 0:-5 1:2 5:2
b:wat_onhandig 1:1
b:wat_ontbreekt 0:-11 1:7 3:3 6:3
b:wat_past 0:6 1:-4 2:-5 3:-5 4:-3 5:13
b:wat_probeerde 0:1
b:wat_raakt 0:1
b:wat_speelt 0:2 1:-1 5:4 7:-2
b:wat_spreekt 0:3
b:wat_trekt 0:13 1:9 4:-3 5:-3 8:-4
b:wat_trok 0:10 1:-3 5:-2
b:wat_u 0:1
b:wat_valt 2:-2 3:4
b:wat_vertelden 0:3 1:-2
b:wat_viel 0:2
b:wat_vind 0:8 1:12 2:-3 3:-7 5:-5 8:8
b:wat_vinden 0:-9 4:11
b:wat_vindt 0:-10 4:10
b:wat_vond 0:11 1:-1 5:-1
b:wat_vonden 0:2
b:wat_voor 0:-22 1:15 3:2 4:4 5:9
b:wat_was 1:-1 2:7 3:-2
b:wat_weegt 0:2 1:-1
b:wat_weet 0:22 1:-6 3:-2 5:-3
b:wat_wel 0:6
b:wat_weten 0:2
b:wat_wil 0:8 2:-6 4:3 5:-7 6:7 7:-11 8:1
b:wat_wilt 1:1 4:1
b:wat_wordt 2:1
b:wat_ze 0:-7 2:2 3:15
b:wat_zeggen 0:-3 2:4
b:wat_zegt 0:-31 1:9 2:7 3:11 4:-1 5:13
b:wat_zei 5:3
b:wat_zie 0:-2 1:4 2:2 5:-1
b:wat_zien 0:1
b:wat_zij 0:6 1:-2 3:-2
b:wat_zijn 0:-2 1:12 2:-3 3:-2
b:wat_zoek 0:4 1:-2
b:wat_zou 0:37 1:25 3:-11 4:-5 6:3 8:-9
b:we_aan 6:3
b:we_afspreken 0:-4 1:-2 8:11
b:we_allebei 0:-2 1:3
b:we_als 8:2
b:we_alvast 1:2
b:we_beginnen 0:9 2:2 6:-2 8:-3
b:we_bespreken 0:-2 3:3
b:we_bij 0:-2 1:3
b:we_daar 0:-4 1:-2 2:5 4:3 5:1
b:we_dan 0:-2 1:4
b:we_dat 0:-3 1:2 5:2 8:4
b:we_de 0:7 2:-3 3:2 5:2 7:-1
b:we_die 0:-6 1:10 6:3
b:we_dit 6:2
b:we_een 0:-8 1:4 5:10 6:2
b:we_eerlijk 0:-2 1:5 4:-1
b:we_eerst 0:-2 1:5 8:-1
b:we_even 2:-1 6:2
b:we_gaan 1:8 8:-2
b:we_gesproken 6:7 8:-5
b:we_hebben 0:-1 4:-1 7:1 8:3
b:we_het 0:-3 2:10 3:-1 4:-6 6:4 7:-1 8:5
b:we_hoeven 1:-1 6:4 7:-2
b:we_houden 1:1 2:2 6:4
b:we_iets 8:2
b:we_in 2:2 6:-1
b:we_je 0:-6 1:-3 2:2 4:3 5:-3 7:3 8:11
b:we_kijken 0:11 1:-5 8:-3
b:we_kunnen 0:7 1:2 5:-2 6:-1
b:we_lopen 0:-1 6:3
b:we_maar 0:-1 6:-1 8:6
b:we_mee 0:-1 1:3
b:we_moeten 1:-2 5:3 6:4
b:we_naar 0:-5 1:6 4:3 5:2 8:-2
b:we_nemen 0:2 2:3 5:3 7:-1 8:-2
b:we_niet 1:-6 8:11
b:we_of 0:-4 2:3 5:4
b:we_over 0:-3 1:-2 4:2 5:7
b:we_praten 0:3
b:we_samen 0:18 1:-4 6:-3 7:-3 8:-4
b:we_straks 0:2
b:we_sturen 8:4
b:we_u 5:-1 7:3
b:we_van 8:2
b:we_voor 4:-3 8:4
b:we_vooral 0:-3 1:3 2:3
b:we_weten 0:-7 1:13
b:we_zien 0:-6 3:2 5:6
b:we_zijn 0:-2 1:4 6:2
b:we_zoeken 0:3 1:-1 4:1 7:-1
b:wedstrijd_? 0:3
b:weeg_jij 0:7 1:-2 3:-1 8:-2
b:weegt_voor 0:2 1:-1
b:week_? 6:1
b:week_aan 0:-3 7:4
b:week_af 0:-2 6:4
b:week_al 6:1
b:week_bij 0:1
b:week_een 0:-6 2:3 5:8 7:5
b:week_eens 0:4
b:week_ging 0:1
b:week_in 0:5
b:week_mocht 0:2
b:week_nog 0:-1 7:2
b:week_op 0:1
b:week_over 0:-1 2:3 5:-2
b:week_samen 0:2 7:-2
b:week_wel 0:1
b:weekend_? 0:-5 5:6
b:weekend_en 0:-2 5:2
b:weer_een 0:2 8:-1
b:weer_gaat 1:1
b:weer_terug 0:-2 2:2
b:weer_zo 1:5 7:-3
b:weet_al 0:-3 3:10
b:weet_dat 0:3
b:weet_het 0:3 1:-1 7:2 8:-2
b:weet_ik 0:4 3:-1 5:3 8:1
b:weet_je 0:4 2:-4 3:-5 4:10 5:-1 6:-2 8:3
b:weet_nu 0:1
b:weet_precies 0:-5 3:8
b:weet_toch 0:-7 3:-1 7:12
b:weet_u 0:3 7:7
b:weet_waarom 5:3 7:-1
b:weet_wat 0:-1 1:-6 2:1 3:-1 6:5 7:17 8:3
b:weet_wel 0:-4 7:1 8:5
b:weet_welke 0:-5 1:-1 3:7 5:3
b:weg_? 0:-4 1:8
b:weg_en 0:-1 7:4
b:weg_is 2:-1 8:3
b:weg_naar 0:4 5:-2
b:weg_soms 0:2
b:weg_te 0:3 1:-5 2:8 3:-1
b:weg_tot 0:2
b:weg_zit 0:-3 1:4 5:2
b:weg_zitten 0:-4 1:1 5:6
b:wegen_naar 0:3
b:weinig_aan 1:-4 3:-2 5:7
b:weinig_doen 0:-4 4:6
b:weinig_doorzettingsvermogen 1:1
b:weinig_geld 1:-5 4:6
b:weinig_hoeft 0:-1 1:4 4:-2
b:weinig_initiatief 0:-3 1:6
b:weinig_mogelijk 1:-1 4:2
b:weinig_op 1:-4 3:3 7:-1 8:5
b:weinig_over 0:1
b:weinig_talent 0:-3 1:7
b:weinig_te 4:4 5:-1
b:weinig_tijd 0:5 1:-5 7:3
b:weinig_uithoudingsvermogen 1:2
b:weinig_van 0:-5 1:6 3:-2 4:5
b:weinig_zin 0:-1 5:4 7:-2 8:4
b:weken_? 0:4 2:-2
b:weken_die 0:2
b:weken_en 6:-2 7:4
b:weken_op 0:6 7:-1
b:weken_sluit 3:-3 7:6
b:weken_tot 0:-2 7:5
b:weken_wie 7:1
b:wel_? 0:4 1:3 4:8 5:-5 7:-4
b:wel_aan 0:-2 1:4 4:-1 5:2
b:wel_aankan 1:1
b:wel_aankunt 1:2
b:wel_als 0:-6 1:10
b:wel_betalen 0:-2 5:5
b:wel_bij 0:-2 1:9
b:wel_dat 2:2 5:-2 6:1 7:22 8:-1
b:wel_een 1:-7 3:12 4:-2
b:wel_eens 0:6 1:-2
b:wel_en 0:7 1:-2 8:-2
b:wel_genoeg 0:-2 5:10
b:wel_goed 0:2 1:-3 3:1 5:13
b:wel_iets 1:-1 3:9 5:3
b:wel_in 1:2 5:3 6:-2
b:wel_kan 0:1
b:wel_leuk 0:4 1:-3
b:wel_met 0:2
b:wel_of 0:2 1:-1
b:wel_om 0:-1 1:-2 3:5
b:wel_op 0:-3 3:1 4:2 5:1 7:4 8:-1
b:wel_passen 1:3 8:-1
b:wel_slim 0:3
b:wel_vergeten 0:-4 1:-2 7:10 8:6
b:wel_vol 1:2
b:wel_voor 7:2 8:-2
b:wel_vragen 0:-9 1:5 3:6
b:wel_wat 0:-4 1:3 3:-2 5:-1 8:6
b:wel_willen 1:2 4:-1
b:wel_zoekt 0:2 1:-1
b:weleens_? 1:-1 5:4 8:-1
b:weleens_aan 0:-6 5:8
b:weleens_geslagen 0:-1 5:3
b:weleens_iets 0:-2 5:3
b:weleens_pijn 0:-1 5:2
b:welk_advies 0:11 1:-2 3:-4
b:welk_bedrijf 0:4
b:welk_beroep 0:5 1:15 2:-5 3:1 5:3 8:-2
b:welk_cijfer 0:-13 2:17
b:welk_compliment 0:2
b:welk_deel 0:7 2:-2
b:welk_eenvoudig 0:-8 1:5 4:4
b:welk_eindcijfer 0:-3 2:5
b:welk_gemiddelde 0:-6 2:13 3:-3
b:welk_handwerk 1:3 4:-2
b:welk_klusje 0:2
b:welk_moment 0:6
b:welk_niet 0:1
b:welk_niveau 0:12 1:-2 4:-5
b:welk_onderdeel 0:8
b:welk_onderwerp 0:14 1:-1 2:-6
b:welk_plan 0:1
b:welk_praktijkvak 0:1
b:welk_praktisch 0:-2 1:1 4:2
b:welk_profiel 0:-10 2:-2 3:6 5:3 6:1 8:11
b:welk_project 0:1
b:welk_rapportcijfer 2:1
b:welk_resultaat 0:1
b:welk_risico 0:11 1:-4
b:welk_schoolvak 0:6 1:-2
b:welk_soort 0:2
b:welk_stuk 0:-6 1:10
b:welk_stukje 0:3
b:welk_technisch 4:1
b:welk_vak 0:-9 1:-3 2:4 4:19
b:welk_van 0:-5 2:5
b:welk_verhaal 0:7 1:-3 2:-1
b:welk_vervolg 0:-2 1:2 8:4
b:welk_werk 0:-4 1:11 2:12 3:-1 5:-2 7:6 8:-3
b:welk_werkstuk 0:4 1:-2
b:welk_zou 0:2 4:-1
b:welke_activiteit 0:-1 6:2
b:welke_activiteiten 0:-1 6:3
b:welke_afdeling 0:-6 1:5 4:2
b:welke_andere 0:-7 1:-2 3:-1 4:2 8:18
b:welke_baan 0:-3 1:9
b:welke_beroepen 0:5 1:13 3:2 5:-1 6:-2
b:welke_cijfers 0:-2 2:3
b:welke_competenties 0:-5 6:7
b:welke_daarvan 0:1
b:welke_dag 0:4 6:-3
b:welke_diagnose 0:-4 1:-2 5:13 6:-2
b:welke_dingen 0:2
b:welke_docent 0:2
b:welke_doe 2:-2 6:5
b:welke_drie 0:3 1:-3 2:4
b:welke_eenvoudige 1:2
b:welke_eerlijke 0:2 3:-1
b:welke_ervaring 0:3
b:welke_feedback 0:3 1:-1
b:welke_fout 0:5 6:-2
b:welke_functie 1:2
b:welke_gedachte 0:3 2:-1
b:welke_hbo-opleiding 1:-2 4:-3 8:6
b:welke_hbo-opleidingen 0:1
b:welke_herkansing 0:-1 2:3
b:welke_informatie 0:6 1:-1
b:welke_kant 0:1 4:2 5:-1
b:welke_ken 0:-1 1:4 4:-1 7:-1
b:welke_keuze 0:5 1:-1
b:welke_klasgenoot 0:-4 3:6
b:welke_kleine 0:2 1:-1
b:welke_klus 0:11 1:-1
b:welke_korte 0:-4 1:6
b:welke_kritiek 0:7 1:-4
b:welke_kwaliteit 0:1
b:welke_les 0:8 5:-2
b:welke_lessen 0:1
b:welke_lichtere 0:-3 1:4
b:welke_lijkt 0:1
b:welke_mbo-opleiding 0:-3 1:-3 2:3 4:8
b:welke_mbo-opleidingen 0:2 1:-1 2:6
b:welke_medicatie 0:-6 5:10
b:welke_medicijnen 0:-5 1:-1 5:11
b:welke_mensen 0:3
b:welke_moeilijke 0:3
b:welke_niet 0:11 1:-3 2:-4
b:welke_omgeving 0:3 1:-2
b:welke_onderdelen 0:-1 6:3
b:welke_onvoldoendes 2:2
b:welke_opdracht 0:3 6:-1
b:welke_opdrachten 0:-2 2:1 6:2
b:welke_open 0:-5 1:4 6:4 8:4
b:welke_opleiding 0:-20 1:13 2:-2 3:5 4:6 5:-1 7:9 8:-2
b:welke_opleidingen 2:7 4:-1
b:welke_opmerking 0:2
b:welke_oud-leerling 0:2
b:welke_plan 0:-7 2:-1 6:13 7:-2
b:welke_plek 0:-2 1:-3 4:9 5:-1
b:welke_praktijkvakken 1:1
b:welke_praktische 0:-2 1:7 4:-2 8:-1
b:welke_profielen 1:4 4:-1
b:welke_punten 0:8 1:-4
b:welke_richting 0:-13 3:9 4:3 6:-2 7:3
b:welke_richtingen 1:8 2:-4
b:welke_rol 0:7 1:-2 4:-1
b:welke_route 0:1
b:welke_routes 0:4 1:-2
b:welke_rustige 0:-5 1:3 4:4
b:welke_score 0:-10 2:17 4:-1
b:welke_sector 0:-11 1:-2 2:-1 4:4 6:4 7:4 8:6
b:welke_situatie 0:1
b:welke_sport 0:2 3:3
b:welke_spreken 0:-5 1:-1 4:7
b:welke_stageplek 0:2
b:welke_stages 0:-2 1:4
b:welke_stap 0:7 1:7 3:-1 4:-6 6:-1
b:welke_stappen 0:-6 2:-2 3:4 6:7
b:welke_sterke 0:1
b:welke_studie 0:-17 2:4 4:10 5:3 6:-2 7:-1 8:-2
b:welke_studies 0:-5 1:5 2:6 5:2
b:welke_taak 0:11 1:-1 2:-1
b:welke_taken 0:6 1:2 2:-2 4:-1 6:4
b:welke_talen 0:1
b:welke_techniek 0:-1 1:5 8:-4
b:welke_tegenvaller 0:3
b:welke_toetsen 0:-3 2:5
b:welke_twee 0:10 1:-3 6:1
b:welke_twijfel 0:3
b:welke_twijfels 0:2
b:welke_uitkomst 0:3
b:welke_vaardigheden 1:7 2:-1 6:-2
b:welke_vaardigheid 0:5 1:-3
b:welke_vakken 0:4 2:16 6:-1 7:-1
b:welke_van 0:-21 1:20 2:-3 3:7 4:2 6:-3 8:12
b:welke_verschillende 0:3
b:welke_vervolgopleiding 0:-2 1:7
b:welke_vervolgopleidingen 0:2 1:-2
b:welke_vraag 0:14 1:-5 2:-1 5:-1
b:welke_vragen 0:12
b:welke_waarden 0:1
b:welke_werkplek 0:3 1:4 5:-2
b:welke_wil 0:2
b:welke_wordt 1:-2 4:3 7:3 8:-3
b:welke_zorgen 0:3
b:welke_zou 0:1
b:welke_zwakke 0:2 1:-1
b:welkom_bij 0:6
b:welzijn_het 0:-1 5:-1 8:4
b:werd_? 0:-3 4:-1 5:6
b:werd_je 0:3 2:-2
b:werd_niet 0:1
b:wereld_zou 0:1
b:werk_? 0:14 1:-8 3:-3 4:-1 5:7 7:-2
b:werk_achter 0:-2 1:3 4:1 8:-1
b:werk_bent 5:2
b:werk_bij 1:2
b:werk_buiten 4:2
b:werk_daar 0:4
b:werk_dagbesteding 0:2
b:werk_dat 0:4 1:-2 7:3
b:werk_de 0:1
b:werk_doe 0:1
b:werk_doen 0:3 4:-1
b:werk_echt 0:1
b:werk_en 0:-6 1:-2 2:-1 3:3 5:8
b:werk_gaat 0:-6 1:8 8:-1
b:werk_geeft 0:2
b:werk_genoeg 0:-1 1:-2 8:6
b:werk_heb 0:10 1:-4 5:-5
b:werk_het 4:1
b:werk_iets 0:1
b:werk_in 0:-4 1:-2 4:2 5:8 8:2
b:werk_is 1:2
b:werk_je 0:23 2:-3 4:-4 5:1
b:werk_jij 0:-3 3:3 5:2
b:werk_komt 0:1
b:werk_kun 0:-3 1:5 2:3
b:werk_lijkt 0:-1 1:-2 4:4
b:werk_met 0:11 1:-3 3:-1 4:4 5:-4
b:werk_of 0:3
b:werk_op 1:2
b:werk_past 0:-2 2:11 4:-3 5:-1
b:werk_te 0:2 1:-1
b:werk_van 0:3
b:werk_vind 1:5 4:-2
b:werk_voor 1:4 4:-2 7:-1
b:werk_waar 0:-5 1:3 4:2
b:werk_waarin 0:2 1:-1
b:werk_wil 0:2 1:-3 4:3
b:werk_zie 0:-3 1:5
b:werk_zoek 0:-2 1:5 4:-1 8:-1
b:werk_zonder 0:-4 1:1 4:6 7:-1
b:werk_zou 0:-20 1:13 4:2 7:7
b:werkdag_eruit 0:2
b:werkdag_eruitzien 0:2
b:werkdag_in 0:-3 5:4
b:werkdag_van 0:2 2:-1
b:werkdag_voor 0:3
b:werkdag_zitten 0:3 5:-2
b:werken_? 0:-11 4:3 5:12
b:werken_al 3:2
b:werken_als 1:4 4:-2
b:werken_dan 0:-2 5:3 8:4
b:werken_en 0:-9 1:-2 4:10 8:4
b:werken_gaat 0:-2 1:4 3:-1
b:werken_in 0:14 1:-2 3:-2 4:-4 5:-3 8:3
b:werken_is 0:-2 1:4
b:werken_lukt 0:-2 1:5 7:-1
b:werken_met 0:2 1:-9 2:-3 4:6 8:7
b:werken_na 8:3
b:werken_naast 5:1
b:werken_of 0:3 5:2 8:-1
b:werken_omdat 0:-5 4:-2 5:8
b:werken_op 0:5 1:-1 4:2 5:-6
b:werken_vaak 0:5 4:-2
b:werken_veel 4:-3 8:5
b:werken_voordat 1:-3 2:6
b:werken_wat 0:-1 4:2
b:werkexploratie_welk 0:4 4:-1
b:werkgever_blijven 1:-2 8:4
b:werkloos_? 1:-1 5:5 6:-1
b:werkplek_? 0:5
b:werkplek_die 0:3
b:werkstuk_over 0:-2 2:4
b:werkstuk_voor 2:1
b:werkt_? 0:5 1:-1 4:-2
b:werkt_al 0:-6 1:-1 3:10
b:werkt_bij 0:2
b:werkt_en 0:5 1:-2 5:4 8:-1
b:werkt_het 0:-5 1:-4 4:2 8:9
b:werkt_in 0:6 1:-2 8:-1
b:werkt_ook 0:-4 3:4
b:werkt_te 1:2
b:werkt_twee 0:3 7:-1
b:werkt_u 0:-1 4:4 5:-1
b:werkt_vaak 0:3
b:werkt_voor 1:5
b:werkte_je 0:4 2:-1
b:werkte_op 3:2
b:werkvloer_? 0:1
b:werkvloer_niet 1:1
b:weten_? 0:2 1:-1 5:2
b:weten_al 0:3 3:-3
b:weten_allang 0:-2 3:2
b:weten_als 0:6 5:2 7:-6
b:weten_dat 0:-2 1:4 5:-3 7:1 8:5
b:weten_komen 0:6 3:-2
b:weten_of 5:1
b:weten_om 0:4 1:-4
b:weten_over 0:3 1:1
b:weten_te 0:1
b:weten_voor 0:-2 5:4
b:weten_voordat 0:3 1:-2 5:2
b:weten_wat 0:-5 1:-7 3:2 5:18 7:6
b:weten_we 0:-4 1:6
b:weten_welke 0:-6 1:6
b:weten_ze 4:3 5:-2
b:wezenlijk_motief 0:4
b:wie_? 0:-12 5:17 7:-1
b:wie_bel 0:8 5:-1 7:-2
b:wie_dan 4:7
b:wie_dat 0:1
b:wie_de 0:-8 1:-2 7:15 8:-2
b:wie_denkt 0:11 5:-10
b:wie_een 0:-3 5:5 8:-1
b:wie_er 5:3
b:wie_gaat 1:9 3:-3 4:-3
b:wie_geen 0:-3 7:4
b:wie_heb 0:5 5:-3
b:wie_heeft 0:2 3:3 5:-4
b:wie_helpt 4:3
b:wie_het 0:-15 3:8 5:7
b:wie_in 0:-4 1:-2 3:2 5:-1 7:7
b:wie_is 0:-2 3:5 5:-1
b:wie_je 0:15 1:-2 7:-3
b:wie_jij 0:2
b:wie_kan 0:4 1:5 4:-4 7:-1
b:wie_kookt 5:1
b:wie_kun 0:6 7:-2
b:wie_maandag 0:-1 7:2
b:wie_na 0:-1 7:3
b:wie_niet 0:-1 4:-1 7:3
b:wie_nu 0:-5 7:13
b:wie_op 0:2 3:-1
b:wie_praat 0:-1 5:1
b:wie_te 0:-3 3:-1 7:8
b:wie_thuis 0:10 5:-9
b:wie_uit 3:2
b:wie_van 0:-3 3:16 5:-7
b:wie_voor 0:12 2:-1 7:-8 8:-1
b:wie_vrijdag 7:3
b:wie_wil 0:9 7:-4
b:wie_woon 0:-2 5:2
b:wie_zich 0:-2 7:3
b:wie_zijn 0:-2 7:7
b:wie_zorgt 0:-6 3:-2 5:11
b:wie_zou 0:11 5:-4 7:-1
b:wij_als 0:-4 5:2 8:5
b:wij_besloten 0:-2 8:4
b:wij_hebben 0:-1 8:2
b:wij_voor 0:-2 7:7
b:wijs_de 0:4 5:-2
b:wijst_naar 0:4
b:wijzen_naar 0:2
b:wil_? 0:-10 1:-2 3:5 7:10
b:wil_dat 0:1 6:4
b:wil_ik 0:8 1:1 5:9 7:9 8:-4
b:wil_je 0:7 1:16 2:-9 3:-3 4:13 5:-8 7:-10 8:14
b:wil_jij 0:21 1:-9 4:-2 5:-1 6:1 7:8
b:wil_maar 0:-7 1:-3 8:13
b:wil_morgen 7:2
b:wil_toch 0:-7 4:12 5:-2 8:-1
b:wil_werken 0:-5 5:5
b:wil_weten 0:-4 2:7 5:-2 6:-1
b:wil_worden 0:9 3:2 7:-2 8:-3
b:willen_? 0:-22 1:23 3:3 4:3 5:-1
b:willen_bekijken 1:1
b:willen_dat 5:2
b:willen_delen 0:1
b:willen_doen 1:2 3:-2 7:8 8:-1
b:willen_en 0:5 3:-4
b:willen_jullie 3:1
b:willen_kijken 0:1
b:willen_leren 0:12 1:-5 4:-5
b:willen_lijken 0:-3 3:7
b:willen_meestal 0:-1 4:3
b:willen_nemen 0:3 1:-2
b:willen_ouders 0:2
b:willen_proberen 0:-7 1:12
b:willen_spreken 0:3
b:willen_stellen 0:2
b:willen_uitproberen 0:3 1:-2
b:willen_uitzoeken 0:2
b:willen_vaak 0:-1 4:7
b:willen_verbeteren 0:-5 1:6
b:willen_verkennen 0:2 1:-2
b:willen_vertellen 5:1
b:willen_voeren 0:1
b:willen_vragen 0:2
b:willen_weten 0:5 1:-5
b:willen_worden 0:-6 1:4 4:4
b:willen_ze 0:2 4:2 5:-2
b:willen_zien 0:2
b:wilt_? 0:-15 1:8 2:2 3:-3 5:3 6:-2 8:-2
b:wilt_dan 6:2
b:wilt_doen 0:-2 1:-2 2:-2 5:7
b:wilt_en 1:-2 2:6
b:wilt_gaan 0:3 5:1 6:-3
b:wilt_in 0:6 1:-2 8:-2
b:wilt_is 0:4
b:wilt_leren 0:7 8:-4
b:wilt_meelopen 0:6 7:-6
b:wilt_ook 0:3
b:wilt_praten 0:4 6:-1
b:wilt_sparren 0:2
b:wilt_staan 2:1
b:wilt_stoppen 0:1
b:wilt_u 0:1
b:wilt_vast 4:3 5:-2
b:wilt_werken 0:2 5:-1
b:wilt_weten 0:6 1:-1 5:-4
b:wilt_worden 0:-6 1:9
b:wilt_zetten 0:3 7:-2
b:wilt_zien 0:3
b:winkel_een 0:3 4:-1
b:wiskunde_a 0:3 1:-2 2:3 8:-1
b:wiskunde_b 0:3 2:-1 5:-2 7:-4 8:13
b:wiskunde_heb 0:-2 2:1 6:2
b:wiskunde_ligt 1:1
b:wisselen_van 7:3
b:wist_? 0:9 1:-2 3:-2 7:-1
b:wist_je 0:-9 5:5
b:wonen_en 0:2 2:2
b:woon_je 0:-19 5:23
b:woordenschat_is 0:-2 1:4 7:-1
b:word_je 0:-9 1:-6 2:2 3:-2 4:3 6:-2 7:7
b:word_jij 0:8 1:-2 3:-4 4:-1 8:9
b:worden_? 0:-14 1:-4 2:-3 3:4 4:6 5:4 8:9
b:worden_als 0:-7 1:8 7:1
b:worden_boos 7:2
b:worden_en 1:-1 3:2 5:-1 7:-2 8:3
b:worden_gebeld 0:5 8:-1
b:worden_in 0:4 8:-1
b:worden_is 8:3
b:worden_maar 0:-9 1:9 4:3 8:-1
b:worden_meestal 0:-4 4:5
b:worden_vaak 0:-3 4:4
b:worden_voor 5:1
b:wordt_? 0:3 1:5 5:-1
b:wordt_aangenomen 0:3 1:-2 5:-2 7:2 8:2
b:wordt_automatisch 7:2
b:wordt_dat 5:2
b:wordt_de 0:-2 3:1 5:-1 8:3
b:wordt_een 0:-7 1:7 4:-7 5:-1 8:13
b:wordt_en 1:4 7:-2 8:-1
b:wordt_er 0:-2 5:1 7:6 8:-2
b:wordt_gewoon 4:-3 8:4
b:wordt_het 0:-15 1:-10 3:1 4:7 6:-3 7:13 8:9
b:wordt_in 0:2
b:wordt_ingeloot 0:7 1:-2 7:-2
b:wordt_je 0:-4 2:1 6:3 7:3
b:wordt_kantoorwerk 0:-2 1:7 4:-3 5:-1
b:wordt_kapper 8:3
b:wordt_kok 8:1
b:wordt_lastig 1:2 4:-1
b:wordt_later 1:-1 8:1
b:wordt_niks 0:-1 1:2 4:-2 7:-1 8:3
b:wordt_rijker 0:4 7:-1
b:wordt_toegelaten 0:5 1:-2 2:1 7:-3 8:-2
b:wordt_uitgeloot 0:1
b:zaak_? 4:1
b:zaak_van 0:1 4:3 5:-2
b:zag_dat 0:5 6:-1 8:-3
b:zag_doen 0:1 5:-1
b:zag_er 0:-3 3:-2 5:6
b:zag_hoe 0:4 8:-2
b:zag_je 0:13 1:-4 2:2 5:-2 8:-2
b:zal_je 0:-2 1:-3 4:6
b:ze_? 1:4 6:-4 7:5
b:ze_dan 0:5 3:-2 4:-1
b:ze_een 0:2 4:-1
b:ze_gaan 0:-1 3:1
b:ze_gewoon 0:2
b:ze_heeft 1:7
b:ze_is 0:-7 1:7 4:1 5:3 6:-1
b:ze_je 1:3 8:-2
b:ze_kan 1:3
b:ze_kunnen 0:2
b:ze_leuk 0:5 2:-1
b:ze_lopen 0:7 1:-1 2:-1
b:ze_naar 0:2 2:-1 6:2
b:ze_niet 0:-6 1:1 7:5
b:ze_noem 0:2
b:ze_op 0:-4 1:-1 3:6
b:ze_te 0:2
b:ze_thuis 4:3 5:-2
b:ze_vast 1:6 8:-2
b:ze_voor 0:3 1:-1 2:3 7:-1
b:ze_wil 0:-6 1:2 3:6
b:ze_wilde 0:-3 3:4
b:ze_willen 0:-1 3:4
b:ze_zelf 0:3 1:-3 3:2
b:ze_zo 0:5 4:-2
b:ze_zonder 0:2 1:-1
b:zeg_de 7:10 8:-2
b:zeg_het 0:7 2:5 6:-2 7:5 8:-9
b:zeg_ik 0:-3 7:-6 8:13
b:zeg_maar 0:-3 4:4 6:2 7:5 8:-5
b:zeg_tegen 0:-3 1:-2 7:2 8:10
b:zeggen_? 0:3
b:zeggen_dat 0:8 1:-2 8:-1
b:zeggen_die 2:4 3:-3
b:zeggen_tegen 0:1
b:zegt_dat 0:29 2:1 3:10 6:1 8:-3
b:zegt_de 3:-1 5:5
b:zegt_het 0:-16 1:13 2:9 3:-3
b:zegt_iets 0:5 1:-1 8:-1
b:zegt_je 0:-8 3:2 5:8
b:zegt_jouw 0:-4 1:-2 2:8
b:zegt_meer 0:2 2:-1
b:zegt_niet 0:6 1:-2 8:-1
b:zegt_over 0:-8 1:11 2:-4 5:5
b:zegt_vaak 0:3 1:-1
b:zegt_weinig 0:1
b:zei_dat 0:15 1:-4 7:-1
b:zei_ik 0:5
b:zei_je 0:9 1:-4
b:zei_tegen 0:2
b:zeker_dat 0:2 1:-2 3:-1 4:4 5:-2 7:-1
b:zeker_stellen 0:2
b:zeker_van 0:3 1:-1
b:zelf_? 0:3 3:-3 4:1
b:zelf_aan 0:-6 1:9
b:zelf_als 0:7 1:-2 3:-2
b:zelf_bedenken 0:3
b:zelf_bedenkt 0:2
b:zelf_bepalen 0:2
b:zelf_blij 0:3 2:-2
b:zelf_contact 0:5 8:-2
b:zelf_dat 0:1
b:zelf_de 0:7 6:-1 7:3 8:-1
b:zelf_die 0:2
b:zelf_een 0:-2 1:7 7:-2
b:zelf_en 0:3 1:-1
b:zelf_gemaakt 0:1
b:zelf_het 0:3 1:7 3:-1 4:-1 5:-1
b:zelf_in 0:1 7:4
b:zelf_je 0:1 7:4 8:-1
b:zelf_lastig 0:1
b:zelf_mee 0:1
b:zelf_naar 0:2 1:-3 3:-1 4:3
b:zelf_nog 0:-8 1:5 3:-1 7:-3 8:8
b:zelf_om 0:4 2:-3
b:zelf_ondernemer 0:-2 4:2
b:zelf_ook 0:-4 1:-1 3:2 4:9
b:zelf_op 0:-3 3:4
b:zelf_te 0:2
b:zelf_tegenaan 0:2 2:1
b:zelf_van 0:4
b:zelf_verder 0:3 5:-2
b:zelf_voor 0:-2 5:5
b:zelf_wat 0:2 8:-2
b:zelf_wel 6:-1 7:3
b:zelf_welk 0:4 1:-2
b:zelfstandig_diensten 0:-2 3:3
b:zelfstandig_werken 0:-4 1:12 3:-1 8:-3
b:zelfstudie_me 1:1 4:-1
b:zes_? 0:-2 2:6 5:-2
b:zet_de 0:6 2:-3 3:8 6:-1 7:-1 8:-2
b:zet_een 0:-1 6:3 7:-1
b:zet_en 0:4 1:-1
b:zet_hem 7:2
b:zet_het 0:-5 5:5 6:3
b:zet_ik 7:6
b:zet_in 0:-2 1:6 3:-1
b:zet_je 0:-2 1:-2 2:5 3:4 6:5 8:2
b:zet_jezelf 0:-2 3:4 5:-1
b:zet_twee 0:1
b:zetten_? 1:8 6:3
b:zetten_en 0:-3 1:-1 2:-1 8:9
b:zetten_om 0:2 1:-1
b:zeven_gemiddeld 2:1
b:zeventig_procent 3:3
b:zich_al 3:3
b:zich_met 0:-5 5:6
b:zich_na 0:-2 7:3
b:zich_niet 1:2
b:zich_op 8:3
b:zich_thuis 0:7 5:-5
b:zich_vaak 4:1
b:zich_zo 0:-2 1:2
b:zichzelf_te 0:-5 7:9
b:zie_dat 0:7 1:-2 8:-2
b:zie_ik 0:-8 1:7 3:-4 4:-6 5:-3 7:2 8:9
b:zie_je 0:21 3:5 4:8 5:-8 8:5
b:zie_jij 0:-16 1:12 2:-2 3:-4 4:5 5:9
b:zie_jou 0:-1 1:-1 8:5
b:ziek_? 1:-2 5:6
b:ziek_is 5:2
b:zieke_dieren 0:2
b:zieke_ouder 0:-2 4:-1 5:5
b:ziekenhuis_ligt 0:-2 5:2
b:ziekte_van 0:-2 5:3
b:zien_? 0:6 1:-1 2:7 4:-2
b:zien_als 0:3
b:zien_dan 0:-1 2:3
b:zien_dat 0:4 1:-2 2:3 3:-1 5:4 6:6 7:-3 8:-2
b:zien_die 0:-2 6:4
b:zien_hoe 0:7 2:-2 3:2 8:-1
b:zien_je 0:2
b:zien_waar 0:2 3:3
b:zien_wat 0:3
b:zien_welke 1:-3 7:4
b:zien_wie 0:1
b:ziet_? 0:5 5:-3
b:ziet_dat 1:1 6:1
b:ziet_de 0:-3 6:4
b:ziet_een 0:6 2:-2 3:-2 5:-1
b:ziet_er 0:-2 5:8
b:ziet_je 0:1
b:ziet_jouw 0:-9 1:9 5:5 7:-1
b:ziet_u 1:-1 4:3
b:ziet_zitten 0:2 1:-1
b:zij_? 0:-2 3:3
b:zij_anders 3:2
b:zij_heeft 0:-2 3:4
b:zij_is 0:-8 1:9 4:1 8:-1
b:zij_jou 0:1
b:zij_weten 0:-3 8:4
b:zij_zelf 0:6 1:-2 3:-2
b:zijn_? 0:9 1:2 2:5 3:4 4:-7 7:-1 8:-4
b:zijn_al 0:-1 3:3 6:1
b:zijn_alle 6:1 7:1
b:zijn_allebei 0:1
b:zijn_als 1:2 4:-2 7:6 8:-3
b:zijn_baan 5:4 6:-1
b:zijn_bedrijf 0:2
b:zijn_benieuwd 0:1
b:zijn_beroepen 0:-2 4:4
b:zijn_beroepskeuze 0:-2 1:9 4:-1 5:4
b:zijn_bij 0:-2 5:4
b:zijn_cijfers 0:-1 2:2
b:zijn_dan 0:5 3:-2
b:zijn_de 0:-4 1:14 2:2 8:-1
b:zijn_die 0:-8 1:-1 2:3 3:8 5:5 7:-2
b:zijn_doeners 0:-1 1:-2 4:7
b:zijn_een 0:10 6:-1
b:zijn_eigen 0:1
b:zijn_en 0:-12 5:15
b:zijn_er 0:-3 1:5 4:-2 5:3
b:zijn_geen 0:1 1:-3 3:-2 4:6 7:-1
b:zijn_gezakt 2:3
b:zijn_goed 0:2
b:zijn_het 1:-3 3:2 4:4 5:-2 6:-2 7:-2 8:10
b:zijn_hoofd 8:2
b:zijn_in 6:6 8:-1
b:zijn_je 2:2 6:4
b:zijn_jouw 0:4 1:-2 3:10 5:-2 7:1 8:1
b:zijn_jullie 5:2
b:zijn_keuze 0:-1 5:2
b:zijn_klasgenoten 3:3
b:zijn_mag 0:8 1:-2
b:zijn_meeloopdag 0:-3 3:-2 6:9
b:zijn_meer 0:1 3:-7 4:7 7:-1
b:zijn_meestal 4:1
b:zijn_motieven 0:4 4:-1
b:zijn_na 0:3 5:-1 7:-1
b:zijn_niet 0:-1 4:4
b:zijn_nog 0:-2 2:-2 6:3 7:4
b:zijn_nu 0:-2 1:-2 3:-2 4:7
b:zijn_of 0:3
b:zijn_om 0:-1 1:-5 2:7 7:1 8:8
b:zijn_ook 0:3 8:-1
b:zijn_opleiding 0:-1 7:3
b:zijn_over 0:-3 7:4
b:zijn_plek 0:-2 7:10 8:-3
b:zijn_portfolio 0:-2 3:2 7:3
b:zijn_praktijkbegeleider 0:2 1:-4 8:4
b:zijn_profiel 0:1
b:zijn_profielwerkstuk 0:-1 3:2
b:zijn_recht 3:-1 8:3
b:zijn_resultaten 2:3
b:zijn_sectorkeuze 0:-1 6:3
b:zijn_stageplek 5:3
b:zijn_trainer 0:3
b:zijn_vaak 0:2 1:-8 3:-1 4:15 5:-2
b:zijn_van 0:-2 2:-2 3:-3 4:8 6:2 8:3
b:zijn_veel 3:3 4:-2
b:zijn_verder 0:-3 3:4
b:zijn_volwaardig 0:3
b:zijn_voor 0:8 1:10 2:-1 4:-1 7:-4
b:zijn_we 0:3 1:-2 4:-3 7:-2 8:9
b:zijn_weg 7:2
b:zijn_welkom 0:5
b:zijn_werk 0:-3 1:5
b:zijn_zo 0:-1 5:3 7:3 8:-3
b:zijn_zodat 0:-1 6:3
b:zijpaneel_laat 0:1
b:zin_? 0:2 1:2 3:-1
b:zin_en 0:-3 6:6
b:zin_heeft 0:1
b:zin_in 0:10 1:-1 7:-2
b:zin_meer 0:5 1:-2 7:3 8:-3
b:zit_? 0:-3 3:1 5:2
b:zit_al 0:-2 1:3 3:2
b:zit_bij 1:-2 4:8 8:-2
b:zit_daar 2:-2 3:2
b:zit_dat 0:-11 2:-2 3:12 4:6 5:-1
b:zit_een 0:2 5:-1 7:4
b:zit_en 3:-1 7:-1 8:6
b:zit_er 1:7 2:-2 4:-2 5:2 8:7
b:zit_erop 0:1
b:zit_geen 0:-1 8:3
b:zit_het 5:1
b:zit_in 1:-3 3:6 8:-2
b:zit_je 0:-2 5:6 6:-3 7:6 8:6
b:zit_jij 0:-3 2:7 3:-2 5:3
b:zit_motivatie 0:7 1:-3
b:zit_nog 0:-2 3:4
b:zit_op 2:5 4:5 6:2
b:zit_u 5:2
b:zit_vaak 0:4
b:zitten_? 1:2 3:-1 4:4 8:-2
b:zitten_daar 7:-1 8:2
b:zitten_dat 0:3 1:-3 6:-2 7:-5 8:9
b:zitten_en 0:-2 3:2
b:zitten_om 0:3 1:-2
b:zo'n_doorzetter 1:5 3:-1
b:zo'n_moment 0:8 4:-4
b:zo'n_prater 0:-4 1:5 4:-1
b:zo'n_typische 0:-3 1:-2 4:7
b:zo_? 0:6 1:-3 3:-2 4:5 5:-2
b:zo_anders 0:-2 3:3
b:zo_chaotisch 1:6 4:-2
b:zo_doorgaat 0:-1 7:4
b:zo_enthousiast 1:3 2:1
b:zo_goed 0:-5 2:4 3:7
b:zo_handig 1:4 4:-2
b:zo_iemand 1:-8 2:11 3:-1 4:2
b:zo_in 0:2 8:2
b:zo_kort 0:-2 3:3 6:-1
b:zo_lang 3:1
b:zo_leuk 0:4 2:-2
b:zo_mager 1:-1 5:3
b:zo_moe 0:-1 5:3
b:zo_moeilijk 0:-9 1:9 3:1
b:zo_niet 7:2
b:zo_ondernemend 3:3 4:-2
b:zo_onzeker 1:3
b:zo_passief 0:-1 1:6 3:-2
b:zo_rommelig 1:6 3:-1
b:zo_rustig 1:-1 3:3
b:zo_simpel 1:-1 6:-1 7:4
b:zo_slecht 0:-5 1:9
b:zo_slordig 0:-3 1:5
b:zo_snel 0:-4 1:13
b:zo_snugger 1:2 8:-1
b:zo_spannend 0:1
b:zo_stil 5:1
b:zo_te 0:3 1:-1 6:-1
b:zo_vaak 0:-3 1:-2 4:-4 5:16
b:zo_veel 0:-7 1:8
b:zo_ver 0:-4 1:-1 3:10
b:zo_weinig 0:-2 1:3 5:4
b:zoals_adhd 4:-1 5:2
b:zoals_de 0:-3 3:-1 4:5
b:zoals_een 0:1
b:zoals_je 0:3 1:-1
b:zoals_jij 0:-16 1:9 3:-2 4:10 7:-1 8:2
b:zoals_thuis 0:1
b:zoals_vmbo-mbo-hbo 0:1
b:zodat_de 0:-9 1:6 3:2 6:11 7:-1
b:zodat_een 0:2
b:zodat_het 0:3 1:-2 2:4 6:1
b:zodat_ik 0:-2 5:2 6:2
b:zodat_je 0:2 2:5 5:-2 7:-2
b:zodat_we 0:-15 1:7 5:12 8:-1
b:zoek_een 0:-3 1:3 4:-1 8:3
b:zoek_eens 0:4 4:-1
b:zoek_iets 0:-2 1:-4 4:4 8:2
b:zoek_je 0:3 2:-1 4:6 5:-2 8:-2
b:zoek_jij 4:1
b:zoek_liever 0:-2 1:1 4:-1 8:3
b:zoek_maar 0:-6 1:-1 8:11
b:zoek_met 0:-2 1:5 8:-1
b:zoek_op 0:9 7:-2
b:zoek_samen 1:2
b:zoek_uit 0:4 8:-2
b:zoeken_? 0:2 1:-4 4:2 5:4 8:1
b:zoeken_de 0:3 8:-1
b:zoeken_en 0:1 7:-1
b:zoeken_het 0:4 7:-1
b:zoeken_is 0:-2 1:1 8:3
b:zoeken_met 0:1
b:zoeken_naar 1:5 8:-4
b:zoeken_waar 0:-4 1:3 4:2
b:zoeken_we 0:-3 1:3 4:4
b:zoekt_? 3:3
b:zoekt_in 0:2 1:-1
b:zoekt_u 1:-4 4:5
b:zomer_? 0:1 1:8 2:1 3:-3 5:-2
b:zomer_gaat 3:2 7:-1
b:zomer_gewoon 8:2
b:zomer_nog 0:1 1:-1 7:2 8:-2
b:zomer_op 0:-1 5:3
b:zonde_van 0:-7 2:1 3:-3 7:-2 8:22
b:zonde_zijn 0:-1 1:-1 3:-1 4:-1 7:3 8:4
b:zonder_baan 7:2
b:zonder_dat 0:14 1:-3 5:3 6:1 7:-4 8:-2
b:zonder_diploma 0:-3 7:10 8:-2
b:zonder_het 0:3 1:-1 6:-1
b:zonder_keuze 0:-2 7:7 8:-3
b:zonder_opleiding 0:-2 1:-2 4:3 7:3 8:-1
b:zonder_plan 7:8 8:-6
b:zonder_plek 5:-1 7:3
b:zonder_sommen 0:-4 1:4
b:zonder_stage 1:-2 4:-1 7:6
b:zonder_stageplek 1:-1 3:3 8:-1
b:zonder_startkwalificatie 0:2
b:zonder_te 0:2
b:zonder_veel 0:-3 1:-2 4:8
b:zorg_? 0:10 1:2 2:-2 5:-3 8:-2
b:zorg_daar 0:-1 1:2
b:zorg_dat 0:-6 2:2 5:-2 6:17 7:8 8:-2
b:zorg_en 1:2 3:5 4:-2 5:-5 6:2 7:-2 8:4
b:zorg_heb 0:1 4:2 5:-1
b:zorg_in 1:-1 4:2
b:zorg_is 0:7 1:-3 4:2 5:-3 6:-2 8:11
b:zorg_je 0:-2 1:3 2:7 3:2 5:-6
b:zorg_jij 0:-4 2:6 3:-1 5:6
b:zorg_of 0:-4 4:8
b:zorg_omdat 5:2
b:zorg_past 0:-2
b:zorg_te 0:-6 2:-1 5:8
b:zorg_vind 1:5 8:-4
b:zorg_voor 2:-1 5:3
b:zorg_werk 1:-2 8:2
b:zorgcoordinator_of 0:1
b:zorgen_dat 1:4 2:1 7:-2
b:zorgen_heb 0:3
b:zorgen_hoor 3:6 7:-5
b:zorgen_over 0:6 1:-2 7:-2
b:zorgt_er 0:-6 3:-2 5:11
b:zorgt_u 6:3
b:zorgzaam_is 2:3 4:-2
b:zou_bij 0:2 1:-2 4:2
b:zou_dan 0:8 1:-2 3:-1 4:-2
b:zou_dat 0:4 1:-3 3:9
b:zou_de 2:4
b:zou_die 0:-5 8:7
b:zou_doen 0:7 8:-4
b:zou_een 1:-2 3:2 4:2
b:zou_er 0:-5 2:6
b:zou_het 0:3 1:-2 4:-2 6:-2 8:5
b:zou_hieronder 0:3 1:-2
b:zou_ik 0:-16 1:6 4:16
b:zou_je 0:20 1:25 2:-4 3:-7 4:-6 5:-10 8:21
b:zou_jij 1:-3 2:4 3:4 4:4 5:-2 8:-3
b:zou_jou 1:1
b:zou_jouw 0:8 1:-4
b:zou_kunnen 0:3 7:-2
b:zou_passen 0:-1 1:2
b:zou_u 0:-2 1:3
b:zou_verklaren 1:-5 3:-2 5:11 8:-1
b:zou_verstandig 8:3
b:zou_vinden 0:2
b:zou_voor 0:5 1:-3 8:-2
b:zou_werken 0:-2 1:5 8:-2
b:zou_willen 0:7 1:-5
b:zou_zonde 0:-1 3:-1 4:-1 7:3 8:2
b:zouden_je 0:4 1:-1
b:zoveel_als 0:2
b:zoveel_uit 0:-2 6:7 8:-4
b:zoveel_uren 5:2
b:zulk_werk 0:2 4:-1
b:zullen_we 1:-4 4:5 5:-6 6:4 8:21
b:zullen_zijn 7:3
b:zus_deed 0:-5 1:-1 3:8
b:zus_heeft 3:4
b:zus_is 0:-1 3:5 5:-1
b:zus_koos 3:3 8:-2
b:zwaar_? 4:4
b:zwaar_mee 5:1
b:zwaar_valt 0:4 1:-2
b:zwaar_voor 0:-5 1:8 4:-2
b:zwaar_wordt 1:3
b:zwaar_zou 3:-3 4:5
b:zwaarst_? 0:3 1:-1
b:zwak_dat 0:-1 1:3
b:zwak_voor 0:3 5:-2
b:zwakke_kanten 0:2 3:-2
b:zwakke_leerling 0:-5 1:12 3:-2 4:-5
b:zwakke_plek 0:5 1:-3
b:zwakke_punt 0:-2 1:5 8:-1
b:zwakke_punten 0:-9 1:13 2:-2
b:zwanger_? 5:2
b:zwanger_of 0:-1 5:3
b:zware_periode 0:2 5:1
c:'er_ 0:-13 1:-3 2:4 3:1 4:48 8:-5
c:'ers 0:-6 1:-2 3:2 4:22 7:-3 8:-5
c:-act 6:4
c:-adv 0:2
c:-baa 0:1 4:-1 5:3 7:-1
c:-beg 0:5 6:-2
c:-beo 0:4 2:-1
c:-cij 0:-1 1:-2 2:8
c:-con 7:1
c:-dip 0:-4 2:-2 7:4 8:6
c:-dos 0:-1 6:3
c:-eis 0:-2 6:4
c:-erv 0:4
c:-eva 0:-2 6:2
c:-exa 0:3 2:-2
c:-for 6:4
c:-gem 0:-2 2:5
c:-ges 0:2 5:1 6:-3
c:-gro 0:-3 3:5
c:-hav 0:1
c:-hbo 0:1
c:-jon 1:-2 4:3
c:-kaa 0:-3 6:5
c:-ket 0:1
c:-kla 0:-2 1:1 3:2 4:1
c:-lee 0:-3 1:-5 3:3 4:18 8:-1
c:-log 6:4
c:-map 6:2
c:-mbo 0:1
c:-mod 0:-2 4:2 5:-2 6:3
c:-mom 2:-1 6:2
c:-niv 0:3
c:-ond 2:3 6:2
c:-ont 8:2
c:-opd 0:-5 2:-1 3:3 5:5 6:2 7:-1
c:-opl 0:-4 1:-4 2:7 3:3 4:7 6:-1 8:4
c:-out 0:-1 5:5
c:-ove 0:-2 5:-1 6:4
c:-per 0:3
c:-pla 0:-7 6:3 8:5
c:-ple 0:-5 1:6 3:-1 4:3 7:4 8:2
c:-por 6:1
c:-pro 0:-4 6:5 7:-4 8:8
c:-pun 0:-3 5:-4 6:12
c:-ric 0:-5 1:3 8:3
c:-rou 0:-6 1:4 6:-2 7:-1 8:12
c:-sch 3:1
c:-sta 2:-1 6:3
c:-stu 0:1 4:11 6:4
c:-toe 0:-4 1:-1 2:6
c:-tra 1:3 4:-4 5:2 8:6
c:-up_ 0:3 1:-1
c:-ure 0:-4 1:1 5:-2 6:23
c:-ver 5:6 6:-5
c:-voo 0:-2 2:1 6:2
c:-wee 0:2
c:-wer 1:-2 4:-1 5:5
c:_aan 0:17 1:10 2:-9 3:-19 4:-2 5:-13 6:6 7:9
c:_aar 2:2 7:1 8:3
c:_abs 0:-6 1:15 4:-2 8:-2
c:_acc 0:2 2:3
c:_ach 0:-11 1:6 2:8 3:22 5:-17 6:-4 7:4 8:-7
c:_act 0:-3 2:4 6:4
c:_add 0:-2 4:3
c:_adh 0:-20 1:-15 4:45 5:7 6:1 8:-4
c:_adm 0:-3 1:3 4:3 6:3
c:_adr 0:2
c:_adv 0:9 1:-4 2:2 3:-5 4:-2 5:-1 8:37
c:_af_ 0:-19 1:20 2:6 3:-8 4:-8 5:-8 6:5 8:18
c:_afb 0:3 3:-2
c:_afd 0:1 1:4 2:-1 3:3 5:-7 7:-1 8:2
c:_afg 0:3 2:-2 3:-4 4:-6 5:-4 6:17 7:10
c:_afh 0:-3 1:5 3:-1 4:4 7:1
c:_afl 0:1 6:1 7:1
c:_afm 0:-5 1:3 7:4 8:9
c:_afr 1:-1 2:-1 6:6 7:4 8:-1
c:_afs 0:-8 1:9 3:-3 4:-1 6:3 7:9 8:8
c:_aft 0:-3 5:-1 6:15 7:-4
c:_afv 0:-2 1:4 6:6 7:-2 8:-2
c:_afw 0:2 1:7 2:-2 3:4 8:-2
c:_age 0:4 6:-2 8:5
c:_akk 0:-1 8:3
c:_al_ 3:56 4:3 5:-25 6:35 7:-1 8:6
c:_alc 0:-2 1:-3 4:4 5:2
c:_alf 0:-2 4:5
c:_all 0:-6 1:18 2:-3 3:23 4:-3 5:-17 6:19 7:5
c:_als 0:25 1:-8 2:-3 3:-2 4:28 5:-16 6:7 7:20
c:_alt 0:-3 1:23 3:-7 4:12 5:-2 6:2 7:-6 8:8
c:_alu 0:3 4:-2
c:_alv 0:-1 1:2 6:-1 8:6
c:_amb 0:-3 2:1 3:7 4:3 5:-3
c:_ams 0:5 1:-2 3:-3 4:2
c:_and 0:22 1:-19 2:-11 3:28 4:-25 5:-9 6:5 7:4
c:_ang 0:-6 5:11
c:_ant 0:1 1:-4 2:4 3:-3 4:2 5:-4 6:4
c:_apa 0:-3 4:4
c:_apo 0:2
c:_app 3:2 6:1
c:_apr 0:6 1:-2 7:2
c:_arb 0:-9 2:3 4:7 5:2
c:_arc 0:3
c:_arm 0:-9 5:11
c:_art 0:1 1:-4 3:4 5:2
c:_aug 8:2
c:_aut 0:5 1:-15 3:-2 4:27 6:-2 8:-5
c:_avo 0:5 3:-2 5:1 8:6
c:_baa 0:-8 1:26 3:-4 4:13 6:-1 7:4 8:22
c:_bak 0:13 1:3 2:-1 3:-3 5:-5 6:-1 8:7
c:_bal 0:4 6:2
c:_ban 0:18 1:-5 4:1 7:3 8:-4
c:_bas 0:1 1:14 2:-4 3:3 4:-7 6:-2 7:-3 8:9
c:_bbl 0:-31 2:-5 3:3 4:8 6:-8 7:-8 8:14
c:_bea 0:3 5:-2 6:6 7:-1 8:-1
c:_bed 0:17 1:-6 2:-7 3:10 4:-2 5:5 6:-5 7:5
c:_bee 0:-5 1:7 2:3 3:-2 5:6 6:-3 7:1 8:-6
c:_beg 1:5 3:-8 4:10 5:-3 6:5 7:-8 8:6
c:_beh 1:15 2:-4 3:12 4:-7 6:2 7:-4 8:-4
c:_bei 0:-4 4:-1 5:12 8:1
c:_bek 0:29 1:-1 2:4 4:-3 5:-1 6:2 8:-3
c:_bel 0:28 1:-5 3:-3 4:5 7:18
c:_bem 0:-5 5:6
c:_ben 0:-17 1:27 3:19 4:12 5:15 6:-10 7:-18
c:_beo 0:3 1:-3 2:13 3:-3
c:_bep 1:20 2:2 3:2 4:2 5:-1 6:-6 7:-3 8:-11
c:_ber 0:18 1:12 2:-7 3:-6 5:-12 6:11 7:-10 8:2
c:_bes 0:10 1:-4 4:20 5:-17 6:-13 7:23 8:14
c:_bet 0:-9 1:-3 2:-1 3:13 4:8 5:17 6:-12 8:34
c:_bev 0:11 4:6 6:12 7:-3 8:5
c:_bew 0:11 1:-7 3:-2 4:20 5:-4 6:25 7:12 8:-5
c:_bez 0:11 1:-10 2:-3 3:7 5:-7 6:13 7:-4 8:6
c:_bie 1:8 3:-3
c:_bij 0:2 1:2 2:-3 3:10 5:7 6:-10 7:-22 8:-19
c:_bin 0:7 1:-4 2:8 3:-3 4:-6 5:-9 6:9
c:_bio 1:-1 2:5 5:-5 6:-1 8:3
c:_ble 0:16 1:-4 5:2 8:-2
c:_bli 0:4 1:13 2:-4 4:-3 5:-3 6:-7 7:11 8:25
c:_blo 0:-9 2:2 4:15 5:14 6:-2 8:-5
c:_bod 6:1
c:_boe 0:20 3:-3 4:15 5:-4 6:3 8:-2
c:_bol 0:-3 3:-1 4:2 5:2 8:4
c:_boo 0:4 1:-2 5:1 7:9 8:-2
c:_bos 0:1
c:_bou 0:1 1:-3 2:1 4:20 5:2 6:-2 7:-2
c:_bov 0:-11 1:6 2:16 4:7 5:-3 7:4
c:_bpv 0:10 3:5 4:-1 5:5 6:22 8:-3
c:_bra 0:8 1:-1
c:_bre 0:14 1:10 2:2 5:5 6:-1
c:_bri 0:2 7:3
c:_bro 0:-16 1:-6 3:28 4:-4 5:10 6:1 7:-5 8:14
c:_bru 0:9 1:5 2:1 3:-1 4:-2 8:-2
c:_bsa 0:2 6:-1
c:_bui 0:2 1:-4 2:-10 3:-8 4:3 6:-10 7:1 8:3
c:_bur 1:-2 3:-1 4:-3 5:4 7:3 8:10
c:_bus 0:3
c:_buu 1:-1 3:7 4:4 5:-5 8:4
c:_cap 0:-3 1:14 4:-2
c:_ce- 0:-3 2:5 5:-1
c:_cen 1:5 2:2 3:-1 6:-3
c:_cer 7:3
c:_cha 0:-3 1:25 4:-5 6:1 8:-3
c:_che 0:-10 2:1 5:5 6:15
c:_chr 0:-5 4:7
c:_cij 1:-3 2:70 3:2 5:-6 6:-2 8:2
c:_cit 0:-2 1:-1 2:8
c:_cli 0:3 5:-1
c:_coa 0:3 5:-1
c:_coh 0:-5 3:8
c:_col 0:13 1:4 4:-3 5:-4
c:_com 0:-6 1:4 3:-4 4:4 6:25 7:-4 8:-9
c:_con 0:19 1:16 2:3 4:-12 5:11 6:-6
c:_cre 0:-8 1:4 4:7 7:-2 8:9
c:_cul 0:-3 4:13 5:-3 8:3
c:_cur 1:3 2:-4 3:5 4:-1
c:_cv- 0:1
c:_cv_ 3:3 7:3
c:_daa 0:-20 2:4 3:13 5:-5 6:-32 7:-12 8:16
c:_dac 0:11 1:-5 8:8
c:_dag 0:22 2:-12 3:7 4:-4 5:3 6:8 7:-2 8:-5
c:_dan 0:-5 1:6 2:3 4:-4 5:-2 6:14 7:21 8:-8
c:_dap 0:7 8:-5
c:_dat 0:8 2:-2 3:13 4:-3 5:-6 7:12 8:23
c:_de_ 0:2 1:-19 2:-6 3:14 4:-10 5:-1 7:3 8:11
c:_dea 0:5 1:-3 2:-2 3:-1 4:-2 7:12
c:_dec 0:10 2:1 3:-2 4:-2 5:-2 6:8 7:-2 8:12
c:_ded 0:6 1:-2 4:-1
c:_dee 0:19 1:-7 3:18 5:-5 6:12 7:4
c:_def 0:-8 4:5 5:-2 7:8 8:6
c:_deg 0:-4 3:3 4:-3 7:4 8:1
c:_del 0:6 1:-2 3:1 4:-1 5:5
c:_dem 0:3 3:-2
c:_den 0:-9 1:10 3:5 4:22 5:-12 6:-10 7:15 8:-2
c:_dep 0:-9 1:-2 5:21
c:_der 0:-4 1:-1 3:6 5:4 6:-2 7:5 8:-3
c:_des 0:-2 3:3
c:_det 0:-5 1:8 3:1 5:-2 8:5
c:_deu 1:-6 3:-1 4:-2 5:4 6:-4 7:4 8:9
c:_dez 0:10 1:-9 3:11 4:-1 5:-12 6:15 7:8 8:-3
c:_dia 0:-7 1:-2 2:3 4:-2 5:17 6:-2
c:_dic 0:4 1:-8 2:6 3:-4 5:-12 6:-1 7:3 8:7
c:_die 0:15 1:-1 2:10 3:16 4:-22 6:-11 7:-10 8:18
c:_dig 4:3 5:-2 6:3
c:_dij 0:2
c:_din 0:16 1:30 2:8 3:-2 5:8 7:-4
c:_dip 0:4 1:-4 2:7 5:-3 6:-4 7:9 8:4
c:_dir 0:-2 1:-1 5:3 7:1 8:3
c:_dis 0:-2 1:11 7:-3 8:3
c:_dit 0:4 1:-10 2:13 3:-5 4:-2 6:21 7:10 8:-6
c:_doc 0:11 1:9 4:-1 6:-1 8:1
c:_doe 1:-12 2:5 3:11 4:5 5:-6 6:-2 7:-7 8:30
c:_dok 0:4 3:-3 4:-2 5:10
c:_dom 0:-21 1:5 2:4 4:5
c:_don 0:-5 5:3 6:-3 7:10
c:_doo 1:-12 2:9 4:-9 5:3 6:14 7:9 8:-7
c:_dor 1:-2 4:6 8:-1
c:_dos 0:-6 1:4 3:-1 4:1 5:-2 6:19 7:2 8:-1
c:_dra 0:-9 1:-3 2:2 4:2 5:2 6:-3 7:1 8:-3
c:_dri 0:-12 1:-4 2:7 3:1 4:-11 5:5 6:14 8:-7
c:_dro 1:-1 2:-3 3:-2 4:4 5:-2 6:4 7:2 8:18
c:_dru 0:10 1:-3 3:2 4:5 5:-6 8:-2
c:_dui 0:-9 1:4 2:19 4:-7 5:-5 7:10
c:_duo 0:3
c:_dur 0:21 3:4 7:-4 8:-3
c:_dus 0:-37 1:31 2:-2 3:3 4:32 5:-13 6:-2 7:12
c:_duu 1:5 6:3 7:-2 8:-3
c:_dwa 0:-3 5:5
c:_dys 0:-2 1:-14 2:3 3:2 4:42 5:-1 6:2 8:-1
c:_ech 0:15 2:-5 3:-8 4:31 5:-7 6:-5 7:19 8:2
c:_eco 0:-2 1:3 2:10 3:-5 5:-4 6:2 7:-6 8:11
c:_een 0:23 1:18 2:18 4:36 5:-7 6:-7 7:-13 8:-20
c:_eer 0:23 1:6 2:3 4:-1 5:-13 6:-6 8:22
c:_eet 0:-17 1:-1 3:-1 5:44
c:_eeu 0:-2 7:2
c:_eig 0:19 1:8 2:-10 3:-11 4:5 5:1 6:-11 7:-10
c:_ein 0:-20 1:2 2:30 3:-2 5:-2 6:2 7:32 8:-1
c:_eis 1:4 6:2
c:_ele 0:-2 3:10 4:-2
c:_elk 0:17 1:4 2:-2 4:-14 6:17 8:-8
c:_emp 0:3
c:_en_ 0:25 1:-19 2:9 4:-34 5:13 6:-5 7:7 8:-5
c:_ene 0:22 1:-3 2:-2 3:-2 4:7 5:2 8:-2
c:_eng 1:19 2:8 4:-1 5:-3 7:1 8:-7
c:_eni 0:-12 1:-4 3:22 4:-3 5:-2 6:2 8:7
c:_enk 0:5 1:4 2:-2 3:-2
c:_eno 0:4
c:_ent 1:-1 2:6 8:10
c:_er_ 0:10 1:2 2:-2 3:-8 4:-20 5:25 6:13 8:-2
c:_era 0:2 2:3 3:-2 6:-3 7:8 8:-3
c:_erb 0:4 5:1 6:4 8:-2
c:_erg 0:9 1:17 2:-2 3:9 4:-4 5:9 7:-10
c:_eri 0:7 1:-3 3:-1
c:_erm 0:2 1:8 2:-1 8:-2
c:_ern 0:9 1:-3 7:9 8:-4
c:_ero 1:-2 2:8 3:-3 5:-2 6:8 7:15 8:-5
c:_ert 0:1
c:_eru 0:7 1:5 2:-2 3:-1 5:4 7:11 8:-1
c:_erv 0:32 1:-4 2:2 4:-7 5:-8 6:-2 7:3
c:_ete 0:2 1:-3 4:-1 5:12 6:-2
c:_eve 0:-9 1:-3 2:-3 3:8 5:13 6:31 7:-7 8:9
c:_exa 0:-5 1:-6 2:13 3:-1 4:2 5:-3 7:9 8:2
c:_exc 0:2 3:-3 7:7
c:_exp 0:2
c:_ext 0:-17 1:13 2:5 4:-2 6:-2 8:2
c:_faa 0:-1 1:11 2:-2 6:1
c:_fab 0:2 8:1
c:_fal 0:13 1:-1 7:-2 8:-5
c:_fam 0:7 1:-2 2:-2 3:-2 4:15 5:1
c:_fat 0:-2 3:3 7:2 8:-1
c:_fav 0:7 8:-1
c:_feb 0:3 2:-2 6:-1 7:3
c:_fee 0:7 1:1 3:-1 5:4
c:_fei 1:8 5:-3
c:_ff_ 0:-2 6:6 7:-1
c:_fie 0:11 1:-2 5:2
c:_fij 0:-5 1:3 3:5 8:-3
c:_fil 0:8 1:-3 6:-1 8:1
c:_fin 1:-1 3:-2 5:13
c:_fix 0:7 7:4 8:-3
c:_fle 1:-3 4:6
c:_fli 0:-7 1:2 3:8 4:-2 5:5 7:4 8:-2
c:_flu 0:-4 7:7
c:_for 0:-4 6:19 8:-3
c:_fot 0:-1 5:-1 6:9 7:-2
c:_fou 0:-12 1:1 2:3 3:-2 4:3 5:-3 6:-3 7:1
c:_fra 1:4 2:5 3:-2 4:-2 5:-1
c:_ful 0:-3 5:6
c:_fun 1:10 4:1 7:-2 8:-1
c:_fys 0:-2 5:6
c:_ga_ 0:-19 1:13 2:3 3:-3 4:3 5:-10 6:-1 8:20
c:_gaa 0:-21 1:5 2:11 3:-7 4:-2 5:27 6:-7 8:9
c:_gaf 0:26 1:-1 2:-4
c:_gam 0:-8 1:-3 2:-2 3:-2 4:11 5:14 8:4
c:_gan 8:5
c:_gap 0:-1 1:-3 5:2 8:4
c:_gar 0:3 3:3 7:2 8:-2
c:_gas 0:8 1:3 3:-4 5:-2
c:_gat 0:-2 1:2 2:11 7:3
c:_gav 0:1
c:_geb 0:-6 1:13 2:2 3:-6 4:-9 5:21 6:-3 7:9
c:_ged 0:5 1:-14 2:-16 3:2 5:-11 6:6 7:-11
c:_gee 1:24 2:-13 4:7 5:-12 6:-17 7:33 8:-3
c:_gef 0:6 2:1
c:_geg 0:-1 1:7 3:3 4:-1 5:-1 8:7
c:_geh 0:4 1:7 2:11 4:-2 5:-4 6:6 7:-2
c:_gek 0:-9 1:-7 2:-3 4:4 5:-7 6:2 7:14 8:5
c:_gel 0:22 2:-5 3:-11 4:18 5:2 6:3 7:-2
c:_gem 0:-14 1:-15 2:26 3:7 5:-16 6:5 7:1 8:-4
c:_gen 0:-11 3:-9 4:-3 5:7 6:1 7:-7 8:8
c:_gep 0:6 1:-2 6:4 7:-1
c:_ger 0:9 2:-6 3:-8 4:-9 5:1 6:4 7:-12 8:2
c:_ges 0:27 1:-7 3:-7 4:-1 5:4 6:21 7:10 8:-2
c:_get 0:-5 2:4 5:-1 6:6 7:11 8:-2
c:_geu 5:-2 6:6
c:_gev 1:9 2:-4 3:4 4:-7 6:22 7:9 8:-4
c:_gew 0:18 1:4 2:-10 3:-5 4:2 6:-9 7:-5 8:17
c:_gez 0:-2 1:-2 3:2 5:24 7:-7 8:5
c:_gin 0:16 1:-8 3:11 4:-4 6:3 7:-2
c:_gl_ 1:6 2:2 7:-3
c:_gli 0:7 6:-2
c:_goe 0:11 1:-5 2:1 3:-5 4:5 5:-18 6:-15 8:2
c:_gok 0:2
c:_gou 1:5 4:-3 5:-1
c:_gra 0:43 1:-7 2:-1 4:9 5:10 6:6 7:-6 8:-3
c:_gre 0:-3 1:5 2:5
c:_gri 0:-1 1:-4 4:9
c:_gro 0:-2 1:-2 2:-3 3:40 4:2 5:-6 6:4
c:_gym 0:-8 4:16 5:4 8:-3
c:_haa 0:-62 2:2 4:-30 5:2 6:-28 7:4 8:-20
c:_had 0:15 1:-11 2:11 3:14 4:-2 5:-7 7:-1
c:_hak 0:2 3:-1 4:2 5:-3 6:-2 7:9 8:-3
c:_hal 0:-10 2:20 3:5 4:2 5:-3 6:3 7:-3
c:_han 0:-21 1:-10 2:-4 4:23 5:-19 6:6 8:5
c:_har 0:6 3:6 4:1 5:-3 7:6 8:-5
c:_hav 0:4 1:-2 3:15 4:36 5:-4 8:31
c:_hbo 0:6 1:-5 3:6 4:14 5:-3 6:-4 7:-8 8:26
c:_he_ 1:6 2:3 3:-3 5:7 8:1
c:_heb 0:-12 1:-11 2:-2 4:9 5:7 6:34
c:_hee 0:-2 1:-3 2:-4 3:23 4:-3 5:15 7:6
c:_hel 0:41 1:11 2:-1 3:7 4:-4 5:9 6:-3 8:-3
c:_hem 0:-2 1:13 2:-2 3:3 4:8 5:-8 6:-2 8:13
c:_hen 0:-3 3:11 5:2 8:-2
c:_her 0:-7 1:-3 2:18 3:-3 4:18 6:2 7:4 8:-1
c:_het 0:3 1:-3 2:-4 3:7 4:-6 6:17 7:-4 8:3
c:_hie 0:31 1:-10 3:4 5:4 6:11 7:-4 8:-2
c:_hij 0:-29 1:12 3:5 4:-18 5:-6 6:-15
c:_hob 6:-1 7:-1 8:11
c:_hoe 0:27 2:44 4:-18 5:11 7:-15 8:-23
c:_hog 0:-11 1:-2 2:14 3:2 4:5 5:-1 7:-1 8:3
c:_hoo 0:-4 1:2 2:-12 4:21 5:9 6:-16 7:-11 8:18
c:_hop 1:3 3:-1
c:_hor 0:4 1:15 3:-5 4:27 5:-2 7:5 8:-9
c:_hot 0:7 4:-1
c:_hou 0:-21 1:20 2:-2 4:15 5:3 6:-4 7:-1 8:6
c:_hui 0:5 1:-2 3:-3 5:12 7:3 8:4
c:_hul 0:18 1:4 2:1 3:3
c:_hun 0:6 1:-3 2:3 3:23 4:9 5:-5 8:-3
c:_huu 0:-3 5:9
c:_ict 0:4 1:-5 3:-2 4:17 5:2 6:-2 7:-3 8:15
c:_ide 0:23 1:4 4:6 5:-3 7:-6 8:5
c:_ied 0:11 3:12 4:-7 6:2 7:11 8:-3
c:_iem 0:12 1:8 2:4 3:-9 4:-7 6:-5 7:-3
c:_iet 0:16 1:11 2:-3 3:2 4:13 5:-5 7:-15 8:-2
c:_ig_ 0:-1 8:2
c:_ijs 8:1
c:_ik_ 0:-1 1:-6 4:-1 5:23 6:28 7:31 8:63
c:_imp 0:2 5:-2
c:_in_ 0:14 1:-5 2:-13 3:-6 4:2 5:2 6:1 7:-13
c:_ind 0:9 1:4 8:-2
c:_ine 0:2 5:-1
c:_inf 0:14 1:-7 2:-2 3:1 4:4 6:-3 7:2 8:-2
c:_ing 0:-5 1:-8 3:18 6:11 7:18 8:-9
c:_inh 0:-8 1:2 2:4 3:6 6:7
c:_ini 0:-7 1:16 3:-2 5:-1
c:_inl 0:-2 1:-3 3:2 4:-2 5:3 6:2 7:3 8:-1
c:_inm 2:-4 5:-4 6:10
c:_ins 0:-8 1:10 3:-4 4:-2 6:9 7:9 8:5
c:_int 0:31 1:3 2:-6 3:3 4:-5 5:-2 6:5 8:-8
c:_inv 0:-9 5:14 6:15 8:-2
c:_inz 0:2 1:15 2:-1 3:2 5:-3 8:-2
c:_is_ 0:-9 1:15 2:-8 3:-14 5:10 6:23 7:-4 8:20
c:_isk 0:-4 1:-2 3:5 4:4 8:-1
c:_ja_ 0:-5 2:2 5:-2 6:5
c:_jaa 1:-6 3:30 4:-13 5:-8 6:6 7:20
c:_jam 1:4 8:-2
c:_jan 6:-1 7:9 8:-5
c:_jar 0:-4 1:2 7:7 8:-1
c:_je_ 0:-3 1:-26 3:-14 4:-27 5:18 6:9 7:10 8:6
c:_jeu 5:9 6:-6
c:_jez 0:4 1:7 2:1 3:-4 4:2 6:-4 7:-4 8:-1
c:_jij 1:12 2:-10 3:59 4:20 5:-15 6:-23 7:-6 8:11
c:_jon 0:-6 1:-5 2:2 4:40 5:-1 6:2 7:4 8:-4
c:_jou 1:31 2:-14 3:35 4:15 5:-16 6:-20 7:-13 8:27
c:_jui 0:27 1:-3 2:2 3:-3 6:1 7:-1 8:12
c:_jul 0:-8 1:-7 3:11 4:7 5:22 6:2 7:-3 8:-7
c:_jun 0:-3 2:6 7:3 8:-2
c:_jur 4:-2 8:4
c:_kaa 0:1 1:3 2:1
c:_kad 0:-7 1:4 3:-2 4:8 8:3
c:_kam 0:-1 4:-1 5:8
c:_kan 0:32 1:17 2:-5 3:-6 6:10 7:22 8:-11
c:_kap 1:-2 4:5 7:-2 8:11
c:_kar 0:-2 1:-3 8:9
c:_kas 0:2 1:3 5:-1 8:-1
c:_kee 0:1 1:12 3:2 4:-8 5:-6 7:13 8:-12
c:_ken 0:47 1:4 2:6 4:4 5:-3 7:-6 8:-7
c:_ker 0:5 1:-3 2:4 3:-3 5:-5 6:8 7:13 8:-9
c:_keu 0:34 1:-15 2:-9 3:10 4:-3 5:-6 6:1 7:17
c:_kie 0:-6 2:-8 3:2 4:11 5:-7 6:-7 7:27 8:27
c:_kij 0:17 1:2 3:12 4:8 5:-3 7:-12 8:-2
c:_kin 0:-11 3:2 4:25 6:-5 7:-3 8:14
c:_kla 0:1 1:-14 2:-12 3:61 4:3 5:-13 6:11 7:-7
c:_kle 0:3 1:1 2:-2 3:-5 5:5 6:-6
c:_kli 0:9 1:-1 4:-6 6:13 7:-2 8:8
c:_klo 1:-3 3:-6 4:3 5:-8 7:11 8:-12
c:_klu 0:20 5:-2 8:1
c:_kna 0:10 7:-2 8:-2
c:_kno 0:-8 7:8 8:4
c:_koe 0:1
c:_kok 0:-1 1:9 2:2 6:2 8:17
c:_kom 0:-11 1:12 2:12 4:17 5:-4 7:11 8:-2
c:_kon 0:6 1:-2 3:-1
c:_koo 0:7 1:-3 2:-5 3:7 4:-2 7:-4 8:5
c:_kop 1:-6 3:4 4:-1 5:7 6:11 7:-2 8:-3
c:_kor 0:-12 1:22 2:-4 5:2 6:14 7:-5 8:-5
c:_kos 0:4 1:-2 5:4 7:12 8:-2
c:_koz 0:-3 3:1 8:4
c:_kra 0:2 4:4 6:-3
c:_kre 0:5 1:-3 2:6 3:1 5:-1
c:_kri 0:-1 1:8 2:5 3:-7 4:-6 5:7 6:-2 7:13
c:_kru 0:-6 6:16 7:-3 8:-5
c:_kun 0:-8 1:29 2:-2 4:-13 5:11 6:-10 7:10 8:18
c:_kwa 0:23 1:11 3:6 4:-2 5:-4 6:11 8:-10
c:_kwi 1:14 4:-2 5:2 7:6
c:_laa 0:-28 1:-5 2:13 4:-5 5:3 6:-2 7:11 8:7
c:_lab 0:3 8:2
c:_lad 0:4
c:_lag 0:-10 1:7 2:2 3:7 5:-1 8:1
c:_lan 0:-11 1:2 2:-7 3:-1 4:7 5:4 7:26 8:-8
c:_lap 0:1 5:2
c:_las 0:8 1:22 3:-4 4:9 5:17 6:-2 8:-7
c:_lat 0:8 1:5 2:3 3:-11 4:-5 5:-18 7:-3 8:20
c:_law 0:2
c:_lee 0:21 2:-5 3:24 4:-19 5:-3 6:-3 8:13
c:_lef 0:2
c:_leg 0:5 1:1 3:8 4:-5 5:-3 6:-2 7:4 8:-7
c:_lei 0:5 1:9 3:-1 5:-1
c:_lek 0:-4 1:2 4:-1 5:1 7:-1 8:7
c:_len 0:4 5:4 6:-1
c:_ler 0:8 1:5 2:-6 3:13 4:11 5:-5 6:-2 7:-4
c:_les 0:16 1:4 2:2 3:2 5:-2 7:-1 8:-2
c:_let 0:-11 1:2 5:9 7:2
c:_leu 0:20 1:7 2:-3 3:-5 4:6 6:-2 7:7
c:_lev 0:-9 1:-4 2:3 3:-3 4:-2 6:7 7:16 8:2
c:_lez 0:-10 1:15 4:7 5:-1 7:-2
c:_lic 0:-13 1:9 3:10 4:-6 5:10
c:_lie 0:28 1:5 3:-6 4:5 5:-5 7:-3 8:21
c:_lig 0:-20 1:4 2:-3 3:3 4:5 5:3 6:-13 8:-2
c:_lij 0:14 1:-3 4:5 6:8 7:-1 8:4
c:_lin 0:-2 1:9 3:-1 8:-1
c:_lis 0:-8 1:-5 3:20
c:_ll_ 0:-4 1:5
c:_lo_ 0:1 1:2 2:-1 3:1
c:_lob 0:-18 2:-11 3:5 4:2 5:4 6:77 7:-7 8:-1
c:_loc 0:2
c:_loe 0:-1 1:-3 7:4
c:_log 0:-3 1:-3 4:4 5:3 6:-1 7:2 8:11
c:_lon 0:-1 1:5 4:-2 8:-1
c:_loo 0:-2 1:6 3:4 4:-8 6:12 8:-7
c:_lop 0:8 1:-2 3:4 6:1
c:_los 0:18 1:3 2:-10 8:4
c:_lot 3:2
c:_luc 0:-1 1:-2 4:-4 8:9
c:_lui 0:14 2:6 3:-2 4:12 5:-2 8:-1
c:_luk 0:1 1:21 2:-1 3:3 4:-9 5:1 6:-1 8:-3
c:_maa 0:10 1:10 2:-12 3:-2 4:-15 5:-16 7:33 8:12
c:_mac 0:5 1:4 3:-4 4:-1 8:-1
c:_mag 0:10 1:-7 2:5 3:-8 4:-3 5:1 7:5 8:-16
c:_mai 0:-3 6:2 7:6
c:_mak 1:-5 2:2 4:-4 6:-1 7:2
c:_man 0:6 3:-3 5:8 6:-2
c:_map 6:8 8:-2
c:_mar 0:5 1:3 3:-1 4:13 5:-2 8:-4
c:_mas 2:1
c:_mat 0:-5 1:6 2:10
c:_mav 0:-1 3:-3 4:7 8:4
c:_mbo 1:-3 2:7 3:6 4:18 5:-4 6:-1 7:-3 8:20
c:_me_ 0:8 1:2 2:-2 3:-6 5:-4 6:4 7:-7 8:1
c:_med 0:-6 1:-6 3:23 4:-5 5:28 7:2 8:4
c:_mee 0:26 1:-20 2:-18 3:6 4:20 5:-3 8:-7
c:_mei 0:13 1:-4 3:-3 4:79 6:3 7:22 8:-5
c:_mel 0:-12 1:-2 3:-2 6:6 7:13 8:12
c:_men 0:30 1:-7 3:5 4:-3 6:3 7:-3 8:-3
c:_mer 0:36 1:-9 2:-2 3:1 5:6 7:-3 8:-2
c:_met 0:-6 1:11 3:-6 4:7 5:8 6:-11 7:-7 8:11
c:_mid 4:-1 5:4 8:-1
c:_mig 0:-8 4:12
c:_mij 0:-10 1:-2 4:-5 5:6 6:14 7:16 8:35
c:_mik 0:-10 1:-3 2:6 3:3 4:2 8:-1
c:_mil 0:-2 3:3
c:_min 0:-26 1:9 2:1 3:6 5:-11 7:-10 8:-10
c:_mis 1:69 3:-8 4:4 5:1 6:-3 7:18 8:-18
c:_moc 0:8 4:-2
c:_mod 2:8 3:-1 5:-2 7:-2 8:5
c:_moe 0:-21 1:22 3:-12 4:-7 5:29 6:9 7:10 8:-4
c:_mog 0:11 1:-3 2:9 5:-2 7:-3 8:-5
c:_mom 0:14 2:9 4:-2 5:14 6:-2 7:8 8:-3
c:_mon 0:3 1:2 5:-3 8:7
c:_moo 0:18 3:3 4:3 5:2 8:-1
c:_mor 0:-8 3:-2 7:20 8:-1
c:_mos 0:-6 1:-8 4:25 5:-2 8:-5
c:_mot 0:16 1:8 2:-2 3:4 4:-6 5:-5 6:2 8:-11
c:_muz 0:2 1:-4 2:5 3:3 8:8
c:_na_ 0:6 2:-4 3:5 4:-6 6:-5 7:2 8:27
c:_naa 0:4 1:-10 2:4 3:20 5:2 6:-13 7:-6 8:-2
c:_nac 0:19 2:-2 4:-4 5:28
c:_nad 0:10 1:2 2:-2 4:1 5:-1 8:-7
c:_nag 0:7 1:-1 2:1 4:4 5:-7 6:-1 8:-2
c:_naj 0:2 1:-1
c:_nam 0:9 1:-2 2:4 3:-6 4:-3 5:3 6:1 8:-2
c:_nat 0:6 1:-1 2:4 3:5 4:27 5:-1 7:-3 8:-4
c:_nau 1:6 2:-3 3:4 4:1
c:_ned 0:-10 1:16 2:3 4:3 5:2 6:-4 7:-9 8:-5
c:_nee 0:-2 1:-14 3:16 4:-5 5:6 7:-7 8:8
c:_neg 0:-3 1:-4 2:4 3:2 4:4 7:4 8:-3
c:_nem 0:-7 1:14 2:-1 7:2 8:22
c:_ner 0:-9 1:10 3:1 4:-5 7:11 8:-3
c:_net 0:9 1:-7 2:9 3:16 4:-2 5:-5 6:-3 7:2
c:_nic 0:-5 1:-1 2:1 3:18 6:1 8:-1
c:_nie 0:12 2:-22 3:-6 4:12 5:-15 7:5 8:2
c:_nik 0:-13 2:-3 3:2 5:-4 6:-3 7:3 8:7
c:_niv 0:6 1:4 2:-3 3:3 5:-2 6:-4 7:-1 8:23
c:_nod 0:8 1:2 2:11 4:-7 6:5 7:-9 8:-5
c:_noe 0:24 2:3 4:3 5:-2 7:-5 8:-8
c:_nog 0:-18 1:10 2:-14 3:6 4:-20 6:16 7:24 8:-20
c:_noo 0:-10 1:33 3:-7 4:-3 5:4 7:19 8:-3
c:_nor 0:5 1:-4 3:7 7:-2
c:_not 0:-7 1:8 5:12 6:9 7:-3 8:-3
c:_nou 0:-8 1:11 3:7 4:-3 6:-1 7:-2 8:16
c:_nt_ 8:3
c:_nu_ 0:12 1:1 3:-14 4:-4 5:-1 6:2 7:39 8:-15
c:_nul 0:-3 3:2 7:2
c:_num 0:7 7:1
c:_nut 0:4
c:_obs 0:1
c:_och 0:5 1:-1 5:1
c:_oef 0:6 2:7
c:_of_ 0:45 1:-23 2:6 3:-7 4:12 5:48 6:-4 8:-33
c:_off 0:3 7:-1
c:_oke 0:-2 1:5 2:1 7:-2 8:11
c:_om_ 0:41 2:26 3:25 4:-12 5:15 6:-2 7:-3
c:_oma 0:-5 1:-2 5:11
c:_omd 0:-10 1:16 2:2 3:-1 4:27 5:18 8:-12
c:_omg 0:13 1:3 2:-1 4:-2 5:-4
c:_omh 0:-13 1:-1 2:22
c:_oml 0:-7 2:9
c:_oms 1:-1 6:4 8:1
c:_omw 0:6 1:-1 7:-4 8:3
c:_ond 1:5 2:-9 3:7 4:7 5:-14 6:11 7:-19
c:_ong 0:-11 1:17 4:1 5:15 8:2
c:_onh 0:-6 1:21 4:-2 6:1 7:1 8:-1
c:_onl 0:8 1:-3 4:-1 5:4
c:_onr 5:1
c:_ons 0:-3 6:4 8:23
c:_ont 0:16 1:3 2:-8 4:-5 5:13 6:19 7:-7 8:-7
c:_onv 0:-9 2:14 6:-3 7:4 8:4
c:_onz 0:-6 1:10 3:12 4:2 8:-5
c:_ooi 0:3 1:10 4:-2 5:-3
c:_ook 0:24 2:-4 3:29 4:18 5:11 6:-8 7:-4 8:-3
c:_oom 0:5 5:-1 8:3
c:_oor 0:-2 2:3 5:3
c:_op_ 0:2 2:12 3:11 4:-3 5:-8 6:8 8:-14
c:_opa 0:-4 5:10
c:_opb 0:2 2:-1 5:2
c:_opd 0:6 1:2 2:6 3:-2 4:-3 5:-3 6:13 7:-2
c:_ope 0:14 1:-8 3:10 4:-10 5:-3 6:14 7:-11 8:7
c:_opg 0:14 1:17 5:-1 6:-2 7:-1 8:5
c:_oph 2:7 5:-2
c:_opk 0:2 2:5 8:-2
c:_opl 0:19 1:9 2:-7 4:-4 5:-2 6:-11 7:6 8:2
c:_opm 0:2
c:_opn 0:3 7:4 8:-1
c:_opp 0:8 1:6 3:-3 4:-3
c:_ops 0:-3 1:2 6:13 7:3 8:-5
c:_opt 0:4 2:2 4:3 6:-1 7:-2 8:5
c:_opv 0:-7 1:15 2:1 3:4 4:-2 5:8 7:-1
c:_opz 0:-2 1:-1 2:-4 3:12
c:_ord 1:1 3:3 6:2 8:-1
c:_org 0:1 1:3 8:-2
c:_ori 2:-1 5:4 6:-3 8:-2
c:_oud 0:9 1:-10 2:-13 3:-9 5:18 6:-5 7:7 8:2
c:_ove 0:8 1:-14 2:16 3:-25 5:2 6:-17 7:2 8:-10
c:_paa 0:5 1:-3 3:-2 4:4
c:_pab 0:-3 1:2 2:8 3:-1 7:-1 8:12
c:_pad 0:1
c:_pak 0:-8 1:-5 2:18 3:5 5:4 7:-2 8:4
c:_pan 0:-6 5:12 6:-2
c:_pap 7:4 8:-2
c:_par 0:-1 1:-3 3:2 4:-2 5:9 6:11
c:_pas 0:-2 1:4 2:6 3:-14 4:8 6:-1 7:-15 8:12
c:_pec 0:-3 7:5
c:_ped 0:-3 1:-1 4:2 8:4
c:_per 0:4 1:-6 2:27 3:-8 4:-3 5:4 6:4 7:-4
c:_pie 0:-4 1:9 3:-2 5:1
c:_pij 0:-6 2:3 5:10
c:_pik 0:-1 1:2 3:3
c:_pil 0:-7 1:-2 5:19 6:-1 8:3
c:_pit 8:8
c:_pla 1:4 2:-8 3:-4 4:-14 5:2 6:4 7:-3 8:5
c:_ple 0:22 1:-8 2:-4 4:7 5:-2 6:-2 7:29 8:6
c:_plo 0:3
c:_pod 0:3
c:_pog 0:3 1:-1
c:_pol 0:-7 1:-5 3:4 4:2 5:-1 7:-1 8:16
c:_poo 0:-6 4:8
c:_por 0:-1 1:-2 3:12 4:3 6:24 7:4
c:_pos 1:-2 2:2 7:3 8:-1
c:_pra 0:27 1:19 4:-1 5:-2 6:6 7:-10 8:-2
c:_pre 0:3 2:-6 3:11 4:-4 5:7 6:-2 8:-3
c:_pri 0:7 2:-2 4:-4 5:3 6:-1 7:-3 8:5
c:_pro 0:10 1:14 2:6 3:-10 4:-13 5:-11 6:7 7:-4
c:_psy 0:-13 1:-3 2:-2 5:27 7:-2 8:4
c:_pta 0:-4 2:10
c:_pun 0:-15 1:14 2:36 3:-1 4:1 7:-2 8:7
c:_puz 0:8 1:-2
c:_qom 0:-1 6:4
c:_qua 0:-3 1:9 2:2 8:-2
c:_raa 0:10 1:7 3:-4 4:-1 8:10
c:_rad 4:-1 7:-2 8:4
c:_rak 0:7 1:-3
c:_ram 0:1 1:5 4:-3 8:-1
c:_ran 0:-4 1:-1 2:2 3:6 4:7
c:_rap 0:-9 2:33 4:-1 5:-3 6:1
c:_rea 0:6 1:-3 4:2 5:-4 6:-3 7:2 8:3
c:_rec 0:1 1:-4 4:8 5:-4 6:-4 7:-18 8:16
c:_red 0:-11 1:11 3:-3 4:10 5:4 6:-2 7:3 8:-12
c:_ref 0:-6 1:-2 2:-2 3:3 6:21 7:2
c:_reg 0:-7 1:5 5:-2 6:3 7:3 8:4
c:_rei 0:2 1:2 4:-2 7:-2 8:5
c:_rek 0:-21 1:14 2:14 3:-7 5:1 6:-10 7:8 8:-18
c:_rel 5:5
c:_ren 0:5 3:-1
c:_rep 0:-6 1:10 5:-2
c:_res 0:3 1:-5 2:4 3:11 4:-4 5:-8 6:1 8:-6
c:_ric 0:13 2:-9 5:-9 6:-7 7:-4 8:10
c:_rij 0:23 1:-2 2:11 3:4 4:-4 5:8 7:-2 8:-4
c:_ris 0:11 1:6 3:-1 4:-1 5:-1
c:_rit 0:4 4:-3
c:_roc 0:-2 1:1 3:1 6:-2 7:5 8:6
c:_rod 1:-1 2:4
c:_roe 8:3
c:_rol 0:6 1:4 3:-3 4:2 5:-1 8:-2
c:_rom 0:-2 1:10 3:-2 6:4
c:_ron 0:7 1:-6 2:-3 3:3 4:-3 5:6 6:8 7:-8
c:_roo 0:-7 2:4 5:5 6:5 7:-1
c:_rot 0:4 1:-2
c:_rou 0:33 1:3 3:-3 5:-1 7:-7 8:5
c:_rug 0:6 1:-1 3:-1 4:-3 5:9
c:_rui 0:9 1:-2 2:3 3:2 5:-2 6:-2 7:7 8:-3
c:_rus 0:-5 1:5 2:-4 3:6 4:5 5:6 6:-3 7:-8
c:_ruz 0:-9 5:13 8:-2
c:_sal 0:6 4:3 5:4 8:-1
c:_sam 0:25 1:12 2:6 4:-6 5:7 6:-7 7:-9 8:-11
c:_san 0:-5 1:-2 2:1 3:21 6:-1 7:1
c:_sch 0:4 1:16 3:-19 4:-17 5:19 6:-7 7:18
c:_sco 0:-23 1:-8 2:40 3:8 4:-1 5:-1 6:1 7:2
c:_se' 0:-2 2:3
c:_se- 0:-3 1:-2 2:13
c:_se_ 0:-1 2:1 3:1
c:_sec 0:-6 1:3 4:-4 5:-3 6:3 7:7 8:6
c:_sel 0:5
c:_sem 0:-2 1:3 3:2
c:_sep 0:-4 1:5 5:-2 8:4
c:_ser 0:8 3:2 4:7 7:-4
c:_sfe 0:7 1:-1 3:-2 5:2 8:-2
c:_sim 0:-4 1:3 3:-1 4:4 6:-5 8:6
c:_sin 0:-3 1:-1 2:4 3:-1 5:16
c:_sit 0:10 6:-3
c:_sja 0:-1 1:-4 6:2 7:8
c:_sla 0:-9 1:-7 3:8 4:-4 5:41 6:4 7:-2 8:2
c:_slb 0:6 6:-1
c:_sle 0:-17 1:38 2:10 3:-5 4:-4 5:2 6:2
c:_sli 0:-9 1:-5 2:-2 3:5 4:7 5:19 6:-2 8:5
c:_slo 0:-8 1:37 3:1 5:-2 6:1 8:-12
c:_slu 0:-5 1:-2 5:-2 6:6 7:14 8:7
c:_sma 0:3 5:-1
c:_sna 0:-6 1:26 3:-2 5:6 7:-2 8:-10
c:_sne 0:-24 1:29 2:-3 3:6 5:-8 6:3 7:11 8:-13
c:_snu 0:7 1:2 2:-4 4:2 5:-3 6:9 7:-1 8:-2
c:_soc 1:5 3:-2 4:-1
c:_sol 1:12 3:4 4:-2 5:-2 7:6 8:-1
c:_som 0:34 3:-7 4:-4 5:22 7:-2 8:-5
c:_soo 0:14 1:-2 2:2 4:6 8:-4
c:_sor 0:-3 5:5 8:2
c:_spa 0:15 1:3 4:-3 5:5 6:-1 7:-1 8:1
c:_spe 0:12 1:-1 2:-1 4:-1 5:12
c:_spi 0:-1 8:2
c:_spo 0:4 1:-9 2:-4 4:6 5:8 6:-3 7:-5 8:4
c:_spr 0:20 1:-5 2:-5 3:2 4:16 5:-6 7:-5 8:3
c:_spu 0:-2 5:2
c:_sta 0:-10 2:-5 3:18 4:-24 6:35 7:-9 8:5
c:_ste 0:42 1:32 3:-6 5:-6 6:13 7:-9 8:-3
c:_sti 0:-6 2:5 4:6 5:1 6:-8 7:-10 8:-10
c:_sto 0:-2 1:-8 4:3 5:1 7:14 8:13
c:_str 0:-9 1:15 2:4 3:-9 4:2 6:-1 7:24 8:-5
c:_stu 0:-3 1:7 3:18 4:12 5:-2 6:-4 7:-10 8:16
c:_sup 0:3 6:-1 8:1
c:_sur 0:-2 4:5
c:_swi 0:3 1:-1 2:-1 4:-1 7:1 8:2
c:_sys 0:-2 4:1 5:-2 6:13 7:-2
c:_taa 0:26 1:19 2:4 5:-4 6:1 8:-3
c:_taf 5:4 6:-3 8:3
c:_tak 1:2 2:-2 6:4 7:10
c:_tal 0:16 3:-3 4:16 8:7
c:_tan 0:1 4:-2 5:3
c:_te_ 0:-13 1:20 2:5 3:-18 4:-17 5:4 6:-8 7:3
c:_tea 0:5 1:-2 3:-5 4:-2 5:-1 7:10 8:12
c:_tec 0:3 1:13 3:-2 4:7 5:-7 6:-2 7:-6 8:14
c:_teg 0:20 1:6 3:2 4:-9 5:-5 6:-5 7:6 8:-2
c:_tek 0:-16 1:36 2:16 4:-4 5:-9 6:5 8:-5
c:_tel 0:-15 1:3 2:7 3:-5 4:-4 5:3 6:24 8:-6
c:_tem 0:9 1:10 2:-2 3:2 5:-1 7:4 8:-4
c:_ten 0:-5 2:-3 3:16
c:_ter 0:25 2:-8 4:3 5:-7 6:5 8:-8
c:_tes 0:-1 6:2
c:_tev 0:-3 1:-5 2:11 5:7 6:9 7:2 8:-1
c:_the 0:-6 1:16 2:2 3:-2 4:3 5:6 7:-4
c:_thu 0:3 1:-14 2:-7 3:-7 4:8 5:42 6:-10 8:2
c:_tie 0:4 2:8 3:2
c:_tij 0:26 1:2 2:-8 3:-16 4:-10 5:15 6:-7 7:11
c:_tik 0:-10 2:1 4:1 6:-2 7:27 8:-4
c:_til 0:4 1:-3 2:6 4:-3 5:1
c:_tim 0:3 8:2
c:_tip 0:5 1:-3 2:5 3:4 6:-1 7:-1
c:_tl' 0:-2 1:-1 4:11 8:-2
c:_tl- 2:-1 8:3
c:_tl_ 0:-5 1:7 2:5 7:-3 8:5
c:_toc 0:-13 2:-9 4:15 5:-5 8:10
c:_toe 0:26 1:8 2:34 3:-7 4:-8 6:-4 8:-1
c:_ton 1:1 3:1 6:6 8:-3
c:_too 0:-2 1:8
c:_top 1:1 2:6 3:11 4:-7 6:1 7:-1 8:-6
c:_tot 1:6 2:-2 3:3 4:-7 7:15
c:_tra 1:27 3:6 4:-2 5:-3 7:3
c:_tre 0:12 1:6 3:-3 4:19 5:-6 7:7
c:_tri 0:2
c:_tro 0:39 1:-4 2:-2 5:-5 6:-2 7:2
c:_tur 0:-3 4:9 5:-2
c:_tus 0:-1 1:-7 2:3 3:-3 4:-5 5:4 8:18
c:_twe 2:-1 3:12 4:-12 5:-12 6:6 7:10 8:-3
c:_twi 0:16 1:-9 2:-4 3:10 4:-3 7:20 8:17
c:_typ 0:-7 1:-2 2:1 3:-3 4:48 5:-2 6:5 8:3
c:_uit 0:23 1:-19 2:9 4:14 5:-5 6:-4 7:12 8:-8
c:_uni 0:-4 1:3 3:6 4:9 7:-3 8:7
c:_upl 0:-5 6:12 7:-4
c:_ure 0:3 1:-2 2:-1 6:24 7:-3
c:_utr 4:2
c:_uur 1:2 2:-2 3:-2 4:-2 5:21 6:2 7:10 8:-4
c:_uw_ 0:-17 1:-9 3:2 4:-2 5:17 6:7 7:9 8:-2
c:_vaa 0:11 1:20 3:-6 4:44 5:26 8:-2
c:_vac 0:3 4:-1
c:_vad 0:-14 1:-11 2:-2 3:3 4:7 5:20 7:-5 8:6
c:_vak 0:13 1:6 2:33 3:-7 5:-14 6:3 7:-10 8:-10
c:_val 0:-18 1:18 2:8 4:-3 5:-2 6:-4 8:3
c:_van 0:14 1:-26 3:15 4:-10 6:8 7:3 8:-31
c:_var 0:-2 6:-2 7:-1 8:13
c:_vas 0:-9 1:5 3:-4 4:37 7:-3 8:-10
c:_vat 0:4
c:_vee 0:4 2:-12 3:-2 4:17 5:6 6:-11 7:-13 8:8
c:_vei 0:-6 1:-2 4:1 7:-2 8:17
c:_vel 1:-2 4:-1 5:2 6:12 7:-2 8:-3
c:_ver 0:20 1:6 2:-16 3:5 4:-31 5:15 6:-20 7:-6
c:_via 0:6 4:-2 5:-1 6:4
c:_vie 0:21 3:10 4:11 5:-3 6:-3 7:5
c:_vij 0:15 1:-3 2:-1 3:7 4:8 6:22 8:-3
c:_vin 0:21 1:-2 2:-15 4:17 5:-19 6:3 7:-3 8:9
c:_vis 3:-3 7:6
c:_vla 0:-5 1:8 3:3
c:_vlo 0:4 3:1 5:-2 6:4 8:2
c:_vlu 0:-10 1:-2 4:8 5:13 8:-1
c:_vmb 1:-4 4:28 5:2 8:-4
c:_voe 0:39 1:-5 2:-8 3:7 5:12 7:-8 8:-5
c:_vol 1:1 2:11 3:-11 4:-15 5:-19 6:28 8:-5
c:_von 0:44 1:-5 2:-8 5:-2 7:1
c:_voo 0:-12 2:16 3:-10 4:7 5:-11 7:5
c:_vor 0:20 1:-3 3:24 6:5 7:-4 8:-7
c:_vra 0:30 1:13 3:-3 4:-7 5:13 6:4 7:-16 8:-12
c:_vri 0:8 1:-12 3:19 4:-9 5:-7 6:10 7:9 8:-6
c:_vro 0:14 2:-2 4:16 7:-2 8:-9
c:_vso 0:-11 1:-3 4:19 8:-1
c:_vul 0:-3 1:-2 2:-1 5:4 6:15 8:-1
c:_vwo 0:-7 3:9 4:15 5:-3 6:-2 7:-5 8:13
c:_waa 0:43 1:48 3:25 4:3 5:-7 6:-26 7:-11 8:-9
c:_wac 0:-7 1:-5 4:3 6:1 7:44 8:2
c:_wak 0:2 5:3
c:_wan 0:5 1:-2 3:-6 4:-3 5:-2 6:12 7:22 8:4
c:_war 0:7 1:-2 2:2 3:9 4:-2
c:_was 0:34 1:-2 2:6 3:5 4:-2 5:-3 7:-4 8:4
c:_wat 0:42 1:24 2:7 3:5 5:-20 6:-8 7:-16 8:-15
c:_we_ 0:-19 1:12 2:2 3:-24 4:-13 5:7 7:-29 8:20
c:_web 0:3
c:_wed 0:3 3:-1
c:_wee 0:13 1:-18 2:-2 4:-1 5:14 6:6 7:46 8:-8
c:_weg 1:9 2:20 3:-5 4:4 7:6
c:_wei 0:-14 1:35 2:-1 3:-3 4:10 5:3 6:-4
c:_wek 0:9 1:-2 2:1 3:-3 5:-1 6:-3 7:21
c:_wel 0:6 1:19 2:12 3:-10 4:3 6:-23 7:-19 8:-11
c:_wen 0:4 1:1 5:-1 8:-1
c:_wer 0:35 1:23 2:-14 4:3 6:-12 7:-2 8:15
c:_wet 0:12 2:2 3:-1 4:-1 5:20 6:-5 7:-3 8:2
c:_wez 0:6 1:-1 4:-2
c:_wie 0:31 1:-1 3:19 5:7 6:-2 7:45 8:-8
c:_wij 0:7 1:-2 3:-2 6:-2 7:4 8:10
c:_wil 0:29 1:-3 4:29 5:8 6:-7 7:13 8:-6
c:_win 0:7 1:-2 2:3 3:-2 5:-2 8:3
c:_wis 1:-6 2:7 3:3 4:-3 6:-1 7:-3 8:10
c:_wo- 0:3 4:1
c:_wo_ 0:-4 1:5 2:2 8:2
c:_woe 0:-1 7:9 8:-6
c:_won 0:2 2:2 5:2
c:_woo 1:9 3:-2 4:-3 5:26 6:3 7:-2 8:-3
c:_wor 0:-23 1:3 2:-2 3:-11 4:5 6:-8 7:26 8:41
c:_z'n 0:-2 3:2 7:3
c:_zaa 0:1 3:-2 4:8 5:-1
c:_zag 0:28 1:-3 2:2 3:-2 5:2 8:-6
c:_zak 0:-4 2:1 4:-1 5:2 6:-1 7:-1
c:_zal 0:-2 1:-4 4:8
c:_zat 2:-1 3:5 5:2
c:_ze_ 0:5 1:12 2:-8 3:16 4:-4 5:9 6:-7 8:-9
c:_zee 0:6 7:-1
c:_zeg 0:10 1:-2 2:20 3:-1 4:-4 5:9 6:-4 7:6
c:_zei 0:29 1:-9 2:6 6:2 8:-1
c:_zek 1:-6 2:-3 4:3 5:2 8:14
c:_zel 0:29 1:21 2:-14 3:5 4:7 6:-15 8:-18
c:_zen 0:1
c:_zes 0:-10 1:-1 2:10 3:12 5:-4 6:5
c:_zet 0:-7 1:8 3:12 4:-8 5:-4 6:19 7:-3 8:16
c:_zev 0:-4 1:-1 2:5 3:3
c:_zic 0:-10 1:6 2:-1 4:2 7:6 8:-3
c:_zie 0:28 3:-3 5:37 6:6 7:-1 8:3
c:_zij 0:-7 1:-3 2:2 3:17 4:13 6:3 7:-6 8:-14
c:_zin 0:6 1:-3 2:-1 5:5 6:10 7:-2 8:5
c:_zit 0:-24 2:-7 3:3 5:9 6:-12 8:-7
c:_zo' 0:4 1:11 2:1 4:16 5:-3 6:-2 8:-3
c:_zo_ 0:-40 1:53 2:4 3:12 4:-1 5:13 8:-13
c:_zoa 0:8 1:-3 4:16 5:3 7:-2 8:2
c:_zoc 0:1 8:3
c:_zod 0:-13 1:16 2:6 5:10 6:18 7:-3 8:-4
c:_zoe 0:6 1:9 2:-10 3:-7 4:8 6:-8 7:-11 8:4
c:_zoi 0:-3 1:-1 4:8
c:_zol 0:3 7:-1
c:_zom 0:2 1:4 4:-3 5:-2 6:-2 7:4
c:_zon 0:-16 1:19 2:-3 3:-2 5:2 6:-7 7:36 8:9
c:_zoo 1:3 3:4 4:-3 5:2
c:_zor 0:-15 1:2 3:-7 4:3 5:-9 7:-20
c:_zou 0:16 1:3 2:-2 4:3 5:-15 6:-10 7:-7 8:19
c:_zov 0:-3 1:2 3:7 4:-2 6:6 7:-1 8:-5
c:_zul 0:9 1:-9 3:-1 4:-1 5:-8 6:2 7:2 8:19
c:_zus 0:-11 1:-4 3:38 4:-3 6:1 8:-4
c:_zwa 0:-12 1:33 3:-7 4:4 5:42 7:-6 8:-5
c:a's_ 0:8 1:6 3:-1 4:1 5:-2 8:-3
c:a-on 2:3 6:1
c:a-to 0:-3 2:4
c:aad_ 0:-2 1:13 4:-2 7:-4 8:12
c:aadt 0:3 1:-3 8:6
c:aaf_ 0:-5 6:10
c:aafd 0:-3 1:-2 4:8 5:2 8:-1
c:aag_ 0:13 2:21 3:-2 4:-9 5:10 6:-9 7:6 8:-8
c:aagd 0:15 5:-2
c:aags 0:-11 2:16 3:7 6:-2
c:aagt 0:-5 1:17 2:3 3:-4 4:5 5:-2 7:1 8:-2
c:aaie 0:4 1:-3 3:2
c:aait 0:-2 2:6 5:2
c:aak_ 0:-4 1:4 3:-21 4:48 5:15 6:-3 7:13 8:-10
c:aaks 0:-2 1:4
c:aakt 0:25 2:-20 3:-3 4:-11 5:5 6:9 7:9 8:-15
c:aal_ 0:8 1:16 5:-19 6:-6 7:-15 8:-37
c:aala 0:1 1:2 8:-1
c:aalb 0:-7 1:9 2:-2 3:-1 5:10 6:-2 7:3 8:9
c:aald 0:13 2:12 3:8 4:-1 5:-3 6:4
c:aalg 0:2 4:3 5:-3
c:aaln 0:-4 1:8 4:-1 5:-1
c:aals 0:-3 1:5 2:2 3:-1
c:aalt 0:11 2:16 3:-6 4:-5 5:8 6:-4 7:5 8:-7
c:aam_ 0:-12 1:11 2:6 4:-1 5:10 6:9 8:-4
c:aamd 0:2 5:-1
c:aams 0:-5 3:7 4:5
c:aan_ 1:-3 2:-9 4:7 5:-9 6:26 7:-1 8:9
c:aanb 0:13 6:-3 7:-2
c:aanc 0:4 6:-2
c:aand 0:-5 1:2 3:-2 5:13 6:4 7:23 8:-6
c:aang 0:-13 1:9 3:-3 4:-7 7:2
c:aank 0:-8 1:11 3:-2 4:3 5:3 7:-1 8:-1
c:aanl 0:9 1:-3 2:-4
c:aanm 0:14 1:-10 2:1 3:-5 4:-6 5:-9 6:3 7:15
c:aann 0:-4 1:-1 5:-2 7:12
c:aano 2:-2 6:4
c:aanp 0:-6 1:5 2:-3 3:3 4:-2
c:aanr 0:1 1:1 2:-1 3:-1 6:3 8:5
c:aans 0:10 1:3 3:-2 4:24 5:-5 7:2 8:-2
c:aant 0:2 4:-3 5:-7 6:4 7:-2 8:-7
c:aanv 0:-9 2:5 5:11
c:aanw 0:2
c:aanz 0:-1 1:-3 4:-2 8:7
c:aap_ 0:-5 2:-3 5:27 6:-2 8:1
c:aapc 0:2
c:aapt 0:-3 5:9
c:aar_ 0:13 2:13 3:-6 4:-26 5:-6 6:-8 7:6 8:45
c:aara 0:3 1:-5 2:3 3:8 5:-2 7:2 8:-1
c:aarb 0:5 1:13 3:8 4:-3 5:-5 7:-2 8:-2
c:aard 0:15 1:20 2:12 3:-7 4:-7 5:6 6:-2
c:aarg 0:-1 3:11 5:1
c:aari 0:11 1:8 2:-3 3:-1 4:2 5:-4 8:-3
c:aarl 0:-2 1:-1 2:3 3:5
c:aarm 0:-2 1:-5 2:10 5:10 7:4 8:2
c:aarn 3:-3 4:-2 6:2 7:20 8:-6
c:aaro 0:-19 1:22 2:-14 3:25 6:-12 7:-8 8:4
c:aars 0:-10 2:2 3:16 4:15 5:-1 7:14
c:aart 0:3 1:-5 3:1 5:-2 6:13 7:7 8:-11
c:aaru 1:4 2:-1
c:aarv 0:4 1:-2 2:-1 3:5 4:10 5:-4 8:6
c:aas_ 1:1 4:-1
c:aast 0:16 1:-1 2:-3 3:22 5:15 8:-2
c:aat_ 0:8 2:2 3:-16 4:-27 5:-3 6:2 7:14 8:-8
c:aatj 0:2
c:aats 0:-3 2:2 3:-4 4:-3 5:2 6:-8 7:8
c:abel 2:3 8:1
c:abie 0:6
c:abo_ 0:-3 1:2 2:8 3:-1 7:-1 8:12
c:abon 0:-3 5:4
c:abor 0:3 8:2
c:abri 0:2
c:abst 0:-6 1:15 4:-2 8:-2
c:acad 0:2 1:-7 5:-2 6:-1 7:2 8:11
c:acat 0:3 4:-1
c:acce 2:3
c:acco 0:2
c:ach_ 0:3 5:-1
c:ache 0:1
c:achi 0:7 1:5 3:-4 4:-2 8:-1
c:acht 0:9 4:-7 5:3 6:-5 7:31 8:-28
c:acit 0:-3 1:14 4:-2
c:ack_ 0:7 1:1 3:-2
c:act_ 0:13 1:3 5:2 6:-3 7:2 8:-5
c:acte 0:-3 1:11 4:1 8:-5
c:actg 0:1
c:acti 0:1 2:4 3:-1 5:-1 6:8
c:add_ 0:-2 4:3
c:adde 0:6 3:3 4:-1 5:-3 6:2
c:adel 0:9 2:-2 8:-2
c:adem 0:2 1:-7 5:-2 6:-1 7:2 8:11
c:aden 0:3 1:3 3:2 6:2 7:-2
c:ader 0:-26 1:-8 2:-3 4:15 5:26 6:4 7:-7 8:10
c:adhd 0:-20 1:-15 4:45 5:7 6:1 8:-4
c:adli 0:14 1:-1 5:1 7:11
c:admi 0:-3 1:3 4:3 6:3
c:adoo 0:4
c:adre 0:2
c:adt_ 0:3 1:-3 8:6
c:advi 0:10 1:-7 2:8 3:-6 4:-4 7:3 8:35
c:advo 0:2
c:afbr 0:3 3:-2
c:afde 0:-1 1:2 3:3 4:8 5:-6 7:-1 8:1
c:afee 6:4
c:afel 0:2 5:4 6:-3 8:3
c:afga 1:2 4:-2
c:afge 0:4 3:-3 4:-3 5:-3 6:18 7:12 8:1
c:afha 0:-3 1:5 3:-1 4:4 7:1
c:afie 0:2
c:aflo 6:1
c:afma 0:-5 1:3 7:4 8:9
c:afro 1:-1 2:-1 6:6 7:4 8:-1
c:afsl 0:-3 6:3 7:2
c:afsp 0:-8 1:10 3:-3 5:-2 7:4 8:9
c:afst 0:3 1:-1 5:2
c:afte 0:-3 5:-1 6:15 7:-4
c:afva 0:-2 1:5
c:afvi 6:6 7:-1 8:-2
c:afwa 0:-6 1:9 3:-2 7:2
c:afwe 1:1 5:4
c:afwi 0:11 1:-2 3:7 4:2 5:-2 6:1 8:-1
c:agaa 0:2
c:agaz 0:-4 4:6 8:2
c:agbe 0:2 3:-2 4:7 8:-1
c:agd_ 0:14 5:-2
c:age- 0:2 3:-1 5:-3 6:10
c:age_ 0:20 1:-6 2:-7 3:-2 5:2 6:-9 8:2
c:agea 0:-1 1:4 5:1 8:-2
c:ageb 0:-11 1:2 2:5 3:-3 4:-3 6:2 7:-9
c:agec 7:2
c:aged 0:5 1:-1 4:4 6:-3 8:-2
c:agee 0:4 1:3
c:ageg 0:-3 1:-1 5:2 6:3
c:agel 6:1
c:agen 1:-9 2:-12 3:11 5:10 6:14 7:1
c:ageo 0:-2 2:-1 7:4
c:agep 0:1 1:2 2:-5 3:1 4:-6 6:-8 7:12
c:ager 0:-7 1:2 2:-3 3:12 4:-3 6:-2 8:6
c:ages 0:-2 1:5 3:3 4:-1 7:2
c:agev 0:-1 1:2 3:5 5:-2
c:agew 0:2 6:3 7:-1
c:agia 0:-11 3:19 8:-3
c:agin 0:6 1:-2 3:-2 7:4
c:agis 0:-9 2:8 5:-2 6:6 7:2 8:-2
c:agje 0:2 6:2
c:agno 0:-7 1:-2 2:3 4:-2 5:17 6:-2
c:agog 0:-3 1:-1 4:2 8:4
c:agst 0:-11 2:16 3:7 6:-2
c:agt_ 0:-5 1:17 2:3 3:-4 4:5 5:-2 7:1 8:-2
c:aien 0:4 1:-3 3:2
c:ail_ 0:-8 6:6 7:3 8:4
c:aild 6:2 7:-1
c:ailh 0:-5 1:8 3:1 5:-2 8:5
c:aine 0:12 1:-3 5:-1
c:aini 0:-3 2:3
c:air_ 0:-5 3:12 8:-3
c:aire 0:-3 1:7
c:airs 0:-6 3:8
c:ait_ 0:-2 2:6 5:2
c:ajaa 0:2 1:-1
c:ajec 0:-3 1:1 2:-1 3:-1 4:-5 5:1 8:5
c:akan 0:2 1:-3 3:-4 4:5 5:-6 6:4 7:10 8:-6
c:akbe 0:-4 4:6
c:akdo 0:1
c:ake_ 2:-2 7:5
c:akel 1:2 4:-2
c:aken 0:8 1:9 3:-8 4:-3 5:-3 6:5 8:-1
c:aker 0:4 1:-3 4:4 5:-1 8:4
c:akex 2:4
c:akge 0:1 2:-2 5:3
c:akin 1:4
c:akje 0:-11 2:2 6:16 8:-2
c:akke 0:9 1:30 2:22 4:-17 5:-5 6:-8 7:-3 8:7
c:akko 0:-1 8:3
c:akma 0:8 4:-1 5:-3
c:aks_ 0:-8 1:15 3:-4 4:5 5:7 6:-1 7:26 8:-4
c:akst 0:3 1:2 4:-1
c:akt_ 0:3 1:16 2:-12 3:-4 4:-17 6:10 7:10 8:-6
c:akta 0:2
c:akte 0:28 2:-2 3:-2 4:2 8:10
c:akti 0:-7 3:-3 5:-12 6:4 7:-9
c:alan 0:1 1:2 8:-1
c:alar 0:7 4:-2 5:5 8:-1
c:alba 0:-7 1:9 2:-2 3:-1 5:10 6:-2 7:3 8:9
c:alco 0:-2 1:-3 4:4 5:2
c:ald_ 2:12 3:2 4:-2 5:-5 6:2 7:-2 8:-2
c:alde 0:11 1:-2 2:-2 3:4 4:-1
c:ale_ 0:2 1:5 2:1 3:-5 4:-2 6:2 7:-3 8:-5
c:alen 0:15 1:-6 2:31 3:13 5:8 6:-3 7:-9 8:-4
c:ales 4:5 5:-1
c:alf_ 2:2 3:2 4:4
c:alfa 0:-2 4:5
c:alfj 6:1
c:alge 0:2 1:3 4:2 5:-3 8:-2
c:alif 0:2
c:alig 0:-2 4:8
c:alin 0:-1 5:4
c:alis 0:15 1:-8 2:2 3:2 4:-1 5:-2 6:-2 8:3
c:alit 0:14 1:-3 2:3 6:16 8:-4
c:alk_ 0:-2 2:-5 6:16
c:alla 0:-8 1:4 3:11 7:-2
c:alle 0:-13 1:20 2:1 3:19 4:-16 5:-7 6:8 7:-8
c:alni 0:-4 1:8 4:-1 5:-1
c:alon 1:2
c:aloo 0:2
c:als_ 0:18 1:-13 2:-7 4:42 5:-14 6:4 7:15
c:also 0:15 3:-5 7:-1
c:alt_ 1:14 2:11 3:-9 4:-14 6:-14 7:3 8:-7
c:alte 0:-3 1:2 2:-1 7:-1 8:6
c:alti 1:19 3:-8 4:10 5:-2 7:-6
c:alto 2:2
c:alua 0:-2 6:2
c:alum 0:3 4:-2
c:alva 1:2 6:-1 8:6
c:alve 0:-3 1:10 3:8 5:-3 8:-3
c:ama_ 3:1
c:ambi 0:-4 2:2 3:8 4:2 5:-3
c:ambt 7:3 8:-1
c:amde 0:2 5:-1
c:ame- 8:2
c:ame_ 0:-9 6:11
c:amel 0:-2 1:6 2:2 3:-1 4:-2 5:3
c:amen 0:11 1:3 2:35 3:-3 4:-4 5:13 6:-6 8:-2
c:amer 1:-2 2:-2 4:9 5:6 8:-3
c:ames 1:-1 4:7 5:-3
c:amil 0:6 1:-2 2:-2 3:-2 4:17
c:amle 0:-3 1:3 3:-1 7:13 8:-3
c:amma 2:1 4:6 6:5 7:-1 8:-3
c:amme 0:-3 1:3 3:4 4:5 7:-1 8:-3
c:amp_ 0:1 1:5 4:-3 8:-1
c:ampw 1:2
c:amst 0:2 1:-2 3:3 4:2
c:anaf 0:2 1:-3 7:3
c:anag 8:4
c:anal 0:5 4:-2
c:anav 0:-1 7:8 8:-4
c:anbe 0:18 1:-3 6:-2 7:-1 8:-3
c:anbo 0:-5 1:4 8:3
c:anci 0:1 1:-1 4:-1 5:12 7:7
c:anco 0:12 1:-1
c:and_ 1:-7 3:-10 4:26 5:21 6:-4 7:16 8:2
c:anda 1:-12 3:-10 4:4 5:2 6:-7 7:33 8:-9
c:andb 2:1 3:-3 4:4
c:ande 0:20 1:-14 2:-22 3:6 4:-18 5:-13 7:6
c:andi 0:-27 1:17 3:11 5:-9 6:-7 7:-11 8:14
c:ando 0:-5 5:5 6:6 7:-1
c:ands 1:21 2:7 4:12 5:-6 7:-7 8:-4
c:andt 0:-6 1:7 2:1 5:-2 6:18 7:4 8:-3
c:andw 0:4 1:3 4:-1 5:-1
c:anee 0:1
c:anen 0:1 1:4 3:-2 4:2 5:-2
c:aner 0:-1 3:2
c:ang_ 0:18 1:-15 2:3 3:10 4:-5 5:-4 7:17 8:-4
c:anga 8:3
c:ange 0:-8 1:7 2:-2 5:23 7:10 8:-8
c:angl 0:-5 3:7 5:6
c:angr 0:9 1:-4 3:-4 4:2
c:angs 0:-1 1:5 3:-2 4:-2 5:11 6:11 7:3 8:-4
c:angt 0:2 1:2 2:4 4:-2 7:3 8:-1
c:angz 0:-8 1:10 3:8 4:-1
c:anie 1:5 2:-2 4:-3 5:12 6:-5
c:anis 0:1 1:3 8:-2
c:anje 0:-3 6:3 8:4
c:ank_ 0:-5 2:-1 3:-1 4:3 5:8 7:8 8:2
c:anka 0:-7 1:10 4:4 5:2 6:-1
c:anke 0:-2 1:-1 7:10
c:ankl 0:3 5:-1
c:anks 0:-4 1:7
c:anku 0:-2 1:3 2:2 5:3
c:anle 0:6 2:-4
c:anma 0:-5 6:7
c:anme 0:23 1:-6 2:6 4:-2 5:-4 7:20 8:4
c:anna 0:4 5:-2
c:anne 0:4 2:-7 3:15 4:-8 5:-8 7:11 8:-3
c:anni 0:3 1:6 4:-2 5:3
c:anop 2:-2 6:3
c:anor 6:2
c:anpa 0:-2 1:6 3:4
c:anpl 0:-3 5:2 7:2
c:anra 0:2 3:-1 8:4
c:anre 2:-1 6:2
c:ans_ 0:-4 2:7 4:9 6:-2 7:29 8:-2
c:ansa 0:-3 4:3
c:ansc 0:2
c:anse 0:-4 1:-2 2:6 4:13 5:-4 7:11 8:3
c:ansi 0:-4 1:-1 2:12
c:ansl 1:4 3:-2
c:ansp 0:15 1:-2 5:-2
c:anst 0:8 5:-2
c:ant_ 0:12 1:7 2:-6 3:-13 4:-5 5:-2 6:3 7:8
c:anta 0:-2 2:3 6:4
c:antc 1:2 4:5 7:-1
c:ante 0:22 1:-3 3:-2 4:-2 5:12 7:-1
c:antg 1:2
c:anti 0:5 1:-4 3:-3 4:3 5:-8 6:4 7:16 8:-3
c:antj 0:2 1:5 3:3 5:-3 8:-3
c:anto 0:-13 1:6 2:-2 4:6 5:2 6:-1 7:-7
c:antr 0:4 1:-1 6:1 8:-2
c:ants 0:5 2:-4
c:antw 0:-3 1:8 2:6 5:-2 6:16
c:anua 6:-1 7:9 8:-5
c:anui 0:9 2:1 5:5 7:-1
c:anva 0:-6 5:12 6:-2
c:anvr 0:-2 2:6
c:anwi 0:2
c:anze 0:4 1:-5 3:4 4:-2 5:-1 8:6
c:aos_ 0:5 1:-1 5:-1
c:aoti 0:-7 1:24 4:-5 8:-4
c:apac 0:-3 1:14 4:-2
c:apar 0:-3 4:4
c:apen 0:8 1:-2 4:-3 5:7
c:apeu 1:-1 5:3
c:apie 0:-7 5:9 7:5 8:-2
c:apje 0:2
c:apot 0:2
c:app_ 6:4
c:appe 1:-4 4:7 5:-2 6:3 7:-7 8:12
c:appi 0:4 1:2 3:-1 7:-2 8:6
c:appo 0:-9 2:34 4:-1 5:-3 6:1
c:apri 0:6 1:-2 7:2
c:apsa 1:2
c:apt_ 0:-10 1:15 3:-3 4:-3 5:8 7:-1 8:7
c:apte 0:2
c:apto 0:1 5:2
c:araa 0:-6 1:-4 2:3 3:8 5:-3 6:9 8:-2
c:arac 0:5 1:-1
c:araf 6:4
c:arag 0:3 1:-1 3:3 7:2 8:-2
c:arak 0:-2 1:-3 8:9
c:aran 8:3
c:arbe 0:-9 2:3 4:7 5:2
c:arbi 0:4 1:15 3:11 4:-1 6:2
c:arbu 0:4 5:-3
c:arch 0:3
c:ard_ 0:17 1:-2 3:-3 5:-2 6:3 7:7 8:-9
c:arde 0:7 1:-2 2:12 4:-2 8:2
c:ardi 1:18 2:3 6:-3
c:ardo 1:8 2:-3 4:-1 5:11
c:ardr 2:2 8:3
c:are_ 0:-6 1:1 3:2 4:3 5:12
c:aree 1:1
c:aren 0:-6 1:-5 3:8 4:-2 5:15 7:6 8:10
c:arer 0:-7 1:10
c:arge 0:-2 1:-1 3:8 8:-2
c:ari_ 0:4 2:-1 6:-2 7:13 8:-5
c:aria 0:6 3:-1 6:-1
c:arig 0:-5 1:-4 3:12 4:6 5:-2
c:arin 0:35 1:10 2:-2 3:4 5:-3 6:3 7:-6 8:-7
c:aris 0:7 4:-2 5:5 8:-1
c:arke 0:-6 6:6 8:1
c:arkt 0:3 1:3 3:-1 4:-1 7:3
c:arla 0:-3 1:-1 2:3 3:5
c:arme 0:-4 1:-7 2:8 3:-2 5:9 6:-2 7:2
c:armi 0:3 1:-1
c:arna 3:-3 4:-2 6:2 7:20 8:-6
c:arok 0:-5 4:14 5:-2
c:arom 0:-24 1:14 2:-11 3:30 4:2 6:-7 7:-3 8:9
c:aron 0:-2 5:2 8:1
c:arop 0:3 1:16 3:-2 5:3 8:-2
c:arov 0:8 1:-4 4:2
c:arre 0:4
c:ars_ 0:-10 3:15 4:-1 7:4 8:4
c:arsc 0:-8 1:5 4:15 5:-1 7:7 8:-3
c:arst 0:6 1:-3 2:2 8:-1
c:arsv 7:2
c:art_ 2:1 5:1 6:12 7:6 8:-11
c:arte 0:2 1:-2 4:5 5:-4 6:2
c:arti 0:2 1:1 6:-1
c:artk 0:2
c:artn 0:-6 5:9
c:arto 0:8 1:-4
c:artp 0:3 8:-1
c:arts 0:2 1:-4 4:-3 5:10 6:-1 8:6
c:arui 1:4 2:-1
c:arva 0:-9 1:-2 2:-1 3:6 4:12 5:-2 8:4
c:arvo 0:14 4:-2 5:-2 8:2
c:asge 0:7 1:-3 3:15 7:1
c:asia 0:-2 4:10 8:-1
c:asis 0:1 1:14 2:-4 3:3 4:-7 6:-2 7:-3 8:9
c:asme 0:1
c:aspo 5:-1 6:3
c:assa 0:3 1:3 5:-1 8:-1
c:asse 0:-1 1:7 3:11 4:20 5:9 8:-3
c:assi 0:13 1:4 3:-2 8:7
c:ast_ 0:-8 2:2 4:34 5:7 6:-14 7:-16 8:-7
c:astb 3:1 5:4
c:aste 0:18 1:-10 4:2 5:1 6:-4 7:-6 8:2
c:astg 0:-2 1:2 3:-2 5:3 6:1
c:asti 0:11 1:19 2:-1 3:-4 4:4 5:6 8:-7
c:astl 0:16 2:1 5:-1 6:1 7:-2
c:asts 1:5 3:-2
c:aten 0:8 2:17 3:-4 5:-10 6:2 7:-7 8:5
c:ater 0:15 1:3 2:3 3:-1 4:-4 5:-1 6:-3 8:19
c:athi 0:3
c:atic 0:-2 1:-5 3:2 4:4 5:1 7:5
c:atie 0:-3 1:24 2:-12 4:10 5:7 6:8 7:-14 8:-7
c:atig 0:-5 1:6 2:10 5:-2
c:atin 0:1 1:-2 7:4 8:-2
c:atio 1:9 8:-1
c:atis 0:-4 1:-1 6:11
c:atje 0:2
c:ator 0:10 5:-3 6:-4 8:1
c:atro 0:-2 3:-1 5:9
c:ats_ 0:-4 1:10 5:-2 8:6
c:atsc 0:7 1:2 6:-1 7:-1 8:10
c:atsg 6:3
c:atst 1:-7 2:7 4:3 5:10 6:-4 7:14 8:-10
c:atte 0:4 1:-4 5:1
c:atum 0:5 1:-3 3:-2 7:6 8:5
c:atur 0:2 2:-3 3:-3 4:8
c:atus 0:-5 4:6 5:8 6:-1 7:-1
c:atuu 0:8 1:-1 2:7 3:8 4:18 7:-3 8:-3
c:auff 0:4
c:augu 8:2
c:aura 0:5 1:-1 5:-2
c:auti 0:-5 1:-11 2:1 4:28 5:3 8:-3
c:auto 0:14 1:-3 2:1 6:-1 7:3
c:auwe 1:6 2:-2
c:auwk 3:4 4:1
c:avak 1:2 2:1
c:ave_ 0:1
c:aven 0:4 3:1
c:avin 1:-2 4:-2 5:9
c:avis 0:-8 1:-2 2:-2 3:2 4:30 5:-1 6:1 7:1
c:avo- 1:-2 3:-3 4:4 8:4
c:avo_ 0:7 2:-2 3:9 4:4 5:-6 6:-6 7:-6 8:26
c:avon 0:-5 1:2 2:-3 3:2 4:2 7:5
c:avor 0:17 5:-7
c:awaa 0:2
c:azij 0:-4 4:6 8:2
c:b'er 0:8 6:-3
c:b-ac 6:4
c:b-do 6:2
c:b-ei 0:-2 6:4
c:b-fo 6:1
c:b-ge 0:-2 5:2
c:b-ka 0:-3 6:5
c:b-ma 6:2
c:b-mo 0:-2 5:-2 6:5
c:b-op 0:-4 2:-1 3:2 5:5 6:2 7:-1
c:b-pl 0:-3 6:3
c:b-po 6:1
c:b-pr 6:5 7:-2
c:b-pu 0:-3 2:-3 5:-4 6:13
c:b-st 2:-1 6:3
c:b-ur 0:-1 6:6
c:b-ve 5:6 6:-5
c:b-we 0:3
c:baan 1:10 2:-10 3:-12 4:-2 5:4 6:9 7:-9 8:13
c:baar 0:6 1:5 2:-4 3:-2 4:-1 5:13 8:5
c:back 0:7 1:1 3:-2
c:bakk 0:19 1:2 3:-2 4:2 5:-4 7:-4 8:11
c:bale 0:2
c:balk 0:-2 2:-5 6:16
c:ball 0:-4 8:11
c:band 0:-2 4:8 5:-2
c:bane 1:5 4:-2
c:bang 0:20 1:-9 3:2 7:-4 8:-2
c:bank 0:-3 2:-1 3:-1 4:2 5:8 7:8
c:bare 4:3
c:basi 0:1 1:14 2:-4 3:3 4:-7 6:-2 7:-3 8:9
c:bben 0:-4 1:-9 3:14 4:7 5:2 6:8 7:-9
c:bbl' 0:-12 2:4 3:6 4:12 7:-3
c:bbl- 0:-20 1:3 2:-4 5:3 6:-3 8:13
c:bbl_ 0:4 2:-2 6:-3 8:5
c:bby_ 6:-1 7:-1 8:10
c:bean 0:3 5:-2 6:6 7:-1 8:-1
c:bed_ 0:-3 1:-1 5:15
c:beda 0:3 7:-2 8:2
c:bede 0:13 1:-6 3:7 4:-3 5:-3 7:6 8:-3
c:bedo 0:-2 1:-2 4:7 6:2 8:-1
c:bedr 0:9 1:-1 2:-7 3:6 4:-7 6:-4 7:18 8:9
c:beel 0:6 1:-5 2:4 3:13 6:-3 7:-2 8:-6
c:been 1:2
c:beer 0:10 1:-7 7:-1 8:2
c:beet 0:-8 1:10 3:-2 5:10 7:5
c:bega 0:-3 1:-2 4:8 8:-1
c:bege 0:21 1:7 2:4 3:-3 4:-2 5:-3 6:13 7:-1
c:begi 0:12 3:-3 4:8 6:-8 7:-7 8:15
c:bego 0:6 1:-4 3:1 4:7 5:-3
c:begr 0:-4 1:9 3:-3 5:4 7:5 8:-3
c:beha 1:2 2:-6 3:5 4:-6 6:1 7:-5 8:-4
c:behe 0:-3 1:11 5:2 8:9
c:beho 0:-2 3:7 4:-2 5:-1
c:bei_ 0:19 1:1 4:-9 5:-3 6:2 7:-3 8:2
c:beid 0:-6 2:3 4:6
c:bein 0:-7 5:13
c:beke 0:11 2:2 4:-3 5:-1
c:beki 0:18 1:-2 2:2 8:-2
c:bel_ 1:1 3:-5 4:2 5:-4 6:-3 7:6 8:-2
c:bela 0:11 1:-4 3:-4 4:2 5:4 7:3
c:beld 0:7 8:-1
c:bele 0:-1 4:3
c:bell 0:15 1:-3 5:-3 7:6
c:belt 8:1
c:bemo 0:-5 5:6
c:ben_ 1:-16 2:-5 3:24 4:11 5:8 7:-11 8:-11
c:bene 0:-8 2:3 3:3 8:4
c:beni 0:20 2:-1 5:1 8:-6
c:beno 0:2 1:3 3:1
c:bent 0:-24 1:20 2:-3 4:5 5:2 6:-6 7:-14 8:2
c:beoo 0:3 1:-4 2:18 5:-4
c:bepa 0:16 2:4 3:6 5:2 6:-3 8:-5
c:bepe 0:-15 1:23 3:-2 4:5 5:2 8:-4
c:ber_ 0:-13 4:-1 5:16 6:-1 8:3
c:bere 0:20 1:-5 2:6 3:10 5:-5 6:-5 8:-5
c:berg 1:1
c:berh 0:-4 1:3 5:3
c:bero 1:20 2:-14 3:-13 4:8 5:-10 6:12 7:-13 8:10
c:besc 0:2 1:4 4:13 5:4 6:-1 7:-2 8:-3
c:bese 0:-8 1:3 3:-1 5:-3 7:19 8:-1
c:besl 0:2 1:-8 2:-1 3:2 4:-1 6:-2 7:31 8:9
c:besp 0:-5 1:4 2:8 3:4 5:2 6:-7 7:-10 8:-7
c:best 0:14 1:-5 2:-4 3:2 4:19 5:-10 7:-8 8:20
c:beta 0:-7 1:-2 2:2 3:-3 4:3 5:22 7:3 8:-3
c:bete 0:-10 1:4 3:11 4:2 5:-6 6:-15 7:-2 8:12
c:beto 0:7 1:-1 2:-4 3:5 5:-3
c:betr 0:-7 1:-1 5:2 8:18
c:beur 0:-6 1:-3 2:9 3:1 5:8 7:16
c:beva 0:17 3:1 5:-2 8:-1
c:beve 0:-8 3:-2 4:5 5:1 6:12 7:-3 8:6
c:bevi 0:1
c:bewa 0:2 5:-1 6:4
c:bewe 0:1 1:-2 4:15 8:-3
c:bewi 0:-12 1:-4 2:-4 3:-5 4:2 5:4 6:18 7:1
c:bewo 0:9 1:-4
c:bewu 0:9 2:1 5:-1 7:8 8:-2
c:bezi 0:23 1:-7 4:1 5:-1 8:-2
c:bezo 0:-7 3:10 4:1 5:-3 6:16 7:-2 8:10
c:bied 0:2 1:8 3:-2
c:biel 0:6
c:bij_ 0:9 1:6 3:8 4:1 6:-4 7:-8 8:-20
c:bijb 0:9 1:-9 2:-3 3:2 4:-4 5:3 7:-3
c:bijd 0:-2 5:2
c:bijg 0:15 3:-1 6:-1
c:bijh 0:2 6:2
c:bijl 2:1 4:3
c:bijn 0:-3 1:10 3:19 6:1 7:-3 8:-1
c:bijs 1:1 3:-2 4:1 6:-3 8:-2
c:bijt 0:-3 1:-5 5:13
c:bijv 0:6 5:2 6:-1
c:bijz 0:2
c:bind 0:10 2:5 8:-1
c:bine 0:-2 1:-2 3:3 4:1 5:5
c:binn 0:4 1:-4 2:4 3:-4 4:-5 5:-8 6:9 8:2
c:biol 2:3 5:-4 6:-1
c:biom 8:3
c:biti 0:-4 2:2 3:8 4:2 5:-3
c:bl'e 0:-12 2:4 3:6 4:12 7:-3
c:bl-b 0:1 4:-1 5:3 7:-1
c:bl-c 7:1
c:bl-g 3:1
c:bl-k 0:-1 3:2
c:bl-p 0:-7 1:7 4:3 8:3
c:bl-r 0:-6 1:4 6:-2 8:9
c:bl-s 0:-2 1:-4 3:2 4:8 6:3
c:bl-t 1:3 4:-4 5:2 8:6
c:bl-w 1:-2 4:-1 5:5
c:blad 6:3
c:blee 0:1 1:18 4:-1 5:-2 8:-2
c:blem 0:-4 5:7
c:blev 0:10
c:blij 0:-13 1:11 2:-6 3:13 4:-5 6:-8 7:16 8:19
c:blik 0:8 1:-3 6:-2
c:blin 0:-2 1:5 4:-1 8:-2
c:bloe 0:-4 4:19 6:1 7:2 8:-2
c:blok 0:2 1:7 2:2 5:-1 8:-2
c:blow 0:-6 5:18 8:-2
c:bo'e 0:-7 1:-3 3:1 4:25 8:-4
c:bo-d 0:-5 7:4 8:3
c:bo-h 0:1
c:bo-k 1:-5 4:6
c:bo-m 0:1
c:bo-o 2:8 3:4 4:5 7:-2 8:8
c:bo-r 0:-6 1:6 8:2
c:bo-s 1:3
c:bo-t 8:4
c:bo-v 0:-1 2:2 3:2
c:bod_ 0:-6 1:3 6:1 8:3
c:boei 0:19 1:-4 2:-2 5:-1 8:1
c:boek 0:-7 1:4 4:6 5:-1 6:18 7:-2 8:-4
c:boer 3:-2 4:8 5:-2 8:-1
c:bol- 0:-3 1:-2 4:3 5:2 8:2
c:bol_ 0:-1 1:4 4:-3 8:2
c:bonn 0:-3 5:4
c:bood 0:-1 5:3
c:boog 1:6 4:-2
c:boos 0:8 5:-2 7:3 8:-2
c:boot 0:-5 7:6
c:bora 0:3 8:2
c:bosw 0:1
c:bouw 0:5 1:-3 2:3 3:-2 4:27 5:2 6:-2 7:-1
c:bove 0:-11 1:6 2:19 4:7 5:-3 7:5
c:bpv- 0:10 1:-2 3:2 5:-1 6:21 8:-1
c:bpv_ 1:1 3:3 4:-2 5:6 8:-2
c:brac 0:6 3:-1
c:bran 0:6 1:-2
c:bred 0:2 8:1
c:bree 0:-8 1:11 3:3 4:-2 5:4 6:6 7:-2 8:-2
c:brek 0:-1 1:32 6:15 7:4 8:4
c:bren 0:4 1:4 3:-3 4:-1 5:4 8:-1
c:brie 0:2 5:-1 6:10 7:5 8:-2
c:broe 0:-18 1:-9 3:39 4:-3 5:8 6:1 7:-3 8:4
c:brok 0:-1 7:9 8:-2
c:bron 0:2
c:broo 0:-4 7:-2 8:11
c:brua 0:3 2:-2 6:-1 7:3
c:brug 0:6 1:5 3:-2 4:-2 8:-2
c:brui 0:4 1:-9 5:21 6:1
c:bser 0:1
c:bsit 0:3
c:bstr 0:-6 1:15 4:-2 8:-2
c:bten 7:3 8:-1
c:buik 0:-4 1:-1 5:4 7:6 8:-1
c:buit 0:16 2:-5 3:-3 4:9 6:-3 8:10
c:bure 0:1 1:-2 3:-2 4:-3 5:-1 7:3 8:9
c:burn 0:-1 5:5
c:busc 0:3
c:buur 1:-1 3:7 4:4 5:-5 8:4
c:caan 0:6 2:1 3:-1 4:-2 6:8 7:-2 8:12
c:caat 0:3 1:-1 5:-1 7:2
c:cade 0:2 1:-7 5:-2 6:-1 7:2 8:11
c:cane 0:2 5:-1
c:capa 0:-3 1:14 4:-2
c:cati 0:-5 1:-2 5:21
c:catu 0:3 4:-1
c:ccep 2:3
c:ccou 0:2
c:cent 0:7 1:20 2:8 3:-1 4:-7 5:-3 7:-1 8:1
c:cept 0:-12 1:6 2:3 4:9
c:cert 0:1 7:3
c:ces_ 3:3
c:cess 3:2
c:chaa 0:-6 5:10
c:chad 0:-3 5:5
c:chak 1:2 4:-1 7:1
c:cham 1:6 2:3 4:-1
c:chao 0:-3 1:25 4:-5 6:1 8:-3
c:chap 1:3 2:-5 3:-7 5:5 6:-7 7:-6 8:10
c:chat 1:4 7:-2 8:-2
c:chau 0:4
c:che_ 0:-1 2:13 3:1 4:14 5:-2 6:-3 8:16
c:chec 1:-2 3:-3 4:-5 5:3 6:15 8:-1
c:chee 0:-1 2:4 6:-1 8:1
c:chei 0:-2 1:5 2:6 4:-3 5:14 8:-1
c:chen 0:6 8:3
c:cheo 0:2
c:cher 0:11 3:-1 4:6 5:-3 8:-1
c:chie 0:-7 1:11 3:-13 4:4 5:6 6:-4 7:17
c:chij 0:-4 1:5 4:15 5:-4 8:-2
c:chik 0:-8 2:2 4:-4 5:4 7:-1 8:15
c:chil 0:19 1:3 2:4 3:6 5:-2 6:-2 7:-2
c:chin 0:8 1:4 3:-4 4:-1 8:-1
c:chip 7:3
c:chis 0:-2 1:-2 5:6
c:chit 0:2
c:chni 1:11 3:-2 4:8 5:-8 6:-2 7:-5 8:17
c:chno 0:7 8:-2
c:choe 8:4
c:chol 0:-11 1:-3 2:-2 5:22 7:-3 8:9
c:chom 0:7 1:-2 3:-1
c:choo 0:5 1:-6 3:-4 4:13 5:-1 6:7 7:9
c:chop 0:-2 3:5 7:-1
c:chou 1:5 8:-1
c:chra 0:-6 1:7 6:-1 7:-2 8:7
c:chre 1:-3 3:5 6:-2 7:3
c:chri 0:-5 1:16 3:2 5:-3 6:16 7:19 8:-4
c:chro 0:-1 2:2
c:cht_ 0:6 1:13 3:-15 4:-16 5:-5 7:12 8:-3
c:chta 7:3 8:-1
c:chtb 0:13 1:-1 2:-2 5:-4 6:3 7:-2 8:1
c:chtd 0:9
c:chte 0:-26 1:-3 3:16 4:45 5:-9 6:10 8:-1
c:chtg 0:-2 5:2 7:6
c:chti 0:5 1:19 2:-11 3:9 4:-5 5:-5 7:-8 8:2
c:chtj 0:1 1:-1 3:11 5:-2
c:chtk 1:-4 4:-3 7:5 8:7
c:chtl 0:-2 7:3
c:chtr 0:-1 5:3
c:chts 0:-3 1:5 3:-1 4:-3 5:8 7:-2 8:3
c:chtt 0:3 2:-3 7:3
c:chtv 0:-3 5:6
c:chtw 4:5 6:-3
c:chtz 3:1
c:chui 0:-3 3:-3 7:8
c:chul 0:-10 4:-1 5:28
c:chur 0:4 4:-1
c:chut 0:-9 1:-4 4:16
c:chuw 0:-1 2:-2 7:7 8:-1
c:chze 0:-4 1:5 3:-2 4:-3 7:9
c:ciaa 0:2 1:5 3:-2 4:-2
c:cial 0:3 4:-1
c:ciee 5:7
c:ciel 0:-4 5:7
c:cien 2:1 3:10 4:-1
c:cier 0:3 7:7
c:cies 1:-5 3:9 5:10 6:-2 7:2
c:cijf 0:-6 1:-6 2:92 3:2 4:3 5:-6 6:-2 8:1
c:cijn 0:-10 1:-2 5:20
c:cipl 0:-2 1:12 4:-2 5:-1 8:-4
c:cisi 1:5 4:-1 5:-2
c:cita 0:10 5:-2 8:2
c:cite 1:14 3:4 4:-1 7:7
c:cito 0:-2 1:-1 2:8
c:cken 0:-2 5:4
c:ckli 0:-6 6:12 7:2
c:clie 0:3 5:-1
c:club 0:3
c:clus 0:-1 8:7
c:co's 0:4 1:-1
c:coac 0:4 5:-2
c:coho 0:-7 1:-3 3:8 4:3 5:2
c:cole 0:-9 1:11
c:coll 0:15 1:5 4:-3 5:-4
c:comb 0:-3 1:-2 3:3 4:1 5:5
c:comm 0:-1 6:1 7:3 8:-1
c:comp 1:6 3:-8 4:2 5:-6 6:23 7:-5 8:-9
c:conc 1:23 2:4 4:-6 5:3 6:-3 8:4
c:cond 0:-2 1:-1 5:9 6:-2
c:cono 0:-2 1:4 2:10 3:-2 5:-3 6:2 7:-5 8:10
c:cons 0:3 1:-2
c:cont 0:18 1:-1 5:1 7:2 8:-5
c:coor 0:-2 1:-3 2:5 3:10 5:-4 6:-6
c:core 0:-22 1:-4 2:40 3:-1 6:3 7:1
c:coun 0:2
c:crea 1:4 4:6 7:-3 8:8
c:cree 0:5 1:2 4:-2 8:-1
c:cret 2:4
c:ct-m 4:2
c:ct-o 1:-1 4:4 8:-3
c:ct-r 8:2
c:cte_ 0:-3 1:10 2:1 4:2 8:-4
c:cten 0:11 4:-1 8:-1
c:cter 0:1
c:cteu 0:15 1:-3 4:-4 5:1 7:2 8:-3
c:ctge 0:1
c:ctie 0:-6 1:14 2:7 3:1 6:38 8:-2
c:ctis 1:-3 4:4
c:ctiv 6:8
c:ctor 0:-7 1:3 2:-3 3:-2 5:-4 6:1 7:7 8:3
c:ctuu 0:-2 1:4 3:-2 4:1
c:ctwe 0:1
c:cult 0:-3 4:14 5:-3 8:4
c:curs 1:2 2:-4 3:7 4:-2 6:-1 7:7
c:cuss 1:-1 7:-4 8:7
c:cv-k 0:1
c:d'er 0:-5 4:7
c:d-le 0:14 4:-3
c:d-st 0:7 2:-2
c:daag 0:5 1:-7 2:6 5:-4 6:4 7:27
c:daan 0:-4 1:-15 2:-1 3:16 4:3 5:1 6:13 7:-6
c:daar 0:-19 4:3 5:-6 6:-31 7:-13 8:14
c:dach 0:29 2:-5 3:2 4:12 5:-6 6:-1 7:-1 8:7
c:dag_ 0:41 1:8 2:-6 4:-15 5:-2 6:21 7:45 8:-17
c:dagb 0:1 3:-2 4:8 5:4
c:dage 0:-15 1:-14 2:-9 3:9 5:13 6:5 7:12 8:-4
c:dagi 0:10 1:-2 3:-2
c:dagj 0:3
c:dago 0:-3 1:-1 4:2 8:4
c:dam_ 0:5 3:-3
c:dan_ 0:-3 1:7 2:3 4:-4 5:-2 6:14 7:9 8:-7
c:dank 0:-6 1:6 7:10
c:dapp 0:7 8:-5
c:dat_ 0:-12 1:14 2:-2 4:1 5:11 6:-4 8:-8
c:data 0:2
c:datu 0:5 1:-3 3:-2 7:6 8:5
c:dbac 0:7 1:1 3:-2
c:dbou 3:-2 4:4
c:dcij 0:-6 1:-1 2:11
c:ddag 0:3 4:-1
c:ddat 0:3 3:-1 7:5
c:dde_ 0:7 1:-3 3:1 5:-1
c:ddea 0:8 6:-1 7:-2 8:-2
c:ddel 0:-8 1:-5 2:35 3:21 6:8 8:-3
c:dden 0:-4 1:1 2:1 3:-2 4:16 5:-6 8:-7
c:dder 0:1 1:6 4:-2
c:ddie 3:-3 5:4
c:ddoe 0:-7 1:-6 4:15
c:deaa 0:-4 4:5
c:dead 0:14 1:-1 5:1 7:11
c:deal 0:5
c:deca 0:8 2:1 3:-2 4:-2 5:-2 6:8 7:-2 8:12
c:deco 0:2
c:decu 3:4
c:dede 0:6 1:-2 4:-1
c:dee_ 0:13 1:5 4:-6 5:-3 6:-1 7:-5 8:7
c:deed 0:18 1:-4 2:1 3:14 5:-4 6:1
c:deee 0:10 4:5 8:-4
c:deel 0:7 2:1 5:-2 6:18 7:6 8:-3
c:deer 1:3 3:9 4:12 5:-6 6:-1 7:-2 8:-6
c:defe 0:-5 4:5 5:-1 8:8
c:defi 0:-4 7:8 8:-2
c:dege 0:-4 3:3 4:-3 7:4 8:1
c:dek_ 0:1
c:dekk 0:21 1:-3 7:-3 8:-3
c:dekl 3:2 6:-1
c:dekt 0:8 1:-2
c:del_ 0:-1 1:7 4:9 5:-3 8:1
c:deld 0:-17 1:-4 2:39 3:23 5:4 6:5
c:dele 0:14 1:-2 2:-2 3:4 5:6 6:11 7:-2 8:-2
c:delf 0:3 1:-1 4:-1
c:deli 0:-21 1:3 2:20 4:-10 5:-11 6:-2 7:15
c:delo 0:-6 2:10 7:2
c:dels 2:-4 5:-4 6:10
c:demi 0:2 1:-7 5:-2 6:-1 7:2 8:11
c:demo 0:4 3:-2
c:den_ 0:20 1:18 2:-8 3:-1 4:31 5:22 6:-1 8:-12
c:dend 0:4 2:4 5:-1
c:dene 0:3
c:deng 0:2
c:deni 0:3 1:-3 2:2 4:-1 7:3 8:4
c:denk 0:19 2:-4 3:9 4:21 5:-26 6:-15 7:16 8:-16
c:dens 0:3 1:10 2:-2 3:-3 5:13 7:-2 8:-2
c:dent 0:-2 1:-5 2:-6 3:8 4:18 5:7 6:1 7:-6
c:depr 0:-9 1:-2 5:21
c:der_ 0:-29 1:19 2:-13 3:3 4:-10 5:17 6:-18 7:9
c:dera 0:-7 1:3 3:3 4:6 6:-1 7:-2 8:-2
c:derb 0:-1 1:4 3:-2 4:5 8:2
c:derd 1:-5 2:1 3:-2 4:-2 5:1 6:15 7:7 8:-3
c:dere 0:23 1:-15 2:-5 3:31 4:3 6:-2 7:-2 8:18
c:derg 8:4
c:deri 0:1 6:6 7:-1
c:derk 0:-1 1:8 3:-2 4:-5
c:derl 0:-12 1:9 2:3 4:12 5:1 6:-5 7:-11 8:-8
c:derm 0:-4 1:3 4:-1
c:dern 0:11 1:-3 3:2 4:6 5:-2 7:-5 8:7
c:dero 0:-2 1:1 4:5 5:-2 7:-2 8:5
c:derr 8:3
c:ders 1:-7 2:-9 4:17 5:11 6:11 7:29 8:-5
c:dert 0:-3 1:-8 3:2 4:7 5:-2 6:7 7:2 8:-3
c:derw 0:29 1:-8 2:4 4:11 5:-6 6:-5 7:-3 8:9
c:derz 0:17 1:-5 4:-1 7:-1 8:-3
c:des_ 0:-9 2:18 5:-2 6:-1
c:dest 0:-6 3:13
c:deta 0:-5 1:8 3:1 5:-2 8:5
c:deto 2:1
c:deur 1:-6 3:-1 4:-2 5:4 6:-4 7:4 8:9
c:deus 0:1
c:devo 0:7 3:-1
c:dewe 0:3 1:-2 4:-3 5:9 8:4
c:dexa 0:2
c:deze 0:10 1:-9 3:11 4:-1 5:-12 6:15 7:8 8:-3
c:dgie 0:2 4:-1
c:dhd' 0:-5 4:7
c:dhd_ 0:-15 1:-15 4:38 5:7 8:-5
c:dhei 0:1 1:-4 4:-4 5:16 8:3
c:dhul 5:1
c:diag 0:-7 1:-2 2:3 4:-2 5:17 6:-2
c:diav 0:10 5:-7
c:dica 0:-6 1:-2 5:16
c:dich 0:4 1:-8 2:6 3:-4 5:-12 6:-1 7:3 8:7
c:dici 0:-10 1:-2 5:20
c:die_ 1:11 2:10 3:13 4:-9 5:-11 6:-15 7:-9 8:13
c:diea 0:1 1:-2 2:6 7:3 8:-1
c:dieb 0:-2 1:4 4:-1 8:-1
c:dief 0:3 7:7
c:dieg 2:1
c:diek 0:9 1:-5 2:5 3:9 4:-5 5:4 6:-3 8:-4
c:diel 0:4 2:-2 6:4 7:1
c:dien 0:15 1:-6 2:-2 4:-3 5:14 7:-3 8:10
c:diep 0:-2 1:-3 2:5 4:-2 5:11 6:1
c:dier 0:9 1:2 3:-4 4:2 5:-7 6:-4 7:-4 8:3
c:dies 0:-1 1:1 2:5 4:3 6:-1 8:-1
c:diet 0:2 1:-3 5:3
c:dig_ 0:-7 1:34 2:16 3:-3 5:6 6:8 7:-10 8:-10
c:digd 0:2
c:dige 0:3 1:-7 2:4 3:2 5:-11 6:-6 7:-3 8:12
c:digh 0:-5 1:29 2:2 3:5 4:-2 5:-2 6:-3 8:7
c:digi 0:-5 4:3 5:3 6:3
c:digs 0:-2 4:3 8:3
c:digt 7:3 8:-1
c:dijk 0:2
c:din_ 0:6 1:-2 8:-1
c:dina 0:9 5:-3 6:-4
c:ding 1:41 2:-3 3:-15 5:11 7:6 8:7
c:dinn 0:-2 3:3
c:dins 0:5 8:-2
c:dipl 0:5 1:-4 2:5 5:-5 6:-4 7:14 8:10
c:dire 0:1 1:-2 5:2 7:1 8:3
c:disc 0:-2 1:10 4:-5 5:-2 7:-4 8:9
c:dit_ 0:4 1:-10 2:13 3:-5 4:-2 6:21 7:10 8:-6
c:diti 0:-2 5:9 6:-2
c:dium 0:1 3:2
c:dje_ 1:-1 7:2
c:dlei 0:6
c:dlij 0:-5 2:11 5:-2
c:dlin 0:14 1:-1 5:1 7:11
c:dmin 0:-3 1:3 4:3 6:3
c:doce 0:14 1:-2 2:-2 6:-1 8:4
c:doch 1:11 2:2 4:-1 8:-3
c:doe_ 0:-13 1:-3 3:4 4:3 5:-1 6:9 7:-4 8:23
c:doek 0:-7 1:-6 4:15
c:doel 0:-1 1:1 2:4 4:6 5:-1 6:3 7:-2 8:-2
c:doen 0:-13 1:-4 2:22 4:7 5:-11 6:-3 7:1 8:11
c:doet 0:21 1:-3 2:2 3:6 4:-2 7:-3 8:4
c:dokt 0:4 3:-3 4:-2 5:10
c:dond 0:-4 6:-3 7:10
c:door 1:-3 2:7 3:-4 4:-5 5:10 6:16 7:10 8:-7
c:dop_ 0:4
c:dorp 1:-2 4:6 8:-1
c:doss 0:-12 1:3 3:-2 5:2 6:26 8:-2
c:dpre 1:-1 2:5
c:dpun 0:5 1:-1 7:-1
c:dra_ 1:3 3:-1 6:4
c:draa 0:-9 1:-2 2:3 4:1 5:2 6:-2 7:2 8:-3
c:drac 0:4 2:3 4:-4 5:-1 6:24 7:-5
c:drag 5:2
c:dram 3:1
c:dres 0:2
c:drie 0:-2 2:11 3:3 4:-8 5:-8 6:18 8:-9
c:drij 0:22 2:-2 3:9 4:-4 7:21 8:14
c:drin 0:-16 5:19 7:2 8:5
c:drom 0:-6 1:7 4:5 5:-2 7:-2 8:5
c:dron 0:-2 7:2
c:droo 0:5 1:-8 2:-1 3:-1 4:-1 6:5 7:4 8:16
c:druk 0:8 1:6 2:5 4:2 5:-7 6:-1 8:-4
c:dsch 0:-2 1:12 4:-1 5:3
c:dse_ 0:2
c:dsel 0:-2 2:-2 5:9
c:dsge 0:-3 3:8
c:dsta 0:-2 1:1 4:6 8:-1
c:dste 0:3 1:-3 3:4
c:dstr 2:3 3:-1
c:dszo 0:5 1:-1 5:-1
c:dte_ 0:6 6:-3
c:dtek 0:-3 2:1 5:-1 6:18 7:2
c:duce 0:4
c:duct 0:8 1:-1
c:duid 0:-11 2:6 4:-5 5:-2 6:-2 7:11 8:1
c:duik 0:4
c:duit 0:-1 1:4 2:14 4:-1 5:-2 6:3
c:duld 0:4 1:1 8:2
c:dule 0:-3 2:9 4:3 5:-5 6:11
c:duo_ 0:3
c:dure 0:-1 5:2
c:durf 0:16 1:1 3:4 5:2 6:-1 7:-4 8:-3
c:durv 0:5 1:-1
c:dus_ 0:-37 1:31 2:-2 3:3 4:32 5:-13 6:-2 7:12
c:duur 1:5 6:3 7:-2 8:-3
c:dvie 0:15 1:-7 2:7 3:-6 4:-4 7:5 8:19
c:dvis 0:-5 1:5 2:1 4:-2 7:-1 8:17
c:dvoc 0:2
c:dwar 0:-3 5:5
c:dwee 0:7 1:-2 5:-1
c:dwer 0:-2 1:5 4:-1
c:dysl 0:-1 1:-15 2:2 3:2 4:37 6:3 8:-1
c:dzor 0:-5 4:-1 5:16 6:-5
c:e's_ 0:-2 2:3
c:e-ci 0:-1 1:-2 2:8
c:e-er 0:4
c:e-ev 0:-2 6:2
c:e-ge 0:-2 2:5
c:e-on 8:2
c:e-ur 5:-3 6:8
c:eaal 0:-4 4:5
c:eaca 8:1
c:each 0:-8 4:11
c:eact 0:4 3:-1
c:eadl 0:14 1:-1 5:1 7:11
c:eadv 1:-3 2:5 7:3 8:-2
c:eage 0:2 1:2 2:-1 3:-2 4:-3 5:-2 7:2 8:4
c:eale 0:5
c:eali 1:-6 2:1 3:1 4:2 5:-2 6:-3 8:2
c:eam_ 0:6 1:-4 3:-2 4:-1 7:-1 8:23
c:eaml 0:-3 1:3 3:-1 7:13 8:-3
c:eant 0:3 5:-2 6:6 7:-1 8:-1
c:eate 4:-2 8:3
c:eati 1:4 4:6 7:-3 8:8
c:eau_ 1:18 3:4 4:-3 5:-2 6:-4 7:4 8:31
c:eaut 0:3
c:eban 0:-1 4:7 5:-4
c:ebbe 0:-4 1:-9 3:13 4:7 5:2 6:8 7:-9
c:ebed 0:2 1:-1 3:-2 4:-2 5:8 6:1 7:-1 8:3
c:ebeg 0:1 1:7 3:-1 8:2
c:ebei 0:19 1:1 4:-9 5:-3 6:2 7:-3 8:2
c:ebel 0:7 8:-1
c:ebeo 0:-6 2:9 3:4 5:-3
c:ebeu 0:-5 1:-4 2:8 5:7 7:14
c:ebie 0:2
c:eble 0:10
c:eboe 0:-1 6:6 7:-4
c:ebol 0:-2 1:4 4:-1 8:-1
c:ebou 5:1
c:ebra 0:4 3:-2
c:ebre 0:-3 1:31 4:-2 5:-2 7:2 8:1
c:ebri 1:-1 6:4 7:2 8:-2
c:ebro 0:-1 7:9 8:-2
c:ebru 0:4 1:-8 2:-1 5:22 7:3
c:ebsi 0:3
c:ebt_ 1:9 2:4 3:-4 4:-7 5:-1 6:8 7:16 8:-13
c:eca_ 0:-6 1:17 4:14 5:-2 7:-1 8:-4
c:ecaa 0:6 2:1 3:-1 4:-2 6:8 7:-2 8:12
c:ecan 0:2 5:-1
c:ecen 0:3
c:ecep 0:-12 1:7 4:10
c:ech_ 0:-3 7:5
c:eche 0:13 4:-3 6:2
c:echn 0:8 1:11 3:-2 4:7 5:-8 6:-2 7:-6 8:15
c:echt 1:29 2:-5 3:-12 4:32 5:-14 6:-10 7:3 8:13
c:ecia 0:3
c:ecie 1:-5 3:9 5:10 6:-2 7:2
c:ecij 2:-2 4:4
c:ecis 1:5 4:-1 5:-2
c:eck_ 0:10 2:2 3:-1 4:-3 5:1 6:4
c:ecke 0:-2 5:4
c:eckl 0:-6 6:12 7:2
c:econ 0:-2 1:3 2:9 3:-2 5:-2 6:1 7:-5 8:11
c:ecor 0:2
c:ecre 0:7
c:ect_ 0:13 1:-4 2:-3 3:-11 4:7 5:3 7:-3 8:7
c:ecte 0:8 1:-2 7:2
c:ecti 0:-6 1:-8 2:2 3:2 4:4 5:-1 6:36 8:-2
c:ecto 0:-7 1:3 2:-3 3:-2 5:-4 6:1 7:7 8:3
c:ectw 0:1
c:ecur 3:4 6:-1
c:edaa 0:-4 1:-2 3:12 5:-4 6:15 8:7
c:edac 0:19 1:-2 2:-5 3:2 4:14 5:-3 6:-1 7:1
c:edag 1:-2 4:2 5:7 6:-2 8:4
c:edba 0:7 1:1 3:-2
c:edbe 0:1 8:2
c:edde 0:-7 1:6 2:3 3:-3 4:14 7:1 8:-3
c:ede_ 0:7 1:-8 4:-6 6:-6 7:3 8:-4
c:edec 3:4
c:edee 0:3 2:2 4:3 6:-1 7:4
c:edel 0:-1 1:-2 3:7 4:-1
c:eden 0:30 1:-14 2:6 3:-1 4:-9 5:5 7:3 8:-9
c:eder 0:-10 1:9 2:1 3:10 4:-1 5:17 8:-2
c:edes 0:-4 3:10
c:edeu 0:1
c:edew 0:6 4:-4 8:4
c:edia 0:14 5:-7
c:edic 0:-16 1:-3 3:1 5:36 7:1
c:edig 0:5 1:-2 5:3 6:3 8:-4
c:edin 1:4 2:1 3:-4 4:5 7:-2 8:-3
c:edis 8:3
c:edoe 0:-4 1:-2 4:10 6:4
c:edra 0:1
c:edri 0:12 2:-5 3:7 4:-5 6:-3 7:19 8:10
c:edro 0:-2 7:2
c:eds_ 0:-5 1:24 5:10 6:-2 7:4 8:-4
c:edsc 1:7 3:-1 4:-1
c:edse 0:-2 2:-2 5:9
c:edst 0:3 3:-1
c:edt_ 0:-8 1:9 3:2 4:-2 5:7 7:-1
c:edte 0:6 6:-3
c:edul 0:4 1:1 8:2
c:eebe 0:-1 5:2
c:eed_ 0:16 2:1 3:14 5:-3 6:8 7:-2
c:eedb 0:7 1:1 3:-2
c:eede 0:21 1:-3 2:6 3:3 4:-2 5:-5 7:3
c:eedr 0:1
c:eeds 0:-3 1:32 2:2 5:11 7:6 8:-4
c:eedt 0:6 6:-3
c:eeen 0:7 3:3 4:5 5:-1 7:-1 8:-4
c:eef_ 0:6 1:9 2:-2 3:21 4:-2 5:-2 7:8 8:-2
c:eefc 0:-2 2:3
c:eefd 1:-2 4:3
c:eefg 2:1
c:eeft 0:-10 1:-4 2:-4 3:42 4:-8 5:16 8:8
c:eeg_ 0:8 1:-7 2:6 3:-2 6:11 7:-2 8:11
c:eege 0:-15 5:18 6:6
c:eegh 0:1
c:eegk 0:6 1:-1 2:3 3:-2 8:10
c:eegt 0:6 2:-1 4:3 5:-1 8:-2
c:eek_ 1:2 2:16 3:-10 4:-6 6:3 7:10 8:-15
c:eeke 0:-2 4:-1 5:15
c:eeki 7:6
c:eeks 0:-2 5:10
c:eekt 0:7 1:3 2:-4 5:-3 6:6 7:-2 8:4
c:eel_ 1:-13 2:6 3:-6 4:2 5:6 6:6 7:-23 8:-7
c:eeld 0:12 1:-6 2:4 3:12 6:-4 7:2 8:-6
c:eeli 0:-4 1:-5 3:14 5:-3
c:eeln 0:-10 1:-2 3:5 5:-1 6:11 7:3
c:eelo 0:8 1:-2 2:-6 3:3 4:-2 5:-5 6:12 7:3
c:eels 1:1 3:2
c:eelt 0:-3 2:2 3:-3 4:5 5:10 6:-1 7:-3
c:eem_ 0:6 1:1 2:-2 3:-5 4:-11 6:8 7:-12 8:2
c:eema 0:2
c:eeml 0:-7 1:7 4:-1
c:eemt 0:-2 1:-3 2:-1 3:-4 5:2 7:4 8:3
c:een_ 0:19 1:9 3:-6 4:11 5:-22 6:-24 7:23 8:-2
c:eene 0:12 1:-4 5:2 8:-3
c:eenk 2:-1 6:5 7:4
c:eenm 0:-10 1:9 3:-5 4:14 8:-2
c:eens 0:12 1:-11 3:18 4:3 5:15 6:-13 7:-14
c:eent 0:-5 6:11 8:-1
c:eenv 0:-18 1:10 4:12
c:eeop 0:-2 3:-2 4:2 8:6
c:eep_ 0:-6 2:7 5:-1 6:2
c:eept 0:12 3:-5
c:eer_ 0:8 2:-21 3:-18 4:-8 5:-6 6:15 7:25
c:eerb 1:-9 2:-2 3:3 4:-6 5:-4 7:22 8:5
c:eerd 2:-10 3:-14 4:6 5:-22 6:9 7:6 8:-3
c:eerj 0:5 1:9 2:-1 3:-3 8:-4
c:eerl 0:-16 1:9 3:21 4:23 5:-2 6:-10 7:-11 8:4
c:eerm 0:3 1:-4 3:-1 6:3 7:-3 8:6
c:eerp 0:1 4:-1 6:2 7:4 8:-2
c:eers 0:19 1:4 2:2 3:-14 5:-7 6:-8 7:-6 8:5
c:eert 0:11 1:-4 2:-5 3:5 4:2 6:-1 7:-4
c:eerw 0:-7 1:9 2:1 3:-4 5:1 6:-2 8:8
c:eerz 0:-3 2:1 6:3 8:-1
c:ees_ 0:7 1:2 7:-1
c:eesk 0:-3 5:-2 7:8 8:11
c:eesp 0:-5 4:4 5:4
c:eest 0:15 1:-10 2:-3 3:7 4:14 6:-9 7:-11 8:3
c:eesv 0:-2 2:3
c:eet_ 0:-2 1:-11 2:-13 4:-1 5:22 6:9 7:11
c:eeta 0:3 1:6 3:8 7:-2 8:-3
c:eetj 0:-8 1:10 3:-2 5:10 7:5
c:eetl 0:5 6:-1
c:eetp 0:-3 3:-1 5:8
c:eets 0:-3 1:3 4:-1 5:4 8:-2
c:eeuw 0:-2 7:2
c:eewe 5:1
c:efci 0:-2 2:3
c:efd_ 1:-2 4:3
c:efel 0:10
c:efen 1:-1 2:6 3:-1 4:4 5:-3 8:6
c:efge 2:1
c:efin 3:1 7:15 8:-2
c:efje 0:-1 6:5 7:-1
c:efle 1:-3 2:-3 3:2 6:25
c:efoo 0:-2 5:5
c:efor 0:-6 5:-6 6:15 7:1
c:efst 0:23 1:-5 2:2 3:-3 5:-3 8:5
c:eft_ 0:5 1:-9 2:-11 3:1 4:-21 5:7 7:-10 8:18
c:efti 0:-12 1:-8 2:1 3:32 4:7 7:-1
c:efva 0:-4 5:8
c:efwe 0:-2 1:-1 2:4
c:ega' 0:8 1:6 3:-1 4:-2 5:-2
c:ega_ 0:5 1:-1
c:egaa 0:5 1:-2 3:2 4:8 5:-3 8:-1
c:egat 7:4 8:-3
c:egd_ 0:-2 1:-1 2:1 3:13 4:-5 5:-2 6:3 8:13
c:egde 0:4
c:ege_ 0:1 1:2 3:-3 5:3 7:9 8:-4
c:egek 0:1
c:egel 0:22 2:3 3:-4 4:-10 5:-4 6:4 7:-5 8:9
c:egem 0:-15 5:19
c:egen 0:28 1:-3 3:-3 4:5 5:-11 6:-2 7:1 8:8
c:eger 0:-1 1:11 4:-3 8:-3
c:eges 0:-1 1:4 2:3 3:-4 4:-1 5:2 6:6 8:-3
c:egev 0:9 2:1 3:6 6:-2 8:2
c:egew 0:-2 2:1 7:3
c:egge 0:20 1:-16 2:2 4:2 5:-4 8:-11
c:eghu 0:1
c:egie 1:-1 2:2
c:egin 0:15 1:-4 2:4 3:-1 4:15 6:-7 7:-6 8:16
c:egio 0:-2 4:1 8:5
c:egis 0:-3 1:1 2:2 6:24 7:-1
c:egku 0:6 1:-1 2:3 3:-2 8:10
c:egon 0:6 1:-4 3:1 4:7 5:-3
c:egre 0:-7 1:8 7:3 8:8
c:egri 0:-2 1:7 3:-2 4:1 5:4 7:2 8:-3
c:egt_ 0:12 1:5 2:10 4:-4 5:10 6:-1 7:-8 8:-3
c:egwe 0:-3 2:5
c:egwi 0:4 8:-2
c:ehaa 0:10 1:-4 2:11 3:4 5:-3 6:3 7:-1
c:ehad 0:1 6:8 7:-2
c:ehal 0:-11 1:11 3:9 5:-2
c:ehan 0:-4 1:-2 4:-1 5:7 6:7
c:ehee 0:-3 1:11 5:2 8:9
c:eheu 0:-3 1:12
c:ehoe 3:3 5:1
c:ehol 0:9 1:-2 3:-2
c:ehoo 3:3
c:ehou 0:3 4:-2
c:eid_ 0:-13 1:10 2:-6 3:4 5:9 6:-10 7:-6 8:3
c:eidd 0:3 1:-1
c:eide 0:20 2:-5 3:-22 4:20 5:-12 6:2 7:2 8:-9
c:eidi 1:1 2:-2 3:-2 4:2 5:7 6:-5 8:21
c:eids 1:-2 2:5 4:-1 5:2
c:eidt 0:5 3:-1
c:eien 2:-2 5:6
c:eige 0:16 1:9 2:-10 3:-11 4:5 5:4 6:-12 7:-6
c:eik_ 0:-2 1:2 2:6 6:-1
c:eikb 0:2
c:eike 1:-2 3:4 5:-1
c:eiku 0:4 1:-3 2:7 5:2
c:eili 0:4 1:13 3:-2 4:8 6:-3 7:-4 8:18
c:ein_ 0:5 1:4 3:-3 4:5 7:-2
c:eind 0:-13 2:31 3:-2 5:-2 6:1 7:32 8:-3
c:eine 0:5 1:-2 5:2 6:-2 7:6 8:4
c:eini 0:-11 1:36 3:-1 4:12 5:4 6:-1 7:-2 8:2
c:eins 0:5 3:1 6:-1
c:einv 0:-7 5:13
c:eis_ 6:2
c:eise 0:-4 1:4 2:2 6:3 7:-1 8:-1
c:eisj 0:-5 1:-4 2:3 4:39 5:-1 6:2 7:1 8:-1
c:eist 0:5
c:eit_ 0:21 1:-2 2:-5 4:5 5:-2 6:4 7:-6 8:2
c:eite 0:7 1:26 3:1 4:-5 5:-2 6:14 8:-7
c:eize 0:-1 4:-2 8:5
c:ejaa 0:-2 3:8
c:ekaa 0:-6 5:12 6:-1
c:ekda 0:5 4:-3
c:ekdr 0:-1 8:2
c:eke_ 0:3 2:-2 4:-3 5:10
c:ekek 0:5 4:5 5:-1 6:2
c:ekem 0:2 1:-2
c:eken 0:-4 1:-10 3:-10 4:4 6:20 7:11 8:-26
c:eker 0:-4 1:10 2:-3 3:10 4:-1 5:4 8:16
c:ekeu 0:8 1:-6 2:5 3:9 4:-6 5:4 7:-2 8:-5
c:ekho 0:4 5:-2
c:ekij 0:18 1:-2 2:2 4:-1 5:-2 7:6 8:-3
c:ekje 0:-1 6:10 7:-4
c:ekke 0:10 1:9 2:-3 3:-5 4:-7 6:4 7:13
c:ekki 0:3 1:14 2:1 4:-2 7:2 8:-1
c:ekkl 4:1
c:ekla 3:2 6:-1
c:ekle 6:3
c:ekni 0:-3 1:-2 4:4 7:-1 8:5
c:ekom 0:3 3:-5 4:-2 6:-4 8:3
c:ekop 8:3
c:ekor 0:-15 1:35 2:19 4:-1 5:-2 6:-4 7:2
c:ekoz 0:-6 1:-6 3:3 4:-3 5:-2 6:4 7:18 8:7
c:ekre 0:5 2:-2
c:eks_ 0:-2 5:6
c:ekse 1:-1 5:3
c:eksg 0:3 4:-1 5:2
c:ekst 0:2 1:7 4:4 5:-5 6:1 8:-1
c:eksv 1:3 6:5
c:ekt_ 0:16 1:2 2:-12 3:1 4:19 5:-12 7:-7 8:-3
c:ekte 0:-5 1:-1 5:13
c:ektr 0:-3 3:10 4:-2 8:-1
c:elaa 4:-1 8:3
c:elan 0:12 1:-3 3:-3 4:2 7:5
c:elat 0:10 1:-4 2:2 5:2 7:3 8:-5
c:elba 0:-4 1:-2 2:-2 3:-1 4:3 5:9
c:eld_ 0:2 1:-16 2:-12 4:-17 5:5 6:-12 7:2
c:elda 0:1
c:eldd 0:14 1:-4 4:7 6:-1 7:3 8:-3
c:elde 0:29 1:-16 2:29 3:13 5:-4 6:-4 7:-6 8:2
c:eldi 0:-3 1:-1 4:1 5:-2 6:13 7:17 8:2
c:eldt 0:4 1:-1 2:3 3:-3 4:2 5:-2 6:1 8:-8
c:eldz 0:-4 5:7
c:ele_ 1:5 2:-1 3:6 4:-5 5:9 6:-5 7:5 8:-4
c:elec 0:6
c:eled 0:5 1:-3 3:-1
c:elee 0:13 3:-1 5:24 6:-2
c:elef 0:-2 5:5
c:eleg 0:-3 1:-1 3:5 4:2 6:1 8:-2
c:elei 0:21 1:14 2:4 3:-2 5:-2 6:14 7:-1 8:-1
c:elek 0:-7 1:-2 2:2 3:34 4:-3 5:1 6:1
c:elem 0:14 1:5 3:-4 4:1 5:-2 7:-3 8:-4
c:elen 0:35 1:-5 2:-8 3:-10 5:-3 6:6 7:11 8:3
c:eler 0:3 1:-1 4:4
c:eles 1:3 8:-2
c:eleu 0:1 1:-2 2:3 7:6
c:elev 0:-3 3:-3 5:8 6:8 7:8
c:elf_ 0:46 1:15 2:-8 3:-7 6:-14 7:8 8:-6
c:elfd 0:2 1:-2 3:4 6:-1 7:-6 8:7
c:elfs 0:-2 1:17 3:19 8:-5
c:elft 1:3 3:7 4:-2
c:elfv 0:-1 1:2
c:elic 0:10
c:elig 1:4 3:-1 4:3
c:elij 0:6 3:4 4:-11 5:-11 6:-4 7:5
c:elin 0:-3 1:-10 2:16 3:18 4:7 5:-8 6:3
c:elk_ 0:27 1:21 2:26 3:-12 4:8 5:-17 7:-6 8:-3
c:elka 0:11 1:-3 2:-4 3:6 5:4 6:5 7:-4
c:elke 0:27 1:29 2:11 3:-11 5:-24 6:23 7:-3 8:-8
c:elko 0:15 1:3 4:-4 5:-2
c:elle 0:12 1:-4 2:7 3:18 5:-4 6:-2 7:10 8:-2
c:elli 0:6 1:7 4:-2 7:-1
c:elna 0:-8 5:-1 6:11
c:elne 0:-1 1:-2 3:5 7:3
c:eloo 0:3 1:-11 3:-3 4:3 5:-11 6:11 7:4
c:elop 0:9 1:14 3:-3 4:1 6:-1 7:-4 8:2
c:elos 8:2
c:elov 3:-1 4:4 8:-3
c:elp_ 0:15 1:-1 8:-2
c:elpe 0:13 1:7 3:-3 4:-1 5:-2 7:-2 8:3
c:elpl 2:2 6:2
c:elpt 0:15 1:-2 5:9 6:1
c:els_ 1:22 2:6 3:2 4:-1 5:-3 6:15 8:-4
c:elsc 3:2
c:else 0:2
c:elst 0:5 1:6 4:2 5:-3 6:9 8:-3
c:elt_ 0:4 1:-12 2:-2 3:9 4:-2 5:15 6:17
c:eluk 0:-6 1:10 3:-1 4:3
c:elwe 2:3 3:2
c:elzi 0:5 1:2 5:-5 6:2 7:-2 8:5
c:elzo 1:-4 3:-2 5:8
c:emaa 0:-2 1:8 2:-3 3:14 5:13 6:3 7:-8 8:-4
c:emai 6:2 7:-1
c:emak 1:1 3:2
c:eman 0:15 1:4 2:2 3:-15 5:-4 6:-6 7:9 8:-8
c:emar 0:-9 1:6 6:5
c:embe 0:-4 1:4 5:-4 8:4
c:emde 0:9
c:emed 0:2
c:emee 0:-1 1:4 4:6 5:-4 8:-2
c:emel 0:-2 1:-1 3:2 7:5
c:emen 0:5 2:-1 3:-5 4:-4 5:3 6:-9 8:11
c:emer 0:7 1:-8 2:-2 3:3 5:-5 6:-2 8:3
c:emid 0:-12 1:-4 2:39 3:23 5:5 6:-1
c:emie 0:2 1:-7 5:-2 6:-1 7:2 8:11
c:emis 0:-2 7:14
c:emle 0:-7 1:7 4:-1
c:emme 1:2 5:3 7:-1
c:emmi 0:6 4:-1 5:-1 7:1 8:-1
c:emod 0:-2 6:6 7:-1
c:emoe 0:-5 5:6
c:emom 0:8 5:-1 6:-1
c:emon 0:6 3:-2 7:-1
c:emot 0:-4 1:4 3:5
c:empa 0:3
c:empe 0:-6 4:6 5:-2 6:19 7:-2
c:empo 0:5 1:18 2:-2 3:2 4:-7 7:4 8:-4
c:emt_ 1:-3 2:-1 3:-3 5:2 7:4 8:3
c:enaa 0:2 1:-3 2:2 5:-4 6:-2 8:-4
c:enar 0:6 3:-2 4:-2 5:-2 8:8
c:enav 0:-6 3:6
c:enbe 0:2 4:-3 7:2
c:enbo 1:1 2:1 4:-1 5:-1
c:enbr 0:-1 6:5 7:-1
c:enci 0:-3 2:5
c:enco 0:-1 6:1 7:3 8:-1
c:end_ 0:37 1:-5 2:3 3:-4 4:-5 5:-6 6:3 8:5
c:enda 0:6 6:-2 8:5
c:ende 0:33 2:24 3:14 4:-1 5:-5 7:2 8:-8
c:endi 0:2 1:-1 3:2 7:2 8:-2
c:ends 0:5 1:-4 4:6 5:4 8:-1
c:ene_ 0:-4 1:-1 5:3 7:4
c:ened 0:-2 2:4
c:enee 0:-1 5:-2 7:8 8:9
c:enem 0:11 1:-4 5:1 8:-2
c:enen 1:13 2:4 3:-2 4:-3 5:2 6:12 7:-3 8:-9
c:ener 0:20 1:-4 2:-3 4:19 5:1 7:-3
c:eng_ 0:7 1:4 7:1 8:-4
c:engd 0:1 2:3 5:5 7:-2 8:2
c:enge 1:17 2:6 3:1 4:-1 8:-3
c:engr 0:2
c:engs 0:1
c:engt 0:8 1:-2
c:enha 2:2
c:enho 1:-1 7:-2 8:6
c:enhu 0:-2 3:-2 4:6 5:-4 7:3 8:5
c:enie 0:15 1:-1 3:11 5:4 8:-10
c:enig 0:-10 1:-4 3:22 4:-3 5:-2 6:2 8:7
c:enin 1:1 2:-5 3:-9 4:3 5:6 6:16 7:-7 8:-6
c:enis 0:9 1:-4 2:2 4:-4 6:-2 7:2 8:3
c:enja 0:-7 2:6 3:13 4:-1 6:2 8:23
c:enk_ 1:-2 3:7 4:14 5:-13 6:-6 7:31 8:-9
c:enka 2:-1 6:3
c:enke 2:-4 4:11 6:-4 7:-8 8:3
c:enki 3:-2 4:6
c:enkl 0:-3 2:1 7:4
c:enko 6:5 7:4
c:enkt 0:29 1:8 2:3 3:4 5:-10 7:-3 8:-5
c:enkv 1:2
c:enkw 0:2 5:-1
c:enla 1:-2 5:-2 8:14
c:enli 0:-19 1:9 2:-10 3:3 5:8 7:-2 8:3
c:enma 0:-10 1:2 2:-2 3:-7 4:10 5:-3 6:1
c:enme 1:-2 2:-1 7:-3 8:9
c:enmi 0:-2 3:4
c:enne 0:29 1:-4 4:-3 7:-2 8:-5
c:enni 0:8 1:-4 2:12 8:-4
c:enoe 0:-11 1:5 2:3 3:-5 4:-8 5:15 7:-11 8:1
c:enom 0:5 1:-3 4:6 5:-3 6:6
c:enon 0:2
c:enoo 0:4 3:4
c:enop 0:3
c:enor 0:2 3:3
c:enot 0:1 1:-8 3:31 5:-5 6:1 8:-1
c:enov 0:5 3:1 7:-1 8:-3
c:enpl 0:-4 2:4 6:6
c:enre 0:2
c:ens_ 0:13 1:-5 2:19 5:26 6:-24 7:-19
c:ensa 2:4
c:ensc 0:-3 1:7 4:6 5:-5 7:-2
c:ensd 0:-1 7:9 8:-6
c:ense 0:34 2:-3 3:-1 4:10 5:-2 8:4
c:ensi 0:-4 4:5 5:-2 8:8
c:ensl 0:15 1:-2 2:-2 5:-7
c:ensp 7:1
c:enst 0:10 1:-6 2:-2 3:-4 5:3 6:1 7:-4 8:3
c:ent_ 0:15 1:-5 2:3 3:-8 4:5 5:10 6:-11 7:-13
c:enta 0:-1 1:-3 2:6 3:5 6:7 7:-2 8:-2
c:ente 0:27 1:-4 2:-10 3:14 4:-7 5:1 8:5
c:enth 0:7 2:1 3:3 4:-1 8:-2
c:enti 0:2 1:-4 2:-2 3:2 4:5 6:10
c:entj 0:-3 6:11 7:-3
c:ento 0:-5 1:-4 2:21 3:9 4:-5 6:5 7:-3 8:2
c:entr 0:-8 1:24 2:5 3:-3 4:-2 5:3 6:-4 8:11
c:enuw 0:1
c:enva 0:3 1:8 2:3 6:-2 7:-1
c:enve 0:2
c:envo 0:-20 1:17 3:-3 4:12 6:-1 8:3
c:enwe 0:-3 1:9 4:7 8:-2
c:enwo 0:-1 5:7
c:enzi 1:1
c:enzo 4:5 5:-1 8:1
c:eolo 0:2
c:eoor 0:3 1:-4 2:18 5:-4
c:eopd 0:-5 6:6
c:eopl 0:-4 1:-2 3:-2 4:2 8:11
c:eore 1:2 4:3
c:eori 0:4 1:15 2:3 4:4 7:-2 8:-3
c:eove 0:-2 2:-1 7:4
c:epaa 0:15 2:2 3:-2 4:-2 5:1 6:-1 8:-5
c:epak 0:3 5:-2
c:epal 2:2 3:8 6:-2
c:epar 0:-6 1:10 5:-2 6:4
c:epas 0:-1 2:4
c:epen 0:-2 1:6 2:-9 3:2 5:-10 6:4 7:2 8:-4
c:eper 0:-15 1:23 3:-2 4:5 5:2 8:-3
c:epje 0:1 3:7 6:3
c:epla 0:1 3:-3 5:1 6:5
c:eple 0:1 1:2 2:-5 4:-6 5:-2 6:-8 7:12
c:epra 0:3 1:-2
c:epre 0:-9 1:-2 5:21
c:epro 2:1 3:2
c:epsg 0:-2 1:-2 2:6 3:10 4:4 6:-2 8:8
c:epsi 0:2 2:-2 5:-2 6:5
c:epsk 0:-11 1:16 2:3 3:-1 4:-1 5:7 7:1
c:epso 1:-2 4:-1 6:10 7:1 8:10
c:epsp 0:5 3:-3
c:epsw 0:-1 1:2 5:6
c:ept_ 0:-4 1:9
c:epta 2:3
c:epte 0:-3 1:4 5:-2 8:4
c:epti 0:-5 1:-2 4:9
c:epto 0:7 3:-5
c:epun 1:-2 2:11 5:-1
c:eraa 1:-2 4:-1 5:2 6:-5 7:9 8:-4
c:erac 0:2
c:eraf 0:11 1:-2 7:-2
c:eral 0:4 1:-11 2:10 7:3 8:-2
c:eran 0:2 1:12 3:-3 5:1 6:4 7:-3 8:-3
c:erap 0:-7 1:-1 5:12
c:erat 0:3 1:-1 4:7 5:1 8:-1
c:erav 0:-1 1:5 4:5 5:1 7:-1
c:erba 0:4 1:-5 4:-2 7:7
c:erbe 0:-16 1:6 3:3 5:-5 7:17 8:2
c:erbi 0:22 1:-5 5:2 6:4 8:-2
c:erbl 0:-8 1:4 3:15 5:8 8:-4
c:erbo 0:4
c:erce 0:-4 2:10 5:-1
c:erd_ 0:22 1:7 2:-6 3:-10 4:4 5:-9 6:25 8:-6
c:erda 0:12 1:-3 3:-4 4:1 6:-3 7:10 8:-3
c:erde 1:-4 2:-7 3:6 4:-1 5:-16 6:9 8:14
c:erdi 0:3 1:-9 2:-3 5:8 6:-3 7:-5 8:6
c:erdo 8:2
c:erdr 0:4 5:3 7:-1
c:ere_ 0:-5 1:7 3:23 4:-3 5:4 7:-12 8:28
c:erec 0:-2 1:4 3:-2 4:6 5:2 7:5 8:-4
c:eree 1:5 2:-4 3:9 4:-9 5:-4 6:10 7:14 8:-5
c:ereg 0:-1 2:2 5:2 6:10 7:-3 8:15
c:erei 0:15 1:-4 2:6 3:14 5:-3 7:3 8:-1
c:erek 0:3 1:-1 2:2 5:-2
c:erel 0:6 1:-3 4:-2 8:5
c:eren 0:15 1:15 2:-8 3:16 4:29 5:-9 6:-4 7:-5
c:eres 0:18 1:3 2:-5 3:4 4:-2 6:9 7:-1 8:-4
c:erfe 1:-1 8:4
c:erfs 0:-2 1:-1 2:3 6:3 7:4
c:erg_ 0:2 1:2 3:13 4:-1 5:6 7:-5 8:-1
c:erga 0:-3 1:-3 2:10 4:4 5:-3 7:9 8:6
c:erge 0:-7 1:23 2:-7 3:15 4:-16 5:4 6:-6 7:19
c:ergi 0:20 1:-3 2:-3 3:-2 4:6 5:2
c:ergo 0:2
c:ergr 0:-13 1:-2 3:1 4:20
c:ergs 0:-2 1:7 2:-2
c:ergu 0:-3 5:8
c:erha 0:25 1:13 3:-1 4:-2 6:5 7:2 8:-9
c:erhe 0:1 1:-6 4:-2 5:2 8:11
c:erho 0:-14 1:-2 2:4 3:11 5:4
c:erhu 0:3 4:-1 5:1
c:eric 1:4 2:7 3:-3 6:-2 7:-2 8:6
c:erie 0:10 2:3 3:2 4:7 7:-4
c:erig 0:21 4:2 5:-2 8:-3
c:erij 0:9 1:1 3:-1 4:4 5:-2 7:-3 8:2
c:erin 1:-7 3:-3 4:2 5:8 6:3 7:24 8:-6
c:erio 2:16 4:1 6:9
c:erja 0:6 1:6 3:-4 4:8 8:-3
c:erk_ 0:43 1:27 3:-6 4:15 5:6 6:-8 7:-2 8:-13
c:erka 0:-6 1:-2 2:16
c:erkd 0:11 1:-4 2:-3
c:erke 0:23 2:-10 3:-13 4:3 5:-9 6:-6 7:3 8:9
c:erkg 0:-3 1:2 3:-2 4:-3 5:2 7:14
c:erkh 0:-4 1:15 8:-2
c:erki 0:-6 1:2 4:8 8:-3
c:erkl 0:-8 2:4 3:2 4:-6 5:17 6:-2
c:erko 0:-18 1:10 3:-3 5:6 7:-2 8:20
c:erkp 0:3 1:-2 2:-3 3:6 5:-3 6:3 8:1
c:erks 0:4 1:6 2:4 4:-2 5:-1 8:-3
c:erkt 0:26 1:19 2:-1 3:15 4:-5 5:3 7:-6
c:erkv 0:7 1:3 2:4 4:6
c:erkw 0:3 3:-2
c:erla 0:-12 1:12 2:2 4:2 6:-6 8:-9
c:erle 0:-3 1:-6 2:1 3:-7 4:13 5:12 8:10
c:erli 0:-33 1:3 2:2 3:15 4:16 6:-16 7:-10 8:-6
c:erlo 1:11 2:-2 3:4 8:-2
c:erma 0:2 1:3 2:-1 4:-2 6:-2 8:3
c:erme 0:15 1:7 2:-2 3:-3 4:3 7:-3 8:3
c:ermi 1:4 7:1 8:-3
c:ermo 0:-2 1:15 2:-2
c:ern_ 0:3
c:erna 0:7 1:5 3:2 7:7 8:-1
c:erne 0:13 1:-3 4:9 5:-3 7:-5 8:7
c:ernt 0:-1 2:2 6:3
c:ernv 0:2 2:4 5:-2 6:-2
c:eroe 1:21 2:-13 3:-12 4:8 5:-10 6:12 7:-9 8:10
c:erom 0:-2 1:-2 6:6 7:8 8:-4
c:eron 0:8 1:-2 2:3 3:-3 5:-3 6:15
c:erop 0:-5 2:2 4:4 5:-6 6:-1 7:5 8:3
c:erov 0:4 2:3 7:-1
c:erp_ 0:25 1:-1 2:-4
c:erpe 0:3 1:3 5:-1 7:9
c:erpl 1:-6 3:-5 4:-2 5:-8 6:21 8:5
c:erpr 0:-14 1:3 4:3 7:5
c:erra 0:28 1:1 2:2 4:4 8:-3
c:erro 8:3
c:ers_ 1:-39 2:31 3:-4 4:48 5:2 7:27 8:-22
c:ersa 0:2
c:ersc 0:12 1:-5 3:5 4:-4 5:5 6:-5 7:-2 8:1
c:ersd 0:3 8:-2
c:ersg 0:-5 4:9
c:ersi 0:-2 1:3 3:5 4:9 7:-3 8:7
c:ersl 0:-25 1:11 2:-8 4:-2 5:9 6:12 7:3 8:-11
c:erso 0:9 1:-2 3:-2 4:3 7:-1 8:2
c:ersp 5:2
c:erst 0:-6 1:8 2:6 3:5 5:-18 6:-8 8:16
c:ersw 4:2
c:ert_ 0:13 1:-2 3:8 4:-5 5:4 7:-1 8:7
c:erta 0:4 1:-7 4:7 5:-1
c:erte 0:20 1:-10 2:1 3:-15 4:-7 5:27 7:-11 8:7
c:erti 1:-3 3:2 4:8 6:2 7:7
c:ertj 0:-6 3:2 5:11 7:4 8:-2
c:ertr 0:-5 1:2 7:6
c:ertu 0:2
c:erug 0:26 1:-6 2:-2 3:3 5:-6 6:7 7:-1
c:erui 0:7 1:5 2:-2 3:-1 5:4 7:11 8:-1
c:erus 0:30 2:-1 3:1 5:5 6:-3 7:-3 8:-4
c:erva 0:24 1:-7 3:2 4:-8 5:-7 6:-2 7:3 8:4
c:erve 0:6 1:-4 4:6 7:-4 8:1
c:ervi 0:11 5:-3 6:9
c:ervo 0:-9 1:20 2:3 4:-9 5:-10 7:7 8:-9
c:erwa 0:6 1:1 2:14 4:-3 5:-5 6:-4 7:2 8:-8
c:erwe 0:19 1:-3 3:-5 5:10 7:-3 8:19
c:erwi 1:-1 2:5 3:2 4:12 5:-2 6:-3 7:-3 8:7
c:erwo 0:4 1:-1
c:erze 0:-2 2:1 6:3 8:-1
c:erzi 2:2 4:6 5:-4 6:11 7:-3 8:-4
c:erzo 0:25 1:-7 3:-7 4:10 5:-3 7:-5 8:1
c:erzu 8:1
c:esch 0:-10 1:-6 4:11 5:9 6:-6 7:2 8:11
c:esef 0:-8 1:3 3:-1 5:-3 7:19 8:-1
c:esen 0:2 1:3 3:3 4:-1 8:-2
c:esje 4:1
c:esku 0:-2 5:-2 7:8 8:11
c:esla 0:7 5:6 7:4
c:esli 0:3 1:-3 3:6 4:-2 7:20 8:-6
c:eslo 0:-3 1:6 2:3 3:-2 7:-1 8:16
c:eslu 0:2 1:-4 7:13
c:esmb 0:6 8:-2
c:espe 4:5 5:4 8:-2
c:espr 0:-1 1:23 2:15 4:-5 5:9 6:25 7:-7 8:-11
c:ess_ 0:2 4:-1
c:essa 0:13 1:-2 2:-4 6:1
c:esse 1:7 2:-5 3:1 4:-6 5:3 6:5 7:-5 8:-8
c:essi 0:-9 1:-2 5:21
c:est_ 0:-6 1:3 2:-15 3:7 4:-6 5:-11 7:11 8:13
c:esta 0:8 1:-5 2:2 3:-2 4:35 6:2 8:-4
c:este 0:-3 1:-4 2:-3 3:23 5:-7 6:6 7:3 8:32
c:esti 0:-8 3:16 4:-1 5:-4 6:16
c:estj 5:4 7:1
c:esto 0:7 1:-3 5:3
c:estr 0:5
c:estu 0:-6 1:-4 3:9 4:15 5:-5 6:5 7:6 8:-7
c:esul 1:-1 2:22 3:2 5:-2 7:-2
c:esva 0:-2 2:3
c:eta_ 0:-2 3:-1 4:7 8:-3
c:etaa 0:-2 5:1 7:3 8:2
c:etac 1:6 8:-3
c:etai 0:-8 1:7 3:1 5:-2 8:10
c:etal 0:-2 2:5 3:7 4:-3 5:21 8:-3
c:etav 1:2 2:1
c:etba 0:-4 8:11
c:ete_ 0:7 2:5 8:-2
c:etec 0:-2 1:5 8:-1
c:etee 0:6 3:-2 7:-2 8:9
c:etek 0:5 1:-9 2:6 4:-6 6:-3 7:15 8:-10
c:etel 0:1
c:eten 0:-13 3:-1 4:-10 5:30 6:4 7:10 8:9
c:eter 0:-11 1:20 3:17 4:14 5:-2 7:-5 8:28
c:etes 0:-7 3:7 6:5 8:5
c:etin 2:2
c:etis 0:3 2:-1 4:1 5:2
c:etje 0:-12 1:19 2:7 5:9 7:7
c:etla 0:5 6:-1
c:etoe 0:-5 2:6
c:etoo 0:7 1:-1 2:-4 3:5 5:-3
c:etpa 0:-4 3:-1 5:8 8:4
c:etre 0:-8 1:-1 8:19
c:etro 2:1 5:1
c:ets_ 0:14 1:-8 2:30 3:-4 4:16 6:-7 7:-10 8:13
c:etse 0:-11 1:8 2:20 5:-2 7:-1
c:etsr 0:-3 2:7
c:etss 0:-4 1:-1 2:7
c:etst 0:3 1:-2 3:2 5:6 8:-2
c:etsw 0:-5 2:3 6:4
c:ette 0:-6 1:8 2:3 4:-6 5:-6 6:10 7:-8 8:9
c:etti 0:7 1:7 2:-1 4:1 8:-2
c:etwe 0:14 1:-2 2:3 3:2 4:2 7:-1 8:-2
c:etwi 1:-1 7:5 8:-2
c:etze 0:1 3:3 7:-1 8:-1
c:eugd 5:9 6:-6
c:euge 0:-3 1:12
c:euk_ 0:11 1:10 2:-3 3:-5 4:-3 7:-5
c:euke 2:4 3:-3 4:-4 5:1 6:-2 7:7 8:-1
c:euks 0:6 1:-2 4:9 6:-1 7:4
c:eund 0:2
c:eune 0:-14 1:15
c:euni 0:1
c:eupl 5:-2 6:6
c:eur_ 0:14 1:-7 2:-2 3:7 4:-13 6:-7 7:1
c:eurd 0:-4 5:6 6:3 7:-1
c:eure 0:4 1:-4 2:10 4:-1 6:-2 7:-2 8:15
c:eurg 0:3 5:-1 7:2
c:euri 3:4 4:1
c:eurs 0:-5 1:-2 2:3 5:3 7:2
c:eurt 0:-7 1:-2 4:-1 5:8 7:14
c:eurw 0:3 1:-2
c:eus_ 0:11 3:9 4:9 5:-2 7:-6 8:-4
c:euse 0:1
c:eut_ 5:3
c:eute 1:2
c:euw_ 0:10 1:-1 7:6
c:euwd 0:20 2:-1 5:1 8:-6
c:euwe 0:15 3:-1 4:-1 5:6 8:-2
c:euwi 0:-2 7:2
c:euwk 0:-15 3:3 4:16
c:euws 0:24 8:-3
c:euze 0:18 2:-1 3:15 4:-10 6:9 7:27 8:-8
c:evaa 0:-4 2:5 5:4 7:9
c:evak 0:12 1:-3
c:eval 0:9 1:-3 2:-1 4:3 5:4 6:2 7:-2 8:-2
c:evan 5:5
c:eve_ 0:-11 1:-1 2:3 3:3 4:-1 7:5 8:9
c:evee 0:-10 1:-1 2:24 3:2 4:-2 5:7 6:13 7:-4
c:evei 3:-2 4:6 5:2 6:-4 7:-3 8:7
c:even 0:10 1:-11 2:-12 3:3 4:-19 6:14 7:-7 8:2
c:ever 0:-15 5:-2 6:21 7:26 8:13
c:eves 0:-8 5:-1 6:15
c:evie 0:1
c:evig 0:2
c:evin 0:14 1:-2 4:-3 5:-9 6:11 8:-1
c:evoe 0:17 4:3 5:-10 6:7
c:evol 0:6 1:-3 3:-2 5:8 7:6 8:-3
c:evon 0:-10 1:5 3:7 4:-1 6:2
c:evoo 3:2 5:-1
c:evor 0:2
c:evra 0:4 1:2 5:-1
c:evre 0:-6 1:-5 2:11 5:6 6:9 7:1 8:-1
c:evul 0:-3 3:1 4:1 6:22 7:7 8:-1
c:ewaa 0:2 5:-1 6:4
c:ewar 0:2 4:-1
c:ewee 0:-9 1:2 3:-3 4:8 5:20 6:3
c:eweg 0:8 1:-3 4:6 8:-3
c:ewen 0:21 1:-1 4:4 5:-4 7:-2 8:7
c:ewer 0:15 1:-4 3:3 4:-4 8:4
c:ewez 0:5 5:-1 7:7 8:-3
c:ewic 0:-10 3:1 4:1 5:23
c:ewij 0:-12 1:-4 2:-4 3:-5 4:2 5:4 6:18 7:1
c:ewis 0:-8 1:11 3:-2
c:ewon 0:17 1:-4 4:5 6:-2 8:-1
c:ewoo 0:7 1:5 2:-3 3:-7 4:2 5:-11 8:21
c:ewor 0:2 1:-3 3:13 4:-3 5:-3 8:-2
c:ewus 0:9 2:1 5:-1 7:8 8:-2
c:exac 0:-1 2:1 4:3 8:-2
c:exam 0:-1 1:-6 2:31 5:-3 7:10 8:5
c:excu 0:2 3:-3 7:7
c:exib 1:-3 4:6
c:exie 1:-7 4:15 5:-3 8:-1
c:expl 0:8 4:-2
c:extr 0:-17 1:13 2:5 4:-2 6:-2 8:2
c:ezak 0:-1 2:6 5:-3
c:eze_ 0:10 1:-8 3:10 5:-12 6:16 7:13 8:-11
c:ezeg 2:1 3:8 4:-7 5:-2 6:1 8:15
c:ezel 0:2 1:4 3:-4 6:-5 7:-10 8:5
c:ezen 0:11 1:1 2:-7 4:16 5:-8 7:-2 8:-13
c:ezer 0:-7 1:3 3:4 4:3
c:ezet 0:5 3:-1 5:-2 6:6
c:ezie 0:7 1:14 2:-8 4:-4 5:3 6:1 7:-2 8:-2
c:ezig 0:22 1:-8 5:2 8:-1
c:ezin 0:-14 1:-7 3:-2 4:28 5:17 6:-3
c:ezoc 0:-4 1:-3 3:10 4:1 5:-1 6:12 8:13
c:ezoe 0:-6 2:-1 5:-2 7:-3 8:11
c:ezon 0:10 1:-5 4:-6 5:19 8:1
c:faal 0:-4 1:12 6:1 7:1
c:fabr 0:2
c:fale 0:13 1:-1 7:-2 8:-5
c:fami 0:6 1:-2 2:-2 3:-2 4:17
c:favo 0:7 8:-1
c:fbre 0:3 3:-2
c:fcij 0:-2 2:3
c:fddo 0:-7 1:-6 4:15
c:fde_ 0:4 1:-4 3:4 4:1 5:-1 6:-1 7:-6 8:6
c:fdel 0:1 1:4 2:-1 3:3 5:-7 7:-1 8:2
c:fden 0:-6 1:-2 3:6 4:5 8:-2
c:febr 0:3 2:-2 6:-1 7:3
c:fect 1:-1 8:4
c:feed 0:7 1:1 3:-2
c:feer 0:6 1:-1 3:-2 6:4 8:-2
c:fees 5:4
c:feit 1:8 5:-3
c:fel_ 0:18 1:-8 2:-3 4:-3 5:1 6:-4 7:4 8:2
c:feld 0:3 1:-1 7:2
c:fele 0:7 1:-1 5:-1 6:1 7:11 8:11
c:feli 0:10
c:fels 0:7 1:-1 2:-5 4:1 6:9 7:-2 8:-3
c:felt 0:-7 1:-1 3:7 5:-1 7:8 8:7
c:fene 0:7 8:-1
c:fens 0:-5 4:5 5:-1 8:8
c:fent 0:-2 2:6
c:fer_ 0:8 1:-6 2:32 4:3 5:-3
c:ferl 0:-3 2:10
c:fero 0:-2 2:3
c:fers 0:-11 2:52 3:2 5:-2 6:-1 7:2 8:2
c:feur 0:4
c:ffel 0:7 2:-4 4:2 5:-3 6:10
c:ffeu 0:4
c:fgaa 1:2 4:-2
c:fgeb 0:-1 7:9 8:-2
c:fgel 0:4 1:6 4:-1 5:-1
c:fgem 0:2 2:1 7:-1
c:fger 0:12 5:-3 6:6
c:fges 1:-1 2:2 5:-2 6:-2 7:3 8:10
c:fgev 0:-12 1:-1 5:8 6:11
c:fgew 0:6 5:-2 7:3 8:-3
c:fhaa 0:-2 1:4
c:fhan 7:2
c:fica 0:3 7:3
c:fie_ 0:2 1:-1 8:2
c:fiek 0:2
c:fiel 0:-6 1:2 2:-2 4:-13 5:-8 6:3 7:3 8:2
c:fiet 0:11 1:-2 5:2
c:fijn 0:-5 1:3 3:5 8:-3
c:film 0:5 1:-2
c:filo 0:2 1:-1 8:2
c:fina 0:4 1:-2 5:13 6:1 7:7
c:fini 0:-4 7:8 8:-2
c:fixu 0:7 7:4 8:-3
c:fjaa 6:1
c:fje_ 0:-1 6:5 7:-1
c:flec 0:-4 1:-2 2:-3 3:2 6:25
c:fles 0:3
c:flex 1:-3 4:6
c:flin 0:-7 1:2 3:8 4:-2 5:5 7:4 8:-2
c:floo 6:1
c:flui 0:-4 7:7
c:fmaa 0:-5 1:2 7:5 8:7
c:fmak 7:-1 8:2
c:foli 1:-4 2:-2 3:10 4:1 5:-4 6:22 7:6 8:-4
c:foon 0:-2 5:5
c:form 0:1 1:-9 2:-3 4:2 5:-8 6:26 7:9 8:-7
c:foto 0:-1 5:-1 6:9 7:-2
c:fout 0:-12 1:1 2:3 3:-2 4:3 5:-3 6:-3 7:1
c:fran 1:4 2:5 3:-2 4:-2 5:-1
c:fron 0:-6 1:6 2:-1 6:6 7:4 8:-1
c:fsbe 0:3
c:fsku 7:-2 8:5
c:fslu 0:-1 6:3
c:fspr 0:-8 1:10 3:-3 5:-2 7:4 8:9
c:fst_ 0:15 1:-6 2:2 3:-3 5:-4 8:6
c:fsta 0:-1 1:15 3:17 4:2 5:-1 8:-5
c:fste 1:-1 5:2
c:fstu 0:11 1:1 4:-3 8:-1
c:fstv 0:-3 2:3 6:3 7:4
c:fsve 0:-3 5:8
c:ftek 0:-3 5:-1 6:15 7:-4
c:ftie 0:11 7:-1 8:-3
c:ftig 1:-5 4:6
c:ftij 0:-12 1:-8 2:1 3:32 4:7 7:-1
c:full 0:-3 5:6
c:func 1:11 7:-2 8:-1
c:fvad 0:-4 5:8
c:fval 0:-2 1:5
c:fver 0:-1 1:2
c:fvin 6:6 7:-1 8:-2
c:fvoe 0:-4 8:11
c:fwac 0:-6 1:9 3:-2 7:2
c:fweg 0:2
c:fwer 0:-2 2:4
c:fwez 1:-1 5:4
c:fwij 0:11 1:-2 3:7 5:-2
c:fwis 4:2
c:fysi 0:-2 5:6
c:g-up 0:3 1:-1
c:ga's 0:8 1:6 3:-1 4:-2 5:-2
c:gaaf 0:-3 1:-2 4:8 8:-1
c:gaan 0:4 2:-5 3:-13 4:12 5:-5 8:-8
c:gaap 0:-3 5:5
c:gaat 0:-21 2:5 3:-6 4:-15 5:7 6:-19 7:2 8:7
c:gade 6:6 8:1
c:gaf_ 0:29 2:-3 8:-4
c:gal_ 0:-5 1:10 3:2 4:-1 8:-3
c:game 0:-7 1:-3 2:-2 4:5 5:14 8:7
c:gang 1:1 2:2 3:-4 4:-7 5:-6 6:6 8:-5
c:gani 0:1 1:3 8:-2
c:gape 1:-1 5:2
c:gara 0:2 1:-2 3:3 4:-2 8:1
c:gast 0:9 1:3 3:-4 5:-2
c:gat_ 2:9 5:-4 7:2 8:-1
c:gati 7:4 8:-3
c:gave 0:2
c:gazi 0:-4 4:6 8:2
c:gber 0:-2 1:-2 4:4
c:gbes 0:2 3:-2 4:7 8:-1
c:gboe 0:-2 6:4 7:3
c:gbou 0:-2 1:-1 4:4
c:gbro 0:-4 1:-3 3:12 5:-3
c:gcoo 0:4 5:-3
c:gde_ 0:6 1:-1 2:2 8:1
c:gden 0:2 1:-1
c:gdzo 5:9 6:-6
c:ge-e 0:2 2:1 6:2
c:ge-u 5:-3 6:8
c:gead 5:1
c:gebe 0:-7 2:15 4:-2 5:9 7:11
c:gebi 0:2
c:gebl 0:10
c:gebo 0:-4 5:1 6:5 7:-4 8:5
c:gebr 1:21 2:-1 3:-2 4:-2 5:18 6:2 7:11 8:-3
c:geco 0:-1 5:2 7:2
c:geda 0:10 1:-11 2:-11 3:8 4:8 5:-5 6:7 7:-4
c:gede 0:4 6:-1 7:3
c:gedo 0:-3 4:3 6:2 8:2
c:gedr 0:-3 2:6 7:2
c:gedu 0:4 1:1 8:2
c:geef 0:11 1:23 2:-3 3:-2 4:-5 5:-3 7:4 8:4
c:geen 0:-4 1:22 3:14 4:19 6:-8 7:39
c:geer 0:6 1:3
c:geet 0:8 1:13 3:-6 5:-3 8:8
c:gefe 0:10
c:gega 0:6 3:2 5:-2
c:gege 0:4 1:-1 3:5 4:-2 5:2 7:-1
c:gegr 0:-4 1:6 3:2 8:8
c:geha 0:-12 1:-2 2:12 3:3 5:-2 6:12 7:-2 8:6
c:gehe 0:-3 1:12
c:geho 0:13 1:-2 3:-3
c:geke 0:-1 4:6 6:5 7:-1
c:gekn 0:-3 1:-2 4:4 7:-1 8:5
c:geko 1:-6 2:-3 4:-6 5:-8 6:2 7:15 8:4
c:gekr 0:5 2:-2 5:-1 6:2
c:gel_ 0:6 6:-6 7:2
c:gela 0:9 1:-2 2:2 7:-1 8:-3
c:geld 0:7 1:-9 2:-5 4:3 5:18 6:-3 8:7
c:gele 0:26 1:14 3:12 4:-5 5:-10 6:24 8:-6
c:geli 0:25 1:-11 3:10 4:-1 5:-2 6:2 7:-3 8:2
c:gelo 0:13 1:6 2:-2 3:-6 4:14 5:-5 7:-3 8:4
c:gels 0:-4 1:18 2:8 5:-3 8:-2
c:gelt 0:-4 5:1 6:3 7:3 8:-1
c:gelu 0:-5 1:10 4:3
c:gema 0:-17 1:1 2:-3 3:-2 5:11 6:11 7:-6
c:geme 4:5 5:-7 6:-1 7:2 8:-1
c:gemi 0:-16 1:-5 2:38 3:21 4:-2 5:2 6:-4 7:13
c:gemo 0:-4 1:4 3:5
c:gen_ 0:11 1:7 2:-15 3:5 4:2 5:-7 6:-18 8:-34
c:gena 0:4 2:4 5:-2
c:gend 1:-17 2:5 3:-14 5:-12 6:-10 8:5
c:gene 0:-3 1:-2 4:5 5:-2 6:-1 7:11 8:9
c:geni 0:-5 2:1 3:11 5:5 8:-4
c:genk 0:1 4:2 5:-1
c:genl 0:-20 1:13 2:-5 4:5 5:11 6:-1 7:-2 8:5
c:geno 0:3 1:-12 3:28 4:-4 5:4 6:6 7:-14 8:-5
c:gens 0:14 1:-1 2:5 3:-7 4:17 5:-12 6:-4 8:1
c:gent 0:-1 1:-4 3:-2 4:3 8:4
c:genv 0:5 1:2 2:4 6:-2
c:genw 0:-1 5:7
c:genz 1:1
c:geov 0:-2 2:-1 7:4
c:gepa 0:3 5:-2 6:3
c:gepl 0:3 1:2 2:-5 3:1 4:-6 6:-8 7:12
c:gepr 0:5 1:-2
c:ger_ 0:-29 1:-8 2:4 3:21 4:-6 5:17 6:-9
c:gera 0:2 5:4
c:gere 0:-5 1:3 3:2 4:-6 5:-4 6:13 7:-3 8:11
c:geri 0:-2 1:3 2:6 3:-5 5:-2 6:-5 8:5
c:gero 0:11 5:-3 6:6 7:3
c:gers 0:6 4:-2 5:7 7:-4 8:2
c:geru 0:22 2:-2 5:5 6:-3 7:-5 8:-3
c:ges_ 1:5 3:2 4:-2 5:-2
c:gesc 0:-13 1:-10 4:-2 5:5 6:-5 7:4 8:14
c:gesl 0:3 1:4 3:-2 4:-3 6:-3 7:2 8:-3
c:gesp 1:14 2:9 3:-10 4:-9 5:3 6:26 7:-1 8:-10
c:gest 0:12 1:-2 3:-4 4:9 6:5 7:8 8:-5
c:geta 0:-1 1:1 2:4 3:-1
c:gete 0:-10 1:5 5:-1 6:6 7:22 8:9
c:getr 2:1
c:getw 1:-1 7:5 8:-2
c:geup 5:-2 6:6
c:geva 0:-8 1:-3 4:2 5:12 7:8
c:geve 0:-4 1:4 2:-10 4:-15 5:4 6:-10 7:8
c:gevi 0:13 1:-2 4:-3 5:-9 6:11 8:-1
c:gevo 0:2 2:-4 3:5 4:-2 5:-8 6:6 7:2 8:-7
c:gevr 0:4 1:2 5:-1
c:gevu 0:-3 3:1 4:1 6:22 7:7 8:-1
c:gewe 0:26 1:-4 2:-2 3:-3 5:3
c:gewi 0:-19 1:8 2:-2 3:2 5:22 6:-2
c:gewo 0:14 2:-5 3:3 4:2 5:-16 6:-4 7:-4 8:15
c:geza 0:-7 2:7 5:4
c:geze 0:4 1:-1 3:6 4:-7 5:-3 6:6 8:13
c:gezi 0:-26 1:16 2:-2 3:1 4:25 5:21 8:-5
c:gezo 0:8 1:-7 4:-6 5:19 6:-3 8:16
c:ggek 0:3 2:-1
c:ggel 4:2 8:-1
c:ggen 0:11 1:-8 2:2 4:8 5:-3 8:-2
c:gger 0:2 1:2
c:gges 5:-4 6:7
c:ggev 0:7 8:3
c:ghed 0:-2 1:18 2:-3 6:-2
c:ghei 0:3 1:7 2:1 3:1 4:-6 5:-7 6:-6 7:-4
c:ghou 0:4 1:-1
c:ghui 0:1
c:giai 0:-11 3:19 8:-3
c:gie_ 0:28 1:-4 2:6 4:4 5:-2 7:-4 8:4
c:gien 5:3
c:gier 0:19 2:1 8:-3
c:giet 0:2 4:-1
c:gin_ 1:5 4:1 6:-1 8:11
c:ging 0:34 1:-18 2:-1 3:-3 4:12 7:-4 8:6
c:ginn 0:2 1:-4 2:3 4:13 6:-3 7:-3 8:4
c:gint 0:10 1:2 4:-3 5:3 8:3
c:gio_ 0:-3 4:1 8:5
c:gion 0:2
c:gisc 0:-4 1:-2 4:6 5:-1 8:5
c:giss 0:-1 8:2
c:gist 0:-11 1:-2 2:8 3:-3 4:2 6:27 7:-2
c:gita 4:3 5:-2 6:3
c:gje_ 0:3
c:gkij 0:3
c:gkla 0:5 2:2 3:-2 4:-1 5:2
c:gkom 7:1
c:gkun 0:6 1:-1 2:3 3:-2 8:10
c:glij 1:-2 2:-1 3:6 4:5 6:-4 7:-1
c:gnos 0:-7 1:-2 2:3 4:-2 5:17 6:-2
c:goed 0:11 1:-6 2:1 3:-5 4:5 5:-17 6:-15 8:2
c:gogi 0:-3 1:-1 4:2 8:4
c:gok_ 0:2
c:gon_ 0:6 5:-3
c:gonn 1:-4 4:6
c:gopl 0:-6 1:7 2:2 4:-4 7:5 8:-8
c:goud 1:5 4:-3 5:-1
c:graa 0:40 1:-7 2:-1 4:9 5:10 6:6 7:-6 8:-3
c:graf 0:3
c:gram 0:2 3:-1 4:2 5:-2 6:4 7:-3
c:grat 0:-8 4:11
c:gren 0:-3 1:5 2:5
c:grep 0:-7 1:8 7:3 8:8
c:grie 0:1
c:grij 0:8 1:-9 3:-4 4:11 5:4 7:4 8:-4
c:grip 0:-3 1:9 3:-2 4:2
c:groe 0:-3 2:-3 3:57 6:8 7:1 8:-5
c:gron 0:-15 1:-4 4:20 8:8
c:groo 1:-3 2:2 3:4 5:-3 8:3
c:grot 0:3 1:-3 4:6
c:gsba 0:-2 2:-4 6:14
c:gsbo 0:-3 1:6 4:-2
c:gsin 7:6
c:gsma 0:-2 5:-1 6:4
c:gst_ 1:-4 2:1 3:2 4:4 5:-2 6:-2 7:-1
c:gsta 2:-2 3:5
c:gste 0:-1 1:5 2:8 3:3 6:-2 8:2
c:gstk 0:-6 5:9
c:gstu 0:3 1:5 4:-4 8:-2
c:gsve 0:-1 1:13 7:2
c:gsys 0:-4 2:4 6:3
c:gunn 0:-3 5:8
c:gust 8:2
c:gvli 0:-2 1:11 4:-3 8:-3
c:gvol 0:-4 2:4 6:3
c:gvul 0:6 1:-3 5:-1
c:gwer 0:-3 2:5
c:gwij 0:4 8:-2
c:gymn 0:-5 4:16 8:-2
c:gzaa 0:-10 1:10 2:7 3:7 4:-1
c:gzam 0:-1 2:-2 4:6 5:-1
c:gzie 0:1
c:gzus 1:-1 3:3
c:haak 0:-9 1:12 4:-1 7:12
c:haal 0:7 2:29 3:-3 4:-11 5:4 6:-4 7:2 8:-12
c:haam 0:-6 5:10
c:haar 0:-5 1:11 3:24 4:-1 5:12 7:-3
c:haas 0:-2 7:4
c:haat 0:-4 7:5
c:had_ 0:13 1:-10 2:10 3:10 4:-2 5:-3 6:6 7:-3
c:hadd 0:2 3:4 5:-3 6:2
c:hake 0:-1 1:2 3:-1 4:5 7:2
c:hakk 0:3 5:-2 6:-1 7:5
c:hakt 0:-5 8:7
c:hale 0:-13 2:31 3:12 5:-4 6:3 7:-1 8:4
c:half 0:-3 1:-1 2:2 3:1 4:3 6:1
c:halv 0:-3 1:10 3:8 5:-3 8:-3
c:hame 1:6 2:3 4:-1
c:han_ 0:3 3:-2
c:hand 0:-43 1:25 2:-6 3:-3 4:19 5:-11 6:16 8:9
c:hang 0:5 1:-3 2:4 3:5 7:4
c:haos 0:5 1:-1 5:-1
c:haot 0:-7 1:24 4:-5 8:-4
c:hap_ 1:6 3:-2 4:6 5:8 8:2
c:happ 0:6 1:2 5:3 6:-1 8:13
c:hard 0:5 3:3 5:-1 7:6 8:-6
c:hart 0:2
c:hat_ 0:-2 1:7 7:-2 8:-1
c:hatt 0:3 1:-4 5:1
c:hauf 0:4
c:have 0:3 3:1
c:havi 0:-8 1:-2 2:-2 3:2 4:30 5:-1 6:1 7:1
c:havo 0:9 3:10 4:5 5:-4 6:-4 7:-2 8:30
c:hbo- 0:-6 2:1 3:7 4:-9 7:-1 8:17
c:hbo_ 0:14 1:-5 4:24 5:-1 6:-3 7:-6 8:10
c:hd'e 0:-5 4:7
c:heat 4:-2 8:3
c:heb_ 0:-2 1:-8 2:-1 4:13 5:10 6:24 7:-4 8:19
c:hebb 0:-4 1:-9 3:13 4:7 5:2 6:8 7:-9
c:hebt 1:9 2:4 3:-4 4:-7 5:-1 6:8 7:16 8:-13
c:heck 1:-2 3:-3 4:-5 5:3 6:15 8:-1
c:hede 0:5 1:16 2:-3 6:-2
c:heef 0:-16 1:-4 2:-5 3:12 4:-11 5:17 7:5 8:4
c:heel 1:2 2:2 4:5 5:-6 6:-5 8:-7
c:heen 0:10 1:-3 3:8 6:4 7:-3 8:-2
c:heer 0:-3 1:10 5:1 8:8
c:heid 0:-5 1:17 4:-13 5:26 6:-5 7:-3 8:11
c:heik 0:4 1:-3 2:7 5:2
c:heke 0:2
c:held 0:3 8:1
c:hele 0:13 2:-2 3:4 4:-3 6:-5 7:2 8:-7
c:helf 0:-4 1:4 3:7
c:help 0:27 1:4 3:-5 4:-3 5:6 7:-4
c:hem_ 0:-2 1:13 2:-2 3:3 4:8 5:-8 6:-2 8:13
c:hen_ 0:2 1:-2 2:-1 3:10 4:-1 7:-1
c:heol 0:2
c:heor 0:1 1:17 2:2 3:-2 4:5 5:-2 7:-4 8:-4
c:her_ 1:-3 4:3
c:hera 0:-7 1:-1 5:12
c:here 0:-6 2:1 4:7
c:herf 0:-2 1:-1 2:3 6:3 7:4
c:heri 0:4 1:-4 4:6
c:herk 0:-2 1:2 2:11 3:-3 4:6 5:2 8:-2
c:herm 0:9 1:3 2:-1 3:-2 4:2 5:-3 8:-1
c:herp 0:1
c:hers 0:-1 2:3
c:het_ 0:3 1:-3 2:-4 3:5 4:-6 6:17 7:-4 8:3
c:hetz 0:1 3:3 7:-1 8:-1
c:heug 0:-3 1:12
c:hied 0:3 1:-3 2:2 4:-1 7:3 8:4
c:hiel 0:17 4:1 5:-2 8:-2
c:hien 0:5 2:2 3:-5 4:9 5:12 7:-2 8:-4
c:hier 0:13 1:-9 3:4 5:6 6:10 7:-4
c:hiet 0:-12 1:20 2:-1 3:-5 5:-1 7:19 8:2
c:hij_ 0:-29 1:12 3:5 4:-18 5:-6 6:-15
c:hijn 0:-4 1:5 4:15 5:-4 8:-2
c:hikt 0:-7 4:-4 5:4 8:15
c:hil_ 0:2 2:4 3:3
c:hild 0:4 1:3 7:-3
c:hill 0:13 3:3 5:-1 6:-2
c:hine 0:8 1:4 3:-4 4:-1 8:-1
c:hip_ 7:3
c:hisc 0:-2 1:-2 5:6
c:hite 0:2
c:hnie 1:11 3:-3 4:8 5:-8 6:-2 7:-4 8:11
c:hnis 0:-2 1:2 7:-1 8:5
c:hnol 0:7 8:-2
c:hobb 6:-1 7:-1 8:11
c:hoe_ 0:24 1:4 2:19 4:-17 5:9 6:-26 7:-8 8:-27
c:hoed 0:-6 3:8
c:hoef 0:20 1:-2 5:-5 6:8 7:-5 8:4
c:hoek 0:1 5:2
c:hoen 8:4
c:hoev 0:-10 1:-5 2:24 3:3 4:-2 5:3 6:18 7:-5
c:hoge 0:-13 1:-3 2:18 3:2 4:5 5:-2 7:-1 8:3
c:hol_ 0:-2 1:-3 4:4 5:2
c:hole 0:2 1:-1 8:2
c:holo 0:-11 1:-1 2:-2 5:21 7:-3 8:5
c:holp 0:9 1:-2 3:-2
c:homm 0:7 1:-2 3:-1
c:hoof 0:-4 2:-2 3:-3 4:15 5:5 6:-3 8:11
c:hoog 0:-22 1:4 2:20 3:1 4:11 5:-6 6:-3 7:-4
c:hool 0:10 1:-6 3:-3 4:2 5:-1 6:7 7:7
c:hoon 0:-6 4:13 7:2
c:hoop 0:8 1:-2 3:-2 7:3 8:1
c:hoor 0:1 2:-7 3:8 4:-2 5:11 6:-10 7:-10 8:4
c:hop_ 0:4 4:-3
c:hope 1:3 3:-1
c:hore 0:6 1:15 3:-5 4:27 5:-2 7:4 8:-9
c:hort 0:-5 3:8
c:hote 0:7 4:-1
c:hou_ 0:-2 4:4 7:-2 8:2
c:houd 0:-22 1:45 2:-4 3:-1 4:9 5:3 6:1 7:-6
c:hous 0:7 2:1 3:3 4:-1 8:-2
c:houv 1:3
c:houw 1:4 4:-1 8:-2
c:hrap 0:-6 1:7 6:-1 7:-2 8:7
c:hree 0:2
c:hrev 0:-2 1:-2 3:5 6:-2 7:4
c:hrif 0:-2 1:5
c:hrij 1:10 2:-2 4:-8 5:-3 6:15 7:16 8:-4
c:hrik 0:1 7:3
c:hris 0:-5 4:7
c:htam 7:3 8:-1
c:htba 0:8 6:4 7:-2 8:-2
c:htbi 0:5 5:-3 8:4
c:htdi 0:9
c:hte_ 0:-21 1:-7 2:1 3:4 4:26 5:-11 6:11 7:-7
c:htel 0:-3 1:-2 4:9
c:hten 0:-14 1:-19 2:3 3:-13 4:-4 5:9 7:4 8:6
c:hter 1:20 2:-9 3:21 4:11 5:-12 6:-6 8:-11
c:htga 0:-2 5:-2 7:6
c:htge 5:4
c:htig 0:-5 1:16 4:-2 5:7 8:-4
c:htin 0:11 1:3 2:-11 3:10 4:-2 5:-12 7:-8 8:5
c:htje 0:1 1:-1 3:11 5:-2
c:htka 0:-4 1:-4 4:-3 7:5 8:8
c:htku 0:4
c:htli 0:-2 7:3
c:htru 0:-1 5:3
c:hts_ 0:2 4:-3 5:8
c:htst 0:-5 1:6 3:-1 7:-2 8:3
c:htte 0:5 2:-3
c:htti 0:-2 7:3
c:htze 3:1
c:huid 0:1 1:-3 7:-2 8:6
c:huif 0:-3 3:-3 7:8
c:huis 1:-21 2:-12 3:-16 4:9 5:46 6:-15 7:4
c:huiv 0:3 5:-1
c:huld 0:-10 4:-1 5:28
c:hulp 0:17 1:3 3:1 4:-2 6:-2 7:-2 8:-2
c:hun_ 0:6 1:-3 2:3 3:23 4:9 5:-5 8:-3
c:hure 0:4 4:-1
c:hut_ 0:-9 1:-4 4:16
c:huur 0:-3 5:9
c:huw_ 7:2
c:huwi 0:-1 2:-2 7:5
c:hygi 5:3
c:hzel 0:-4 1:5 3:-2 4:-3 7:9
c:iaal 0:2 1:5 3:-2 4:-2
c:iagn 0:-7 1:-2 2:3 4:-2 5:17 6:-2
c:iair 0:-11 3:19 8:-3
c:iale 0:-1 5:2
c:iali 0:3
c:ialo 0:2
c:iasm 0:1
c:iast 0:2 2:1 3:1 4:8 5:-2 7:-1 8:-4
c:iati 0:-4 1:16 3:-2 5:-1 6:-1
c:iavo 0:11 5:-7
c:ibel 1:-3 4:6
c:ica_ 0:-3 1:-5 3:2 4:4 5:1 7:5
c:icaa 0:1 7:3
c:icat 0:-5 1:-2 5:16 8:-1
c:ich_ 0:-17 2:-6 4:4 5:1 6:-5 8:-2
c:icha 0:-9 1:5 2:1 3:-2 4:-2 5:10
c:icht 0:-15 3:27 4:-3 5:-5 6:15 7:-9 8:8
c:ichz 0:-4 1:5 3:-2 4:-3 7:9
c:icie 0:-3 3:10 4:-2
c:icij 0:-10 1:-2 5:20
c:icit 0:12 1:-1 2:-1 3:3 5:-3 7:5 8:1
c:ico' 0:4 1:-1
c:ico_ 0:17 1:-4 6:1 7:1
c:icol 0:-9 1:11
c:ict- 0:-3 1:-2 4:8 8:7
c:ict_ 0:6 1:-4 3:-4 4:8 5:2 6:-2 7:-3 8:7
c:idda 0:3 4:-1
c:idde 1:-6 2:36 3:23 6:8 8:-3
c:ide_ 0:6 4:2 7:-1
c:idea 0:2 1:-1 4:6
c:idee 0:21 1:6 5:-2 7:-6 8:4
c:idel 0:-11 2:6 4:-5 5:-2 6:-2 7:11 8:1
c:iden 0:7 1:2 2:-2 3:-7 4:21 5:1 8:-4
c:ider 0:10 1:1 3:-13 5:-10 6:5 7:6 8:-2
c:idig 0:1 1:-3 7:-2 8:6
c:idin 1:1 2:-2 3:-2 4:2 5:7 6:-5 8:21
c:idsk 0:2
c:idst 0:-5 2:5
c:idsz 0:5 1:-1 5:-1
c:idt_ 0:5 3:-1
c:ieac 0:-7 1:-1 4:11 7:-1 8:1
c:iead 0:1 1:-2 2:6 7:3 8:-1
c:ieag 0:-1 4:-2 8:4
c:ieba 0:-1 4:7 5:-4
c:iebe 0:3 4:-3
c:iebo 0:-2 1:4 4:-1 8:-1
c:iebr 1:-1 6:4 7:2 8:-2
c:ieci 2:-2 4:4
c:ied_ 0:2
c:iede 0:17 1:-6 3:10 4:-10 5:-3 7:13
c:iedt 0:-3 1:9 3:-3
c:ieel 5:7
c:ieen 3:2
c:ieer 6:7 8:-2
c:ief_ 0:-2 1:27 3:-8 4:-3 6:2 7:4 8:-8
c:iefi 0:3 7:7
c:iefj 0:-1 6:5 7:-1
c:iefs 0:13 1:-6 2:2 3:-3 4:4 5:-4 8:6
c:iefv 0:-4 5:8
c:iege 0:1 1:11 3:-3 4:-5 6:4 7:-2 8:-6
c:ieho 5:2
c:iek_ 0:-12 3:-12 4:2 5:4 6:1 7:-14 8:14
c:ieka 0:-6 5:12 6:-1
c:iekd 0:4 4:-3 8:2
c:ieke 0:13 1:-9 3:5 4:-5 5:11 6:-3 7:2
c:iekk 1:2
c:ieko 8:3
c:iekr 1:-1 3:3 8:2
c:ieks 0:1
c:iekt 0:-6 5:13
c:iel_ 0:13 2:-5 3:2 4:-9 5:-1 6:-6 8:10
c:ield 0:3 5:-2
c:iele 0:7 1:6 2:1 4:-2 5:8
c:ieli 0:1 2:-2 5:-1 6:5 7:1
c:ielk 1:6 3:-5 4:-1 5:-8 6:12 7:1 8:-7
c:ielp 0:14 1:-1 8:-2
c:ielw 2:3 3:2
c:iem_ 0:9
c:iema 0:15 1:4 2:2 3:-15 5:-4 6:-6 7:9 8:-8
c:ien_ 0:21 2:2 3:2 5:11 7:-11 8:-24
c:iend 0:20 1:-10 2:5 3:29 4:-1 5:-1
c:iene 0:-7 1:-4 2:2 4:6 5:15 8:3
c:ieni 1:7 3:-3 8:4
c:iens 0:16 1:2 4:-4 5:5 7:-1 8:2
c:ient 0:6 1:-2 2:-6 3:3 4:-2 6:7 7:-1
c:ieop 0:-6 1:-2 6:6 8:6
c:iep_ 0:10 1:-1 2:-2 5:12 6:2
c:iepe 0:1
c:iepu 1:-2 2:11 5:-1
c:ier_ 0:31 1:-6 2:-9 3:11 4:-5 6:33 7:4 8:-5
c:iere 0:14 1:1 3:-3 5:-7 6:-2 7:-1 8:1
c:ieri 0:22 1:-2 4:-1 5:-1 7:6 8:-3
c:iero 0:-2 1:-2 6:7
c:iert 7:4 8:-2
c:ierv 7:-2 8:3
c:ies_ 0:-22 1:-14 2:3 3:-10 4:-7 5:1 7:13 8:28
c:iesm 0:6 8:-2
c:iest 0:-2 1:4 2:-3 3:-5 5:1 7:22 8:3
c:iet_ 0:-6 1:32 2:-17 4:-3 5:-11 6:7 7:9
c:iete 0:4 1:2 5:-1 6:-2 7:2
c:ieti 0:3 1:-2 5:7
c:iets 0:26 1:-2 2:-3 4:20 5:3 6:-5 7:-8 8:12
c:ieur 0:-5 2:3 3:11 5:3 8:-4
c:ieus 0:4 3:9 4:9 5:-2 7:-4 8:-4
c:ieuw 0:52 1:-5 4:13 5:5 7:3 8:-13
c:ieuz 8:3
c:ieve 0:7 1:2 2:-7 3:-4 4:1 5:-6 7:-5 8:5
c:iew_ 0:6 3:-1 4:-1 6:4
c:iewe 0:6 5:-1
c:ieze 0:13 3:9 4:19 6:-2 8:-1
c:ific 0:3 7:3
c:ift_ 0:-5 1:5 7:4
c:igbo 0:-2 1:-1 4:4
c:igd_ 0:2
c:ige_ 0:6 1:-2 3:30 4:7 5:-13 6:-7 7:-13
c:igee 0:1
c:igen 0:16 1:11 2:-4 3:-8 4:7 6:-8 7:-1 8:2
c:iger 0:-10 1:-6 3:16 4:11 6:-1 7:4
c:igge 0:-9 1:6 2:2 4:6 8:8
c:ighe 0:3 1:27 3:4 4:-4 5:-6 6:-6 7:-2 8:2
c:igho 0:4 1:-1
c:igin 0:-6 2:-1 3:-3 4:4 5:5 7:-3 8:6
c:igit 4:3 5:-2 6:3
c:igra 0:-8 4:12
c:igs_ 0:-5 1:3 8:5
c:igst 0:2 1:-6 4:6 8:5
c:igt_ 1:3 3:8 4:3 5:-4 6:-7 7:-4 8:-6
c:ijba 0:9 1:-9 2:-3 3:2 4:-4 5:3 7:-3
c:ijbe 1:-2 5:7 8:2
c:ijbl 0:3 8:-1
c:ijd_ 0:22 2:-8 3:-6 4:5 6:-9 7:2 8:-3
c:ijda 0:-13 2:1 6:14 7:18 8:-3
c:ijde 0:10 1:12 5:24 7:3
c:ijdi 0:4
c:ijdr 0:-2 5:2
c:ijds 0:-10 1:6 3:11
c:ije_ 0:5 1:-1 5:-2
c:ijen 0:4 4:-2
c:ijf_ 1:-7 2:-7 3:15 4:-8 5:-4 6:39 7:22 8:20
c:ijfe 1:-25 2:81 3:2 4:-8 5:-15 6:-11 7:16 8:7
c:ijfs 5:11 6:-4 7:-3 8:4
c:ijft 0:10 1:9 4:-3 5:-3 6:-6 8:-2
c:ijg_ 0:-4 1:6 3:-3 4:-2 5:9 6:-6 7:5
c:ijge 0:2 2:13 4:-2 6:-4 7:2
c:ijgt 1:-5 3:-2 4:-3 6:6 7:6 8:2
c:ijho 0:2 6:2
c:ijk_ 1:19 2:-6 3:9 4:12 5:-11 6:-12 8:-2
c:ijkb 0:7 1:-3 3:-2 5:-1 6:6 7:3 8:4
c:ijke 0:35 1:-2 3:12 4:8 5:-2 6:-5 7:-8 8:1
c:ijkh 0:1 1:9 8:-3
c:ijki 3:5
c:ijkk 0:-2 1:-1 3:6
c:ijkl 0:-4 1:5 3:-3 4:3 5:5
c:ijko 0:-7 1:-4 2:3 3:4 4:9 5:-3 6:9 7:-2
c:ijkr 1:3
c:ijks 0:1 1:-2 3:-3 4:4 5:-2 7:-2 8:4
c:ijkt 0:4 1:10 3:-4 4:4 6:-2 8:12
c:ijkv 2:2 3:2
c:ijl_ 0:3 1:5 2:-1 3:1 8:-2
c:ijle 1:2 3:-1
c:ijn_ 0:-6 1:-3 2:5 4:17 5:17 6:15 7:-8 8:-3
c:ijna 0:-3 1:10 3:19 6:1 7:-3 8:-1
c:ijne 0:-10 1:-2 5:20
c:ijnl 0:-9 1:5 4:15 5:-2 8:-2
c:ijns 0:2 1:-1 4:3
c:ijp_ 0:-4 5:5 7:4
c:ijpa 0:1
c:ijpe 1:-4 4:9 8:-2
c:ijpt 0:2
c:ijs_ 0:-7 1:-7 3:-3 5:-2 6:3 7:1
c:ijsa 1:-3 4:4 8:3
c:ijsl 1:-2 4:3
c:ijss 0:-2 6:6
c:ijst 2:19 3:8 5:-9 6:14 7:5 8:-9
c:ijt_ 0:-6 1:2 3:-1 5:11 7:4 8:2
c:ijtg 0:2 5:4
c:ijtj 0:-1 2:2 6:2
c:ijtr 0:-2 1:8 4:-2
c:ijve 0:-5 1:13 2:-5 3:15 7:15 8:-2
c:ijvi 0:-2 1:1 3:-1 4:1 6:-1 7:19 8:1
c:ijvo 0:6 5:3 6:-1
c:ijwe 1:5 3:-2
c:ijwi 0:1
c:ijze 0:4 3:-3 4:5 6:2 7:-1
c:ijzi 0:17 1:-2 3:1 5:-2
c:ijzo 0:2
c:ikba 0:5
c:iken 0:8 1:-7 2:1 3:3 4:4 7:-2 8:-3
c:ikke 0:-4 1:1 2:2 3:8 5:-3 7:-2 8:-1
c:iks_ 0:-13 2:-3 3:2 5:-4 6:-3 7:3 8:7
c:ikt_ 0:-12 2:5 4:-5 5:19 7:19 8:11
c:ikte 0:1
c:ikun 0:4 1:-3 2:7 5:2
c:ild_ 0:2 1:-1 6:2 7:-1
c:ilde 0:17 2:-1 3:3 7:-4 8:-2
c:ilen 1:3
c:ilha 0:-5 1:8 3:1 5:-2 8:5
c:ilie 0:6 1:-2 2:-2 3:-2 4:17
c:ilig 0:-4 2:1 4:9 5:4 6:-2 7:-3 8:25
c:ilij 0:10 1:15 5:-2 8:-6
c:ilit 0:6
c:ille 0:8 1:11 2:-5 4:3 5:10 6:-7 8:-10
c:illi 4:5
c:ilm_ 6:2
c:ilmp 0:6 1:-2
c:iloo 0:1 8:5
c:ilos 0:2 1:-1 8:2
c:ilst 3:7
c:ilt_ 0:23 1:1 2:16 3:-8 5:20 6:-4 7:-2 8:-14
c:ilte 0:12 7:-2
c:ilzi 0:-6 1:7 4:2
c:ima_ 0:2 3:5 4:6 5:-1 7:-6 8:4
c:imaa 0:-1 2:7 5:-1 6:3
c:imal 0:-2 1:-2 2:5 3:-1
c:ime_ 0:6 1:-3 4:-2 5:6
c:imen 0:8
c:imme 0:-4 2:-1 3:3 4:9 5:-2 8:7
c:impe 0:-4 1:2 4:3 5:-1 6:-6 8:5
c:imst 3:4 4:-2
c:imte 0:10 2:4 6:-2 7:8 8:-2
c:imum 0:-1 6:3
c:inaa 0:-2 4:5
c:inan 0:1 1:-1 4:-1 5:12 7:7
c:inat 0:9 5:-3 6:-4
c:ind_ 0:-7 1:2 2:-4 3:2 4:28 5:-3 6:-5 8:20
c:indc 0:-6 1:-1 2:11
c:inde 0:-10 1:25 3:-2 4:44 5:-6 6:-2 7:16 8:7
c:indg 0:-2 2:3
c:indi 0:-2 1:-1 2:6 7:13 8:-1
c:indl 0:-5 2:11 5:-2
c:indp 0:4 1:-3 2:5
c:indr 0:7 8:-1
c:inds 0:-2 2:4 5:16
c:indt 0:21 1:-7 3:6 4:2 5:-2 6:-2 7:6 8:-5
c:ine_ 0:28 1:14 3:-4 4:-3 5:4 7:11 8:-3
c:inee 5:5
c:iner 0:11 1:-6 3:2 5:-2 7:6 8:-2
c:ines 0:6 1:-2 4:3 8:-1
c:info 0:14 1:-7 2:-2 3:1 4:4 6:-3 7:2 8:-2
c:ing- 0:3 1:-1
c:ing_ 0:12 1:10 2:-15 3:-22 5:-3 6:-25
c:ingb 0:-4 1:-3 3:12 5:-3
c:inge 0:6 1:3 3:20 4:-2 5:-8 6:-2 8:-28
c:ingg 0:5 4:-1 7:-1 8:3
c:ings 1:15 2:-3 3:-2 4:-6 5:-3 6:4 7:4 8:1
c:ingt 0:-2 6:3 7:2
c:ingv 0:-4 2:4 6:3
c:ingz 1:-1 3:3
c:inha 0:-6 1:3 2:3 3:6 5:-1 8:-1
c:inho 0:-3 1:-1 6:7
c:inie 2:1
c:inig 0:-11 1:36 3:-1 4:12 5:4 6:-1 7:-2 8:2
c:inim 0:-4 2:9 3:-1 5:-2 6:6
c:inin 0:-3 2:3
c:inis 0:-3 1:3 4:3 6:3
c:init 0:-11 1:16 3:-2 5:-1 7:8 8:-2
c:ink_ 0:-6 1:-4 3:10 5:14 6:10 7:5 8:-1
c:inke 0:9 1:18 4:-2 5:-1 6:7 7:-2 8:-3
c:inkj 0:2 1:-2 2:-1 6:10
c:inkt 0:-16 1:3 4:-4 5:11 6:10 7:-2 8:5
c:inle 0:-6 1:-3 3:2 5:3 6:3 7:4
c:inlo 0:4
c:inmi 2:-4 5:-4 6:10
c:inne 1:-19 2:6 3:-6 4:7 5:-16 6:6 7:-9
c:inor 0:3 1:-1 8:4
c:inpu 0:1 1:1
c:ins_ 0:5 4:-1 6:-1
c:insc 0:-3 1:-2 3:-3 6:-1 7:12 8:7
c:insd 0:5 8:-2
c:insp 0:-1 6:12
c:inst 1:17 2:1 3:12 4:-9 5:-4 6:-3 8:-9
c:int_ 0:11 1:2 4:-3 5:3 8:3
c:inta 0:-3 7:5
c:inte 0:29 1:13 2:-3 3:5 4:-1 5:-1 6:20 8:-4
c:inti 3:1
c:intr 1:-3 4:7
c:inut 0:-2 1:1 5:-1 6:5
c:invl 0:-12 5:26
c:invu 0:-4 6:15 8:-3
c:inze 0:3 1:10 2:-2 3:2 5:-3 8:-2
c:inzi 1:5
c:iode 2:16 4:1 6:9
c:iolo 2:3 5:-4 6:-1
c:iome 8:3
c:ion_ 0:2
c:iona 1:9 2:-1 7:-1 8:-2
c:ioth 0:-1 5:3
c:ipli 0:-2 1:12 4:-2 5:-1 8:-4
c:iplo 0:5 1:-4 2:5 5:-5 6:-4 7:14 8:10
c:ippe 0:-2 3:6
c:ips_ 0:3
c:ipt_ 0:-3 1:-2 4:4 7:-1 8:5
c:ire_ 0:-3 1:7
c:irec 0:1 1:-2 5:2 7:1 8:3
c:irs_ 0:-6 3:8
c:isa_ 0:-8 1:-5 3:20
c:isar 0:-5 3:-1 5:10
c:isat 0:3
c:isbe 0:-2 8:6
c:isch 0:-12 1:6 2:13 4:51 5:-2 6:-9 8:16
c:isci 0:-2 1:12 4:-2 5:-1 8:-4
c:iscu 1:-1 7:-4 8:7
c:isee 0:-6 7:-1 8:17
c:isen 0:-5 1:4 2:2 6:6 7:-1 8:-2
c:iser 0:2 1:3 5:-1 8:-1
c:iseu 0:2
c:isga 0:1 1:9 5:-3
c:isgi 0:7 1:-1 3:-1
c:isic 0:11 1:5 3:-1 4:-1 5:-1
c:isie 1:5 4:-1 5:-2
c:isje 0:-4 1:-4 2:3 4:39 5:-2 6:2 7:1 8:-2
c:isk- 0:-4 1:-1 3:5 4:3 8:-1
c:isk_ 4:1
c:isku 0:-3 1:2 2:7 4:-2 5:-4 7:-7 8:7
c:islo 0:-1 7:3
c:islu 0:5 1:4 2:5 7:-2
c:isme 0:-2 1:-3 4:6 5:3 8:-3
c:issc 0:5 2:2 3:-4 4:9 5:12 7:-2 8:-4
c:isse 1:6 2:-1 3:4 6:-1 8:1
c:issi 0:-10 1:-1 5:7 6:2 7:13
c:ist_ 1:21 2:-11 3:-3 4:11 6:12 7:27 8:-11
c:iste 0:8 1:-13 2:7 3:-3 4:19 5:-11 6:-1 7:7
c:isti 1:-17 4:18 6:8 7:-7 8:8
c:isto 0:-2 2:5 3:-1
c:istr 0:-6 1:4 2:2 4:4 5:-1 6:27 7:-2
c:isva 0:-2 1:7 2:-2
c:iswe 0:2 4:-1
c:iszi 5:-1 7:4
c:iszo 0:1 4:-2 5:3
c:itai 0:-3 1:7
c:ital 1:1 5:-1 6:3
c:itat 0:10 5:-2 8:2
c:itch 0:3 1:-1 2:-1 4:-1 7:1 8:2
c:itda 0:10 1:-4 3:-2 4:5 8:-1
c:itdr 0:-2 1:5
c:ite_ 0:11 1:19 3:3 4:-2 6:-2 8:-1
c:itec 0:2
c:itee 0:8 7:2
c:itei 0:17 2:-4 4:1 5:-7 6:16 7:-8 8:-6
c:iten 0:14 1:4 2:-8 3:-9 4:2 5:-7 6:13
c:iter 0:-9 3:2 6:1 7:10 8:-2
c:itga 0:-7 1:8 5:4
c:itge 0:9 2:3 5:-7 6:-2 8:18
c:itho 1:2
c:itia 0:-7 1:16 3:-2 5:-1
c:itie 0:-5 1:-4 3:10 4:-4 6:-6 7:6 8:5
c:itin 0:-2 1:4 3:-2 7:2
c:itis 0:5 1:-2
c:itke 0:-8 2:1 4:-2 5:12 7:12 8:-1
c:itki 0:-1 7:5 8:-2
c:itko 0:7 1:-1 2:2 3:1
c:itkw 0:2
c:itle 0:8 1:-4 7:3
c:itme 0:4 4:-3
c:itno 0:3 5:-2
c:ito- 1:-1 2:2
c:itpa 0:5 7:-3
c:itpr 0:7 1:-3
c:itre 1:-1 2:5 6:-1
c:its_ 0:-1 1:4 2:14 4:-1 5:-2 6:3
c:itsl 0:5 1:-1 2:7 3:2
c:itst 0:-2 1:-2 5:-2 7:17 8:-4
c:itte 0:-9 1:18 2:-1 4:7 5:16 7:10 8:-4
c:itti 0:3
c:itua 0:-3 1:-2 5:8
c:itva 2:-1 4:2
c:itvo 0:2
c:itzi 0:7 1:-2 2:7 3:-2 8:-1
c:itzo 0:9 1:3 4:-2 7:-2
c:ium_ 0:1 3:2 8:1
c:ivat 0:-4 1:7 3:5 4:-1 5:-3 6:4 7:2 8:-4
c:ivea 0:4 1:19 3:4 5:-2 6:-4 8:21
c:ivee 0:-4 1:4 3:5
c:iver 0:-2 1:2 3:5 4:12 5:-2 7:-3 8:7
c:ivit 6:8
c:ixus 0:7 7:4 8:-3
c:izen 0:2 4:-2 8:5
c:jaak 1:-3 7:8
c:jaar 1:-3 2:-3 3:28 4:-18 5:-18 6:11 7:16 8:14
c:jamm 1:4 8:-2
c:janu 6:-1 7:9 8:-5
c:jare 0:-4 1:2 7:7 8:-1
c:jari 0:-5 1:-4 3:12 4:6 5:-2
c:jbaa 0:9 1:-9 2:-3 3:2 4:-4 5:3 7:-3
c:jbew 1:-2 5:7 8:2
c:jbli 0:3 8:-1
c:jdag 0:-13 2:1 6:14 7:18 8:-3
c:jden 0:10 1:12 5:24 7:3
c:jdig 0:4
c:jdra 0:-2 5:2
c:jds_ 0:-2 3:3
c:jdsg 0:-3 3:8
c:ject 0:14 1:5 2:-3 3:-11 4:-8 8:4
c:jen_ 0:4 4:-2
c:jes_ 0:7 1:2 2:2 3:-11 4:-9 7:-8 8:-15
c:jeug 5:9 6:-6
c:jeze 0:4 1:7 2:1 3:-4 4:2 6:-4 7:-4 8:-1
c:jfel 0:15 1:-10 2:-4 3:9 4:-3 7:25 8:15
c:jfer 0:-6 1:-6 2:92 3:2 4:3 5:-6 6:-2 8:1
c:jfsb 0:3
c:jfsk 7:-2 8:5
c:jfsv 0:-3 5:8
c:jft_ 1:14 4:-9 5:-4 6:-6 7:2
c:jfti 0:10 1:-5 4:5 7:-1 8:-3
c:jgeb 0:10
c:jgen 0:-13 2:13 4:-3 6:-4 7:1 8:-2
c:jgt_ 1:-5 3:-2 4:-3 6:6 7:6 8:2
c:jhou 0:2 6:2
c:jij_ 1:12 2:-10 3:59 4:20 5:-15 6:-23 7:-6 8:11
c:jkbe 0:12 1:-2 3:-2 7:3 8:4
c:jke_ 0:10 1:4 2:1 3:1 5:-2 6:-3
c:jken 0:22 1:-5 2:-4 3:8 4:5 6:-2 7:-6
c:jker 3:4 4:2 7:-2
c:jkex 0:3 1:-1 2:3
c:jkhe 0:1 1:9 8:-3
c:jkin 3:5
c:jkkl 0:-2 1:-1 3:6
c:jkle 0:-4 1:5 3:-3 4:3 5:5
c:jkon 0:-10 1:-5 3:5 4:11 8:2
c:jkop 0:4 1:3 2:4 5:-2 6:10
c:jks_ 0:-1 1:6 2:-2 4:-1 8:3
c:jksc 0:-9 1:-2 4:9 6:2
c:jksk 2:2 8:3
c:jkst 0:11 1:-3 2:2 3:-1
c:jkt_ 0:5 1:11 3:-3 4:5 6:-2 8:13
c:jkva 0:-1 2:2 3:3
c:jlee 1:2 3:-1
c:jna_ 0:-3 1:10 3:19 6:1 7:-3 8:-1
c:jnen 0:-10 1:-2 5:20
c:jnli 0:-9 1:5 4:15 5:-2 8:-2
c:jnst 0:2 1:-1 4:3
c:jong 0:-7 1:-7 2:2 4:48 5:-1 6:2 7:4 8:-7
c:jou_ 1:8 2:-17 3:12 4:2 5:-18 6:-16 7:-14 8:14
c:jour 0:6 1:-2 4:-2
c:jouw 0:-18 1:10 3:21 4:5 5:-7 6:-13 7:-7 8:2
c:jpan 0:1
c:jpel 0:1
c:jpen 1:-4 4:9
c:jpt_ 0:2
c:jsas 1:-3 4:4 8:3
c:jsle 1:-2 4:3
c:jsst 0:-2 6:6
c:jst_ 1:-4 2:20 3:10 5:-6 6:9 7:1 8:-2
c:jsta 0:-7 4:3 7:9
c:jste 0:-3 1:4 7:2
c:jstj 0:2 1:3 6:8 7:1 8:-4
c:jstu 0:11 1:-1 7:-6 8:-1
c:jtge 0:2 5:4
c:jtje 0:-1 2:2 6:2
c:jtra 0:-2 1:8 4:-2
c:juis 0:27 1:-3 2:2 3:-3 6:1 7:-1 8:12
c:jull 0:-8 1:-7 3:11 4:7 5:22 6:2 7:-3 8:-7
c:juni 0:-3 2:6 7:3 8:-2
c:juri 4:-2 8:4
c:jven 0:-1 1:12 2:-4 3:7 5:2 7:16 8:-1
c:jver 0:-4 3:8 5:-2 7:-1
c:jvin 0:-2 1:1 3:-1 4:1 6:-1 7:19 8:1
c:jvoo 0:6 5:3 6:-1
c:jwel 1:5 3:-2
c:jwil 0:1
c:jzen 0:4 3:-3 4:5 6:2 7:-1
c:jzin 0:17 1:-2 3:1 5:-2
c:jzon 0:2
c:k-le 0:-2 1:-2 3:5 4:1 8:-1
c:kaan 0:-11 4:10 5:11 6:-1
c:kaar 0:9 2:-5 3:5 5:4 6:16 7:-5
c:kade 0:-7 1:4 3:-2 4:8 8:3
c:kado 0:4
c:kame 4:-2 5:7
c:kan_ 0:8 1:21 2:-4 3:-2 4:-7 6:14 8:-14
c:kane 4:4
c:kans 0:-11 1:-7 2:19 4:4 5:-1 6:-2 7:39 8:3
c:kant 0:29 1:12 2:-2 3:-7 4:11 5:-1 6:2 8:-6
c:kapp 0:1 1:-4 4:5 7:-2 8:8
c:kaps 1:2
c:kara 0:-2 1:-3 8:9
c:kass 0:2 1:3 5:-1 8:-1
c:kast 0:-2 1:-3 4:-3 8:11
c:kbaa 0:5 1:-1
c:kbar 0:2
c:kbeg 0:9 1:-3 3:-2 4:2 5:-1 7:3 8:4
c:kdag 0:17 1:-3 2:-2 4:-4 5:1 6:2
c:kdoc 0:1
c:kdro 0:-1 8:2
c:keer 0:-12 1:10 3:2 4:-7 5:-7 6:6 7:35 8:-13
c:keke 0:5 4:5 5:-1 6:2
c:kel_ 0:6 2:-3 5:-1 8:3
c:kela 4:-1 8:2
c:keld 0:-4 1:5 3:4 7:2
c:kele 0:1 1:8 3:-2 4:-2
c:keli 0:6 1:-4 3:2 4:-1 8:2
c:kem_ 0:2 1:-2
c:ken_ 0:22 1:9 3:-10 4:20 5:-28 6:-20 7:9 8:-16
c:kend 0:17 1:-3 4:-3 5:7 6:9 8:-4
c:kene 1:24 2:5 4:-4 5:-4 6:19 7:-2 8:-7
c:kenh 0:-2 3:-2 4:6 5:-4 7:3 8:5
c:keni 0:-7 4:8 5:11 6:16 8:-4
c:kenn 0:37 1:-7 2:13 4:-2 8:-9
c:kens 0:-7 1:9 3:-2 5:10 8:-2
c:kent 0:23 1:-10 2:18 3:3 4:-6 6:-2 7:8 8:-6
c:kenv 1:6
c:ker_ 0:8 1:11 2:-7 3:7 4:-5 6:-7 7:-13 8:17
c:kere 0:-4 1:7 3:2
c:kerh 0:-3 1:8 3:-1 4:-6 8:11
c:keri 0:-2 3:-3 5:9 6:-1 7:8
c:kern 0:4 2:6 5:-2 6:2
c:kers 0:4 1:-2 4:10 6:10 7:17 8:-5
c:kerv 0:-4 3:5 6:3
c:ket_ 0:-2 3:2 4:-1 5:8 6:1 8:7
c:kete 0:1
c:keuk 0:-2 1:5 2:5 3:-1 4:-2 5:3
c:keur 0:3 1:-1 3:4 6:3 7:-4 8:4
c:keus 0:7 7:-2
c:keuz 0:18 2:-3 3:14 4:-12 5:-2 6:10 7:21 8:-12
c:kexa 0:3 1:-1 2:7
c:kexp 0:8 4:-2
c:kgeb 0:2
c:kgel 2:-1 5:3
c:kgev 0:-3 1:2 3:-2 4:-3 5:2 7:14
c:khed 0:7 1:-2
c:khei 0:-6 1:11 8:-3
c:khou 1:15 5:-2 8:-2
c:kies 0:-15 1:6 3:-1 4:-6 6:2 7:46 8:38
c:kiez 0:11 2:-1 3:9 4:19 6:-2 8:-1
c:kig_ 1:11
c:kige 1:9 4:-2
c:kijk 0:35 3:12 4:6 5:-5 7:-7 8:-6
c:kind 0:-15 1:-6 4:42 6:-4 7:-2 8:12
c:king 1:4 3:3 4:6 6:-1 7:-2 8:-7
c:kje_ 0:-2 1:-1 3:1 6:32 7:-3 8:-2
c:kjes 0:9 2:2 5:-3
c:kkaa 0:-5 4:10 5:-1
c:kkan 1:2 4:3
c:kke_ 0:-3 1:25 3:-2 4:-5 6:2
c:kkel 0:3 3:6 4:-2 5:-2 6:2 7:-1 8:2
c:kken 1:25 2:23 4:-11 5:-13 6:1 7:18 8:-15
c:kker 0:16 1:2 3:2 7:-6 8:15
c:kket 0:-4 2:-2 4:-2 5:7 8:5
c:kkeu 0:2
c:kkig 0:-2 1:18 2:2 3:-1 4:1 7:1
c:kkin 0:10 1:-1 7:-1 8:-2
c:kkla 0:-3 1:-2 3:5
c:kkoo 0:-1 8:3
c:klaa 0:-12 2:4 4:-3 5:-2 6:21 8:14
c:klac 0:-12 5:18
c:klag 0:-2 3:-3 4:5 7:5 8:-2
c:klan 0:17 1:7 3:2 4:2 5:-4 7:-3 8:-4
c:klap 0:2
c:klar 1:-5 3:-2 5:12 8:-1
c:klas 0:2 1:-2 2:-3 3:83 4:6 5:-2 6:-2 7:4
c:kled 0:1
c:klee 0:-4 1:-1 4:5 6:3
c:klei 0:11 2:-2 3:-3 4:2 5:-1 6:-4 7:2 8:1
c:kles 1:6 3:-1 4:-2 5:5
c:klet 5:1
c:kleu 0:-7 1:3 2:2 5:7
c:klik 0:3 4:-3 6:15
c:klin 0:5 2:2 4:-3 7:-1 8:8
c:klis 0:-6 6:12 7:2
c:klok 0:-3 2:1 4:1 7:18 8:-1
c:klon 0:1
c:kloo 1:-2 5:5 6:-1
c:klop 0:8 2:4 3:-1 4:7 5:-3 6:7 7:-2 8:-4
c:klus 0:20 5:-2 8:1
c:kman 0:8 4:-1 5:-3
c:knap 0:10 7:-2 8:-2
c:knip 0:-3 1:-2 4:4 7:-1 8:5
c:knoo 0:-5 7:3 8:5
c:kok_ 0:-11 1:8 3:-2 4:-1 7:-3 8:17
c:koke 0:8 4:-1 5:-2 8:-1
c:koks 0:2 4:-2 7:-1 8:4
c:kom_ 0:2 1:11 2:13 3:-13 4:-8 5:-10 6:-5 7:4
c:kome 0:-6 1:-9 3:1 4:25 5:-3 6:7 7:8 8:-5
c:komi 0:-15 1:20
c:koms 0:-5 1:-1 3:-2 7:4 8:2
c:komt 0:-5 1:12 2:-1 3:7 4:4 5:5 6:-10 8:-6
c:kon_ 0:6 1:-2 3:-1
c:kond 0:-10 1:-5 3:5 4:11 8:2
c:kook 0:2 5:1
c:koop 0:-2 1:1 3:-3 4:2 5:-1 8:9
c:koor 0:-1 8:3
c:koos 0:6 1:-3 2:-5 3:7 4:-1 7:-3 8:5
c:kopd 5:-1 6:2
c:kope 0:-6 4:-1 5:8 8:4
c:kopi 6:7 8:-2
c:kopl 0:-4 2:1 3:4 4:-3 5:-4 6:6 7:-3
c:kopp 0:11 1:-1 6:-2 8:-1
c:kort 0:-34 1:55 2:15 4:-2 6:10 7:-4 8:2
c:kost 0:4 1:-2 5:4 7:12 8:-2
c:koze 0:-8 1:-6 3:4 4:-3 5:-2 6:4 7:18 8:11
c:kpla 0:4 5:-3 8:5
c:kple 0:7 1:-1 2:-1 3:3 5:-1 6:4 8:-3
c:kpro 3:3
c:kraa 0:1
c:krac 0:12 1:1 4:-4 6:-3
c:kran 0:4 8:-1
c:kree 0:5 1:-3 2:6 3:1 5:-1
c:kreg 0:5 2:-2
c:kric 8:2
c:krij 0:-11 1:3 2:4 3:-8 4:-7 5:8 6:-2 7:13
c:krik 0:-2 2:6
c:krit 0:9 1:5 5:-2
c:krou 1:2 3:3
c:krui 0:-7 4:1 6:22 7:-2 8:-5
c:ksch 0:-9 1:-2 4:9 6:2
c:kse_ 0:-2 1:-2 2:-1 4:9 5:1
c:ksge 0:3 4:-1 5:2
c:ksho 0:4 4:-3
c:ksku 2:2 8:3
c:kst_ 0:17 4:2 6:-1 8:-1
c:kste 0:-8 1:17 4:9 5:-4 7:3 8:-2
c:kstr 0:5 1:-2 4:-1
c:kstu 0:7 1:-4 2:5 5:-1 8:-1
c:ksve 0:-3 1:4 6:5
c:ktaa 0:3
c:kte_ 0:34 1:5 4:-1 5:9 7:-2 8:-2
c:ktem 0:-4 1:7
c:kten 0:3
c:kter 0:2 1:-3 3:-3 4:-2 5:10 8:8
c:ktij 0:-2 1:-2 3:1 4:9 5:-7 6:11 7:-5
c:ktis 0:1 1:5 2:4 4:-3 6:-2 8:4
c:ktri 0:-3 3:10 4:-2
c:ktui 0:-2 1:-1 4:4
c:kun_ 0:-22 1:5 2:-4 4:5 5:-8 6:-8 7:2
c:kund 0:9 2:19 3:5 4:-1 5:-6 6:-3 7:-6 8:21
c:kunn 0:3 1:13 2:-4 3:-6 4:-11 5:8 7:6 8:-6
c:kuns 0:10 1:-4 5:1 6:-3 8:14
c:kunt 0:-6 1:11 2:3 4:-13 5:7 6:-6 8:5
c:kvak 0:-1 2:2 3:3
c:kvel 0:8
c:kver 0:1 1:2
c:kvlo 0:-1 1:4 2:4 4:7
c:kwal 0:21 1:-3 2:3 6:8 8:-4
c:kwam 0:6 1:12 2:-3 3:7 4:-2 5:-6 6:1 8:-5
c:kwar 0:2 1:1 6:3
c:kwee 0:3 3:-2
c:kwer 1:5 5:-1
c:kwij 1:14 4:-2 5:2 7:6
c:l'er 0:-14 1:-2 2:4 3:6 4:23 7:-4 8:-3
c:l-ba 0:1 4:-1 5:3 7:-1
c:l-co 7:1
c:l-di 2:-1 8:3
c:l-gr 3:1
c:l-kl 0:-2 3:3
c:l-op 0:-4 5:2 7:3
c:l-pl 0:-7 1:7 4:3 8:3
c:l-ro 0:-6 1:4 6:-2 8:9
c:l-st 0:-5 1:-5 3:1 4:11 6:3
c:l-tr 1:3 4:-4 5:2 8:6
c:l-we 1:-2 4:-1 5:5
c:laag 0:-34 1:5 2:32 3:11 4:-3 5:-5 6:-4 8:8
c:laan 0:-7 1:6 4:7 5:1 8:-4
c:laap 0:-6 1:-1 2:-3 5:36 6:-2
c:laar 0:-11 2:4 3:1 4:-4 5:-2 6:22 8:17
c:laat 0:-2 1:-5 2:-3 3:-3 5:6 6:8 7:32 8:2
c:lab_ 0:1
c:labo 0:3 8:2
c:lach 0:-13 5:20
c:ladd 0:4
c:lag_ 0:6 1:2 3:4 4:-5 5:-6 6:6 7:-3 8:-7
c:lage 0:-21 1:5 2:-3 3:9 6:1 7:2 8:-2
c:lan_ 0:-2 1:-23 3:-9 4:-8 6:21 8:6
c:lanc 0:8 1:-2
c:land 0:-17 1:4 3:-7 4:6 5:12 6:-10 7:-13 8:9
c:lang 0:11 1:1 2:-8 3:7 4:-2 5:-11 7:27 8:-16
c:lank 0:-2 8:4
c:lann 0:-8 1:15 2:-1 3:4 4:-6 5:6 7:-4
c:lant 0:13 1:13 4:2 5:-5 8:-4
c:lap_ 0:2
c:lape 0:8 1:-1 4:-3 5:5
c:lapt 0:1 5:2
c:lare 1:-5 3:-2 5:12 8:-1
c:lari 0:7 4:-2 5:5 8:-1
c:las_ 0:-7 3:59 4:5 5:-4 6:-2 8:-2
c:lasg 0:7 1:-3 3:15 7:1
c:lass 0:5 2:-3 3:10 4:4
c:last 0:4 1:22 3:-3 4:5 5:22 6:-1 8:-6
c:lat_ 0:5 6:-1
c:late 0:15 1:1 2:5 3:-11 4:-5 5:-17 7:-2 8:22
c:lati 1:2 6:-2 7:3 8:-2
c:lavi 0:-2 1:-2 4:-2 5:9
c:lawa 0:2
c:lb'e 0:8 6:-3
c:lbaa 0:-6 1:7 2:-2 3:-1 5:10 6:-2 7:3 8:9
c:lban 0:-2 2:-1 5:10 8:1
c:lbar 0:-2 4:4
c:lcoh 0:-2 1:-3 4:4 5:2
c:ldda 0:3 3:-1 7:5
c:ldde 0:11 1:-3 4:7 7:-1 8:-3
c:lde_ 0:31 1:-13 2:30 3:29 4:-3 5:1 7:-2 8:-4
c:lden 0:11 1:-3 3:-3 4:4 5:27 8:6
c:lder 0:8 1:3 3:-2 7:-3
c:ldhu 5:1
c:ldig 0:11 1:-3 5:-2
c:ldin 0:-3 1:-1 4:1 5:-2 6:13 7:17 8:2
c:ldoe 1:4 2:24 5:-7 6:6 8:-2
c:ldt_ 0:4 1:-1 2:3 3:-3 4:2 5:-2 6:1 8:-8
c:ldzo 0:-4 5:7
c:lebe 0:19 1:1 4:-9 5:-3 6:2 7:-3 8:2
c:lech 0:-17 1:38 2:2 4:-4 5:2 6:1
c:lect 1:-12 2:-1 3:3 4:21 5:2 6:26 8:-2
c:lede 1:-3 5:7 7:2 8:-3
c:ledi 0:-2 5:4 6:3
c:leef 0:9 1:-13 2:2 3:31 4:10 8:-2
c:leeg 3:-7 4:-2 5:-3 6:7 7:-6 8:7
c:leek 0:7 1:-3
c:leem 0:-18 1:22 4:-2
c:leen 0:-6 1:-5 2:-1 5:20 6:8 7:2 8:-3
c:leep 2:7 3:-5
c:leer 0:6 1:2 2:-10 3:-7 4:20 5:-10 6:-12 8:5
c:lees 0:6 1:7 2:-2 4:-2 6:-2 7:-2 8:3
c:leet 0:-2 5:-4 6:18
c:lef_ 0:2
c:lefo 0:-2 5:5
c:leg_ 1:8 2:4 3:13 4:-5 6:-2 7:-3 8:10
c:lega 0:13 1:5 4:-3 5:-3
c:legd 0:1 1:-2 3:4 4:2 6:1 8:-2
c:lege 0:-1 3:-8 4:2 7:9 8:5
c:legg 0:6 1:-8 2:-1 4:3 5:-2 6:2 7:2 8:-6
c:legi 4:1 5:-1
c:legt 0:5
c:leid 0:17 1:6 3:-15 4:-1 5:-7 7:7 8:15
c:lein 0:12 2:-2 3:-4 4:2 5:-1 6:-5 7:2 8:1
c:lek_ 0:1 1:3 2:-10 3:2 5:-5 6:-11 7:22 8:-1
c:leke 0:-5 1:-2 3:24 4:-2 7:-1
c:lekk 0:-5 1:3 3:-2 4:-2 5:1 6:-3 7:18 8:4
c:lekt 0:-3 3:10 4:-2 8:-1
c:lema 0:4 1:14 3:18 7:-3 8:-4
c:leme 0:-3 5:7
c:len_ 0:12 1:-10 2:27 5:18 6:-6 7:4 8:-6
c:lend 0:19 1:-1 2:3 6:-2
c:lene 0:2
c:leng 0:3 1:-1 5:5 7:-2
c:leni 5:2
c:lens 0:4 1:-3 4:7 6:-1 7:-2 8:-2
c:lent 0:13 1:4 2:1 3:-1 4:-2 5:-1 8:9
c:ler_ 0:-2 1:-2 2:2 3:13 4:7 5:-1 6:-1 8:16
c:lera 0:5 8:2
c:lere 0:3 2:-6 3:12 4:14 5:-3 6:-3 7:-6
c:lerl 0:-1 1:-1 7:9 8:-4
c:lers 0:3 5:-1
c:les_ 0:16 1:14 2:5 3:-7 4:7 5:-2 6:-2 8:-3
c:less 0:-4 1:6 3:-1 4:-1 5:10 8:-2
c:let_ 0:-9 1:-1 5:5 7:2
c:letj 0:-2 1:4 7:2
c:lets 5:1
c:lett 0:-2 1:4 5:4
c:leuk 0:23 1:4 2:-3 3:-5 4:6 6:-2 7:7
c:leur 0:-4 2:5 5:6 7:5
c:leut 0:-1 1:2
c:leva 5:4
c:leve 0:-7 1:-10 3:-6 4:-5 5:4 6:13 7:26
c:lexa 0:-5 2:11 5:-2
c:lexi 1:-9 4:21 5:-3
c:leze 0:-13 1:14 4:6 5:-1 6:9 7:-2 8:-3
c:lezi 0:20 1:-8 2:-4 3:-1 8:6
c:lfde 0:2 1:-2 3:4 6:-1 7:-6 8:7
c:lfja 6:1
c:lfst 0:-1 1:17 3:17 5:-1 8:-5
c:lft_ 1:3 3:7 4:-2
c:lfve 0:-1 1:2
c:lgen 0:9 1:-11 2:13 4:-6 5:-2 7:8 8:12
c:lgev 0:2 4:3 5:-3
c:lgop 0:-6 1:7 4:-4 7:1 8:-6
c:lgst 0:1 2:-2 3:5
c:lgsy 0:-4 2:4 6:3
c:lgt_ 0:4 1:-2 2:-1 4:-3 7:10
c:lhan 0:-5 1:8 3:1 5:-2 8:5
c:lhou 0:-5 1:12 5:1 7:-2 8:-1
c:lich 0:-15 2:-5 3:5 4:-9 5:2 6:21 8:-7
c:lici 0:12 1:-1 2:-1 3:3 5:-3 7:5 8:1
c:lie_ 0:1 1:-10 2:-3 3:8 4:12 5:26 7:-5 8:-9
c:lieb 0:2 4:5 5:-4
c:lied 0:1
c:lief 0:14 2:2 3:-3 5:-4 8:5
c:lieg 0:-1 1:11 4:-3 8:-3
c:lien 0:3 5:-1
c:liep 0:13 2:-1
c:lier 5:-6 6:17 7:10 8:-3
c:lies 0:-3 1:2 4:7 5:-1 7:3 8:-1
c:liet 0:1 1:-1 8:3
c:liev 0:4 1:7 3:-2 4:7 7:-3 8:13
c:lifi 0:2
c:lig_ 0:-10 1:-1 3:-2 4:7 5:13 7:13 8:9
c:lige 0:-2 1:2 4:5 7:-3 8:5
c:ligg 0:-8 1:6 2:2 4:6 8:8
c:ligh 0:2
c:ligi 1:1 3:-2 4:6 5:3 6:-3 7:-2 8:6
c:ligs 0:-5 8:5
c:ligt 1:4 3:9 4:4 5:-4 6:-7 7:-7 8:-5
c:lij_ 0:14 2:-1 4:4 5:-1 7:4
c:lijd 1:-1 5:9 6:-2
c:lijf 0:-24 1:10 2:-4 4:-15 5:2 6:-12 7:10 8:8
c:lijk 1:27 2:-10 4:10 5:-11 6:-17 7:-3 8:9
c:lijn 0:6 2:1 5:-1 6:-3
c:lijs 0:-11 2:21 3:11 5:-7 6:17 7:5 8:-4
c:lijv 0:-18 1:3 2:-5 3:8 4:4 5:-2 8:1
c:lik_ 1:-3 2:-1 4:-4 5:14 6:12 8:-1
c:likt 0:2 1:-2 5:6 8:-2
c:lim_ 0:6 1:-11 4:13 5:1 8:2
c:lima 0:-5 4:12 8:-3
c:lime 0:6
c:limm 0:-7 3:3 4:10 5:-2 8:5
c:lims 3:4 4:-2
c:line 0:13 1:10 2:-1 4:-3 5:2 7:11 8:-5
c:ling 0:-9 2:24 3:33 4:44 5:8 6:-3 7:-10
c:lini 2:1
c:link 0:-8 1:12 2:-4 3:4 4:-8
c:lio_ 1:-4 2:-2 3:10 4:1 5:-4 6:22 7:6 8:-4
c:lis_ 7:5 8:-1
c:lisa 0:-5 1:-5 3:20 4:-1
c:liss 0:4 1:-3 3:7 4:-1 7:5 8:-2
c:list 0:4 1:-9 4:-2 5:-3 6:8 7:12
c:lite 0:20 1:-3 2:3 6:15 8:-5
c:liti 0:-5 1:-4 2:1 3:7 4:-2 8:17
c:ljaa 0:-1 2:-2 5:-4 6:10
c:lkaa 0:11 1:-3 2:-4 3:6 5:4 6:5 7:-4
c:lkan 0:1
c:lke_ 0:23 1:19 2:10 3:-5 5:-16 6:15 7:-6 8:-1
c:lken 0:1 1:9 3:-2 8:-1
c:lkeu 0:-3 1:7 2:1 3:-4 6:13 7:3 8:-5
c:lkom 0:15 4:-3 5:-1
c:lkra 0:3 8:-1
c:llan 0:-6 3:11
c:llat 0:-2 1:4
c:lle_ 0:-5 3:6 5:-4 6:17 7:-2 8:8
c:lleb 0:19 1:1 4:-9 5:-3 6:2 7:-3 8:2
c:lled 5:3 6:2
c:llee 0:-3 1:-2 3:1 4:12 5:-7 6:8 7:2 8:-2
c:lleg 0:15 1:5 4:-3 5:-4
c:llem 0:-12 1:12 3:22 4:-2 5:3 6:-1
c:llen 1:4 2:10 3:4 5:13 6:-11 8:-2
c:ller 0:-4 1:-3 3:12 4:2 5:-2 6:-2 7:8 8:11
c:lles 0:-1 1:11 3:-5 4:5
c:llet 0:-2 1:4 7:2
c:llic 0:3 1:-1 3:3 5:-3 7:5 8:2
c:llie 0:-8 1:-7 3:11 4:7 5:23 6:2 7:-3 8:-7
c:llig 5:1 8:1
c:llin 0:14 1:7 4:-3 7:-1 8:-2
c:llti 0:-3 5:6
c:lmpj 0:6 1:-2
c:lnam 0:-8 5:-1 6:11
c:lnem 0:-1 1:-2 3:5 7:3
c:lniv 0:-4 1:8 4:-1 5:-1
c:load 0:-5 5:-1 6:18 7:-3
c:lob- 0:-17 2:-6 4:2 5:3 6:61 7:-5
c:lob_ 2:-5 3:5 6:15 7:-3 8:-1
c:loca 4:-1 5:5
c:loed 0:-16 2:1 4:18 5:26 7:2
c:loeg 0:3
c:loei 2:-1 4:1
c:loer 0:-3 2:3 4:7 5:-1 7:4
c:logb 0:-2 6:4 7:3
c:logg 0:2 8:1
c:logi 0:5 1:-4 2:3 4:5 5:-2 6:-3 7:-6 8:16
c:lok_ 0:-1 1:8 2:3 5:-1 6:-2 7:18 8:-5
c:loke 0:2 8:1
c:loma 0:5 1:-4 2:5 5:-5 6:-4 7:14 8:10
c:lon_ 1:2
c:lonk 0:2
c:lont 0:-1 1:5 4:-2 8:-1
c:lood 0:2 4:-1
c:loof 1:-3 4:10 5:-3 8:7
c:loog 1:-1 2:-2 5:19
c:loon 0:-2 5:3 8:4
c:loop 1:5 2:-15 3:2 4:-16 5:-13 6:19 8:-18
c:loos 0:-11 2:11 5:6 7:3
c:loot 0:22 1:-5 6:1 7:-1 8:3
c:lope 0:6 1:13 3:6 4:-3 5:-7 6:2 7:-7 8:-4
c:lopi 7:4
c:lopp 0:4 7:2
c:lopt 0:4 2:4 4:7 5:-3 6:6 7:-4 8:-4
c:lora 0:8 4:-2
c:lord 0:-6 1:15 5:-2
c:lore 7:2
c:los_ 0:16 1:1 2:-9 8:1
c:losl 0:1 1:-1 7:-1 8:3
c:loso 0:2 1:-1 8:2
c:loss 0:6 1:9 2:-2 5:-2 7:-1
c:lost 8:2
c:lot_ 0:-3 6:4
c:lote 0:-5 1:7 2:3 7:-1 8:15
c:loti 0:2
c:lott 0:-2 3:3
c:lovi 3:-1 4:4 8:-3
c:low_ 0:-5 1:-1 5:10 8:-1
c:lpen 0:22 1:5 3:-5 4:-1 5:-4 7:-2 8:3
c:lpla 2:2 6:2
c:lpmi 0:7 5:-3 8:-2
c:lpt_ 0:15 1:-2 5:9 6:1
c:lpve 0:2
c:lsch 3:2
c:lse_ 4:3
c:lsof 0:15 3:-5 7:-1
c:lst_ 0:-2 2:3 3:3
c:lsta 0:8 2:-3 4:2 5:-3 6:10
c:lste 0:-1 1:6 3:3 5:-1 8:-3
c:ltaa 0:17 2:3 3:-1 5:-1 7:-2
c:ltat 0:-17 2:19 3:3
c:lte_ 0:12 7:-2
c:lter 0:-3 1:2 2:-1 7:-1 8:6
c:ltij 1:19 3:-8 4:10 7:-4
c:ltim 0:-3 5:6
c:ltje 0:-2 2:3 8:1
c:ltoe 2:2
c:ltoo 0:-4 2:-1 6:13
c:ltur 0:6 8:-1
c:ltuu 0:-10 1:-1 4:14 5:-3 8:5
c:luat 0:-2 6:2
c:lub_ 0:3
c:luch 0:-11 1:-5 4:4 5:13 8:8
c:lui_ 3:-3 4:9 5:-1
c:luis 0:14 1:-1 2:5 4:2 5:-1 7:-1 8:-3
c:luit 0:-8 1:-1 3:-3 4:1 5:-2 6:10 7:34 8:6
c:lukk 0:2 1:11 3:-3 4:3 5:-1 8:-1
c:lukt 1:25 2:6 3:6 4:-7 5:3 8:-1
c:lumn 0:3 4:-2
c:lus_ 0:14 1:-1 7:1
c:lusi 0:-1 8:7
c:lusj 0:5 5:-1
c:luss 0:1
c:lvak 0:6 1:-3
c:lvas 0:-1 1:2 6:-1 8:6
c:lve_ 0:-9 1:11 3:9 5:-2 8:-1
c:lver 0:8 8:-2
c:lwaa 0:3
c:lwas 5:3
c:lwer 0:-2 2:3 3:2
c:lzij 0:5 1:2 5:-5 6:2 7:-2 8:5
c:lzit 0:-6 1:7 4:2
c:lzor 1:-4 3:-2 5:8
c:maak 0:7 1:-14 2:-13 3:-1 4:1 6:11 7:2 8:-10
c:maal 0:-4 1:17 2:3 3:17 4:10 5:-4 7:-9 8:-8
c:maan 0:2 1:-5 3:-2 5:8 6:-1 7:27 8:-5
c:maar 0:-19 1:10 2:-3 4:-2 5:-11 6:16 7:5 8:30
c:maat 0:2 1:15 2:5 3:-1 5:-2 6:-2 7:-1 8:7
c:mach 0:8 1:4 3:-4 4:-1 8:-1
c:mag_ 0:29 2:2 3:-2 4:-3 5:6 7:8 8:-10
c:maga 0:-4 4:6 8:2
c:mage 1:-1 5:3 7:1
c:magi 0:-9 2:8 5:-2 6:6 7:2 8:-2
c:mail 0:-4 5:-1 6:8 7:4 8:-1
c:mak_ 1:-1 3:2
c:make 1:-4 2:2 3:-3 4:-4 7:2 8:5
c:makk 0:4 1:-3 3:2 8:2
c:male 0:-1 1:-1 2:5 3:-1
c:man_ 2:-2 3:8 4:-2 5:-5 6:3 7:-1 8:2
c:mana 8:4
c:mand 0:15 1:4 2:2 3:-15 5:-4 6:-6 7:9 8:-8
c:mani 0:7 1:6 4:-3 6:-2 8:-2
c:mann 4:4 8:-2
c:mans 0:4
c:mant 1:-4 3:-2 5:8
c:map_ 0:-5 2:1 4:1 6:18
c:mari 0:11 8:-5
c:mark 0:-2 1:3 3:-1 4:-2 6:6 7:2 8:1
c:maro 0:-5 4:14 5:-2
c:mast 2:1
c:mate 5:1
c:mati 0:5 1:-3 2:7 4:3 5:-3 6:-3 7:4 8:-4
c:mavo 0:-1 3:-3 4:7 8:4
c:mbaa 0:3 1:-2 6:5 7:-2
c:mber 0:-13 5:17 7:3 8:4
c:mbin 0:-3 1:-2 3:3 4:1 5:5
c:mbit 0:-4 2:2 3:8 4:2 5:-3
c:mbo' 0:-7 1:-3 3:1 4:25 8:-4
c:mbo- 0:-11 2:7 3:2 4:15 5:-2 6:-2 8:1
c:mbo_ 0:23 1:-4 3:2 4:7 7:-3 8:17
c:mbte 7:3 8:-1
c:mdat 0:-15 1:16 2:2 3:-1 4:29 5:18 8:-11
c:mde_ 0:12 5:-2
c:mden 0:5
c:me-o 8:2
c:mede 0:-2 1:-6 3:21 4:-6 5:4 6:-1 8:3
c:medi 0:-3 1:-3 3:1 5:29 7:1 8:1
c:mee_ 0:9 1:-2 2:4 3:-13 5:9 7:-2 8:-3
c:meeb 0:-1 5:2
c:meed 0:15 5:-6 7:-1
c:meeg 0:-15 1:-1 5:18 6:6
c:meek 1:4 7:7
c:meel 0:11 1:-1 2:-6 3:3 4:-2 5:-5 6:11 7:3
c:meem 0:2
c:meen 0:8 1:-1 4:5 5:-3 7:3 8:-5
c:meer 1:-4 2:-4 3:9 4:8 6:-4 7:15 8:9
c:mees 0:12 1:-11 3:12 4:25 5:-7 6:-6 7:-8 8:4
c:meet 0:3 1:4 4:-1
c:meew 5:1
c:mei_ 0:21 2:-5 6:-3 7:17 8:-2
c:meid 0:-4 3:-4 4:40 6:3 7:3 8:-3
c:meis 0:-6 1:-4 2:5 4:38 5:-2 6:2 7:1 8:-1
c:mel_ 0:7 1:-2 3:-1
c:meld 0:10 1:-11 2:3 3:-3 4:-5 5:-3 7:30 8:15
c:meli 0:-2 1:13 2:2 3:-3 4:-3 5:2
c:men_ 0:21 1:-9 2:9 3:-14 6:-9 7:-9 8:24
c:menc 0:-3 2:3 6:1 7:2 8:-2
c:mend 0:11 1:-1 2:-1 3:4
c:meng 0:5 1:-1 2:3 7:-1 8:1
c:meni 0:4
c:menj 2:5
c:menk 0:-3 7:4
c:menl 6:1
c:mens 0:30 1:-4 2:8 3:-3 4:5 5:-3
c:ment 0:17 1:-8 2:7 3:4 4:-8 5:15 6:-3 8:-7
c:menw 1:10 8:-1
c:mer_ 0:-16 2:-4 3:-2 4:10 6:-5 7:3 8:8
c:mere 4:2
c:meri 0:-2 1:3 4:7 8:-2
c:merk 0:41 1:-10 2:-2 3:1 5:4 6:1 7:-3 8:-2
c:merm 0:3 2:-1 8:2
c:mers 0:-6 1:-2 3:4 4:19 5:2 8:-2
c:meru 0:7 7:1
c:merv 0:7 5:-3
c:mes_ 1:-1 4:7 5:-3
c:met_ 0:-5 1:9 3:-3 4:8 5:10 6:-9 7:-3 8:6
c:mete 0:6 3:-2 7:-2 8:9
c:meti 2:2
c:meur 4:1
c:mgaa 0:6 2:-2 5:-2
c:mgev 0:16 1:-2 3:4 4:1 5:-9
c:mhoo 0:-13 1:-1 2:22
c:midd 1:-5 2:37 3:22 4:-3 5:1 6:8 8:-4
c:mie_ 1:-6 2:9 3:-2 4:2 5:-6 7:-3 8:17
c:mige 0:9 3:-5 5:4
c:migr 0:-8 4:12
c:mij_ 0:-14 1:-4 4:-2 5:9 7:15 8:26
c:mijd 1:9 4:-3 8:-3
c:mijn 0:6 1:-3 5:-2 6:14 8:10
c:mik_ 0:-7 1:-1 2:3
c:mikk 0:-2 1:-1 3:3 4:3
c:mikt 0:-1 2:4 8:3
c:mili 0:6 1:-2 2:-2 3:-2 4:17
c:min_ 1:1
c:mind 0:-6 1:4 2:-3 3:5 4:9 5:2 6:-4 8:-4
c:ming 1:19 4:-1 7:1 8:-2
c:mini 0:-8 1:2 2:9 3:-2 4:3 5:-4 6:9 7:-1
c:mino 0:3 1:-1 8:4
c:mins 0:-10 1:10 2:4 3:15 6:2 8:-1
c:minu 1:1 5:-1 6:5
c:mis_ 0:-2 1:25 3:6 4:1 5:-2 6:-2 7:12 8:-7
c:misc 0:-2 1:1 2:5 4:-4 8:4
c:misg 0:9 1:8 2:-1 3:-2 5:-3
c:misl 0:4 1:3 2:5
c:miss 0:3 1:-2 3:-5 4:7 5:11 8:-6
c:mist 0:-15 1:40 3:-3 6:3 7:26 8:-4
c:mlaa 0:-7 2:9
c:mlee 0:-7 1:7 4:-1
c:mlei 0:-3 1:3 3:-1 7:13 8:-3
c:mma_ 0:3 4:-1 6:5 7:-2
c:mmak 0:-1 3:-1 4:6 8:-3
c:mme_ 0:-23 1:6 2:4 3:4 4:10 5:-2
c:mmel 0:6 1:8 3:-3 4:-2
c:mmen 1:3 5:3
c:mmer 0:-3 1:6 3:-1 4:9 8:5
c:mmeu 4:1
c:mmig 0:9 3:-5 5:4
c:mmin 0:6 4:-1 5:-1 7:1 8:-1
c:mmis 0:-1 6:1 7:3 8:-1
c:mnas 0:-5 4:16 8:-2
c:mnia 0:1
c:moch 0:8 4:-2
c:mode 6:-2 7:-2 8:5
c:modu 0:-3 2:9 4:3 5:-5 6:11
c:moe_ 0:-6 1:-2 3:-2 5:17
c:moed 0:2 1:-11 2:-2 3:-2 4:4 5:16 6:1 7:-2
c:moei 0:4 1:32 2:-1 3:2 4:-3 5:4 8:-8
c:moes 0:-1 5:1
c:moet 0:-30 3:-10 4:-9 5:-6 6:7 7:10 8:2
c:moge 0:9 1:11 2:7 5:-2 7:-3 8:-5
c:mome 0:24 2:7 4:-2 5:13 6:-2 7:8 8:-3
c:mond 0:3 1:-2 4:2 8:-1
c:mont 0:5 1:3 4:-3 5:-3 7:-2 8:8
c:mooi 0:18 3:3 4:3 5:2 8:-1
c:mopl 0:6 1:-1 2:-1
c:morg 0:-8 3:-2 7:20 8:-1
c:mosl 0:-6 1:-8 4:25 5:-2 8:-5
c:moti 0:14 1:6 2:-1 3:10 4:-3 5:-5 6:3 8:-6
c:mpas 6:4
c:mpat 0:3
c:mpel 0:-11 1:2 2:-2 4:3 5:-4 6:12 7:-3 8:4
c:mpen 0:-2 2:6
c:mpet 0:3 2:-2 6:9 7:-1
c:mpje 0:7 1:-2
c:mple 0:-2 5:-4 6:18
c:mpli 0:6
c:mpo_ 0:5 1:18 2:-2 3:2 4:-7 7:4 8:-4
c:mpro 0:1 5:-2
c:mput 0:-1 1:9 3:-6 4:6 5:2 8:-6
c:mpwe 1:2
c:msch 1:-1 6:4 8:1
c:mst_ 0:-6 2:-5 3:-2 5:2 7:5 8:2
c:mste 0:6 1:-2 3:8 5:-1 8:-1
c:msti 0:-3 2:5
c:mstu 0:-3 7:1 8:3
c:mte_ 0:12 5:-1 6:-2 7:9 8:-2
c:mtec 0:2
c:mule 1:1
c:muli 5:-6 6:17 7:10 8:-3
c:mum_ 0:-1 6:3
c:muzi 0:2 1:-4 2:5 3:3 8:8
c:mweg 0:6 1:-1 7:-4 8:3
c:n-ou 0:-1 5:5
c:naam 4:5 5:-1 6:9 8:-3
c:naan 1:-2 2:3 3:2 5:-3
c:naar 0:-2 1:-9 2:14 4:7 5:-8 6:-17 7:14
c:naas 0:18 2:-2 3:22 5:15 7:-3 8:-2
c:nabo 0:-3 5:4
c:nach 0:19 2:-2 4:-4 5:28
c:nade 0:10 1:2 2:-2 4:1 8:-7
c:naf_ 1:3 3:-2 7:3
c:naga 0:2
c:nage 0:4 1:-2 4:2 5:-8 6:-3 7:-2
c:naja 0:2 1:-1
c:nal_ 0:-2 7:3
c:nale 0:4 1:9 8:-2
c:nali 0:11 1:-2 4:-3
c:nam_ 0:12 3:-6 4:-1
c:name 0:-6 2:5 6:12
c:nanc 0:1 1:-1 4:-1 5:12 7:7
c:nap_ 0:9 1:10 4:3 5:5 6:-2 7:-5 8:-13
c:napt 0:-5 1:15 3:-2 4:-3
c:nart 0:5 3:-2 4:-2 5:-2 8:8
c:nasi 0:-5 4:16 8:-2
c:nati 0:-3 1:8 7:-2 8:4
c:nato 0:9 5:-3 6:-4
c:natu 0:6 1:-1 2:4 3:5 4:27 5:-1 7:-3 8:-4
c:nauw 1:6 2:-3 3:4 4:1
c:navo 0:-8 3:6 7:8 8:-4
c:nbeg 0:18 1:-3 6:-2 7:-1 8:-3
c:nbod 0:-5 1:4 8:3
c:nbou 1:1 2:1 4:-1 5:-1
c:nbri 0:-1 6:5 7:-1
c:ncen 0:-5 1:22 4:-4 5:3 6:-1
c:ncie 0:1 1:-1 4:-1 5:12 7:7
c:ncij 0:-3 2:5
c:nclu 0:-1 8:7
c:ncom 0:3 7:3 8:-1
c:ncre 0:6 1:2 2:5 4:-1 8:-2
c:ncti 1:11 7:-2 8:-1
c:nda_ 0:4 6:-2 8:5
c:ndaa 0:7 1:-19 3:-7 4:5 6:-1 7:21 8:-10
c:ndac 0:-1 1:8 5:-2 7:-2
c:ndag 0:-5 1:-1 3:-2 5:4 6:-5 7:15
c:ndan 0:-4 1:7
c:ndbo 3:-2 4:4
c:ndci 0:-6 1:-1 2:11
c:nddi 3:-3 5:4
c:nde_ 0:19 1:6 2:21 3:-4 4:-5 5:-7 6:-2 8:35
c:ndee 0:-4 1:7 8:-1
c:ndel 0:-8 1:8 2:-5 3:-4 4:3 5:-1 6:2 7:6
c:nden 0:-9 1:10 2:-2 3:8 4:4 5:-16 7:12 8:-2
c:nder 0:12 1:-7 2:-19 3:13 4:9 5:-32 7:5 8:-33
c:ndes 0:-2 2:15 3:-1 4:1 5:-1 7:1
c:ndet 2:1
c:ndex 0:2
c:ndge 0:-2 2:3
c:ndhe 0:1 1:-4 4:-4 5:15 8:3
c:ndie 4:-1 7:2 8:3
c:ndig 0:-19 1:13 2:8 3:7 4:-4 5:-11 6:-8 8:15
c:ndin 0:3 1:-2 3:3 8:-1
c:ndir 0:4
c:ndit 0:-2 5:9 6:-2
c:ndje 0:1
c:ndle 0:6
c:ndli 0:-5 2:11 5:-2
c:ndos 0:-4 5:5 6:5
c:ndpr 1:-1 2:5
c:ndpu 0:4 1:-1
c:ndru 0:7 8:-1
c:nds_ 1:6 2:6 3:-7 4:5 5:5 6:-6 7:-14 8:-10
c:ndsc 0:-1 1:5
c:ndse 0:2
c:ndst 0:2 4:6
c:ndt_ 0:22 2:-3 3:7 4:2 5:-3 6:-2 7:9 8:-7
c:ndte 0:-3 2:1 5:-1 6:18 7:2
c:ndwe 0:4 1:3 4:-1 5:-1
c:nede 0:-12 1:15 2:7 4:3 5:2 6:-4 7:-9 8:-5
c:nee_ 0:-4 2:3 3:3 5:-3 6:5
c:neef 0:-10 1:-1 2:1 3:22 4:-1 6:1
c:neel 0:1 1:-1 3:2 5:1
c:neem 0:22 1:-8 3:-2 5:11 6:-5 8:12
c:neen 0:2 5:-1
c:neer 0:16 1:-2 3:-3 6:11 7:8 8:6
c:nees 0:-3 5:-2 7:8 8:11
c:nega 7:4 8:-3
c:nege 0:-3 1:-3 2:4 3:2 4:4
c:nel_ 0:-8 1:30 3:-4 4:8 5:-1 6:10 7:22 8:-8
c:nell 0:-7 3:18 4:-1 7:-4 8:5
c:nels 0:-2 1:6 2:3 3:-1 8:-3
c:neme 0:-3 3:2 4:4 5:-1 6:-5 7:6 8:23
c:nen_ 0:6 1:19 3:-14 4:-3 5:11 6:19 7:-20 8:-23
c:nend 0:7 1:8 8:-3
c:nenh 2:2
c:ner_ 0:-3 1:-9 2:-3 3:2 4:-5 5:4 7:3
c:nera 0:3 1:-1 4:7 8:-1
c:nere 1:-2 3:3 4:1
c:nerg 0:11 1:5 2:-4 3:-2 5:1 6:-1 7:10 8:-6
c:ners 0:9 1:-2 4:7 7:-1
c:nes_ 0:6 1:-2 4:3 8:-1
c:net_ 1:-7 3:12 4:-2 5:-3 6:-1 7:6 8:3
c:netj 0:-2 1:4 2:7 5:-1
c:netw 0:14 1:-2 2:3 3:2 4:2 7:-1 8:-2
c:nfor 0:14 1:-7 2:-2 3:1 4:4 6:-3 7:2 8:-2
c:ng-u 0:3 1:-1
c:ngar 8:3
c:ngbr 0:-4 1:-3 3:12 5:-3
c:ngde 0:2 2:3 8:2
c:nge_ 0:8 1:3 3:-1 4:8 5:-3 7:-2 8:-2
c:nged 7:4
c:ngek 6:3
c:ngel 1:14 2:7 3:-2 5:-4 6:9 7:5 8:-3
c:ngem 0:-6 1:3 2:-2 3:5 7:4
c:ngen 0:12 3:11 4:40 5:-3 6:-11 7:-7 8:-26
c:ngep 0:3 5:-2
c:nger 0:-6 1:-4 3:6 5:26 7:9 8:-1
c:nges 0:-19 1:6 2:2 4:-3 5:6 6:-3 7:2 8:-4
c:ngev 0:-11 1:4 2:-1 5:15 6:3 7:6
c:ngew 1:-1 3:6 5:-1
c:ngez 0:3 1:7 4:-1 8:-3
c:ngge 0:5 4:-1 7:-1 8:3
c:ngli 0:-3 3:6 6:-1
c:ngri 0:9 1:-4 3:-4 4:2
c:ngro 0:2
c:ngs_ 0:8 1:-3 3:-2 4:-1 5:4 6:6
c:ngsa 5:3
c:ngsb 0:-4 1:7 2:-4 6:14 8:1
c:ngsd 0:2
c:ngsi 7:6
c:ngsk 0:4 7:-1
c:ngsl 0:-1 2:4 6:-1 8:3
c:ngsm 0:-2 5:-1 6:4
c:ngsp 0:-5 1:7
c:ngst 0:5 3:1 4:-1 5:9 8:-2
c:ngsv 0:-1 1:13 7:2
c:ngt_ 0:9 2:4 6:3 7:4 8:-2
c:ngvo 0:-4 2:4 6:3
c:ngza 0:-8 1:10 3:8 4:-1
c:ngzu 1:-1 3:3
c:nhaa 0:-4 1:8
c:nhal 0:-2 1:-2 2:5 3:6 5:-1
c:nhan 0:-4 1:19 4:-2 6:1 7:1 8:-1
c:nhou 0:-2 1:-3 6:7 7:-3 8:6
c:nhui 0:-2 3:-2 4:6 5:-4 7:3 8:5
c:niav 0:1
c:nich 0:-5 1:-1 2:1 3:18 6:1 8:-1
c:niek 0:-7 1:10 3:-3 4:7 5:4 6:-4 7:-5 8:11
c:niem 0:4 1:-2 3:-5 4:10 5:-2 7:14 8:-5
c:nier 0:8 1:6 4:-3 6:-2 8:-2
c:niet 0:-7 1:6 2:-19 4:-4 5:-14 6:2 7:7 8:17
c:nieu 0:42 1:-9 2:-3 3:8 4:8 5:4 6:-3 8:-20
c:nig_ 0:-11 1:37 3:-3 4:12 5:4 6:-1 7:-2 8:2
c:nige 0:-5 1:-7 3:24 4:-2 5:-1 6:2 8:7
c:niks 0:-13 2:-3 3:2 5:-4 6:-3 7:3 8:7
c:nima 0:-2 2:9 3:-1 5:-1 6:3
c:nimu 0:-1 6:3
c:ning 0:9 2:-2 3:-10 5:16 6:7 7:-9 8:-5
c:nint 0:-2 6:5
c:nipt 0:-3 1:-2 4:4 7:-1 8:5
c:nis_ 0:3 1:-7 3:-2 4:-4 5:7 6:-3
c:nisc 0:-2 1:2 7:-1 8:5
c:nise 0:1 1:3 8:-2
c:nist 0:-2 1:2 2:6 4:3 6:4
c:niti 0:-11 1:16 3:-2 5:-1 7:8 8:-2
c:nive 1:23 3:10 4:9 5:-3 6:-4 7:-2 8:28
c:njaa 0:-3 2:5 8:22
c:nje_ 0:-3 6:3 8:4
c:nkaa 2:-1 6:3
c:nkan 0:-7 1:10 4:4 5:2 6:-1
c:nke_ 0:-3 1:6
c:nkel 0:6 1:5 2:-2 3:-2 8:3
c:nken 0:16 1:-22 2:-3 3:2 4:2
c:nker 0:-17 1:23 3:-2 4:7 5:2 7:-2 8:-4
c:nkin 3:-2 4:6
c:nkje 0:2 1:-2 2:-1 6:10
c:nkla 0:-2 7:4
c:nkli 2:1
c:nkom 0:-2 6:5 7:8 8:-1
c:nks_ 0:-4 1:3 4:4
c:nkt_ 0:10 1:8 4:-7 5:-2 6:7 7:-7 8:-3
c:nkun 0:-5 1:3 2:6 5:3
c:nkve 1:2
c:nkwa 0:2 5:-1
c:nlan 0:4 1:-6 4:-1 5:2 6:-1 8:13
c:nlei 0:6 2:-4
c:nlev 0:-6 1:-3 3:2 5:3 6:2 7:4
c:nlij 0:-25 1:13 2:-9 3:2 4:14 5:5 6:-1 7:-4
c:nlin 0:3
c:nloo 0:5 1:-2
c:nmaa 0:-17 1:9 3:-6 4:26 8:-2
c:nmak 1:-3 8:4
c:nmap 0:-5 6:7
c:nmar 0:2 1:-2 6:3 7:4
c:nmel 0:23 1:-5 2:5 4:-2 5:-4 7:20 8:4
c:nmen 1:-2 2:-1 7:-3 8:9
c:nmid 2:-4 5:-4 6:10
c:nmin 0:-2 3:4
c:nnam 0:4 5:-2
c:nne_ 0:-5 1:-2 2:1 3:21 6:-1 7:1
c:nnee 0:18 1:-2 2:-1 3:-3 5:-7 6:8 7:10 8:7
c:nnem 0:-9 5:4 7:10
c:nnen 0:34 3:-6 6:4 7:-8 8:-14
c:nner 0:3 1:-1 6:4
c:nnin 0:9 1:2 2:1 4:-2 5:11 6:-2 8:-2
c:nnis 2:6
c:nodi 0:12 1:2 2:12 4:-7 5:-1 6:5 7:-8 8:-5
c:noeg 0:-19 1:2 2:3 3:-7 4:-7 5:15 7:-11 8:3
c:noem 0:30 1:1 2:2 5:-4 6:-1 7:-6 8:-11
c:nog_ 0:-15 2:-12 3:4 4:-19 6:16 7:24 8:-17
c:noga 0:-5 1:10 3:2 4:-1 8:-3
c:nolo 0:7 8:-2
c:nome 0:6 1:-3 4:6 5:-3 6:6
c:nomi 0:-2 1:4 2:10 3:-2 5:-3 6:2 7:-5 8:10
c:nond 0:2
c:nooi 0:-10 1:33 3:-7 4:-3 5:4 7:19 8:-3
c:noop 0:-5 7:3 8:5
c:noot 0:4 3:4
c:nop_ 0:1
c:nopd 2:-2 6:3
c:nopl 0:2
c:nor_ 0:3 1:-1 8:4
c:nori 0:-2 3:3 6:2
c:norm 0:9 1:-3 2:3 3:7 7:-2
c:nose 0:-6 1:-1 5:18 6:-2
c:note 0:-6 3:30 5:7 6:10 7:-3 8:-4
c:nou_ 0:-8 1:11 3:7 4:-3 6:-1 7:-2 8:16
c:nove 0:6 3:2 8:-2
c:npak 0:-2 1:7 3:5 4:-1
c:npla 0:-7 2:4 5:2 6:5 7:2 8:-1
c:npun 0:1 1:1
c:nraa 0:3 1:-3 8:6
c:nrak 0:-2 1:4 8:-1
c:nref 0:2 2:-1 6:1
c:nrus 5:1
c:nsat 2:4
c:nsch 0:-3 1:5 3:-3 4:7 5:-5 6:-2 7:11 8:7
c:nsda 0:5 7:6 8:-7
c:nse_ 0:-6 4:13 5:-2
c:nsee 0:-1 2:1
c:nsen 0:29 1:-3 3:-3 4:4 5:-4 7:13 8:6
c:nser 0:2
c:nsie 0:-5 4:5 5:-1 8:8
c:nsin 0:-4 1:-1 2:12
c:nsla 0:15 1:-2 2:-2 5:-7
c:nslu 1:4 3:-2
c:nspe 6:11 7:1
c:nspo 0:6
c:nspr 0:8 1:-2 5:-1
c:nst_ 0:3 1:2 3:5 6:-2 7:-2 8:8
c:nsta 1:-2 4:-2 5:-2 6:2 7:6 8:9
c:nste 1:-1 2:1 3:7 4:-4 5:4 6:-2 7:-5 8:1
c:nsto 8:2
c:nstp 0:1 7:4 8:-2
c:nstr 0:19 1:13 3:-2 4:-5 5:2 7:-3 8:-7
c:nstu 0:8 1:-2 4:9 5:-1 8:-2
c:nstv 0:3
c:ntaa 0:-2 5:2 6:3
c:ntac 0:18 1:1 5:1 6:-1 7:-3 8:-4
c:ntag 0:-2 2:10 5:-3
c:ntak 0:-3 2:2 7:4
c:ntal 0:-3 2:3 5:4 6:4
c:ntan 3:2
c:ntat 0:5 1:-2 2:-2 3:8 4:3 5:-2 6:9
c:ntbi 0:-3 1:-5 5:13
c:ntbr 0:-19 1:5 2:-3 3:2 4:-2 5:3 6:21 7:-2
c:ntco 1:2 4:5 7:-1
c:ntde 0:30 1:-6 7:-3 8:-3
c:nte_ 2:1 5:4
c:ntea 0:-1 8:5
c:ntee 0:2 3:2 6:-2
c:ntel 1:-4 3:-2 5:8
c:nten 0:24 1:4 2:37 3:6 4:-6 5:-17 7:-6 8:-3
c:nter 0:21 1:17 2:-6 4:-7 5:3 6:14 7:-2 8:-9
c:ntes 0:-1 1:-3 3:4 6:7 8:9
c:nteu 0:2 1:3 4:-3 7:-2 8:8
c:ntge 1:2
c:ntho 0:12 1:7 2:2 3:3 4:-4 5:-1 8:-3
c:ntie 0:4 1:-7 3:-3 4:3 5:-6 6:14 7:15
c:ntig 3:4
c:ntin 0:4 8:-3
c:ntje 1:13 2:2 3:5 5:-1 6:13 8:-3
c:ntlo 0:-3 1:4
c:ntoe 1:-2 2:15 8:1
c:ntoo 0:-13 1:7 2:-2 4:6 5:3 6:-3 7:-7
c:ntor 0:-5 1:-2 2:6 3:10 4:-6 6:5 7:-4
c:ntra 1:16 2:2 3:-2 4:-3 5:3 6:-4 7:7
c:ntre 0:-8 1:1 2:3 3:-2 4:7 8:9
c:ntri 0:1
c:ntro 6:2
c:ntru 0:4
c:ntst 0:5 2:-4
c:ntur 0:-5 8:6
c:ntwe 0:5 1:-1 2:-1 4:2
c:ntwi 1:2 2:-1 4:-1 6:2
c:ntwo 0:-3 1:8 2:6 5:-2 6:16
c:nuar 6:-1 7:9 8:-5
c:nuff 0:7 2:-4 4:2 5:-3 6:10
c:nugg 1:2 8:-1
c:nuit 0:9 2:1 5:5 7:-1
c:nul_ 0:-3 3:2 7:2
c:nume 0:7 7:1
c:nute 0:-2 1:1 5:-1 6:5
c:nutt 0:4
c:nuwa 0:1
c:nvaa 1:6
c:nvak 0:-1 2:4 5:-2
c:nval 0:-2 1:2 2:3 5:13 6:-4
c:nver 0:1 8:3
c:nvlo 0:-12 5:26
c:nvol 0:-8 2:14 5:-1 6:-3 7:4
c:nvoo 0:-2 1:7 3:-3 8:4
c:nvou 0:-18 1:10 4:12
c:nvra 0:1 2:6 5:-1 6:-2
c:nvul 0:-4 6:15 8:-3
c:nwer 0:-4 1:9 4:7 8:-2
c:nwij 0:2
c:nwoo 0:-1 5:7
c:nzek 0:-7 1:11 3:12 4:-3 8:2
c:nzel 0:5 1:-2 3:4
c:nzet 0:3 1:10 2:-2 3:2 5:-3 8:-2
c:nzic 1:5
c:nzit 1:1
c:nzor 0:3 8:1
c:o'er 0:-10 1:-4 3:-3 4:40 5:1 6:1 8:-7
c:o'n_ 0:4 1:11 2:1 4:16 5:-3 6:-2 8:-3
c:o's_ 0:4 1:-1 4:4 5:-2
c:o-ad 0:2
c:o-di 0:-5 7:4 8:3
c:o-ha 0:1
c:o-hb 0:1
c:o-ki 1:-5 4:6
c:o-le 0:-13 1:-3 3:-3 4:20
c:o-mb 0:1
c:o-ni 0:3
c:o-op 2:8 3:4 4:4 5:-1 7:-3 8:7
c:o-ri 0:-5 1:4 8:3
c:o-sc 3:1
c:o-st 1:3
c:o-t_ 3:1
c:o-to 1:-1 2:2
c:oach 0:4 5:-2
c:oad_ 0:-5 5:-1 6:18 7:-3
c:oals 0:8 1:-3 4:16 5:3 7:-2 8:2
c:ob-a 5:-1 6:7
c:ob-c 0:6 6:-3
c:ob-d 6:2
c:ob-e 0:-2 6:4
c:ob-f 6:1
c:ob-g 0:-2 5:2
c:ob-k 0:-3 6:5
c:ob-m 5:-2 6:7
c:ob-o 0:-4 2:-1 3:2 5:5 6:2 7:-1
c:ob-p 0:-6 2:-3 5:-5 6:25 7:-1
c:ob-r 0:-2 6:3
c:ob-s 0:-2 2:-1 6:6
c:ob-u 0:-1 6:6
c:ob-v 0:-2 5:6 6:-3
c:ob-w 0:3
c:obby 6:-1 7:-1 8:11
c:obee 0:10 1:-7 7:-1 8:2
c:ober 0:8 3:-1 4:2 5:4 8:-2
c:oble 0:-22 1:21 4:-3 5:6
c:obse 0:1
c:ocaa 0:2 5:-1
c:ocat 4:-1 5:5
c:ocen 0:6 1:-6 2:1 4:-3 5:-6 6:4 7:-3
c:oces 0:-2 3:5
c:och_ 0:-13 2:-9 4:15 5:-5 8:10
c:ocht 0:7 2:-6 3:4 4:-3 5:-5 6:11 7:-6 8:9
c:ocia 1:5 3:-2 4:-1
c:odat 0:-14 1:11 2:5 4:-1 5:9 6:13 7:-4 8:-5
c:ode_ 1:-4 2:14 3:-2 5:-2 6:7 7:-4 8:4
c:odgi 0:2 4:-1
c:odig 0:12 1:2 2:12 4:-7 5:-1 6:5 7:-8 8:-5
c:odiu 0:3
c:odra 1:3 3:-1 6:4
c:odsc 0:-1 5:3
c:oduc 0:12 1:-1 8:-1
c:odul 0:-3 2:9 4:3 5:-5 6:11
c:oed_ 0:5 1:-3 2:5 3:-2 4:26 6:-15 7:2
c:oedb 0:1 8:2
c:oede 0:-16 1:-10 2:-3 3:4 4:3 5:18 8:6
c:oedi 0:6 1:5 2:2 8:-4
c:oeds 0:-2 2:-2 5:9
c:oedt 0:-4 5:7
c:oef_ 0:5 1:1 6:3 8:3
c:oefe 0:6 2:7
c:oefl 0:3
c:oefs 0:8 8:-1
c:oeft 0:16 1:-3 5:-4 6:6 7:-5
c:oefw 0:-2 1:-1 2:4
c:oeg_ 0:6 1:1 3:-6 4:-8 5:14 6:3 7:-12 8:-10
c:oega 0:7 5:-1 8:-4
c:oege 0:1 1:-2 3:-2 4:-3 5:2 6:-2 8:2
c:oei_ 0:1
c:oeid 0:4 7:-1
c:oeie 0:-2 2:-3 4:1 5:6
c:oeil 0:10 1:15 5:-2 8:-6
c:oeit 0:17 1:12 2:-2 4:-4 5:4 8:-3
c:oek_ 0:-2 1:8 3:-3 4:21 5:-4 6:13 7:-4 8:7
c:oeke 0:13 1:3 2:-8 3:-16 4:2 6:-11 7:-11
c:oekh 0:4 5:-2
c:oekj 0:-1 6:8 7:-4
c:oeko 0:-3 1:-3 2:3 3:-4 5:5 6:-2 7:2 8:5
c:oeks 0:5 4:-1 5:2
c:oekt 0:7 1:-8 2:-6 3:8 4:3 6:-1
c:oel_ 0:18 1:4 2:3 3:2 4:-1 5:-3 7:-2 8:-2
c:oela 1:-1 7:6 8:-2
c:oeld 0:14 1:-2 3:-1 4:8 5:-2 6:3 7:-2
c:oele 0:3 4:9 5:-3 6:2 7:-1 8:-4
c:oeli 0:1 1:-3 4:3
c:oelt 0:13 1:-3 2:-1 3:9 5:4 7:-3
c:oem_ 0:3 1:3 2:2 4:3 5:-2 7:-4 8:-6
c:oemd 0:14 5:-1 8:-2
c:oeme 0:12 3:1 4:-1 6:-1 8:-2
c:oemt 0:1
c:oen_ 1:-6 2:2 3:-7 4:1 5:-1 6:7 8:7
c:oend 0:-13 2:23 3:-1 5:-7 7:3
c:oene 0:-7 1:4 3:4 4:6 7:-2 8:3
c:oeni 0:16
c:oens 0:-2 4:6 7:8 8:-6
c:oenv 0:-2 1:7 3:-3 8:4
c:oep_ 0:6 1:5 2:-11 3:41 4:2 5:-13 6:-4 7:-5
c:oepa 0:-1 2:4
c:oepe 0:3 2:-9 3:2 5:-9 6:5 8:-11
c:oepj 0:1 3:7
c:oeps 0:-12 1:7 4:-8 5:4 6:5 7:-4 8:10
c:oer_ 0:-15 1:-10 2:2 3:33 4:2 5:-5 8:2
c:oerd 0:3 5:-4 6:7 8:-1
c:oere 3:-4 4:13 5:-2 8:-2
c:oers 3:3
c:oert 0:-1 3:2 5:11 6:-2
c:oesl 0:-1 5:3
c:oest 0:4 4:-1 7:1 8:-1
c:oet_ 0:7 3:-5 4:-7 5:-6 7:11 8:8
c:oetb 0:-4 8:11
c:oete 0:-17 2:3 3:1 4:-6 6:5 7:-4 8:-1
c:oets 0:-29 2:73 3:-3 4:-1 5:-4 6:4 8:2
c:oeve 0:-10 1:-4 2:29 3:6 4:-1 5:3 6:18 7:-4
c:ofd_ 0:4 1:7 6:-2 8:13
c:ofdd 0:-7 1:-6 4:15
c:offi 0:3
c:ofie 0:-4 2:-2 4:-13 5:-8 6:3 7:2 8:4
c:oft_ 0:6 1:-3 3:-2
c:ofvo 0:-4 8:11
c:ogal 0:-5 1:10 3:2 4:-1 8:-3
c:ogbo 0:-2 6:4 7:3
c:oge_ 0:-1 2:-1 4:5
c:ogel 0:13 4:2 7:-2 8:-4
c:ogen 1:10 2:11 3:1 4:-1 5:-2 8:-2
c:oger 0:-9 1:-1 2:15 3:3 4:-3 8:5
c:oges 2:2 4:5
c:ogge 0:2 8:1
c:ogie 0:5 1:-2 2:3 5:-5 6:-2 7:-5 8:8
c:ogin 0:3 1:-1
c:ogis 0:-2 1:-2 4:7 5:3 8:13
c:ogop 4:3 8:-1
c:ogra 0:2 3:-1 4:2 5:-2 6:4 7:-3
c:ogst 0:3 2:-2
c:ogvl 0:-2 1:11 4:-3 8:-3
c:ohol 0:-2 1:-3 4:4 5:2
c:ohor 0:-5 3:8
c:oid_ 0:-4 2:-1 6:13
c:oie_ 0:2 1:4 3:-1 4:2 5:4 6:-2 7:-1 8:-1
c:oiet 0:-3 1:-1 4:8
c:oist 0:3
c:oit_ 0:-6 1:43 3:-7 4:-4 5:2 6:2 7:19 8:-3
c:ojec 0:18 1:5 3:-9 4:-2
c:oke_ 0:-2 1:5 2:1 7:-2 8:11
c:oken 0:3 1:-3 4:-3 5:-6 6:4 7:6 8:3
c:oket 0:2 8:1
c:okka 0:-5 4:14 5:-2
c:okke 2:1 5:1
c:oks_ 0:3
c:okt_ 0:-1 5:4
c:okte 0:4 3:-3 4:-2 5:10
c:ol-o 0:-2 5:2 8:2
c:olan 0:3 7:-1
c:olda 5:1 6:2
c:olde 1:7 4:-2 8:-3
c:oldo 1:4 2:24 5:-7 6:6 8:-2
c:olee 0:-9 1:11 4:1 6:2 7:-1
c:olen 0:1 1:-1 3:-2 4:5 8:2
c:olex 0:-5 2:11 5:-2
c:olg_ 0:-1 1:10 2:-4 8:3
c:olge 0:9 1:-11 2:13 4:-6 5:-2 7:8 8:12
c:olgo 0:-7 1:8 2:7 4:-3 6:2 7:3 8:-4
c:olgs 0:-3 1:-1 2:1 3:4 6:3 8:-1
c:olgt 0:4 1:-2 2:-1 4:-3 7:10
c:olho 0:-5 1:12 5:1 7:-2 8:-1
c:olio 1:-4 2:-2 3:10 4:1 5:-4 6:22 7:6 8:-4
c:olit 0:-5 1:-4 2:1 3:7 4:-2 8:17
c:olja 0:-1 2:-2 5:-4 6:10
c:olka 0:1
c:olke 0:-5 5:6
c:olkr 0:3 8:-1
c:olle 0:10 3:-1 4:7 6:2 7:-1
c:olli 0:3 1:-1 3:3 5:-3 7:5 8:2
c:olmo 0:1
c:olog 0:6 1:-2 2:3 5:-5 6:-2 7:-5 8:3
c:oloo 0:-9 2:-2 5:21
c:olpe 0:9 1:-2 3:-2
c:olse 0:-2 4:3
c:olst 0:-3 4:5
c:olti 5:2 6:-1 7:2
c:olto 0:-4 2:-1 6:13
c:olva 0:6 1:-2
c:olwa 0:2 5:3
c:olwe 0:-1 1:2
c:oma_ 1:-6 2:5 5:5 6:-3 7:12 8:9
c:omat 7:3
c:omba 0:3 1:-2 6:5 7:-2
c:ombe 0:-8 1:-4 5:20 7:2
c:ombi 0:-3 1:-2 3:3 4:1 5:5
c:omda 0:-15 1:16 2:2 3:-1 4:29 5:18 8:-11
c:omde 0:6 4:-1 8:-1
c:omed 8:3
c:omen 0:18 1:-19 2:-5 3:-10 5:-6
c:omer 0:-10 1:6 4:20 5:-3 6:-2 7:4
c:omga 0:4 1:4 2:-2 5:-2 8:-2
c:omge 0:11 1:-2 4:-3 5:-2 8:1
c:omho 0:-13 1:-1 2:22
c:omie 0:-2 2:8 3:-3 4:1 5:-5 6:1 7:-6 8:5
c:omin 0:-15 1:20
c:omis 0:-2 1:1 2:5 4:-4 8:4
c:omla 0:-7 2:9
c:omme 0:-19 1:17 2:4 3:-3 4:3 5:-1
c:ommi 0:8 3:-5 5:4 6:1 7:3 8:-2
c:omop 0:6 1:-1 2:-1
c:ompa 6:4
c:ompe 2:3 6:8 7:-1
c:ompl 0:4 5:-5 6:17
c:ompu 0:-1 1:9 3:-6 4:6 5:2 8:-6
c:oms_ 0:40 2:4 4:-2 6:2 8:-2
c:omsc 1:-1 6:4 8:1
c:omst 0:-7 1:-2 3:-2 7:5 8:5
c:omt_ 1:11 2:-1 3:10 4:4 5:6 6:-10 8:-6
c:omwe 0:6 1:-1 7:-4 8:3
c:onab 0:-3 5:4
c:onal 1:9 7:-1 8:-2
c:once 0:-5 1:22 4:-4 5:3 6:-1
c:oncl 0:-1 8:7
c:oncr 0:6 1:2 2:5 4:-1 8:-2
c:ond_ 0:36 1:-13 2:-13 3:6 4:19 6:9 7:-2 8:-6
c:onda 0:-4 1:7
c:ondd 3:-3 5:4
c:onde 0:-29 1:6 2:-5 3:6 4:-4 5:-20 6:10 7:15
c:ondh 0:4 1:-4 4:-4 5:15 8:3
c:ondi 0:-3 5:9 6:-2 8:3
c:ondj 0:1
c:ondl 0:6
c:onds 0:7 5:-3
c:one_ 0:8 3:-2 4:10 6:-2
c:onee 3:2 4:-1
c:onen 0:1 2:2 6:7 8:-3
c:oner 0:9 1:-4
c:onge 0:-21 1:8 3:-3 4:47 5:12 7:3 8:-7
c:onha 0:-6 1:21 4:-2 6:1 7:1 8:-1
c:onin 1:-2 8:4
c:onk_ 0:1
c:onke 0:-1 1:-3 4:2 5:4
c:onla 0:5 1:-3 5:4
c:onli 0:7 4:-1
c:onma 0:-6 4:13 7:2
c:onne 1:-4 3:1 4:6 5:3
c:onom 0:-2 1:4 2:10 3:-2 5:-3 6:2 7:-5 8:10
c:onru 5:1
c:ons_ 0:-3 6:4 8:23
c:onst 0:6 1:-2 3:-2
c:ont_ 0:-3 1:9 3:-2 4:-2 5:5
c:onta 0:19 1:1 3:2 7:-3 8:-4
c:ontb 0:-22 2:-3 3:2 4:-3 5:16 6:20 7:-2
c:ontd 0:30 1:-6 7:-3 8:-3
c:onte 0:-3 1:11 2:1 4:-2 7:-1 8:8
c:onth 0:6 1:6 4:-2
c:ontj 0:-1 1:5 4:-2 8:-1
c:ontl 0:-3 1:4
c:ontr 1:-2 6:1 7:6 8:-1
c:onts 0:1
c:ontu 0:-5 8:6
c:ontw 0:5 1:1 2:-3 6:1 7:-1
c:onve 8:4
c:onvo 0:-8 2:14 5:-1 6:-3 7:4
c:onze 0:-6 1:10 3:12 4:2 8:-5
c:ood_ 0:-9 2:4 5:-1 6:5 7:-3 8:11
c:oodg 0:2 4:-1
c:oods 0:-1 5:3
c:oof_ 0:-6 4:10 5:-4 8:7
c:oofd 0:-3 2:-2 3:-3 4:15 5:5 6:-3 8:11
c:ooft 0:6 1:-3 3:-2
c:oog_ 0:-12 1:-4 2:10 4:2 5:8 6:-4 7:-5 8:4
c:oogs 0:1 2:-2 3:3 5:-1
c:oogv 0:-2 1:11 4:-3 8:-3
c:ooi_ 0:12 1:-4 2:-1 3:4 5:-2 8:-1
c:ooid 0:-4 2:-1 6:13
c:ooie 0:2 1:3 3:-1 4:2 5:4 6:-2 7:-1 8:-1
c:oois 0:3
c:ooit 0:-6 1:43 3:-7 4:-4 5:2 6:2 7:19 8:-3
c:ook_ 0:24 2:-4 3:29 4:18 5:13 6:-8 7:-4 8:-3
c:ookt 0:-1 5:4
c:ool_ 2:-9 3:-3 4:-2 5:-4 6:2 7:7
c:oole 0:-5 2:11 5:-2
c:oolj 0:-1 2:-2 5:-4 6:10
c:oolk 5:6
c:ooll 0:-1 1:-2 4:10
c:oolm 0:2
c:ools 0:-2 4:3
c:oolt 5:2 6:-1 7:2
c:oolv 0:14 1:-3 6:-2 7:-1
c:oom_ 0:2 1:12 3:-2 4:-3 5:-3 6:-3 7:4
c:oomb 0:5 1:-5 6:5
c:oomo 0:6 1:-1 2:-1
c:oomr 2:1
c:ooms 0:-3 7:1 8:3
c:oomt 0:7 1:-1 3:3 7:-1
c:oon_ 0:-13 1:8 2:-5 3:-6 4:6 5:26 8:21
c:oona 0:-3 5:4
c:oond 0:-3 1:2 8:4
c:oonl 0:4
c:oonm 0:-6 4:13 7:2
c:oont 0:-3 1:5 2:1 3:-1 5:5 8:-2
c:oop_ 0:-14 1:2 2:-1 5:-3 7:5 8:11
c:oopb 0:9 3:-5 4:-6 5:5 6:13 7:-4 8:-10
c:oopd 0:-2 2:-3 3:4 4:-1 5:-3 6:12 7:10 8:1
c:oopt 0:11 1:7 2:-4 3:4 4:-1 5:-8 6:-4 7:1
c:oopu 0:2
c:oor_ 1:-2 2:17 3:-17 4:-8 6:3 8:10
c:oora 0:2 1:9 2:5 3:-3 4:12 5:-5 6:-1 7:-6
c:oorb 0:-2 1:4 2:-2 3:22 4:4 5:-4 6:-1 7:6
c:oord 0:15 2:24 3:-16 4:-19 5:13 6:5 7:-4 8:-19
c:oore 2:1
c:oorf 1:1 4:-1
c:oorg 0:-4 1:-3 3:6 4:8 5:-1 7:10 8:5
c:oorh 6:4
c:oorj 0:6 6:-2 7:2
c:oork 0:4 1:1 2:-2 4:-2 7:1 8:5
c:oorl 0:-3 1:-9 3:-2 6:5 7:2 8:-3
c:oorn 0:-4 1:-2 2:4 5:7 6:-1 8:-1
c:ooro 0:-4 1:-2 2:3 3:3
c:oorp 1:-5 7:11
c:oors 0:1 1:-8 4:7 5:3 6:-3 7:-4
c:oort 0:2 1:-23 2:-14 6:5 7:-19
c:ooru 0:4 1:1
c:oorv 0:10 1:5 7:-2
c:oorw 0:-6 1:6 4:5 5:-2 8:-2
c:oorz 0:-15 1:23 2:13 3:-2 4:-2 5:6 7:-3
c:oos_ 1:-6 2:4 3:5 4:-4 6:-3
c:oot_ 0:12 1:-11 3:6 4:-3 5:-7 6:-3 7:1 8:1
c:oots 0:3 1:2 3:-2
c:opa_ 0:-4 5:10
c:opba 0:9 3:-5 4:-6 5:5 6:12 7:-4 8:-10
c:opbl 0:2 2:-1
c:opbr 5:2
c:opda 0:-2 2:-3 3:4 4:-1 5:-3 6:12 7:10 8:1
c:opdr 2:3 4:-4 5:-1 6:24 7:-5
c:oped 0:1
c:opel 0:-3 1:3
c:open 0:20 1:3 3:5 4:-16 5:-1 6:16 7:-15
c:oper 0:-8 3:9 8:5
c:opga 0:2 1:2 3:-1
c:opge 0:5 1:15 4:2 6:-3 8:2
c:opgi 0:4 5:-2
c:opha 2:7 5:-2
c:opie 6:7 8:-2
c:opig 7:4
c:opkr 0:-2 2:4
c:ople 0:-5 1:-9 2:4 3:-6 5:1 6:-10 8:26
c:oplo 0:2 1:6 2:-1 3:5 5:-3 7:-1
c:opme 0:2
c:opni 0:2 7:4
c:oppa 0:3 1:6 3:-3 4:-3
c:oppe 0:22 1:-3 7:4 8:7
c:opsc 0:-6 1:2 6:13 7:2 8:-5
c:opsp 0:5 4:-1
c:opst 0:1
c:opt_ 0:10 2:-3 3:2 5:-11 7:7 8:-10
c:opte 0:5 3:2
c:opti 0:4 2:2 4:3 6:-1 7:-2 8:5
c:opva 0:-12 1:5 2:-5 3:1 5:3 6:-5 7:-6
c:opvi 0:1
c:opvo 0:-3 1:8 2:3
c:opzi 0:-3 2:-3 3:12
c:opzo 0:2
c:oraf 0:2
c:oral 1:9 2:5 3:-3 4:13 5:-5 6:-1 7:-5
c:oran 6:3 8:2
c:orat 0:9 4:-2
c:orba 0:-13 1:6 3:2 4:5 5:-1 7:-4 8:7
c:orbe 0:5 2:-1 3:21 8:-2
c:orbi 0:6 5:-2 7:11 8:-4
c:ord_ 0:3 1:-13 3:-6 5:-4 6:6 7:4 8:18
c:orda 0:-7 1:3 2:2 3:-5 4:-7 5:4 7:5 8:-9
c:orde 0:-4 1:6 2:22 3:9 5:12 6:-6 8:-3
c:ordi 0:1 1:14 5:2 8:-2
c:ordt 0:-9 1:6 3:-6 4:-5 5:-2 6:1 7:15 8:14
c:ore_ 0:-15 1:-3 2:29 6:3 7:1
c:orec 0:-6 1:17 4:14 5:-2 7:-1 8:-4
c:oren 1:-8 2:6 3:-9 4:9 5:-3 6:-3 7:6
c:ores 2:1
c:oret 1:2 4:3
c:orex 2:1
c:orfu 1:1 4:-1
c:org_ 1:5 2:5 3:-5 4:-2 5:2 7:-7 8:16
c:orga 0:2 1:2 4:8 7:4 8:-6
c:orgb 0:-2 1:-2 4:4
c:orgc 0:6 5:-3
c:orge 0:-9 1:-3 2:-2 3:3 5:7 7:13 8:4
c:orgi 0:3 3:-7 4:8 6:-1 7:-2 8:3
c:orgo 2:2 7:3 8:-2
c:orgr 0:-4 3:12 4:-1 7:-2
c:orgs 0:-1 1:5 2:2 4:-4 8:-2
c:orgt 0:-5 3:-1 5:12 6:3
c:orgv 0:6 1:-3 5:-1
c:orgz 0:-4 2:4 4:6 5:-1 8:-2
c:orhe 0:-1 6:4
c:orie 0:3 1:20 2:-3 6:3 7:-5 8:-12
c:orig 0:10 1:-3 3:21 6:6 7:-3 8:-4
c:orin 0:1
c:oriu 8:1
c:orja 0:6 6:-2 7:2
c:orke 0:5 3:-3 4:-2 6:2 7:-2 8:5
c:orko 1:2 2:-2 4:-2 7:4
c:orks 0:4 4:-3
c:orle 0:-2 1:-5 3:2 4:2 5:2 8:3
c:orli 0:8 1:-2 6:5
c:orlo 0:-8 1:-3 2:2 4:-1 6:2 7:4 8:-4
c:orm_ 0:4 2:3 6:-1
c:orma 0:7 1:-11 2:-2 3:9 4:4 6:12 8:-2
c:orme 0:3 6:-1
c:ormg 0:12 3:4 5:-7
c:ormu 0:-2 5:-6 6:16 7:9 8:-3
c:orne 0:-1 2:4 5:-1 6:-1
c:orni 0:-3 1:-2 5:8 8:-1
c:orop 0:-4 1:-2 2:3 3:3
c:orp_ 1:-2 4:6 8:-1
c:orpa 0:-2 1:-3 7:11
c:orry 0:-3 5:5 8:2
c:orsl 0:5 3:-1
c:orsp 0:-1 1:-1 4:4
c:orst 1:-5 4:4 5:4 6:-2 7:-3
c:ort_ 0:-22 1:-10 2:12 3:12 5:5 7:-15
c:orta 0:-3 1:2 4:-1 6:4
c:ortc 0:8 2:1 4:-1
c:ortd 0:4
c:orte 0:-9 1:5 2:4 4:9 5:-3 6:-2 7:-1 8:3
c:ortf 1:-4 2:-2 3:10 4:1 5:-4 6:22 7:6 8:-4
c:ortg 0:14 1:-5 2:-3 6:16 8:2
c:orti 0:4
c:ortk 0:-15 1:20 2:3 6:-3
c:orto 0:-4 2:1 5:10 7:-2
c:ortp 0:-5 2:16 5:-2 6:-4
c:orts 0:-4 1:14 7:-2 8:4
c:ortv 0:1 2:-1 6:5 7:-1
c:orui 0:4 1:1
c:oruu 0:-3 2:3 5:-2 6:3
c:orva 0:4 2:-1
c:orve 0:3 7:-2 8:1
c:orvr 0:2 1:5
c:orwe 0:-6 1:6 4:5 5:-2 8:-2
c:orza 0:-2 2:2
c:orze 0:-6 1:16 2:10 3:2 4:-1 7:-2 8:-3
c:orzi 0:-7 1:7 3:-3 5:7 8:4
c:ose_ 0:-6 1:-1 5:18 6:-2
c:osit 1:-2 2:2 7:3 8:-1
c:osla 0:1 1:-1 7:-1 8:3
c:osli 0:-6 1:-8 4:25 5:-2 8:-5
c:osof 0:2 1:-1 8:2
c:osse 0:2 1:10 2:-2 5:-2 7:-1
c:ossi 0:-8 1:1 3:-2 5:2 6:26 8:-3
c:ost_ 0:6 1:-3 7:7
c:oste 0:-2 5:3 7:4
c:oswa 0:1
c:otaa 0:-1 1:3
c:ote_ 0:4 1:-5 4:6
c:otec 0:-2 8:2
c:otee 0:-6 1:8 5:8 6:11 7:-2 8:-2
c:otel 0:7 4:-1
c:oten 0:-6 1:1 2:3 3:31 6:-3 7:-1 8:14
c:oter 6:1
c:othe 0:2 1:-1 4:-1 5:3
c:otie 0:24 1:-1 4:-3
c:otin 0:2
c:otis 0:-7 1:24 4:-5 8:-4
c:otiv 0:-10 1:8 3:10 5:-5 6:3 8:-4
c:oto' 0:2
c:oto_ 0:-4 6:9 7:-2
c:ots_ 0:19 1:-1 2:3 5:-3
c:otst 0:3 1:2 3:-2
c:otte 0:-2 3:3
c:oud- 0:23 2:-2 3:-1 4:-4
c:oud_ 0:-2 1:-2 4:8 5:4 6:2 7:-2 8:10
c:oude 0:-3 2:-10 3:-19 4:7 5:11 6:3
c:oudi 0:-28 1:37 4:13 5:4 6:-4 8:-5
c:ouds 3:4
c:oudt 0:-5 1:9 2:-5 3:8 4:-2 5:1 6:-3 7:4
c:oudv 1:5 4:-3 5:-1
c:ount 0:2
c:ourn 0:6 1:-2 4:-2
c:ousi 0:7 2:1 3:3 4:-1 8:-2
c:out_ 0:-12 2:2 3:-2 6:-5 7:-3
c:oute 0:24 1:10 5:-2 6:-1 7:-5 8:19
c:outi 0:5 1:-2 4:2 8:-2
c:ouva 1:3
c:ouw_ 0:-15 1:8 2:1 3:12 4:35 5:-4 6:-11 7:-10
c:ouwd 5:1
c:ouwe 0:9 1:-1 2:4 3:2 4:13 5:-1 8:-1
c:ouwi 1:4 8:-1
c:ouwk 0:-2 1:2 4:2
c:ouwo 0:-1 8:3
c:ouwp 0:3 1:3 5:-3
c:ouws 0:1
c:ouwt 0:-1 3:2
c:ovee 0:-4 1:1 3:5 4:-2 6:6 7:-1 8:-5
c:oven 0:-11 1:6 2:19 4:7 5:-3 7:6
c:over 0:16 1:-17 2:20 3:-21 4:2 5:2 6:-12 8:-12
c:ovig 3:-1 4:4 8:-3
c:ozen 0:-8 1:-6 3:4 4:-3 5:-2 6:4 7:18 8:11
c:paal 0:15 2:2 3:-2 4:-2 5:1 6:-1 8:-5
c:paan 0:2
c:paar 0:5 1:-4 2:-1 3:-3 4:3 6:-1
c:pabo 0:-3 1:2 2:8 3:-1 7:-1 8:12
c:paci 0:-3 1:14 4:-2
c:pak_ 0:-9 1:-1 2:15 4:3 5:-2 8:3
c:pakk 0:-8 1:-7 3:8 4:-5 5:4 6:-3 7:3 8:3
c:pakt 0:13 1:9 3:-4 4:-6 5:-3 7:1
c:pale 2:2 3:8 6:-2
c:pane 0:2
c:pani 0:-6 5:12 6:-2
c:pann 0:16 1:3 4:-2 5:3 8:-2
c:papi 7:4 8:-2
c:para 0:-3 3:1 5:-1 6:14 7:-1
c:pare 0:-9 1:10 5:3
c:parr 0:4
c:part 1:-4 2:-1 4:1 5:9
c:pas_ 5:-2 6:8 8:4
c:pasp 5:-1 6:3
c:pass 0:-10 1:12 2:2 3:-2 4:9 5:6 7:-2
c:past 0:11 1:-3 2:13 3:-7 4:5 7:-8 8:14
c:path 0:3
c:patr 0:-2 3:-1 5:9
c:pbaa 0:9 3:-5 4:-6 5:5 6:12 7:-4 8:-10
c:pblo 0:2 2:-1
c:pbre 5:2
c:pdag 0:-2 2:-3 3:4 4:-1 5:-3 6:12 7:10 8:1
c:pdra 2:3 4:-4 5:-1 6:24 7:-5
c:pech 0:-3 7:5
c:peci 0:3
c:pect 0:3 6:12 8:-3
c:peda 0:-3 1:-1 4:2 8:4
c:pede 0:1
c:peel 0:2 1:-6 2:-1 3:-2 4:5 5:11 7:-2
c:pel_ 0:-8 2:-2 4:3 5:-3 8:4
c:pele 1:-1 5:5
c:peli 0:3 1:-1 6:-2 8:2
c:pell 0:-2 1:7 4:-1 7:1
c:pelo 0:-3 1:3
c:pels 1:2 5:-1 6:8
c:pelt 0:11 6:-2 8:-1
c:pen_ 0:39 1:12 2:-14 4:-3 5:-5 6:8 7:-15 8:3
c:pena 0:-6 3:6
c:penb 7:2
c:pend 0:2 2:-2 8:3
c:pene 0:2 1:-3 2:4 5:-1 6:-1
c:penh 1:-1 7:-2 8:6
c:peni 0:-2 6:5
c:penm 0:3 1:-2 6:3 7:4
c:peno 3:3
c:penp 0:-5 2:4 6:6
c:pens 0:-3 2:6 5:-1 6:3
c:pent 0:10 1:-5 3:3 4:-2 5:-2 6:5 7:-2 8:6
c:per_ 0:10 1:-7 2:7 3:-4 4:-1 5:6 7:-6 8:3
c:pera 0:-1 4:5
c:perc 0:-4 2:10 5:-1
c:perf 1:-1 8:4
c:peri 0:1 2:16 4:1 6:8
c:perk 0:-15 1:23 3:-2 4:5 5:2 8:-4
c:perm 0:2 6:-2 7:1
c:pers 0:4 1:-2 3:7 4:3 5:-1 8:2
c:pest 0:-5 1:3 5:-2 7:9
c:pete 0:3 2:-2 6:9 7:-1
c:peur 0:3 1:-2
c:peut 1:-1 5:3
c:pgaa 0:3 3:-1
c:pgaf 0:-2 1:2
c:pgav 0:1
c:pgeb 5:1
c:pgee 0:-1 1:7 4:-2 8:-2
c:pgeg 0:3 3:1 5:-1 6:-2 7:-1 8:3
c:pgel 1:9 3:-2 4:3 6:-1 8:1
c:pgev 0:3
c:pgin 0:4 5:-2
c:phaa 1:1
c:phal 2:7
c:pie_ 0:-11 1:8 3:-2 4:-1 5:8
c:piee 6:7 8:-2
c:pier 7:4 8:-2
c:pig_ 7:4
c:pij_ 0:5 7:-2 8:6
c:pijl 0:-2 1:2 2:3 3:-1
c:pijn 0:-8 3:-2 5:22
c:pijt 0:-1 8:2
c:pikt 0:1 1:1
c:pill 0:-9 5:20
c:pilo 0:3 8:4
c:ping 0:-1 8:3
c:pisc 0:2 1:-5 2:2 4:43 5:-2 7:3 8:-3
c:pitt 0:3
c:pje_ 0:4 1:-1 3:7 6:2 8:-1
c:pjes 0:1 6:6
c:pkri 0:-2 2:4
c:plaa 1:6 5:-3 6:2 8:5
c:plan 0:-12 3:-5 4:-12 5:8 6:23 8:12
c:plee 0:5 1:-2 2:3 3:-2 5:-4 6:18 7:-2 8:10
c:pleg 4:1 5:-1
c:plei 0:-4 1:-8 2:4 3:-5 4:1 5:2 6:-9 8:27
c:plek 1:4 2:-9 3:2 5:-4 6:-10 7:42 8:-4
c:plev 0:2
c:plez 0:20 1:-8 2:-4 3:-1 8:6
c:plic 0:-6 4:2 5:-3 6:21 7:5 8:-1
c:plim 0:6
c:plin 0:-2 1:12 4:-2 5:-1 8:-4
c:ploa 0:-5 5:-1 6:18 7:-3
c:ploe 0:3
c:plom 0:5 1:-4 2:5 5:-5 6:-4 7:14 8:10
c:plor 0:8 4:-2
c:plos 0:6 1:7 2:-1 5:-2
c:pmer 0:2
c:pmid 0:7 5:-3 8:-2
c:pnie 0:2 7:4
c:podi 0:3
c:poet 0:-5 2:6
c:pogi 0:3 1:-1
c:pole 3:-2 4:4
c:poli 0:-5 1:-4 2:1 3:7 4:-2 8:17
c:pool 0:-6 4:8
c:poor 0:3 5:-1 6:3
c:port 0:-1 1:-15 2:25 3:7 4:3 6:21 8:-3
c:posi 1:-2 2:2 7:3 8:-1
c:poth 0:2
c:ppak 0:3 1:6 3:-3 4:-3
c:ppel 0:12 1:-1 6:-4 8:2
c:ppen 0:-5 1:-3 3:4 5:-4 6:7 7:-2 8:12
c:pper 0:12 1:-4 4:6 7:-3 8:3
c:ppij 0:4 1:2 3:-1 7:-2 8:6
c:ppor 0:-9 2:34 4:-1 5:-3 6:1
c:praa 0:23 4:-7 5:2 7:2 8:-5
c:prac 1:8 4:-2
c:prak 0:-6 1:15 3:-4 4:2 5:-11 6:7 7:-8 8:2
c:prat 0:16 1:4 2:-3 4:4 5:3 6:-2 7:-2 8:-1
c:prec 3:9 4:-1 5:8 6:-2 7:2
c:pree 0:12 1:3 2:5 4:2 5:-3 6:-8 7:-10 8:-6
c:prek 0:4 1:5 2:2 3:-12 5:-3 6:13 7:-8 8:-10
c:pres 0:-20 1:2 3:4 4:2 5:21
c:pret 0:6 1:-4
c:prik 1:3 2:-2
c:pril 0:6 1:-2 7:2
c:prim 0:9 3:2 4:-3 7:-6 8:6
c:prin 0:-2 5:3 6:1
c:prob 0:-5 1:17 2:-2 3:-1 5:6 7:-1
c:proc 0:-6 2:7 3:9 5:-3 6:8
c:prod 0:12 1:-1 8:-1
c:proe 0:11 1:-3 2:5 3:3 4:-1 8:-2
c:prof 0:-4 1:-1 3:2 4:-11 5:-6 6:4 7:4 8:14
c:prog 0:2 3:-1 4:2 5:-2 6:4 7:-3
c:proj 0:18 1:5 3:-9 4:-2
c:prok 0:-2 3:2 5:-2 6:6 7:-2 8:8
c:prop 0:1
c:psal 1:2
c:psch 0:-6 1:2 6:13 7:2 8:-5
c:psge 0:-2 1:-2 2:6 3:10 4:4 6:-2 8:8
c:psin 0:2 2:-2 5:-2 6:5
c:pske 0:-11 1:16 2:3 3:-1 4:-1 5:7 7:1
c:psop 0:1 1:-4 3:-1 4:-3 5:-1 8:9
c:psor 0:-3 2:-2 6:9
c:pspo 0:5 4:-1
c:pspr 0:5 3:-3
c:pswe 0:-1 1:2 5:6
c:psyc 0:-13 1:-3 2:-2 5:27 7:-2 8:4
c:pta- 0:-4 2:10
c:ptab 2:3
c:pte_ 0:8
c:ptem 0:-4 1:5 5:-2 8:4
c:ptie 1:-1 4:13 7:-1 8:5
c:ptop 0:1 5:2
c:ptou 0:7 3:-5
c:punt 0:-23 1:18 2:60 3:-4 5:-9 6:6 7:-5 8:2
c:pute 0:-1 1:9 3:-6 4:6 5:2 8:-6
c:puzz 0:9 1:-2
c:pv-b 0:10 6:-2
c:pv-l 6:4
c:pv-o 0:-3 3:2 6:4
c:pv-p 0:5 1:-1 7:4
c:pv-u 0:-4 6:9 7:-2
c:pval 1:7 3:5 5:-1
c:pvan 0:-8 1:2 4:4 5:8 7:-2 8:5
c:pver 6:-3 7:5
c:pvie 0:1
c:pvoe 0:-3 1:8 2:3
c:pzic 0:-3 2:-3 3:12
c:pzoe 0:2
c:qomp 0:-1 6:4
c:qua_ 0:-3 1:9 2:2 8:-2
c:raad 1:9 2:1 4:-2 6:1 7:-2 8:18
c:raaf 0:-3 6:10 7:-1
c:raag 0:30 1:22 2:2 3:-8 5:15 6:-8 7:-16 8:-18
c:raai 0:2 1:-3 2:6 3:3 4:-1 5:1
c:raak 0:11 1:11 3:-2 4:-3 5:4 6:-1 7:10 8:-3
c:raal 0:3 1:5 2:2 3:-2 6:-3
c:raam 0:1
c:raan 0:-5 1:-3 2:6 3:11 4:2 6:-2 7:13 8:-5
c:raar 0:5 8:2
c:raat 0:24 4:-7 5:2 8:-5
c:rach 0:30 1:8 2:4 4:-9 6:22 7:-3
c:ract 0:-4 1:13 4:-1 7:6 8:-2
c:rade 0:1 4:-2 7:-2 8:4
c:raf_ 0:13 1:-2 2:1 7:-3
c:rafe 6:4
c:rafi 0:3
c:rage 0:23 1:10 2:-4 3:9 5:-3 6:9 7:-5 8:-6
c:ragi 0:-3 7:4
c:rain 0:9 1:-4 2:4 5:-1
c:raje 0:-3 1:1 2:-1 3:-1 4:-5 5:1 8:5
c:rake 0:7 1:10 2:-2 3:-3 5:-1 7:-1
c:raki 0:-2 1:4 8:-1
c:rakk 0:3 4:-2
c:raks 0:-8 1:15 3:-4 4:5 5:7 6:-1 7:26 8:-4
c:rakt 0:-7 2:3 4:3 5:-9 6:7 7:-7 8:11
c:ral_ 0:6 2:17 3:-2 4:13 5:-3
c:rale 0:2
c:rama 3:1
c:ramm 0:2 3:-1 4:2 5:-2 6:4 7:-3
c:ramp 0:1 1:5 4:-3 8:-1
c:rand 0:13 3:-5 4:4 7:-4 8:-4
c:rang 0:-3 2:2 3:6 6:-1
c:rans 0:6 1:4 2:5 3:-2 4:-2 5:-1
c:rant 0:-3 1:10 2:-1 6:5 8:4
c:rap_ 0:-2 7:-2 8:7
c:rape 1:-1 5:3
c:rapi 0:-7 5:9
c:rapp 0:-14 1:7 2:33 4:-2 5:-3
c:rass 0:8 4:2 7:-1
c:rast 0:19 4:1 5:-2 8:-4
c:rate 0:16 1:3 4:4 5:3 6:-2 7:-2 8:-1
c:rati 1:12 3:-1 4:15 6:8 8:-2
c:ravo 0:-2 1:5 4:5 5:1 7:-1
c:rbaa 0:-11 2:-1 4:1 5:-3 6:-3 7:2 8:7
c:rbed 1:-2 3:5 4:-1 5:-1 6:3 7:17 8:6
c:rbee 0:3 3:12 5:3 8:-1
c:rbei 0:-9 2:3 4:7 5:2
c:rber 0:-4 1:5 3:7 4:5 5:-3 8:2
c:rbet 0:-7 1:5 2:2 3:3 7:3 8:-4
c:rbij 0:20 1:4 2:-6 3:6 4:-7 5:-7 7:6 8:-14
c:rbin 0:7 7:-1
c:rbli 0:-8 1:4 3:15 5:8 8:-4
c:rbou 0:4
c:rbui 0:4 5:-3
c:rcen 0:-4 2:10 5:-1
c:rche 0:2
c:rchi 0:2
c:rdag 0:7 6:-3 7:10 8:-1
c:rdam 0:5 1:-2 3:-3 4:2
c:rdat 0:-6 1:3 2:2 3:-5 4:-7 5:5 7:6 8:-9
c:rde_ 1:-18 4:-7 5:5 6:-7 7:11 8:-13
c:rdee 0:7 1:-2 2:2 3:-2 6:10
c:rdel 0:-21 1:8 2:28 3:-2 5:-4 6:10
c:rden 0:12 1:5 2:-2 3:6 5:-7 6:-7
c:rder 1:5 2:-4 3:11 4:2 5:-14 6:-5 7:-14 8:21
c:rdev 0:7 3:-1
c:rdew 0:-2 5:10
c:rdie 1:-8 2:-3 5:8 6:-3 7:-5 8:7
c:rdig 0:-7 1:32 2:2 4:-2 5:3 6:-2 8:-1
c:rdin 0:9 5:-3
c:rdoe 2:1 8:2
c:rdoo 0:-4 1:9 2:-2 4:-1 5:11 7:1
c:rdop 0:4
c:rdra 0:4
c:rdri 2:2 5:3 8:3
c:rdt_ 0:-9 1:6 3:-6 4:-5 5:-2 6:1 7:15 8:14
c:reac 0:4 3:-1
c:reag 0:3 1:3 2:-1 3:-1 5:-2 7:2
c:real 1:-6 2:1 3:1 4:2 5:-2 6:-3 8:2
c:reat 1:4 4:6 7:-3 8:8
c:reau 0:-3 1:-1 4:-3 7:4 8:10
c:reca 0:-6 1:17 4:14 5:-2 7:-1 8:-4
c:rece 0:-10 1:7 4:9
c:rech 0:4 1:-5 2:3 4:9 6:-2 7:-12 8:15
c:reci 3:9 4:-1 5:8 6:-2 7:2
c:recr 0:7
c:rect 0:1 1:-2 5:2 7:1 8:3
c:red_ 0:-2 1:7 3:-2 7:5 8:-6
c:redd 0:-7 1:6 2:3 3:-3 4:14 7:1 8:-3
c:rede 0:-4 1:-9 2:10 3:-2 4:6 5:12 6:9
c:redt 3:4 8:-1
c:ree_ 1:-2 8:6
c:reed 0:4 1:11 3:-1 4:-2 6:2 8:-2
c:reef 0:-3 2:9
c:reeg 0:5 1:-3 2:6 3:1 5:-1
c:reek 0:-4 1:9 2:4 3:2 7:-11 8:-6
c:reel 1:1
c:reen 0:5 2:-1 3:12 4:-5 6:8 7:16 8:-2
c:reeo 0:-2 3:-2 4:2 8:6
c:reep 0:5 1:-1 5:-1 6:4 7:-1
c:reer 0:-2 1:2 3:-1 6:12 7:-2
c:reet 1:2 2:5 4:-2 8:-1
c:refl 0:-4 1:-2 2:-3 3:2 6:25
c:reft 0:-9 1:-1 8:18
c:rege 1:3 2:-2 4:-3 6:-7 7:1 8:14
c:regi 0:-6 3:-2 5:-2 6:22 7:-4 8:3
c:reid 0:14 1:-5 3:9 4:1 5:-3 7:3 8:-2
c:reik 1:2 2:6 3:4 4:-2 5:-1 6:-1
c:reis 0:6 7:-1
c:reiz 0:-1 4:-2 8:5
c:rek_ 0:8 1:3 2:2 3:-14 4:-12 6:5 8:-17
c:reke 0:-6 1:10 2:20 3:-3 4:15 5:-2 7:2 8:-5
c:rekk 1:26 3:-2 4:-4 6:9 7:2
c:reks 0:-4 1:4 2:5 6:2
c:rekt 0:11 1:14 4:22 5:-3 6:2
c:rela 5:1
c:reld 0:6 1:-3 4:-2 8:5
c:rele 0:6 5:4 8:-2
c:ren_ 0:18 1:-9 2:-7 4:24 5:-14 6:8 7:-19 8:13
c:rena 0:5 3:-2 4:-2 5:-2 8:8
c:renb 0:1 4:-2 6:5 7:-1
c:reng 0:11 1:2 3:-3 5:4
c:renk 0:-4 2:4 3:-3 4:4 6:3
c:renl 6:3 7:1
c:rens 0:-1 1:1 2:4
c:renv 0:2
c:renz 0:-2 1:3 4:5 5:-1 8:1
c:repa 0:-5 1:10 2:1 5:-2
c:repe 0:-8 1:10 5:-1 7:3 8:7
c:rere 0:-8 1:18 2:1 3:-1 6:5 8:-2
c:res_ 0:-2 2:1 5:4
c:rese 0:2 1:3 3:3 4:-1 8:-2
c:resp 0:5 8:-2
c:ress 0:8 2:-6 3:3 4:-2 5:21 6:8 7:-2 8:-4
c:rest 0:-18 2:-4 3:15 4:1 5:-4 6:5 7:6
c:resu 1:-1 2:22 3:2 5:-2 7:-2
c:rete 2:4
c:reti 1:2 4:3
c:rett 0:8 1:-3 4:1 8:-3
c:reuz 0:-4 7:11
c:reve 0:-2 1:-2 3:5 6:-2 7:4
c:rexa 0:-1 2:2
c:rfde 1:-2 3:6
c:rfec 1:-1 8:4
c:rfst 0:-2 1:-1 2:3 6:3 7:4
c:rft_ 0:8 1:2 5:4 6:-1 7:-4 8:-2
c:rfun 1:1 4:-1
c:rgaa 0:-2 1:-1 4:13 7:7
c:rgad 6:6 8:1
c:rgan 0:-3 1:2 2:12 3:1 6:-4 7:8 8:-2
c:rgat 0:5 5:-2
c:rgbe 0:-2 1:-2 4:4
c:rgco 0:4 5:-3
c:rgee 0:6 1:16 3:-4 4:-2 5:-4 8:7
c:rgeg 0:5 3:4 4:-1
c:rgel 0:4 1:-9 3:32 4:-2 7:-3 8:-3
c:rgen 0:-12 1:19 3:8 4:-3 5:12 7:17 8:-4
c:rger 0:15 1:-3 5:4 6:1
c:rges 0:-3 1:4 2:1 5:-3 6:2 7:3
c:rget 0:-6 1:3 4:1 7:16 8:6
c:rgev 0:-2 1:-1 6:1 7:7
c:rgie 0:21 1:-3 2:-3 3:-2 4:6 5:2 8:-2
c:rgin 0:3 3:-7 4:8 6:-1 7:-2 8:3
c:rgop 2:2 7:3 8:-2
c:rgro 0:-17 1:-2 3:15 4:20 7:-2
c:rgst 0:-3 1:13 2:-2 3:1 4:-4 8:-2
c:rgt_ 0:-5 3:-1 5:12 6:3
c:rgun 0:-3 5:8
c:rgvu 0:6 1:-3 5:-1
c:rgza 0:-4 2:4 4:6 5:-1 8:-2
c:rhaa 0:29 1:-5 2:-1 6:3 8:-9
c:rhal 0:3 5:-2
c:rhan 0:-5 1:13 3:-1 4:-3
c:rhee 0:-1 2:1 6:3 8:-1
c:rhei 0:1 1:-6 4:-2 5:3 8:12
c:rhoe 0:-6 3:8
c:rhou 0:-6 3:3 5:5
c:rhui 0:3 4:-1 5:1
c:rial 0:1 5:2
c:rich 0:5 1:14 3:-2 4:8 5:-9 6:-8 7:-7 8:17
c:rici 0:-3 3:10 4:-2
c:rie_ 0:-6 1:18 2:17 3:5 5:-13 6:15 8:-10
c:rief 0:5 1:-2 6:9 7:2 8:-3
c:rieg 0:5 3:-2 5:2 6:6
c:rieh 5:2
c:riek 0:3 1:6 4:-3 5:-1 8:-3
c:riel 1:3 8:-2
c:rien 0:6 1:-11 2:-5 3:28 4:-2 5:1 6:5 7:-1
c:ries 0:4
c:riet 0:6 5:3 7:-1 8:-1
c:rieu 0:8 2:2 3:2 4:6 7:-5 8:-1
c:rift 0:-2 1:5
c:rig_ 0:17 1:-3 3:6 4:3 6:5 7:-4 8:-4
c:rige 0:3 1:-7 3:30 4:5 5:-4 8:-2
c:righ 0:6 8:-3
c:rij_ 0:8 1:1 2:8 4:4 5:-3 6:-3 7:-7 8:-2
c:rijb 0:3 1:-2 5:7
c:rijd 0:-9 1:-1 2:1 6:15 7:18 8:-3
c:rije 0:13 1:-1 4:-4 5:-1
c:rijf 0:14 1:-14 2:-10 4:-12 5:-7 6:11 8:7
c:rijg 0:-11 1:3 2:4 3:-8 4:-7 5:8 6:-2 7:13
c:rijk 0:15 1:-4 2:1 3:-4 8:1
c:rijp 0:-2 1:-5 4:9 5:4 7:3 8:-3
c:rijt 0:-1 2:2 6:2
c:rijv 0:5 1:20 3:5 4:-3 7:32 8:-2
c:rijw 0:1 1:5 3:-2 7:-1
c:rikk 0:-2 1:2 2:4 5:-1
c:rikt 0:1 7:3
c:ril_ 0:7 1:-2 7:2
c:rima 0:9 3:2 4:-3 7:-6 8:6
c:rin_ 0:18 1:5 2:-3 3:-2 4:2 5:-3 8:-4
c:rina 0:-2 4:5
c:ring 0:11 1:1 2:-7 3:-4 4:-13 5:2 7:13 8:-11
c:rink 0:-11 5:20
c:rinn 0:5
c:rint 0:-1 1:-3 4:7
c:riod 2:16 4:1 6:9
c:rip_ 0:-3 1:9 3:-2 4:2
c:ris_ 0:7 4:-2 5:5 8:-1
c:risi 0:11 1:5 3:-1 4:-1 5:-1
c:rist 0:-5 4:7
c:riti 0:19 1:5 5:-2 8:-4
c:ritm 0:4 4:-3
c:rium 8:1
c:rjaa 0:12 1:9 2:-1 3:-2 4:1 6:-2 7:3 8:-3
c:rkan 0:-6 1:-2 2:16
c:rkda 0:11 1:-4 2:-3
c:rke_ 0:6 1:-2 3:-2 6:1
c:rkee 0:-13 1:-2 6:6 7:22
c:rken 0:19 1:12 2:-5 3:-8 4:13 6:-3 7:-15 8:10
c:rker 0:7 1:-3 3:2 4:-4 5:-3 6:2 8:6
c:rket 8:1
c:rkeu 0:5 3:-3 4:-2 6:2 7:-2 8:5
c:rkex 0:8 4:-2
c:rkge 0:-3 1:2 3:-2 4:-3 5:2 7:14
c:rkho 0:-4 1:15 8:-2
c:rkin 0:-6 1:2 4:8 8:-3
c:rkla 0:-8 1:3 2:3 3:2 4:-6 5:12 8:-2
c:rklo 1:-3 5:4 6:-1 8:1
c:rkom 0:-4 1:10 2:-1 4:-3 5:7 7:2
c:rkoo 0:-2 1:1 3:-3 4:2 5:-1 8:9
c:rkop 0:-5 1:4 8:4
c:rkor 0:-6 8:7
c:rkpl 0:4 1:-2 2:-3 3:3 5:-2 6:3 8:1
c:rkpr 3:2
c:rkse 0:-3 4:9 5:-2
c:rksh 0:4 4:-3
c:rkst 0:4 1:6 2:4 4:-2 5:-1 8:-3
c:rkt_ 0:25 1:10 2:-1 3:7 4:-10 5:4 6:-2 7:-4
c:rkte 0:2 1:15 3:6 4:-1 5:-2 8:-1
c:rkti 0:2 1:-1
c:rktu 0:-2 1:-1 4:4
c:rkun 0:-3 1:4 2:5 3:8 4:2 7:-2 8:-6
c:rkve 0:8
c:rkvl 0:-1 1:4 2:4 4:7
c:rkwe 0:3 3:-2
c:rlaa 0:-4 1:-3 2:3 3:5 7:9 8:-4
c:rlan 0:-10 1:16 2:3 4:3 5:2 6:-4 7:-9 8:-5
c:rlat 1:-1 7:2 8:2
c:rled 0:-7 5:8 7:3 8:-3
c:rlee 1:-7 3:3 4:8 8:-1
c:rleg 0:-4 3:-6 4:3 7:-2 8:14
c:rlen 0:8 5:4 7:-1
c:rler 0:-2 1:-3 4:4 5:3 8:3
c:rlic 0:9 1:-3 6:5
c:rlie 1:3 7:3 8:-1
c:rlij 0:-16 2:5 4:1 5:-2 6:-5 7:3 8:3
c:rlin 0:-23 2:2 3:18 4:35 5:6 6:-7 7:-12 8:-5
c:rloo 0:-4 1:8 2:-2 3:3 7:-2
c:rlop 0:-5 2:2 4:-2 5:-4 6:2 7:2 8:-5
c:rlor 7:2
c:rmaa 3:8 7:-2
c:rman 0:-2 3:9 4:-1 5:-2 8:2
c:rmar 0:3 6:-2 8:1
c:rmat 0:6 1:-9 2:-3 4:3 5:-2 6:3 8:-4
c:rme_ 4:2
c:rmee 0:4 1:-2 2:7 3:-3 5:8 8:5
c:rmen 0:9 1:3 2:-1 3:-2 4:2 5:-3 8:-1
c:rmge 0:12 3:4 5:-7
c:rmin 0:9 8:-1
c:rmog 0:-2 1:15 2:-2
c:rmul 0:-2 5:-6 6:16 7:9 8:-3
c:rn-o 0:-1 5:5
c:rna_ 0:9 1:2 2:-3 4:-4 6:2 7:20 8:-7
c:rnaa 0:1 1:-3 2:3 3:-1 4:2 7:9 8:-4
c:rnal 0:6 1:-2 4:-2
c:rnat 0:-3 1:8 7:-2 8:4
c:rnee 0:2
c:rnem 0:8 1:-4 2:3 4:8 5:-4 6:-3 7:-6 8:6
c:rnis 0:-2 1:-2 5:8 8:-1
c:rnta 0:-1 2:2 6:3
c:rnva 0:-1 2:4 5:-2
c:rnvr 0:4 6:-2
c:robe 0:18 1:-3 4:3
c:robl 0:-22 1:21 4:-3 5:6
c:roc_ 0:-2 1:1 3:1 6:-2 7:5 8:6
c:roce 0:-6 2:7 3:9 5:-3 6:8
c:rode 1:-1 2:4
c:rodu 0:12 1:-1 8:-1
c:roef 0:11 1:-3 2:3 4:-2 8:-1
c:roeg 0:20 1:1 2:-2 4:-1 5:2 8:-7
c:roei 0:6 1:-1 5:6
c:roen 0:-9 1:6 3:-9 4:10 5:-2 6:9 7:-3 8:3
c:roep 1:14 2:-16 3:46 5:-16 6:9 7:-7 8:6
c:roer 0:-18 1:-9 3:39 4:-3 5:8 6:1 7:-3 8:4
c:roev 0:-1 2:4 3:3
c:rof_ 0:4 1:3 4:-2 8:-3
c:rofi 0:-6 1:2 2:-2 4:-13 5:-8 6:3 7:3 8:2
c:rofv 0:-4 8:11
c:rogr 0:2 3:-1 4:2 5:-2 6:4 7:-3
c:roje 0:18 1:5 3:-9 4:-2
c:rok_ 0:21 1:-2 2:-4 5:-1 6:-1 7:1 8:1
c:roke 0:-4 1:-2 5:-3 6:5 7:7 8:5
c:rokk 0:-6 2:2 4:14
c:rol_ 0:9 1:5 3:-3 4:-2
c:role 6:2
c:rom_ 0:-27 1:9 2:-12 3:28 5:-2 6:-4 7:2 8:3
c:rome 0:-10 1:7 2:-1 4:10 5:-3 7:-5 8:19
c:romm 1:10 3:-2 7:1
c:rond 0:-4 1:-12 2:-1 4:17 5:4 6:29 7:-5 8:3
c:rong 0:-1 7:2
c:roni 1:-2 8:4
c:ront 0:-6 1:7
c:rood 0:-9 2:4 5:-1 6:5 7:-3 8:11
c:rook 0:-3 5:6
c:room 0:7 1:-14 3:-2 4:-7 5:-4 7:3 8:8
c:roon 0:-2 3:-1 5:9
c:root 1:-3 2:2 3:4 5:-3 8:3
c:rop_ 1:13 2:3 3:1 7:6 8:-3
c:rope 0:1
c:ropl 0:-3 2:3
c:ropv 0:-2 1:1 4:5 5:-2 7:-2 8:5
c:rot_ 0:3 1:-1
c:rote 0:3 1:-2 4:6
c:rots 0:19 1:-1 2:3 5:-3
c:rout 0:26 1:9 5:-2 6:-1 7:-8 8:20
c:rouw 1:2 3:-1 4:17 5:-3 7:-3 8:-2
c:rove 0:11 1:-4 2:3 4:2 6:-1 7:-1
c:rpak 0:-2 1:-3 7:11
c:rpen 0:5 2:-1
c:rper 0:3 1:-1
c:rpes 0:-5 1:3 5:-2 7:9
c:rple 0:11 1:-1 2:3 3:-2 8:10
c:rpli 0:-6 4:2 5:-3 6:21 7:5 8:-1
c:rras 0:28 1:1 2:2 4:4 8:-3
c:rren 2:4
c:rrou 8:3
c:rry_ 0:-3 5:5 8:2
c:rsas 0:2
c:rsch 1:-4 2:-4 3:1 4:7 6:-8 7:1 8:-5
c:rsda 0:3 8:-2
c:rsge 0:-5 4:9
c:rsie 0:4 3:-3 7:7
c:rsis 2:-3 3:10
c:rsit 0:-4 1:3 3:6 4:9 7:-3 8:7
c:rsla 0:-19 1:11 2:-8 5:11 6:13 7:4 8:-10
c:rsoo 0:10 3:-2
c:rsop 0:-2 1:-2 4:4 7:-1 8:3
c:rspe 0:-1 1:-1 4:4
c:rspr 3:1
c:rst_ 0:-11 1:12 3:10 5:-3 7:3
c:rsta 0:6 2:3 3:-8 4:6 7:-4 8:22
c:rste 0:4 1:-6 2:11 3:8 4:6 5:-3 6:-3 8:-3
c:rstm 0:1 2:1
c:rstr 0:-2 2:3 3:1 6:-1 7:-1 8:4
c:rstu 0:3
c:rstv 2:-2 6:3 7:5 8:-1
c:rsus 1:3 4:-1
c:rsva 7:2
c:rswe 0:1
c:rszi 5:5
c:rtaa 0:-4 1:-7 4:8 6:8
c:rtag 1:2 4:-1
c:rtal 0:4 5:-1
c:rtci 0:4 2:2
c:rtcl 0:3
c:rtda 0:4
c:rte_ 0:-14 1:14 4:6 5:-3 6:2 7:-1 8:4
c:rteg 0:3 1:-1 4:1 5:-2
c:rtek 0:-2 5:-4 6:8
c:rtel 0:29 1:-3 2:9 3:-8 5:38 7:-3 8:14
c:rten 0:2 1:-2 2:5 6:-2
c:rter 0:3 1:-7 4:7
c:rtfo 1:-4 2:-2 3:10 4:1 5:-4 6:22 7:6 8:-4
c:rtga 0:14 1:-5 2:-3 6:16 8:2
c:rtie 0:2 1:1 6:-1
c:rtif 0:1 7:3
c:rtig 0:-2 1:-3 3:2 4:8 5:-1 7:4
c:rtij 0:4
c:rtin 5:1
c:rtje 0:-6 3:2 5:11 7:4 8:-2
c:rtko 0:-15 1:20 2:3 6:-3
c:rtkw 0:2
c:rtne 0:-6 5:9
c:rtoe 0:9 1:-4
c:rtop 0:-4 2:1 5:10 7:-2
c:rtpu 0:-1 2:17 4:1 5:-1 6:-3
c:rtra 0:-3 7:4
c:rtro 0:-1 1:2
c:rts_ 0:-4 1:-5 4:-2 5:10 6:-2 8:6
c:rtsa 0:2 2:-1
c:rtsc 0:-4 1:14 8:-1
c:rtst 7:-3 8:5
c:rtus 0:3
c:rtve 0:1 2:-1 6:5 7:-1
c:ruar 0:3 2:-2 6:-1 7:3
c:ruct 0:10 1:9 3:-1 4:-4 5:1 8:-3
c:rug_ 0:24 3:3 4:-3 5:6 7:-2 8:-2
c:rugd 0:2 1:-1
c:rugg 0:4 2:-3 5:-4 6:6
c:rugk 0:7 2:2 3:-2 4:-1 5:1
c:rugz 0:1
c:ruik 0:4 1:-5 5:21 6:1 8:-3
c:ruim 0:9 1:-2 2:3 3:2 5:-2 6:-2 7:7 8:-3
c:ruis 0:-6 4:1 6:22 7:-2 8:-4
c:ruit 0:12 1:11 2:-3 3:-1 5:4 7:11 8:-1
c:ruk_ 0:12 1:4 3:-1 4:2 5:-5 7:1 8:-2
c:rukk 0:-1 1:1 3:3 4:2 7:-1
c:rukt 1:1 2:6
c:rum_ 0:4
c:rus_ 0:7 7:1
c:rust 0:12 1:2 2:-10 3:1 5:11 6:-11 7:-18 8:-8
c:ruur 0:-3 2:3 5:-2 6:3
c:ruzi 0:-9 5:13 8:-2
c:rvaa 0:-3 1:-1 2:4 3:3
c:rvak 0:7 5:-3
c:rval 0:2 2:-1 7:3
c:rvan 0:-10 1:-4 3:6 4:11 5:-2 7:10 8:15
c:rvar 0:27 1:1 2:-1 3:4 4:-3 6:2 7:-7 8:-5
c:rvat 8:1
c:rvel 0:5 1:-3 4:6 7:-2 8:-2
c:rven 0:5 1:-1
c:rver 0:4 7:-4 8:4
c:rvie 0:9 5:-2 6:9
c:rvol 0:-12 1:19 3:2 4:-5 5:-3 7:3 8:-2
c:rvoo 0:22 1:-2 2:6 4:-2 5:-7 6:2 7:6 8:-2
c:rvra 0:3 1:5
c:rvro 0:3
c:rwac 0:6 1:1 2:14 4:-3 5:-5 6:-4 7:2 8:-8
c:rwee 0:3 1:-8 4:-3 8:11
c:rweg 0:11 2:3 3:-4 4:7 5:-7 6:-1 7:-5 8:10
c:rwer 0:2 1:8 2:-4 3:-2 5:14 8:-5
c:rwij 1:-1 2:5 3:2 4:12 5:-2 6:-3 7:-3 8:7
c:rwog 0:3
c:rzaa 2:3
c:rzet 0:-8 1:16 2:11 3:2 4:-1 6:4 7:-2 8:-5
c:rzic 0:-4 1:4 2:2 4:-2 5:3 6:11 7:-1 8:-3
c:rzie 0:-2 1:4 3:-3 4:7 7:-2 8:4
c:rzoc 0:-3 3:1 6:3
c:rzoe 0:22 1:-4 2:1 5:1 8:-1
c:rzor 0:11 2:1 3:-7 4:13 5:-1 7:-3 8:5
c:rzui 8:1
c:sala 0:7 4:-2 5:5 8:-1
c:salo 1:2
c:same 0:27 1:13 2:6 4:-6 5:8 6:-6 7:-8 8:-10
c:sann 0:-5 1:-2 2:1 3:21 6:-1 7:1
c:sant 0:13 1:-2 2:-4 6:1
c:sart 0:-5 3:-1 5:10
c:sass 0:3 1:-3 2:-2 4:3 8:3
c:sati 0:2 2:4
c:sbal 0:-2 2:-4 6:14
c:sber 0:-3 4:2 8:6
c:sbez 0:4
c:sboo 0:-3 1:6 4:-2
c:sch_ 0:-11 1:7 3:-2 4:32 6:-5 8:3
c:scha 0:5 1:11 2:-2 3:-4 5:13 6:-4 7:-4 8:10
c:sche 2:16 3:-7 4:10 5:1 6:-11 7:-7 8:9
c:schi 0:-4 1:13 3:-12 4:10 6:-12 7:11 8:7
c:scho 0:3 1:-13 2:-6 3:-6 4:7 5:-7
c:schr 0:-11 1:17 2:-2 3:3 4:-11 5:-6 6:10 7:17
c:schu 0:-18 1:-3 3:-1 4:16 5:29 6:1 7:19
c:scip 0:-2 1:12 4:-2 5:-1 8:-4
c:scoo 0:-11 1:-3 2:5 3:10 6:-2 8:1
c:scor 0:-22 1:-4 2:40 3:-1 6:3 7:1
c:scus 1:-1 7:-4 8:7
c:sdag 0:8 7:6 8:-10
c:sdie 0:1
c:se's 0:-2 2:3
c:se-c 0:-1 1:-2 2:8
c:se-g 0:-2 2:5
c:seco 8:1
c:sect 0:-9 3:-3 5:-5 7:6 8:2
c:seer 0:-5 1:5 2:2 3:-3 5:-2 7:-1 8:16
c:sef_ 0:-8 1:3 3:-1 5:-3 7:19 8:-1
c:sel_ 0:2 1:-1
c:selb 0:-3 2:-2 5:9
c:seld 0:-8 1:11 3:-2
c:sele 0:8 1:-3 2:1 7:5 8:3
c:seli 0:7 4:2 7:-4 8:-1
c:sem_ 0:-2 1:3 3:2
c:sen_ 0:19 1:5 2:11 3:-16 4:5 5:-11 6:-9 8:-25
c:send 0:-7 1:6 4:2 5:10 6:2
c:seng 2:-2 3:4
c:senj 0:-4 4:-1 8:22
c:senm 1:-2 2:-1 7:-3 8:8
c:sens 0:1 4:-1
c:sent 0:2 1:3 3:3 4:-1 8:-2
c:sept 0:-4 1:5 5:-2 8:4
c:ser_ 3:8 7:-5
c:sere 0:2 1:3 5:-1 8:-1
c:seri 0:8 3:2 4:7 7:-4
c:sers 0:7
c:serv 0:3 8:1
c:ses_ 0:10 3:-1 6:2 8:-8
c:sete 0:-7 2:-1 3:7 6:5 8:4
c:seur 0:2
c:sfee 0:7 1:-1 3:-2 5:2 8:-2
c:sgaa 0:1 1:9 5:-3
c:sgem 0:-1 1:-2 2:-2 3:9
c:sgen 0:3 1:-6 3:26 6:-2
c:sger 1:2 2:7 3:-3 4:2 6:-2 7:-1 8:7
c:sges 0:2 5:2
c:sgev 6:3
c:sgez 0:-5 4:9
c:sgie 0:19 2:1 8:-3
c:sgin 0:7 1:-1 3:-1
c:shop 0:4 4:-3
c:shou 0:-2 4:6
c:sias 0:4 2:1 3:2 4:8 5:-1 8:-4
c:sico 0:11 1:5 3:-1 4:-1 5:-1
c:sie_ 0:-11 3:-4 4:4 5:10 7:7 8:23
c:sief 0:-4 1:6 3:-3 5:6
c:siek 5:3
c:sier 0:-12 1:3 3:-2 5:2 6:26 8:-2
c:simp 0:-4 1:3 3:-1 4:4 6:-5 8:6
c:sind 0:-3 1:-1 2:4 3:-1 5:16
c:sing 0:5 1:-2 2:12 4:-3 5:-1 7:9 8:1
c:sint 0:2 2:-2 5:-2 6:5
c:siot 0:-1 5:3
c:sis_ 0:-4 1:7 2:-2 3:2 4:2 6:-2 7:-1 8:3
c:sisb 0:-2 8:6
c:siss 3:2
c:sist 0:6 1:-3 2:-5 3:9 4:2 6:-1 8:3
c:sisv 0:-2 1:7 2:-2
c:sita 0:-3 1:7
c:site 0:9 1:-4 3:7 4:10 6:-3 7:-3 8:7
c:siti 1:-2 2:2 7:3 8:-1
c:situ 0:-3 1:-2 5:8
c:sjaa 1:-3 7:8
c:sje_ 0:-10 1:-3 2:3 3:2 4:37 5:-1 6:5 8:-2
c:sjes 0:8 1:-1 3:-4 4:2 5:2 8:-1
c:sk-l 0:-2 1:-2 3:5 4:1 8:-1
c:skan 0:2 1:1 4:-1
c:skeu 0:-13 1:16 2:6 3:-1 4:-1 5:7
c:skun 2:7 4:-4 5:-6 6:-2 7:-1 8:24
c:sla_ 0:-5 5:1 6:7
c:slaa 0:-7 1:1 2:-2 4:6 5:36 6:-2 7:7 8:-5
c:slac 5:1
c:slag 0:3 1:6 2:-1 3:11 4:-5 6:13 8:-4
c:slan 0:1
c:slap 0:8 1:-1 4:-3 5:5
c:slat 0:-2 8:4
c:slav 0:-2 1:-2 4:-2 5:9
c:slb' 0:8 6:-3
c:slec 0:-22 1:27 3:-2 4:13 7:-3 8:-4
c:slee 1:-2 2:7 3:-5 4:4
c:slei 8:3
c:slex 1:-7 4:15 5:-3 8:-1
c:slik 0:-6 5:20 8:-1
c:slim 0:-7 1:-11 3:6 4:33 5:-2 8:3
c:slis 0:3 1:-3 3:6 4:-2 7:20 8:-6
c:sloo 0:2 1:15 7:3 8:-11
c:slor 0:-6 1:15 5:-2
c:slot 0:-7 1:7 2:3 7:-1 8:16
c:slui 0:-4 1:-1 3:-3 5:-2 6:10 7:28 8:7
c:sluk 0:5 1:4 2:5 7:-2
c:smaa 0:3 5:-1
c:smai 0:-2 5:-1 6:4
c:smak 0:2
c:smbo 0:6 8:-2
c:sme_ 1:-3 4:6 5:3 8:-3
c:snap 0:-6 1:26 3:-2 5:6 7:-2 8:-10
c:snel 0:-24 1:29 2:-3 3:6 5:-8 6:3 7:11 8:-13
c:snuf 0:7 2:-4 4:2 5:-3 6:10
c:snug 1:2 8:-1
c:so-l 0:-9 1:-2 3:-2 4:14
c:soci 1:5 3:-2 4:-1
c:sof_ 0:15 3:-5 7:-1
c:sofi 0:2 1:-1 8:2
c:sold 1:7 4:-2 8:-3
c:soll 0:3 1:-1 3:3 5:-3 7:5 8:2
c:somb 0:-10 1:-1 5:20
c:somm 0:6 1:4 3:-5 5:4
c:soms 0:40 2:4 4:-2 6:2 8:-2
c:sond 0:9 2:5 4:-8 6:-2
c:soon 0:10 3:-2
c:soor 0:14 1:-2 2:2 4:6 8:-4
c:sopd 0:3
c:sopl 0:-4 1:-5 4:2 7:-2 8:16
c:sori 0:-3 2:-2 6:9
c:sorr 0:-3 5:5 8:2
c:spaa 0:2
c:span 0:13 1:2 3:-1 4:-3 5:1 6:-2 7:-1
c:spar 5:4
c:spec 0:7 6:12 8:-3
c:spee 0:2 1:-6 2:-1 3:-2 4:5 5:11 7:-2
c:spel 0:-2 1:4 4:2 5:4 7:3
c:speu 0:3 1:-2
c:spij 0:-1 8:2
c:spla 8:1
c:spoo 0:3 5:-1 6:3
c:spor 0:14 1:-8 2:-3 4:6 5:9 6:-3 7:-4 8:4
c:spra 1:13 2:-1 3:-2 4:1 7:5
c:spre 0:11 1:8 3:-13 5:-8 6:6 7:-19 8:-16
c:spri 0:-2 5:3 6:1
c:spro 0:3 5:-3 6:5 7:-2 8:8
c:sres 0:-4 2:6
c:ssa_ 0:3 1:3 5:-1 8:-1
c:ssan 0:13 1:-2 2:-4 6:1
c:ssch 0:5 2:2 3:-4 4:9 5:12 7:-2 8:-4
c:ssco 0:-4 2:5
c:sse_ 4:-2 5:4
c:ssee 0:3 1:4 3:-2 5:-2
c:ssel 0:-4 1:9 3:-3 7:5 8:3
c:ssen 0:-3 1:5 2:-9 4:5 5:9 6:-8 7:-10 8:6
c:sser 0:7 3:7 7:-5
c:sses 0:10 3:-1 6:2 8:-8
c:sset 0:-7 2:-1 3:7 6:5 8:4
c:ssie 0:-26 1:4 2:-1 3:-5 5:21 6:27 7:-2 8:6
c:ssin 0:9 1:-1 4:-3 7:9
c:ssis 0:7 1:-3 2:-1 4:2 8:3
c:ssit 0:-6 5:8
c:sstu 0:-2 6:6
c:sta_ 0:-16 1:-4 2:5 3:15 5:-5 6:9 7:12
c:staa 0:-6 1:-1 2:12 3:6 5:-7 6:34 7:-8
c:stab 0:6
c:stac 1:-5 5:-2 8:12
c:stad 0:-3 1:-2 3:2 4:7 5:4 8:-2
c:stag 0:-5 1:2 2:-21 3:15 4:-10 5:9 7:5
c:stal 0:-14 1:5 3:-3 4:34 8:-3
c:stan 0:-19 1:11 2:-2 3:1 5:-10 6:-7 7:4 8:3
c:stap 0:35 2:-4 3:-3 5:-6 6:9 7:-9 8:17
c:star 0:14 4:1 5:1
c:stat 0:-8 1:-1 4:5 5:7 6:10 7:-4 8:-1
c:stau 0:5 1:-1 5:-2
c:stba 5:4
c:ste_ 0:-2 1:-13 2:22 3:63 4:-6 6:-7 7:23 8:41
c:stea 0:1
c:stec 0:5
c:sted 0:3 1:-3 3:-2 4:12
c:stee 0:-30 1:22 3:-4 4:-4 5:4 6:17 8:3
c:steg 0:3 1:-1 4:7 8:-1
c:stej 3:5
c:stek 1:5
c:stel 0:26 1:-11 2:2 3:-2 4:6 6:-2 7:12 8:-10
c:stem 0:11 1:6 6:18 7:-2 8:-7
c:sten 0:7 1:5 2:-5 4:14 6:-6 7:5 8:-11
c:ster 0:22 1:-4 2:13 3:-12 4:3 5:-15 6:3 7:-10
c:steu 0:-7 1:11
c:stev 0:2
c:stge 0:-4 1:2 3:-2 5:3 6:1 8:2
c:stie 0:-10 1:-8 2:-2 3:10 5:8 6:9 7:-6 8:5
c:stig 0:-1 1:22 2:-2 4:8 5:6 6:10 7:-9 8:-23
c:stij 0:-1 1:-1 2:11 3:7 4:-1
c:stil 0:7 1:9 3:2 4:12 5:-2 6:-1 7:-5 8:-6
c:stis 0:-1 1:-12 2:7 3:3 4:17 8:5
c:stje 1:2 2:-1 4:-2 5:2 6:6 7:2 8:-6
c:stkl 0:-6 5:9
c:stle 0:4 3:-1
c:stli 0:3 8:-1
c:stlo 0:8 5:-1 7:-3
c:stma 0:1 5:2
c:stoe 0:-7 2:8 3:-1 4:10 8:-3
c:stof 0:1
c:stoo 0:-3 1:-2 5:8 8:-1
c:stop 0:4 1:-10 3:-1 4:-3 5:1 7:15 8:18
c:stor 0:1
c:stra 0:-22 1:27 3:-9 6:4 7:23 8:-12
c:stre 0:5 2:8 3:-5 5:-3 6:19 7:-4 8:-2
c:stri 0:3 1:7 7:-1 8:-5
c:stro 1:-4 2:3 3:2 5:-3 6:-2 7:-2 8:9
c:stru 0:10 1:14 3:-1 4:-5 5:1 8:-5
c:stsp 1:5 3:-2
c:stud 0:-7 3:18 4:24 5:2 6:-9 7:-9
c:stuk 0:19 2:5 3:12 4:-2 5:-5 6:7 8:-2
c:stur 0:19 1:4 5:-2 7:-6 8:3
c:stus 8:2
c:stuu 0:-4 1:-2 3:-3 4:3 5:-7 6:11 7:5
c:stva 0:-3 2:2 6:6 7:10 8:-1
c:stve 0:3
c:stzi 0:6 8:-1
c:sult 1:-1 2:22 3:2 5:-2 7:-2
c:supe 0:3 6:-1 8:1
c:sure 0:-6 5:4 6:3
c:suri 0:-2 4:5
c:sus_ 1:3 4:-1
c:svaa 0:-3 1:6
c:svak 7:2
c:sver 0:-6 1:14 4:-2 5:8 6:4
c:swac 0:1
c:swee 0:-5 2:3 6:4
c:swen 5:6
c:swer 0:1 1:4 4:-2
c:swit 0:3 1:-1 2:-1 4:-1 7:1 8:2
c:sych 0:-13 1:-3 2:-2 5:27 7:-2 8:4
c:syst 0:-6 2:5 4:2 5:-2 6:20 7:-1
c:szit 0:-3 5:3 7:4
c:szor 0:7 1:-2 4:-3 5:2
c:t-op 1:-1 4:4 8:-3
c:ta-o 2:4 6:1
c:ta-t 0:-3 2:4
c:taak 0:11 1:-2 2:-2 6:3
c:taal 0:5 1:10 3:-5 4:6 5:-7 6:4 7:-3 8:-7
c:taan 1:-4 2:8 4:-2 5:-7 6:14
c:taat 0:7 2:4 3:2 5:-4 6:18 7:-13 8:-1
c:tabe 2:3
c:tabi 0:6
c:taca 1:-5 5:-2 8:12
c:tach 1:6 8:-3
c:tact 0:18 1:1 5:1 6:-1 7:-3 8:-4
c:tad_ 0:-2 1:-2 4:7 5:4 8:-2
c:tafe 0:2 5:4 6:-3 8:3
c:tage 1:4 2:-11 3:-2 4:-11 5:6 7:5 8:3
c:tagi 0:-11 3:19 8:-3
c:tail 0:-8 1:7 3:1 5:-2 8:10
c:tair 0:-3 1:7
c:tak_ 0:-5 7:9
c:take 0:3 1:2 4:-1 6:6 7:5
c:tal_ 0:-15 1:-3 2:3 3:-5 4:33 6:4 8:-3
c:tale 0:15 2:-4 3:-7 4:2 5:13 7:-3
c:tali 0:-4 1:-1 3:-1 4:8 5:4
c:tall 0:1 1:5 2:5 3:9 7:-2
c:tamb 7:3 8:-1
c:tand 0:-14 1:12 3:4 4:1 5:-7 6:-4 8:6
c:tant 5:3 7:6
c:tap_ 0:39 1:8 2:-4 3:-1 6:4 7:-2 8:9
c:tapj 0:2
c:tapp 0:-4 1:-6 4:2 5:-4 6:7 7:-4 8:3
c:tapt 7:-1 8:6
c:tart 0:14 4:1 5:1
c:tate 0:-17 2:19 3:3
c:tati 0:12 1:-5 2:-4 3:7 4:1 5:-5 6:20 7:-5
c:tatu 0:-5 4:6 5:8 6:-1 7:-1
c:taur 0:5 1:-1 5:-2
c:tava 1:2 2:1
c:tbaa 0:7 5:3 6:3 7:-2 8:-2
c:tbal 0:-4 8:11
c:tbij 0:2 1:-6 5:10 8:4
c:tbre 0:-19 1:5 2:-3 3:2 4:-2 5:3 6:21 7:-2
c:tche 0:4 1:-1 2:-1 8:2
c:tcij 0:4 2:2
c:tclu 0:3
c:tcon 1:2 4:5 7:-1
c:tdag 0:15 1:-3 3:-2 4:5 6:1 8:-1
c:tdek 0:30 1:-6 7:-3 8:-3
c:tdie 0:9
c:tdru 0:-2 1:5
c:team 0:6 1:-2 3:-6 4:-3 5:-1 7:11 8:20
c:tech 0:8 1:11 3:-2 4:7 5:-8 6:-2 7:-6 8:15
c:tect 0:2
c:tede 1:-3 4:4 5:-1
c:tedi 0:2 3:-2 4:7 8:-1
c:teed 0:-5 1:23 5:10 7:3 8:-4
c:teek 0:-2 1:5 3:-1
c:teel 0:-2 1:-3 4:-3 8:9
c:teem 0:-7 2:5 4:1 5:-2 6:20 7:-1
c:teen 0:6 3:-2 7:-2 8:9
c:teer 0:-10 1:5 2:-3 4:2 5:4 6:7 7:-2 8:-4
c:tege 0:27 1:4 3:3 5:-7 6:-4 7:6 8:-4
c:tein 0:6 1:-2 8:-2
c:teit 0:10 1:2 2:-4 4:1 5:-8 6:16 7:-8 8:-5
c:teja 3:5
c:teke 0:-13 1:-5 2:6 4:-9 5:4 6:49 7:10 8:-12
c:teko 0:-15 1:35 2:19 4:-1 5:-2 6:-4 7:2
c:teks 0:2 1:7 4:4 5:-5 6:1 8:-1
c:tel_ 0:15 1:-16 2:4 3:-7 4:-2 5:20 8:4
c:teld 0:18 3:-7 5:7 7:1 8:-1
c:tele 1:-2 2:3 5:4 7:6
c:teli 0:-7 1:-2 4:13
c:telk 0:1 1:9 3:-2 8:-1
c:tell 0:15 2:6 3:-1 6:-2 7:5 8:-5
c:telt 0:2 1:-4 4:-2 5:4 6:22 7:-6
c:telz 1:-4 3:-2 5:8
c:tem_ 0:7 1:7 8:-4
c:temb 0:-4 1:5 5:-2 8:4
c:temm 0:8 1:-1 4:-1 5:2 8:-2
c:temp 1:20 3:4 5:-2 6:21 7:3 8:-3
c:ten_ 0:6 2:19 3:14 4:-23 5:-1 6:7 7:-14 8:-9
c:tena 0:-2 1:5 3:-2 7:2 8:-2
c:tenb 1:-3 7:4
c:tend 1:9 3:-3
c:tenl 1:-2 5:-2 7:-1 8:14
c:tenm 0:-2 3:4
c:teno 0:1
c:tenr 0:2 6:-1
c:tens 1:-1 2:2 6:-1
c:tent 0:8 1:-2 2:-4 4:1 6:9 8:8
c:tenw 0:-3 1:-3 4:9
c:ter_ 0:22 1:19 2:8 5:-12 6:-4 7:-14 8:32
c:tera 0:11 1:-2
c:terb 0:4 1:-3 3:16 5:-2
c:terd 0:4 1:-2 4:2 5:3 8:-2
c:tere 1:11 2:-11 3:-2 4:-4 5:2 6:1 7:3 8:-13
c:terg 0:-13 1:-2 3:1 4:20
c:terh 0:-6 3:8
c:teri 2:2 3:2 5:1 7:4 8:-3
c:terk 0:12 1:9 3:-3 4:4 5:-7 7:-2 8:8
c:terl 0:-8 1:7 2:-3 3:1 6:1 7:3 8:-2
c:tern 0:-3 1:8 3:2 7:-2 8:4
c:ters 0:6 1:5 2:3 3:-5 4:3 8:-3
c:teru 0:26 1:-6 2:-2 3:3 5:-6 6:7 7:-1
c:terv 0:6 1:-2 2:3 3:-1 5:-3 6:9 7:2
c:terw 0:3 1:5 2:-1 3:1 8:-2
c:tes_ 0:19 1:-2
c:test 0:-9 1:-3 3:14 5:-1 6:13 8:14
c:teun 0:-7 1:11
c:teur 0:16 4:-7 8:5
c:tevi 0:2
c:tevr 0:-6 1:-5 2:11 5:6 6:9 7:1 8:-1
c:tfol 1:-4 2:-2 3:10 4:1 5:-4 6:22 7:6 8:-4
c:tgaa 0:-4 5:1 7:6
c:tgan 0:9 1:3 2:-4 4:-1 6:16 7:-2
c:tgeg 0:1
c:tgek 0:5 1:-1 5:-2 8:4
c:tgel 0:5 1:3 2:-1 3:-2 6:2 8:-2
c:tger 0:7 1:1 5:1
c:tges 0:-2 4:-1 5:4
c:tgev 0:4 5:-1
c:tgez 0:-8 1:-1 6:-2 8:16
c:thea 4:-2 8:3
c:thek 0:2
c:theo 0:1 1:17 2:2 3:-2 4:5 5:-2 7:-4 8:-4
c:ther 0:-7 1:-1 5:12
c:thou 0:13 1:9 2:2 3:3 4:-5 5:-1 8:-3
c:thui 0:3 1:-14 2:-7 3:-7 4:8 5:42 6:-10 8:2
c:tiat 0:-7 1:16 3:-2 5:-1
c:tica 0:-2 1:-5 3:2 4:4 5:1 7:5
c:tie_ 0:11 1:-7 2:-18 4:-10 5:4 6:17 8:-16
c:tiea 0:-8 1:-2 4:9 7:-1 8:5
c:tieb 1:-2 6:4 7:2 8:-1
c:tief 0:-9 1:18 3:-4 4:4 5:4 6:-2 7:2 8:-3
c:tieg 1:2
c:tiek 0:3 2:-3 3:-3 6:9 7:-6 8:3
c:tiem 0:9 8:-3
c:tien 0:7 1:-6 2:8 3:12 4:2 5:-2 8:-4
c:tieo 0:-6 1:-2 6:6 8:6
c:tiep 0:-1 2:5
c:tier 0:2 1:1 6:-1
c:ties 1:5 3:-3 4:1 6:13 7:-6
c:tiet 0:-1 1:4 6:1 8:-2
c:tieu 0:-3 3:8 4:2 5:-3
c:tiev 0:2 1:-4 2:-3 4:-4 5:-2 6:4 8:6
c:tifi 0:1 7:3
c:tig_ 0:7 1:23 2:-2 3:-4 4:4 5:10 7:-14 8:-32
c:tige 0:-17 1:6 4:3 5:-4 8:-8
c:tigi 0:-2 5:-1 6:4
c:tigs 0:5 4:-1 8:2
c:tijd 0:18 1:5 2:-14 3:2 5:6 6:-14 7:-3 8:-8
c:tijg 0:-5 1:-1 2:11 3:4
c:tijk 0:-5 3:1 4:9 5:-7 6:11 7:-5
c:tik_ 0:-5 7:9
c:tikt 0:-6 6:-2 7:17 8:-4
c:til_ 0:7 3:-4 4:10 8:-3
c:till 0:-4 1:1 2:5 4:3 8:-2
c:tils 3:7
c:tilt 0:13 2:5 7:-2
c:tilz 0:-6 1:7 4:2
c:time 0:6 1:-3 4:-2 5:6
c:timm 0:3 8:2
c:tine 0:4 1:-2 4:2 8:-3
c:ting 0:15 1:15 2:-10 3:7 4:-3 5:-13 7:-2 8:4
c:tins 5:1
c:tion 1:8 2:-1 7:-1 8:-2
c:tip_ 0:6 1:-2 2:5 8:2
c:tipp 0:-2 3:6
c:tisc 0:-4 1:13 2:8 4:13 5:-4 6:-6
c:tism 0:-2 1:-2 4:6 5:3 8:-3
c:tist 0:-4 1:-12 4:21 5:4 6:12 7:-2
c:tiva 1:4 2:-4 3:3 4:-4 5:-8 6:2 8:-6
c:tive 0:-5 1:2 3:5 4:2 7:-1
c:tivi 6:8
c:tje_ 0:-25 1:17 3:11 4:-7 6:17 7:5 8:-4
c:tjes 0:-2 1:12 2:8 5:15 8:-4
c:tkas 0:-2 1:-3 4:-3 8:9
c:tker 0:-8 2:1 4:-2 5:12 7:12 8:-1
c:tkie 0:-2 7:5 8:-2
c:tkla 0:-6 5:9
c:tkom 0:-8 1:19 2:5 3:1 6:-2
c:tkun 0:4 2:1
c:tkwa 0:4
c:tl'e 0:-2 1:-1 4:11 8:-2
c:tl-d 2:-1 8:3
c:tlat 0:5 6:-1
c:tleg 0:9 1:-4 7:3
c:tles 0:3 3:-1
c:tlie 0:3 8:-1
c:tlij 0:-2 7:3
c:tloo 0:7 1:2 5:-1 7:-3
c:tme_ 0:4 4:-3
c:tner 0:-6 5:9
c:tnod 0:3 5:-2
c:to's 4:5 5:-2
c:to-t 1:-1 2:2
c:toch 0:-6 2:-13 4:14 5:-4 8:10
c:toe_ 0:11 1:11 4:-2 5:-8 6:3 7:-6 8:4
c:toeg 0:11 1:-3 2:3 5:-1 7:1 8:-6
c:toek 0:-3 1:-3 2:3 3:-4 5:5 6:-2 7:2 8:5
c:toel 0:-2 1:-2 4:5 7:4 8:-2
c:toen 0:19 1:-4 5:3
c:toep 0:-1 2:4
c:toer 4:5 8:-2
c:toes 0:4 4:-2 5:2 8:-1
c:toet 0:-24 2:66 3:-4 4:-2 5:-4 6:4 8:2
c:toma 0:2 6:-1 7:3
c:tone 3:-1 4:4 5:-2 6:8 8:-3
c:toog 0:7 1:-1 2:-4 3:5 5:-3
c:tooi 0:-4 2:-1 6:13
c:toon 0:-2 1:8
c:toor 0:-14 1:5 3:1 4:7 5:13 6:-2 7:-6
c:top_ 0:-5 2:5 3:10 4:-7 7:-4 8:6
c:topl 0:-5 2:1 4:-1 5:10 7:-2 8:3
c:topp 0:3 1:-3 7:2 8:7
c:tops 0:3
c:topt 0:5 1:-4 4:-1 5:3 7:15 8:-3
c:tor_ 0:8 3:-3 5:-3 6:-4 7:7
c:tore 1:-2 8:3
c:torg 0:-10 1:4 3:11 4:-1 6:2 7:-2
c:tori 0:1 1:7 4:-3 8:-2
c:tork 0:2 1:1 3:-3 4:-1 6:2
c:torl 1:-1 3:3 4:-2
c:toru 0:-3 2:3 5:-2 6:3
c:tot_ 1:3 2:-2 3:2 4:-8 7:14 8:-1
c:tota 0:-1 1:3
c:tote 0:-2 4:1 8:2
c:touw 0:7 3:-5
c:tpak 0:4 7:-3 8:4
c:tpat 0:-3 3:-1 5:8
c:tpro 0:8 1:-3
c:tpun 0:-1 2:17 4:1 5:-1 6:-3
c:tra_ 0:-17 1:13 2:5 4:-2 6:-2 8:2
c:traa 0:-12 1:37 2:2 4:-3 5:-2 6:-1 7:5
c:trac 0:-4 1:13 4:-1 7:6 8:-2
c:trag 0:-7 1:5 3:6 7:4
c:trai 0:9 1:-4 2:4 5:-1
c:traj 0:-3 1:1 2:-1 3:-1 4:-5 5:1 8:5
c:trak 0:-5 1:14 3:-4 4:3 5:7 6:-1 7:26 8:-4
c:tral 0:2
c:tran 0:3 1:4
c:trat 0:-7 1:14 2:2 4:-1 6:7
c:trec 4:2
c:tred 0:-1 1:-3 4:7
c:tree 0:-8 2:15 3:-2 4:4 6:17 7:-2 8:13
c:tref 0:-9 1:-1 8:18
c:trek 0:22 1:5 2:6 3:-2 4:19 5:-5 7:-2
c:tren 0:7 1:-2
c:trep 0:-1 1:2
c:trer 1:8 3:-1 6:5 8:-2
c:tres 5:1
c:treu 0:-4 7:11
c:tria 0:2
c:tric 0:-3 1:7 3:10 4:-2 7:-1 8:-6
c:trig 0:1
c:trij 0:3 3:-1
c:trok 0:20 1:-2 2:-3 6:-1 7:1
c:trol 6:2
c:trom 0:-3 4:5 7:-3 8:15
c:troo 0:2 1:-4 2:3 4:-4 5:7 6:-3 8:-6
c:trot 0:19 2:3 5:-2 7:1
c:trou 1:2
c:truc 0:10 1:9 2:4 3:-1 4:-4 8:-3
c:trum 0:4
c:trus 0:-1 5:3
c:tsas 0:2 2:-1
c:tsch 1:15 2:-1 6:-2 7:4 8:11
c:tsen 0:-11 1:8 2:20 5:-2
c:tsge 6:3
c:tsla 0:6 1:-2 2:7 3:2
c:tspr 1:5 3:-2
c:tsre 0:-3 2:7
c:tssc 0:-3 2:5
c:tst_ 0:15 2:-6 3:-4 4:2 5:-3 6:-2 8:1
c:tste 0:-11 1:-3 2:7 3:2 5:12 6:-3 7:29 8:-8
c:tstr 0:-2 2:1
c:tswe 0:-5 2:3 6:4
c:tte_ 0:9 1:-2 2:-2 3:2
c:tten 0:-6 1:14 2:-12 5:-1 6:7 8:9
c:tter 0:-4 1:8 2:12 4:-1 8:-5
c:ttie 0:-2 7:3
c:ttig 0:15 1:-4 8:-3
c:ttin 0:-1 1:10 2:-1
c:tuat 0:-3 1:-2 5:8
c:tude 1:-13 2:-8 3:14 4:29 5:3 7:-9 8:8
c:tudi 0:-4 1:6 2:8 3:1 6:-10 7:-2 8:-9
c:tuig 1:-1 4:4
c:tuin 0:2 2:-2
c:tuk_ 1:3 2:5 3:12 5:-3 6:2 7:-1 8:-2
c:tuka 0:4
c:tukj 0:10 5:-2
c:tukk 0:5 1:-2 6:7
c:tum_ 1:-2 3:-2 6:6 7:5 8:6
c:ture 0:14 1:-3 2:-3 3:-4 4:7 7:-8 8:7
c:turi 0:8 1:6 5:-3
c:turk 0:-3 4:9 5:-2
c:tus_ 0:-3 5:7 6:-1 7:-2 8:2
c:tush 0:-2 4:6
c:tuss 0:7 1:-8 2:3 3:-4 4:-5 5:4 8:19
c:tuur 0:-7 1:-1 2:6 3:2 4:36 5:-11 6:10 8:-3
c:tvak 0:-3 2:2 6:6 7:10 8:-1
c:tval 2:-1 4:2
c:tver 0:1 2:-1 5:5 6:5 7:-1
c:tvoe 0:2
c:twee 0:2 2:-1 3:12 4:-12 5:-12 6:6 7:10 8:-3
c:twer 0:20 1:-3 2:2 3:2 4:4 7:-1 8:-2
c:twij 0:14 1:-12 2:-5 3:7 5:-2 6:-4 7:23 8:13
c:twik 1:2 2:-2 4:-1 6:2
c:twin 3:1
c:twoo 0:-3 1:8 2:6 5:-2 6:16
c:type 0:-5 1:2 3:-4 4:5 7:-3 8:9
c:typi 0:2 1:-5 2:2 4:43 5:-2 7:3 8:-3
c:tzel 0:1 3:3 7:-1 8:-1
c:tzet 3:1
c:tzie 0:7 1:-2 2:7 3:-2 8:-1
c:tzoe 0:10 1:3 4:-2 7:-1
c:uari 0:4 2:-1 6:-2 7:13 8:-5
c:uati 0:-5 1:-2 5:8 6:2
c:ucer 0:4
c:ucht 0:-13 1:-2 4:4 5:13 8:8
c:uct_ 0:3 1:-2
c:ucte 0:19 1:-2 3:1 4:-2 8:-3
c:ucti 0:-2 1:8 4:-3
c:uctu 0:-2 1:4 3:-2 4:1
c:ud-l 0:14 4:-3
c:ud-s 0:7 2:-2
c:udee 0:2 1:-3 2:1 3:10 4:15 5:-4 7:-1 8:-2
c:uden 0:4 1:4 2:-7 3:-1 4:11 6:2 7:-16 8:-5
c:uder 0:-7 1:-6 2:-6 3:-8 4:16 5:23 7:13 8:20
c:udie 0:-4 1:6 2:8 3:1 6:-10 7:-2 8:-9
c:udig 0:-18 1:10 4:12
c:udin 0:-10 1:27 3:-1 5:3 6:-4 8:-4
c:udst 3:4
c:udt_ 0:-5 1:9 2:-5 3:8 4:-2 5:1 6:-3 7:4
c:udvi 1:5 4:-3 5:-1
c:uffe 0:12 2:-4 4:2 5:-3 6:9
c:ugde 0:2 1:-1
c:ugdz 5:9 6:-6
c:ugen 0:-3 1:12
c:ugge 0:5 1:3 2:-3 5:-4 6:7 8:-1
c:ugki 0:3
c:ugkl 0:5 2:2 3:-2 4:-1 5:2
c:ugko 7:1
c:ugus 8:2
c:ugzi 0:1
c:uide 0:-11 2:6 4:-5 5:-2 6:-2 7:11 8:1
c:uidi 0:1 1:-3 7:-2 8:6
c:uift 0:-3 7:4
c:uigb 0:-2 1:-1 4:4
c:uige 1:3
c:uik_ 0:-4 1:-3 2:-3 5:12 6:2 7:7
c:uikb 0:3 1:-1
c:uike 0:8 2:2 5:2 8:-3
c:uikt 1:-2 5:8
c:uile 1:3
c:uim_ 3:3
c:uimt 0:10 2:4 6:-2 7:8 8:-2
c:uin_ 0:2 2:-2
c:uis_ 0:4 1:-18 2:-9 3:-12 4:15 5:33 6:5
c:uisa 0:-5 3:-1 5:10
c:uise 6:3
c:uiss 0:-6 5:8
c:uist 0:39 1:-5 2:5 3:-3 5:-4 6:2 7:-4 8:7
c:uisw 0:2 4:-1
c:uisz 4:-2 5:2 7:4
c:uit_ 0:-1 1:-8 2:-12 3:6 4:15 7:15 8:-3
c:uitd 0:9 3:-2 4:4 8:-2
c:uite 0:7 1:-10 2:-10 3:-11 4:2 5:-8 7:4
c:uitg 0:2 1:7 2:2 4:-1 5:-5 6:-3 7:-1 8:16
c:uith 1:2
c:uiti 0:-2 1:4 3:-2 7:2
c:uitk 1:-1 2:3 4:-2 5:11 7:17 8:-4
c:uitl 0:8 1:-4 7:3
c:uitn 0:3 5:-2
c:uitp 0:12 1:-3 7:-3
c:uitr 1:-1 2:5 6:-1
c:uits 0:-3 2:19 3:1 4:-1 5:-5 7:20 8:-6
c:uitv 0:3 4:1
c:uitz 0:16 2:6 3:-3 4:-1 7:-2
c:uive 0:3 5:-1
c:ukad 0:4
c:uke_ 0:1 1:-4 7:8
c:uken 0:-2 1:5 2:5 3:-1 4:-2 5:3
c:uker 0:3
c:ukje 0:10 5:-2
c:ukke 1:7 2:-1 5:-3 6:6 8:-1
c:ukki 0:4 1:2 3:-2 4:3 7:-2 8:-2
c:ukst 0:3 4:10 5:1 6:-1 7:4
c:ukt_ 0:-7 1:30 2:6 3:8 4:-7 5:3
c:ukte 0:7 1:-3 2:6 3:-2
c:uld_ 0:-4 5:-1 6:21 7:5 8:1
c:ulde 0:-10 4:-1 5:27
c:uldh 5:1
c:uldi 0:11 1:-3 5:-2
c:ule_ 0:-2 1:1 2:4 4:3 5:-3 6:12
c:ules 0:-1 1:1 2:6
c:ulie 0:-2 4:5 5:-7 6:16 7:9 8:-3
c:ulk_ 0:11 1:-3 4:-3
c:ulle 0:7 1:-5 4:3 5:-6 6:6 7:-2 8:18
c:ulli 0:-8 1:-7 3:11 4:7 5:22 6:2 7:-3 8:-7
c:ullt 0:-3 5:6
c:ulp_ 0:7 1:2 3:2 4:-2 5:3 6:-2 7:-3
c:ulpm 0:7 5:-3 8:-2
c:ulpv 0:2
c:ult_ 0:-2 6:11 8:-5
c:ulta 1:-1 2:22 3:2 5:-2 7:-2
c:ultu 0:-3 4:14 5:-3 8:4
c:umer 0:7 7:1
c:umni 0:3 4:-2
c:unct 1:11 7:-2 8:-1
c:und_ 0:2
c:unde 0:-7 2:14 3:6 5:-7 6:-5 7:-7 8:16
c:undi 0:15 1:-2 2:4 3:-2 4:-2 8:4
c:unen 0:-14 1:15
c:uni_ 0:-3 2:6 7:3 8:-2
c:unin 0:1
c:univ 0:-4 1:3 3:6 4:9 7:-3 8:7
c:unne 0:3 1:13 2:-4 3:-6 4:-11 5:8 7:6 8:-6
c:unni 0:-3 5:8
c:unst 0:10 1:-4 5:1 6:-3 8:14
c:unt_ 0:-9 1:23 2:15 4:-13 5:8 6:-5 7:-5 8:8
c:unta 0:2
c:unte 0:-20 1:7 2:48 3:-3 4:1 5:-9 6:5
c:uper 0:3 6:-1 8:1
c:uplo 0:-5 5:-1 6:18 7:-3
c:uran 0:2
c:urd_ 0:-9 5:3 6:9 7:6 8:-4
c:urde 0:5 5:-1
c:ure_ 0:2 2:-3 3:-2 4:7 5:2
c:urea 0:-3 1:-1 4:-3 7:4 8:10
c:uren 0:18 1:-6 2:11 6:43 7:-11 8:25
c:urf_ 0:9 3:-1
c:urfd 1:-2 3:6
c:urft 0:8 1:2 5:4 6:-1 7:-4 8:-2
c:urge 0:3 5:-1 7:2
c:urig 3:4 4:1
c:urin 0:5 1:6 4:6 5:-3 8:-1
c:urks 0:-3 4:9 5:-2
c:urku 0:-3 1:4 2:5 3:8 4:2 7:-2 8:-6
c:urli 0:-5 1:-6 2:1 3:-2 4:17
c:urma 0:-7 3:8 5:-1
c:urn- 0:-1 5:5
c:urna 0:6 1:-2 4:-2
c:urs_ 0:-6 5:3 7:2
c:ursi 0:1 2:-3 3:8 7:8
c:urst 1:-2 2:2
c:ursu 1:3 4:-1
c:urt_ 0:-8 2:-2 3:-2 4:1 5:3 6:1 7:10 8:-2
c:urve 0:5 1:-1
c:urvr 0:3
c:urwe 0:3 1:-2
c:urza 0:1
c:usch 0:3
c:use_ 0:1
c:usho 0:-2 4:6
c:usia 0:7 2:1 3:3 4:-1 8:-2
c:usie 0:-1 8:7
c:usje 0:5 3:-2 5:3 7:-1
c:usse 0:8 1:-7 2:3 3:-3 4:-5 5:4 8:19
c:ussi 1:-1 7:-4 8:7
c:ust_ 0:24 1:-2 5:10 6:-3 8:8
c:usti 1:6 2:-6 3:5 4:4 5:3 6:-4 7:-7 8:-14
c:ustu 8:2
c:ute_ 0:6 1:12 3:-2 6:-2 7:-4 8:20
c:uten 1:1 5:-2 6:5
c:uter 0:-3 1:11 3:-4 4:6 5:2 8:-6
c:utes 0:18 1:-1
c:utin 0:5 1:-2 4:2 8:-2
c:utis 0:-5 1:-11 2:1 4:28 5:3 8:-3
c:uto' 0:-2 4:5 5:-1
c:utom 0:3 7:3
c:utot 0:-2 4:1 8:2
c:utre 4:2
c:utti 0:4
c:uur_ 0:-5 1:-3 2:-3 3:-11 4:9 5:12 6:5
c:uurd 5:-4 6:6 7:7 8:-4
c:uurk 0:-3 1:4 2:5 3:8 4:2 7:-2 8:-6
c:uurl 0:-5 1:-6 2:1 3:-2 4:17
c:uurm 0:-7 3:8 5:-1
c:uurt 1:3 4:3 5:-4 6:2 7:-3
c:uurv 0:3
c:uurz 0:1
c:uvas 1:3
c:uwac 0:1
c:uwd_ 0:20 2:-2 5:2 8:-6
c:uwe_ 0:18 5:6 8:-2
c:uwel 1:6 2:-2
c:uwen 0:3 1:-1 2:3 4:10 5:-2 8:-2
c:uwer 0:3
c:uwig 0:-2 7:2
c:uwin 0:-1 1:4 2:-2 7:5 8:-2
c:uwke 3:4 4:1
c:uwko 0:-15 3:3 4:16
c:uwku 0:-2 1:2 4:2
c:uwop 0:-1 8:3
c:uwpl 0:3 1:3 5:-3
c:uws_ 0:5
c:uwsg 0:19 2:1 8:-3
c:uwst 0:1
c:uwt_ 0:-1 3:2
c:uze_ 0:-5 1:7 2:-2 3:14 4:-4 5:17 6:-4 7:36
c:uzec 0:13 4:-3 6:2
c:uzed 1:-1 2:2 4:3
c:uzef 0:-6 5:-6 6:13 7:2
c:uzeg 0:-5 1:5 2:4 3:-2 6:-2 7:2
c:uzel 0:-2 1:-1 7:11
c:uzem 0:6 2:-1 5:-2 6:4 7:-2
c:uzep 0:-1 6:5
c:uzes 0:13 3:9 5:-3 6:-2 7:-3
c:uzev 0:12 1:-3
c:uzie 0:-7 1:-4 2:5 3:3 5:12 8:5
c:uzze 0:9 1:-2
c:v-be 0:10 6:-2
c:v-ke 0:1
c:v-lo 6:4
c:v-op 3:2
c:v-pe 0:3
c:v-pl 0:2 1:-1 7:3
c:v-ur 0:-4 6:9 7:-2
c:vaag 3:3
c:vaak 0:5 1:10 2:-2 3:-11 4:42 5:24 7:-4 8:-4
c:vaar 0:-10 1:16 2:4 4:-5 6:-4 7:5 8:-3
c:vaca 0:3 4:-1
c:vade 0:-18 1:-11 2:-2 3:3 4:7 5:28 7:-5 8:7
c:vak_ 0:23 1:-9 2:19 4:5 5:-7 6:-9 7:-4
c:vaka 0:4 1:-2 2:2 5:-4 6:6 7:12 8:-2
c:vakd 0:1
c:vake 0:3 2:3
c:vakg 0:2
c:vakj 0:-8 6:16 8:-2
c:vakk 1:16 2:24 4:-1 8:-3
c:vakm 0:8 4:-1 5:-3
c:vakt 0:2
c:val_ 0:5 1:-1 2:-2 4:7 5:-3 7:3
c:vall 1:11 2:8 3:4 5:18 6:-3 7:-4 8:-3
c:valt 0:-6 1:17 4:-6 5:-4 6:-7 7:1 8:3
c:valu 0:-2 6:2
c:van_ 1:-10 2:-5 3:18 4:3 5:-7 6:7 7:-20 8:2
c:vana 1:-3 7:11 8:-4
c:vand 0:7 1:-19 3:-7 4:5 6:-1 7:20 8:-10
c:vang 0:-2 1:3 2:-2 4:3 5:9 8:5
c:vant 5:4
c:vanu 0:9 2:1 5:5 7:-1
c:vanz 0:5 1:-2 3:4
c:vare 0:1 2:-1 7:-1 8:13
c:vari 0:27 1:1 3:3 4:-3 7:-7 8:-4
c:vast 0:-9 1:12 2:2 3:-3 4:38 5:2 7:-3 8:-4
c:vat_ 0:4
c:vati 0:-4 1:7 3:5 4:-2 5:-3 6:4 7:2 8:-4
c:veau 0:4 1:19 3:4 5:-2 6:-4 8:21
c:veel 0:-13 1:-8 2:7 5:5 6:4 7:-23 8:-6
c:veer 0:-15 1:2 2:-6 3:2 4:4 5:9 6:-5 7:-5
c:veil 0:-4 2:1 4:8 5:4 6:-2 7:-3 8:25
c:veld 0:8 1:-3 4:-2 6:11 7:-2 8:-3
c:vele 0:2 1:-3 3:-1 4:6 5:5 7:-2 8:-1
c:ven_ 0:-3 1:2 2:-2 3:2 4:-14 5:-2 6:11 7:10
c:vena 3:2
c:venb 0:-2 1:1 2:3 5:-1
c:vend 0:8 7:3 8:-1
c:vene 0:1
c:vens 0:3
c:vent 3:3
c:ver_ 0:18 1:16 3:14 4:-10 5:-12 6:-10 7:-6
c:vera 0:5 2:10 3:-4 4:-3 6:3 8:-6
c:verb 0:-2 1:8 2:1 4:-2 5:8 6:-3 7:1 8:-11
c:verd 0:23 1:-3 2:-2 3:7 4:-1 6:2 7:-9 8:22
c:vere 0:-7 1:-7 2:-3 3:1 6:7 7:4 8:-2
c:verg 0:-16 1:-4 3:17 4:-6 5:4 6:-9 7:18 8:3
c:verh 0:25 1:-9 2:1 4:-2 5:3 6:1 7:-2 8:-12
c:veri 0:3 5:-1
c:verk 0:-4 1:-4 2:3 5:8 6:-2 7:20 8:10
c:verl 0:-8 1:1 2:-3 3:-9 5:19 6:-2 7:3 8:7
c:verm 0:-1 1:19 2:-1 5:5 6:-3 8:-2
c:vern 0:1 3:-1 4:3
c:verp 0:-12 1:1 3:-5 5:-9 6:18 7:10 8:6
c:verr 0:28 1:1 2:2 4:4 8:-3
c:vers 0:-23 1:-7 2:-14 3:22 4:2 5:-6 8:5
c:vert 0:21 1:-5 2:9 3:-11 4:-5 5:34 6:-2 8:18
c:verv 0:-8 1:15 3:2 5:-3 7:5 8:-4
c:verw 0:4 1:-9 2:14 4:-3 5:8
c:verz 0:8 1:-3 3:-10 4:16 5:-8 6:8 7:-8
c:vest 0:-8 5:-1 6:15
c:via_ 0:6 4:-2 5:-1 6:4
c:viel 0:21 1:1 3:-2 5:-3
c:vier 0:5 1:-3 3:11 4:5 6:-4 7:3
c:vies 0:12 1:-7 2:7 3:-6 5:-1 7:4 8:18
c:view 0:9 5:-2 6:9
c:vige 0:2 3:-1 4:4 8:-3
c:vijf 0:15 1:-3 2:-1 3:7 4:8 6:22 8:-3
c:vind 0:12 1:4 2:-13 3:-3 4:17 5:-18 6:-8 8:14
c:ving 0:23 1:-2 3:-1 4:-4 7:18
c:vink 0:2 1:-6 3:1 6:33 7:-4 8:-6
c:vis_ 1:5 4:-3 5:-1
c:vise 0:-2 2:1 7:-1 8:17
c:vist 0:-9 1:-2 4:30 6:2 7:8
c:vite 6:8
c:vlak 0:-2 1:8 2:-2
c:vlie 0:-1 1:11 4:-3 8:-3
c:vloe 0:-14 1:3 2:3 3:-1 4:7 5:25 6:-1
c:vlog 0:2 8:1
c:vloo 0:5 5:-2
c:vlot 0:-3 6:4
c:vluc 0:-10 1:-2 4:8 5:13 8:-1
c:vmbo 1:-4 4:28 5:2 8:-4
c:vo-h 0:1
c:vo-r 1:-2 8:4
c:voca 0:2
c:voed 0:-4 1:7 3:-2 4:-2 5:9
c:voeg 2:-2 6:3
c:voel 0:54 1:-3 3:12 4:10 6:3 7:-4 8:-1
c:voer 0:9 5:-4 6:5
c:voet 0:-5 1:2 4:-1 8:11
c:vol_ 1:4 2:-2 3:-4 4:3 5:-3 6:11 7:1 8:-4
c:vold 1:4 2:24 5:-7 6:8 8:-3
c:volg 0:-1 1:4 2:15 3:-4 4:-17 5:-7 7:17 8:6
c:volh 0:-5 1:12 5:1 7:-2 8:-1
c:voll 0:-1 5:5 6:3
c:volt 0:-4 2:-1 6:13
c:volw 0:2 5:3
c:vond 0:32 2:-12 3:7 5:-5 7:4 8:-7
c:vont 0:-5 8:6
c:voor 0:-5 2:17 3:-14 4:2 5:-18 6:-6 7:6
c:vori 0:17 1:-4 3:20 6:4 7:-3 8:-6
c:vorm 0:20 3:4 5:-7 8:-2
c:voud 0:-18 1:10 4:12
c:vraa 0:20 1:15 2:12 4:-7 5:17 6:-6 7:-7 8:-6
c:vrag 0:24 1:6 2:-3 4:2 5:-5 6:10 7:-7 8:-3
c:vred 0:-6 1:-5 2:11 5:6 6:9 7:1 8:-1
c:vrie 0:11 1:-9 3:26 5:-1 8:3
c:vrij 2:3 3:-4 4:-5 5:-3 6:13 7:13 8:-6
c:vroe 0:20 1:1 2:-2 4:-1 5:2 8:-7
c:vrou 0:1 4:17 5:-2 7:-2 8:-2
c:vso- 0:-11 1:-2 4:14
c:vso_ 4:5 8:-1
c:vul_ 0:-12 1:-1 2:-1 5:5 6:15 7:3
c:vuld 0:1 1:-5 2:-1 5:-2 6:21 7:6 8:-2
c:vull 0:8 6:3 7:-4
c:vult 0:-2 6:11 8:-5
c:vwo' 0:-2 3:-4 4:16 8:-4
c:vwo- 0:-1 4:2
c:vwo_ 1:4 2:2 3:15 5:-1 7:-2 8:19
c:waai 0:2
c:waak 0:2
c:waar 0:53 1:45 3:22 4:13 5:-3 6:-20 7:-10 8:-14
c:wach 0:-2 1:4 2:16 4:2 5:-4 7:55 8:-3
c:wage 0:1 8:2
c:wak_ 1:7 4:2 5:-1 7:-3
c:wakk 0:-5 1:28 3:-2 4:-5 5:4 6:2
c:waks 0:5 1:-2 4:-1
c:wakt 0:-2 1:4 7:-1
c:wali 0:21 1:-3 2:3 6:8 8:-4
c:wam_ 0:6 1:13 2:-2 3:5 4:-2 5:-6 8:-3
c:wame 3:2 6:1 8:-1
c:wand 0:6 6:-2
c:wang 0:-9 1:-3 5:27 7:-1
c:wann 0:20 1:-2 2:-1 3:-3 5:-7 6:8 7:8 8:7
c:want 0:-21 2:2 3:-3 4:-2 5:6 6:6 7:15 8:-3
c:ware 0:-6 3:8 4:-3 5:11
c:warm 0:7 1:-1
c:wars 0:-3 5:5
c:wart 0:2 1:1 6:3
c:was_ 0:31 1:-2 2:6 3:5 4:-1 7:-4 8:4
c:wass 5:1
c:wat_ 0:41 1:24 2:6 3:4 5:-20 6:-8 7:-16 8:-16
c:wate 0:4 1:-1 4:-2
c:webs 0:2
c:weds 0:3 3:-1
c:wee_ 1:15 2:-1 3:-7 4:-2 5:-3 6:14 7:14 8:4
c:weed 0:6 1:-5 2:4 4:-3 6:-2 7:2 8:-2
c:weeg 0:7 1:-11 2:-2 3:-1 4:5 5:-2 8:9
c:week 1:-11 2:5 3:-13 4:-8 5:20 6:6 7:15 8:-7
c:weel 0:-4 1:-5 3:14 5:-3
c:weer 2:-1 3:-6 4:-3 6:8 7:8 8:-5
c:wees 0:-3 1:5 3:-2 5:10
c:weet 0:7 1:-15 2:-8 3:19 4:5 5:-1 6:-5 7:16
c:weg_ 1:10 2:8 3:-10 4:6 5:-7 6:-3 8:13
c:wege 0:21 1:-3 2:2 4:3 7:-5
c:wegg 0:3 1:-2 8:-1
c:wegi 0:2 1:-4 2:3 4:5
c:wegw 2:5 8:-2
c:wein 0:-11 1:36 3:-1 4:12 5:4 6:-1 7:-2 8:2
c:weke 0:10 1:-2 2:1 3:-3 5:-2 6:-3 7:21
c:wel_ 0:-32 1:17 2:-9 3:18 5:18 6:-12 7:10 8:-1
c:wele 0:-7 1:-3 5:28 7:2
c:weli 1:6 2:-2
c:welk 0:32 1:24 2:28 3:-16 4:10 5:-35 6:-5 7:-21
c:welz 0:5 1:2 5:-5 6:2 7:-2 8:5
c:wen_ 0:4 2:3 4:11 8:-3
c:wend 0:21 4:3 5:-4 8:1
c:wens 0:3 5:5 8:5
c:werd 0:8 2:-2 5:4 6:-1
c:were 0:6 1:-3 4:-2 8:5
c:werk 0:22 1:46 2:-4 5:9 6:-12 7:-6
c:werp 0:28 1:-2 2:-4 4:1 6:-1
c:wers 0:2
c:wete 0:8 3:-3 4:-3 5:18 6:-7 7:-5
c:weze 0:11 1:-1 4:-2 5:-1 7:7 8:-2
c:wezi 1:-1 5:4
c:wich 0:-10 3:1 4:1 5:23
c:wie_ 0:33 1:-1 3:19 5:4 6:-2 7:45 8:-9
c:wig_ 0:-2 7:2
c:wij_ 0:-8 1:-1 5:3 7:5 8:14
c:wijf 0:15 1:-10 2:-4 3:9 4:-3 7:25 8:15
c:wijk 0:-6 3:5 4:9 6:-3 8:-1
c:wijl 0:3 1:5 2:-1 3:1 8:-2
c:wijs 1:-12 3:-2 4:8 6:12 7:-2 8:3
c:wijt 1:14 4:-2 5:2 7:6
c:wijz 0:22 1:-2 3:-1 4:5 5:-2 6:3
c:wikk 1:1 2:-1 3:4 4:-1 5:-1 6:2
c:wil_ 0:-3 1:-7 2:-3 3:8 4:21 5:-7 7:16 8:11
c:wild 0:15 1:-3 3:5 6:1
c:will 0:9 1:12 2:-7 4:7 5:-7 6:-2 8:-5
c:wilt 0:23 2:11 3:-9 5:20 6:-4 7:-3 8:-14
c:wind 0:4 3:-2
c:wing 0:-1 1:4 2:-2 7:5 8:-2
c:wink 0:1 1:1 2:-1 5:-1 8:3
c:winn 1:-3 2:4
c:wint 3:1
c:wisk 0:-3 1:2 2:7 4:-2 5:-4 7:-7 8:7
c:wiss 0:-4 1:9 3:-3 7:5 8:3
c:wist 0:-1 1:-4 3:5 5:5
c:witc 0:3 1:-1 2:-1 4:-1 7:1 8:2
c:wkeu 3:4 4:1
c:wkom 0:-15 3:3 4:16
c:wkun 0:-2 1:2 4:2
c:wo'e 0:-2 3:-4 4:16 8:-4
c:woen 0:-1 7:9 8:-6
c:woge 0:3
c:wone 0:18 1:-6 2:1 4:4 5:1 6:-3 7:-2 8:-2
c:woon 0:-14 1:5 2:-3 3:-7 4:1 5:17 8:21
c:woor 0:11 1:17 2:4 3:-5 4:-6 6:16 7:-3 8:-6
c:wopl 0:-1 8:3
c:word 0:-24 2:-2 3:2 4:5 5:-2 6:-7 7:27 8:39
c:work 0:4 4:-3
c:wpla 0:3 1:3 5:-3
c:wsgi 0:19 2:1 8:-3
c:wust 0:9 2:1 5:-1 7:8 8:-2
c:xact 0:-1 2:1 4:3 8:-2
c:xame 0:-1 1:-6 2:31 5:-3 7:10 8:5
c:xcur 0:2 3:-3 7:7
c:xibe 1:-3 4:6
c:xie_ 1:-7 4:15 5:-3 8:-1
c:xplo 0:8 4:-2
c:xtra 0:-17 1:13 2:5 4:-2 6:-2 8:2
c:xus_ 0:7 7:1
c:ychi 0:-2 1:-2 5:6
c:ycho 0:-11 1:-1 2:-2 5:21 7:-3 8:5
c:ygie 5:3
c:ymna 0:-5 4:16 8:-2
c:ype_ 0:-5 1:3 3:-6 4:5 7:-3 8:9
c:ypis 0:2 1:-5 2:2 4:43 5:-2 7:3 8:-3
c:ysie 0:-1 5:3
c:ysio 0:-1 5:3
c:ysle 0:-1 1:-15 2:2 3:2 4:37 6:3 8:-1
c:yste 0:-6 2:5 4:2 5:-2 6:20 7:-1
c:z'n_ 0:-2 3:2 7:3
c:zaak 0:-6 1:-1 2:2 3:-2 4:12 5:-1
c:zaam 0:-9 1:11 2:7 3:7 8:-1
c:zag_ 0:22 1:-3 2:2 3:-1 5:10 8:-6
c:zakg 2:-1 5:3
c:zakk 2:5
c:zakt 0:-4 1:2 2:5 5:-3 8:1
c:zal_ 0:-2 1:-4 4:8
c:zame 2:-3 4:6 5:-1
c:zat_ 3:3
c:zate 2:-1 3:2 5:2
c:zech 0:13 4:-3 6:2
c:zede 1:-1 2:2 4:3
c:zee_ 0:6 7:-1
c:zefo 0:-6 5:-6 6:13 7:2
c:zeg_ 0:-2 1:-2 2:6 4:4 7:17 8:6
c:zegd 2:1 3:8 4:-7 5:-2 6:1 8:15
c:zege 0:-5 1:5 2:4 3:-2 6:-2 7:2
c:zegg 0:13 1:-5 2:4 3:1 7:-1 8:-3
c:zegt 1:6 2:12 4:-7 5:11 6:-2 7:-8
c:zei_ 0:29 1:-9 2:6 5:1 6:2 8:-1
c:zeke 0:-6 1:6 2:-3 3:12 5:2 8:16
c:zeld 0:-1 4:8 8:-4
c:zele 0:5 1:-3 5:-1 7:8
c:zelf 0:34 1:31 2:-11 3:9 4:-2 6:-19 8:-8
c:zelt 7:3
c:zemo 0:6 2:-1 5:-2 6:4 7:-2
c:zen_ 1:-2 2:-8 4:17 5:-12 6:5 7:13
c:zenl 0:6 1:-1 4:-2
c:zenu 0:1
c:zepl 3:-3 6:5
c:zer_ 0:-4 1:5
c:zers 0:-2 1:-2 3:4 4:3
c:zes_ 0:8 1:-1 2:9 3:8 5:-6 6:2 7:-3
c:zesj 4:1
c:zet_ 0:-5 1:20 2:5 3:14 4:-7 5:-2 6:16 8:-4
c:zett 0:-6 1:15 2:2 4:-6 5:-10 6:10 7:-8 8:10
c:zeva 0:12 1:-3
c:zeve 0:-4 1:-1 2:5 3:3
c:zich 0:-20 1:11 2:-4 3:8 4:-3 5:4 7:2 8:-7
c:zie_ 0:-6 1:6 2:-5 3:-5 4:3 5:5 8:10
c:ziek 0:-8 1:-9 2:3 5:34 7:4 8:12
c:zien 0:24 1:23 2:6 4:-1 6:5 7:-5 8:-10
c:zier 0:20 1:-8 2:-4 3:-1 8:6
c:zies 0:-8 5:11 8:-2
c:ziet 0:11 1:-4 2:2 5:5 7:-7 8:-8
c:zig_ 0:16 1:-7 5:4
c:zigh 0:6 5:-1
c:zij_ 0:-5 1:5 3:21 4:-3 5:-3 6:1 8:3
c:zijn 0:-1 1:-2 2:7 4:24 6:8 7:-5 8:-7
c:zijp 0:1
c:zin_ 1:-8 3:-1 4:23 5:25 6:3 8:6
c:zing 0:17 1:-2 3:1 5:-2
c:zinn 0:2 4:6 5:-1 6:6 7:-1 8:-2
c:zit_ 0:-26 1:-5 2:-1 3:8 5:12 6:-6
c:zitt 0:-1 1:18 4:7 5:5 7:8 8:-2
c:zo'n 0:4 1:11 2:1 4:16 5:-3 6:-2 8:-3
c:zoal 0:8 1:-3 4:16 5:3 7:-2 8:2
c:zoch 0:-7 1:-4 3:11 4:1 5:-2 6:14 8:16
c:zoda 0:-14 1:11 2:5 4:-1 5:9 6:13 7:-4 8:-5
c:zodr 1:3 3:-1 6:4
c:zoek 0:33 1:9 2:-11 3:-6 4:7 6:-7 7:-14 8:14
c:zoie 0:-3 1:-1 4:8
c:zola 0:3 7:-1
c:zome 0:2 1:4 4:-3 5:-2 6:-2 7:4
c:zond 0:-3 1:17 4:-4 5:24 6:-6 7:38 8:13
c:zoon 0:-5 1:3 3:4 4:3 8:-1
c:zorg 1:-4 3:-18 4:6 5:13 6:-6 7:-24 8:5
c:zou_ 0:12 1:4 4:2 5:-15 6:-11 7:-7 8:19
c:zoud 0:5 1:-1 2:-1
c:zove 0:-3 1:2 3:7 4:-2 6:6 7:-1 8:-5
c:zulk 0:11 1:-3 4:-4
c:zull 0:-2 1:-5 3:-1 4:3 5:-6 6:3 7:2 8:19
c:zus_ 0:-8 1:-3 2:4 3:45 5:-2 6:4 7:3 8:-2
c:zusj 3:-2 5:5
c:zwaa 0:14 1:-2 3:-3 4:9 5:5 8:-5
c:zwak 0:-8 1:39 2:3 4:-2 6:2 7:-2
c:zwan 0:-9 1:-3 5:27 7:-1
c:zwar 0:-6 1:2 5:12
c:zzel 0:9 1:-2
q:<grade> 0:-33 1:2 2:50 3:3 4:-6 5:-11 7:-2
q:<num> 0:-3 1:-4 2:4 3:-1 4:7 5:-4 6:14
q:a 0:-2 1:-1 2:6
q:aan 0:-7 1:1 2:2 4:15 5:8 6:-10 7:-6 8:-2
q:aandacht 0:-2 1:5 7:-2
q:aangenomen 0:2 1:-1 7:2
q:aankunnen 1:1
q:aankunt 0:-1 1:1 2:2 5:3
q:aanleiding 0:4 2:-4
q:aanmelden 0:-3 2:2 4:-2 8:11
q:aanmelding 5:-1 6:4 7:-2 8:2
q:aanmeldt 0:-4 2:5 7:1
q:aanneemt 0:-2 7:2
q:aanpakken 0:-2 1:6 3:1
q:aansluiten 0:2 1:-2
q:aanspreken 0:6 1:-1
q:aantrekkelijk 0:2 1:-1
q:acceptabel 2:3
q:acht 0:-1 2:4 3:-1 6:1
q:achten 0:-2 2:4
q:achter 0:17 1:-3 2:-2 4:-4 6:2 7:8 8:14
q:achteraf 0:5 1:-1
q:achtergrond 0:-2 3:2 4:3
q:achterstand 1:11 2:-1 3:-2 5:-1
q:achttien 0:-2 7:2
q:adhd 0:-7 1:-5 4:12 5:6
q:adhd'er 0:-5 4:6
q:advies 0:13 1:-1 3:-5
q:af 0:-6 1:15 2:10 3:-1 4:-3 5:-3 6:5
q:afdeling 0:5 1:5 3:-1 5:-6
q:afgelopen 0:4 1:-1 5:-1
q:afgerond 0:7 3:-1 5:-4 6:3
q:afgesloten 2:2
q:afgesproken 0:1 5:-1 8:4
q:afgevallen 5:1
q:afgevinkt 0:-4 6:5
q:afgewezen 0:1
q:afmaakt 0:-5 1:2 7:5 8:7
q:afronden 2:-1 6:4
q:afspraken 0:-1 1:7 3:-3
q:afspreken 0:-4 1:-2 8:11
q:afstuderen 0:2
q:aftekenen 0:-1 5:-1 6:6
q:afwezig 5:3
q:akkoord 0:-1 8:3
q:al 1:10 2:-4 3:13 4:6 5:-19 6:50 7:-5 8:-9
q:alcohol 0:-2 4:1 5:2
q:allang 0:-2 3:2
q:alle 0:-1 2:1 3:-2 5:-3 6:13 7:4
q:allebei 0:9 3:1 4:-3
q:alleen 0:-3 1:2 2:3 3:-1 4:6 5:-2
q:allemaal 0:-11 1:9 3:4 5:2
q:alles 0:2 1:2 6:3 7:-1
q:als 0:6 1:3 4:10 6:-2 7:-11 8:14
q:altijd 0:-9 1:19 3:-5 4:4 5:-2
q:ambitieus 0:-1 3:8 5:-2
q:ander 0:-2 1:6
q:andere 0:-9 1:4 3:-3 4:-1 5:6 8:18
q:anderen 0:3 1:-3 3:7 4:-1 5:-1
q:anders 0:11 1:-4 3:12 4:2 6:-4 7:-5 8:-1
q:angsten 5:2
q:angstklachten 0:-6 5:9
q:arts 1:-3 3:4 4:-1 5:3
q:autisme 1:-2 4:1 5:2
q:autist 4:3
q:auto's 4:2
q:avonds 0:4 5:-2
q:b 0:9 1:-2 2:2 3:-1 8:3
q:baan 1:21 2:-1 3:-2 5:1 7:1
q:bakker 0:7 1:-1 5:-2
q:bakkerij 4:3 5:-1
q:band 0:-1 5:2
q:banen 0:-2 1:5
q:bang 0:4 1:-3 3:3
q:basis 0:-6 1:8 4:2 8:-2
q:bbl 2:-2 3:2 4:2 6:-2 7:-2 8:-1
q:bbl'ers 3:1
q:bbl-studenten 3:2
q:bbl-traject 0:2 1:2 5:-2
q:bbl-werkplek 1:-3 4:-1 5:5
q:beantwoord 5:-2 6:3
q:bed 0:-3 1:-1 5:15
q:bedenken 0:4 1:-4 3:8 4:-2 5:-3
q:bedrijf 0:8 1:2 3:-3 4:3 5:-1
q:bedrijven 0:-2 1:7 3:-2 5:-1
q:beeld 3:3 5:-2
q:beetje 0:-10 1:4 4:2 5:11 7:5
q:begeleider 0:-7 2:3 6:7
q:begin 0:-4 1:3 3:1 8:3
q:beginnen 0:-2 2:3 4:1 6:-2 8:1
q:begint 0:5 1:3
q:begonnen 1:-4 4:7
q:begrijpen 0:3
q:begrip 1:-1 4:3
q:behaald 0:-2 6:7
q:behalve 0:-8 1:13 3:1 5:-2
q:behandeling 1:-3 4:-2 5:7
q:beinvloedt 0:-3 5:7
q:bekeken 0:7 1:1 6:-2
q:bekijken 0:1 1:5 2:-2 8:-1
q:bekijkt 2:1
q:bel 0:8 5:-1 7:-2
q:belangrijk 0:9 1:-3 2:-1 3:-2 5:-2
q:belangrijker 0:2
q:belangrijkst 0:2 3:-1
q:bellen 0:4 5:-4 7:5
q:ben 0:-1 3:5 4:-2 5:22 6:-3 7:2 8:-5
q:benen 0:-2 3:3
q:benieuwd 0:2 2:-2 5:2
q:bent 0:2 1:12 2:-4 5:8 6:-3 8:-7
q:beoordeling 0:2 1:-2 2:2
q:beperkte 0:-2 1:3
q:bereid 0:-2 1:-2 4:3 7:4
q:bereik 0:-1 1:2 2:5 6:-1
q:bereiken 0:-2 3:4 5:-1
q:beroep 0:2 1:24 2:-4 3:-5 4:12 5:-6
q:beroepen 0:12 1:8 2:-1 4:3 5:-2 6:-3
q:beroepenavond 0:-6 3:6
q:beroepeninteressetest 6:1
q:beroepentest 3:3 5:-1 6:4
q:beroepsgerichte 0:-1 2:7
q:beroepskeuze 0:-9 1:7 2:3 5:3
q:beschrijven 0:5 1:-3
q:beschut 0:-5 4:7
q:besef 0:-7 1:3 3:-1 5:-3 7:16
q:beslissing 0:4
q:beslissingen 0:2 4:-1
q:beslist 0:-2 7:7
q:besloot 0:4 3:-1
q:besluit 1:-4 2:-1 7:8
q:bespreek 0:2
q:bespreken 0:3 1:-1
q:best 4:6
q:bestaat 0:5 1:-3
q:beste 2:3 3:5 5:-3 8:1
q:besteed 1:3
q:betaalt 0:-2 5:2
q:betalen 0:-7 1:-1 5:16
q:betavakken 1:2 2:1
q:betekenen 0:4 1:-2 4:2
q:betekent 0:3 1:-7 2:11 3:4 4:-2 5:4 7:-1 8:-2
q:beter 0:8 1:10 2:-1 3:7 4:6 5:-10 8:-5
q:betere 2:-1 3:1 8:3
q:betreft 0:-4 8:6
q:bevalt 0:5
q:beveiliging 0:6 5:-5 8:8
q:beviel 0:1
q:bewegen 5:1
q:beweging 1:-4 4:5
q:bewijs 0:-5 5:-1 6:7
q:bewijsstukken 6:3
q:bewust 0:2 1:-1 5:-2 7:9
q:bezig 0:17 1:-5
q:bezocht 0:3 1:-1 3:1 6:5 8:-2
q:bezoeken 0:-16 1:3 3:-1 4:2 6:-1 8:17
q:bieden 0:1 1:-1
q:biedt 0:-5 1:11 3:-2
q:bij 0:-8 1:9 2:25 4:5 5:19 6:-8 7:-11 8:-11
q:bijbaan 0:7 1:-3 2:-1 4:-1 5:5 6:-2
q:bijbaantje 1:-1 3:2
q:bijgebleven 0:9
q:bijna 0:-3 1:11 3:2
q:bijvoorbeeld 5:3
q:binnen 0:6 1:-2 2:5 4:-3 5:-6 6:2 8:3
q:binnenhalen 2:1
q:biologie 0:3 2:4 3:2 4:-2 5:-2
q:bleef 0:4 5:-1
q:bleek 0:3 1:-2
q:blij 0:14 2:-2 5:-1
q:blijf 0:-4 1:3 2:-1 3:7
q:blijft 0:-13 1:12 2:1 4:-2 5:5 6:-1 8:1
q:blijkt 1:2 5:-1
q:blijven 0:-11 1:15 2:-2 3:4 4:2 5:5 6:-3 7:-2
q:blok 0:2 2:1 5:-2
q:blow 0:-5 1:-1 5:10 8:-1
q:boeiend 0:3 2:-2
q:boeken 4:3
q:bol-opleiding 0:-2 5:2 8:2
q:boodschappen 0:-1 5:3
q:boos 0:2 5:-1 7:2
q:bouw 0:-14 1:-3 3:2 4:18 5:7
q:bouwen 0:-1 2:2
q:bouwplaats 0:3 1:3 5:-3
q:boven 0:-2 1:-2 2:14 3:-3 4:8 5:-1 7:1 8:2
q:bovenaan 3:2
q:bovenbouw 0:-2 2:1 3:1
q:bpv 5:3 6:-2
q:bpv-beoordeling 0:6 2:-4
q:bpv-logboek 6:4
q:bpv-plek 0:4 1:-1 3:-1
q:bracht 0:2
q:brandweer 0:5 1:-1 5:-1
q:brengen 1:3 3:-2
q:broer 0:-3 1:-3 3:15 4:-2
q:broers 3:3
q:broertje 0:-2 3:4
q:broertjes 0:-4 3:-2 5:11
q:brugklasser 0:2
q:buiten 0:4 1:-3 2:-3 5:5
q:buitenland 0:1 5:-1 8:2
q:buitenwerk 0:-3 1:-3 4:9
q:bureau 0:-2 1:-2 4:-3 8:12
q:buschauffeur 0:1
q:buurman 0:-7 3:8 5:-1
q:buurt 0:-3 1:-1 4:5 5:-1 8:4
q:buurvrouw 0:3
q:c 0:-3 2:4 4:1
q:centraal 2:2
q:checken 0:-1 6:3
q:cijfer 0:-4 1:-3 2:19 5:-3
q:cijferlijst 0:-3 2:6
q:cijfers 0:-4 2:20 5:-4 7:1 8:1
q:cito-toets 1:-1 2:2
q:collega 0:4 1:-1
q:collega's 0:2
q:colleges 0:3 5:-2
q:combineert 0:-3 5:6
q:combineren 0:-1 1:-1 3:3 4:1
q:compenseer 0:-1 2:1
q:competenties 0:-6 6:7
q:compleet 5:-3 6:14
q:compliment 0:3 5:-1
q:computer 4:-1 5:2
q:concentratie 0:5 1:8 4:-3 6:-2
q:concentreren 0:-2 1:2
q:contact 0:5 1:-3 5:3
q:cultuur 0:-7 4:11 5:-2
q:cv 0:1 7:3
q:daan 0:-2 3:6
q:daar 0:-10 1:-12 2:2 3:2 5:5 6:-7 7:2 8:-4
q:daaraan 0:-4 1:-3 2:3 3:8 4:1 5:-1 7:2 8:-1
q:daarachter 0:5 1:-1
q:daarbij 0:5 1:2 2:-2 3:5 5:-1 8:-2
q:daarbinnen 0:-2 8:2
q:daarbuiten 0:4 5:-3
q:daardoor 0:-2 1:7 5:2
q:daarin 0:7 1:-1 3:-1 5:-1
q:daarmee 1:-6 2:9 4:-1 5:10 8:-1
q:daarna 0:6 1:2 2:-1 3:-1
q:daarnaar 0:-4 2:3 4:2
q:daarom 0:-3 4:11 5:-6 8:-1
q:daarop 0:3
q:daarover 0:3 1:-2 4:2
q:daartegen 0:1
q:daartegenaan 0:2 4:1 5:-2
q:daaruit 0:3
q:daarvan 0:-10 1:1 3:-2 4:13 8:5
q:daarvoor 0:5 8:2
q:dacht 0:7 1:-5 8:8
q:dag 0:8 1:1 2:-6 4:-5 5:-6 6:3 7:-3 8:3
q:dagen 0:2 1:-5 5:9 6:-1 8:6
q:dan 0:-6 1:20 2:10 3:2 4:6 5:-20 6:-13 7:-13
q:dat 1:4 2:5 3:24 4:-2 5:-42 6:-21 7:18 8:-10
q:de 0:-9 1:-17 2:13 4:10 6:2 7:-25 8:-10
q:deadline 0:7 2:-3 3:-1
q:decaan 0:3 3:-2
q:deed 0:13 1:-3 3:6 5:-3
q:deel 0:9 2:-2
q:defensie 0:-8 4:5 8:8
q:delen 0:-2 5:5
q:delft 0:3 1:-1 4:-1
q:denk 0:5 1:-4 3:11 4:12 5:-12 6:-3 7:9 8:-3
q:denken 0:-7 1:-5 2:1 3:-1 4:-2 5:9 8:9
q:denker 1:2 4:-1
q:denkt 0:7 1:3 2:4 3:4 5:-5 7:-2
q:depressie 0:-1 1:-2 5:8
q:depressief 0:-3 5:7
q:derde 3:2
q:destijds 0:-2 3:3
q:detailhandel 0:-3 1:7 5:-2
q:deur 0:-5 2:-1 4:-1 5:5 7:6
q:deuren 0:4
q:deze 0:11 1:-13 3:8 4:-5 5:-5 6:11 7:6 8:-2
q:dezelfde 0:2
q:diagnose 0:-4 4:-1 5:12
q:dicht 2:5 4:2 5:-3
q:dichtbij 0:3 5:-3
q:dichten 0:-2 1:1 2:5
q:dichterbij 0:8 1:-4
q:dichtgaat 0:-2 5:-2 7:6
q:die 0:10 1:-6 2:19 3:3 5:-3 6:-3 7:9
q:diensten 0:2 1:-1
q:diep 0:-3 4:-2 5:11
q:dieren 1:4 4:5 5:-3 8:-2
q:dierenarts 2:1 3:-1 4:-2 5:-1 8:7
q:dietist 0:2 1:-3 5:3
q:digitale 1:1 6:1
q:ding 0:-1 2:3
q:dingen 0:-12 1:16 3:-3 4:2 5:6
q:diploma 0:-6 1:1 2:3 5:-5 6:-1
q:direct 5:3
q:dit 0:25 1:-12 2:5 3:-13 4:-6 7:7 8:-6
q:docent 0:2
q:doe 0:1 6:6 7:-2 8:-4
q:doel 0:-1 1:3 2:4
q:doen 0:-8 1:16 4:-13 5:3 7:10 8:-10
q:doener 4:1
q:doet 0:6 1:-6 2:-2 3:7 4:-3 7:2 8:-1
q:dokter 0:-2 3:-2 5:11
q:door 0:2 1:-3 2:6 3:2 5:-1 6:13
q:doordeweeks 0:-3 5:6
q:doordeweekse 1:-1 5:3
q:doorgaat 0:2
q:doorleren 5:3
q:doorlopen 0:-1 2:3 6:2
q:doornemen 0:-1 2:4 5:-1 6:-1
q:doorslag 0:3
q:doorstuderen 0:3
q:doorzetten 1:-3 3:3
q:doorzetter 1:5 3:-1
q:doorzettingsvermogen 1:6
q:dossier 6:4
q:draad 0:-2 1:6 4:-2
q:draag 0:-2 5:3
q:draaien 0:5 1:-3
q:draait 0:-3 5:4
q:drama 3:1
q:drie 0:-4 1:9 5:-2 6:4
q:driegesprek 0:5 3:-2 5:-6 6:7
q:drijft 0:7 1:-2 5:-1
q:drink 0:-5 5:9
q:drinkt 0:-8 5:11
q:droombaan 0:2
q:droomopleiding 0:6 1:-1 2:-1
q:druk 0:10 5:-5
q:drukke 1:-3 4:3
q:duidelijk 0:-3 1:11 8:-2
q:duits 0:3 1:5 2:3 3:-2 5:-1 6:3
q:durf 0:10 3:-1
q:durfde 0:2
q:durven 0:3 1:-1
q:dus 0:-3 1:8 5:-6 7:13 8:4
q:duurt 3:2
q:echt 0:6 1:13 2:-3 3:-4 4:1 5:-4 7:13 8:-6
q:echte 0:-1 1:-2 3:2 4:8
q:economie 0:-2 1:6 2:5 3:-3 5:-2
q:een 0:10 2:14 3:-8 4:-3 5:30 6:-12 7:-10 8:1
q:eenmaal 0:-5 1:2 4:8
q:eens 0:20 1:-6 2:-2 3:8 4:-5 5:-8 7:1 8:22
q:eentje 0:-1 1:2
q:eenvoudig 0:-14 1:7 4:9
q:eerder 0:-8 1:-1 3:7 4:-3 8:11
q:eerdere 0:2
q:eerlijk 0:1 3:-3 4:-2 5:-2 8:12
q:eerlijke 0:2 3:-1
q:eerst 0:-5 1:7 2:3 3:-4 5:-8 7:3 8:-2
q:eerste 0:5 1:-2 2:8 4:-1 5:-2 6:4 7:-4 8:15
q:eerstejaars 0:3
q:eet 0:-10 1:-1 5:30
q:eetpatroon 5:2
q:eigen 0:7 1:4 2:-2 3:-4 4:3 5:-2
q:eigenlijk 0:-18 1:20 2:-3 3:3 4:6 5:14 7:-1 8:-2
q:eind 2:-2 5:3 6:1
q:eindcijfer 0:-4 2:8
q:eindelijk 0:-11 1:11 5:-4 7:8
q:eindexamen 0:2 2:-1
q:eindlijst 0:-5 2:11 5:-2
q:elk 0:-3 1:7 2:3 5:-2
q:elkaar 0:8 1:-2 2:-2 3:-3 5:5 6:-1
q:elke 0:1 1:-5 3:-3 4:-3 5:1 6:4 7:1
q:en 0:17 1:-26 2:20 4:-12 5:38 6:5 7:-16 8:-11
q:ene 0:1
q:energie 0:10 1:-2 2:-3 3:-2 4:6
q:eng 1:-2 7:2
q:engels 0:2 1:9 2:-1 3:-1 5:-4
q:engelse 0:2
q:enige 0:-2 1:-4 3:9 4:-1 7:4
q:enthousiast 0:5 1:-1
q:er 0:-1 1:4 2:3 3:4 4:-16 6:5 7:-9 8:-10
q:eraan 1:4 2:-1 5:1
q:erbij 0:1
q:erg 1:-4 3:13 5:5
q:ergens 0:4 1:9 3:-4 4:-2 5:5 7:-3
q:ergste 0:-2 1:7 2:-2
q:erin 0:3 1:-1
q:ermee 0:-1 1:7 2:-1 5:-1
q:ernaar 0:2 1:-1 7:9 8:-4
q:erop 0:2 2:3 5:-2
q:erover 0:4
q:eruit 0:-2 1:8 2:-2 5:3
q:eruitzien 0:6 1:-2
q:eruitziet 0:2
q:ervan 1:-2 3:-1 4:-2 7:5 8:5
q:ervaring 0:3
q:ervaringen 0:1 4:-1
q:ervoor 0:-12 2:3 4:-2 5:-6 7:5 8:-3
q:eten 0:2 1:-4 2:-1 5:7
q:even 0:2 1:-2 2:-1 3:8 5:-2 6:12
q:exacte 0:-1 2:1 4:3 8:-2
q:examen 1:-4 2:3 5:-1 7:2 8:8
q:examens 0:-3 2:4 5:1
q:excursie 0:5 3:-1
q:extra 0:-5 2:6
q:f 0:-1 1:5
q:fabriek 0:2
q:familie 0:-2 1:-1 2:-2 3:1 4:2 5:7
q:familieband 0:-1 4:7 5:-4
q:families 0:-2 4:7 5:-1
q:feedback 0:2 1:2 3:-2
q:feit 0:-2 1:11 5:-2
q:ff 6:2
q:fietst 5:1
q:fijn 0:2 1:-2 4:2 5:1 8:3
q:fijnst 0:4 1:-1
q:financieel 0:-2 5:7
q:fixus 0:2
q:formulier 6:4
q:fout 0:7 5:-1 6:-2
q:frans 1:7 2:2 3:-2 4:-2 8:-1
q:functie 1:-2 4:5
q:fysiotherapeut 0:-3 5:4
q:ga 0:-23 1:17 2:3 3:-4 4:9 5:-9 7:7 8:-9
q:gaan 0:-4 1:6 2:4 3:-7 4:3 5:6 8:-5
q:gaat 0:-10 1:2 3:9 4:-4 5:17 6:-2 7:8 8:-3
q:gaf 0:13 2:-4 3:-1
q:gamen 0:-3 5:14 6:1
q:garage 3:2
q:gast 0:3 4:2
q:gastles 0:3 3:-1
q:gat 0:-4 1:1 2:10 5:-1 7:3 8:-1
q:gaven 0:1
q:gebeurde 0:3 5:-1
q:gebeuren 1:-2 2:8 5:-2
q:gebeurt 0:-3 1:-1 5:2 7:6
q:gebracht 0:4 3:-2
q:gebrek 0:-4 1:16 2:-2 5:-3
q:gebrekkig 1:3
q:gebruik 0:-2 1:-1 2:-3 5:11
q:gebruiken 0:8 1:-4 2:2 5:-1
q:gebruikt 0:-3 5:5
q:gedaan 0:5 1:-2 2:-1 3:3 5:-2 7:2
q:gedacht 0:-2 4:10 5:-1 8:-1
q:gedachte 0:5 2:-1
q:gedachten 0:8 1:-2 2:-7 5:4
q:geef 0:1
q:geeft 0:1 1:4
q:geen 0:-15 1:6 2:-4 3:12 5:2 6:-2 7:8 8:-7
q:gegaan 0:3
q:gehaald 0:-5 2:9 3:4 5:-2
q:gehad 0:4 2:-1 5:-1 6:3
q:geholpen 0:7 1:-1 3:-2 5:-1
q:gehoopt 0:1
q:gekeken 0:-2 4:6 6:2
q:gekomen 0:-1 1:2
q:gekozen 0:2 3:1 6:1 7:2
q:geld 0:4 1:2 2:-2 5:9 6:-2
q:geldt 0:-2 4:3
q:geleden 0:5 1:-3 3:-1
q:geleerd 0:18 1:7 3:-8 5:-3 6:-3
q:gelooft 0:4 1:-2 3:-1
q:gelukt 0:-4 1:6
q:gemaakt 0:5 1:-2 5:-3 6:6
q:gemerkt 0:3 5:-2
q:gemiddeld 0:-2 2:3 5:1
q:gemiddelde 0:-17 2:24 3:6 5:-2
q:gemotiveerd 0:-1 1:-1 3:3
q:geneeskunde 0:-3 1:-4 4:5 5:-2 8:9
q:genoeg 0:-7 1:1 2:11 4:-1 5:16 6:-1 8:-3
q:genoegen 8:7
q:genomen 0:3
q:geparafeerd 6:4
q:geprobeerd 0:1
q:geregeld 0:-2 3:1 5:1 7:2
q:geregistreerd 6:1
q:gescheiden 0:-3 5:4
q:geschiedenis 0:2 1:-4 2:6 8:2
q:geslaagd 0:5 1:-1 5:-1
q:geslagen 0:-1 5:3
q:gesprek 0:14 1:-2 2:6 3:-1 5:-7
q:gesprekken 0:2
q:gesteund 0:2
q:gestopt 5:4
q:getallen 0:-3 2:4
q:getekend 0:-3 5:-2 6:7
q:getrokken 2:1
q:geupload 5:-2 6:5
q:geval 0:3 1:-1
q:geven 0:2 2:3 3:-1
q:gevoel 0:7 1:-2
q:gevoerd 5:-4 6:4
q:gevolgen 0:4 1:-2
q:gevonden 0:-3 3:3 7:1
q:geweest 1:2 3:-3 5:10
q:gewicht 0:-1 5:3
q:gewone 0:2
q:gewoon 0:-7 3:6 8:15
q:geworden 0:6 1:-1 3:5 4:-1 5:-5
q:gezakt 2:5 5:-3
q:gezegd 0:1 1:-2 3:-3 4:-3 5:-1 8:9
q:gezet 6:2
q:gezien 0:-9 1:12 2:-2 3:1 5:4 6:-1
q:gezin 0:-5 3:-2 4:4 5:19 6:-3
q:gezinnen 1:-1 4:4
q:gezond 0:-3 5:6 8:-1
q:gezondheid 0:-11 1:-2 5:18
q:gezondheidszorg 0:5 1:-1 5:-1
q:ging 0:18 1:-6 2:-1 3:6 4:-1 5:1
q:goed 0:15 1:-12 2:-3 4:11 5:2 6:-3
q:goede 0:-4 1:5 2:4 5:-1 7:6
q:graag 0:14 1:-8 2:-4 3:-3 4:7
q:grafieken 0:4 2:-3
q:grens 0:-2 2:4
q:groen 3:-3 6:5
q:groep 0:2 2:-2 3:16 4:-4 5:-2
q:groepje 0:-4 3:7
q:groepsopdracht 0:3
q:groepsproject 0:5 3:-3
q:groot 0:2 2:5 5:-2
q:grootste 0:-2 1:4
q:grote 0:3 1:-2
q:grotendeels 0:-2 1:2
q:haak 0:-3 1:7 3:-1 4:-2
q:haal 0:-9 1:-1 2:14 5:-2
q:haalbaar 0:3 1:8 3:-1
q:haalde 0:1 2:-1
q:haalt 0:-3 2:3 3:-1 4:-2 5:6
q:haar 0:4 3:3
q:had 0:18 1:-7 2:7 3:-5 8:1
q:hadden 3:1 6:2
q:halen 0:-7 1:-2 2:11 3:3 5:-1
q:half 2:2
q:halverwege 0:4
q:han 0:3 3:-2
q:hand 0:3 3:8
q:handel 4:2
q:handen 0:-7 1:6 2:-3 3:-4 4:6 5:-3 8:14
q:handig 0:-2 2:5 4:2
q:handiger 1:3 4:-2
q:handtekening 5:-2 6:3
q:handwerk 0:-2 1:5 4:-3
q:hangen 0:4 5:-1
q:hardop 0:4
q:haven 0:4 3:-1
q:havist 1:-1 4:3
q:havisten 0:-2 4:13 7:1
q:havo 0:3 1:-5 2:-5 3:5 4:5 5:-3 8:14
q:hbo 0:4 1:-4 4:8 5:-2 8:2
q:hbo-opleiding 1:-2 4:-3 8:6
q:hbo-opleidingen 0:1
q:hbo-studie 1:2
q:he 0:2 1:-2 3:-2 4:-1 5:7 7:-2
q:heb 0:18 1:-17 3:-8 5:13 6:23 7:-5 8:5
q:hebben 0:-6 1:6 2:-3 3:7 4:10 5:3 6:-1
q:hebt 0:-9 1:4 2:-2 3:5 4:-2 5:8 6:-3 7:7
q:heeft 0:10 1:-10 2:-2 3:2 5:9 6:8 7:-8 8:-8
q:heel 0:-4 1:6 3:5 4:-2 5:-2 8:-1
q:heen 1:-2 3:5
q:hele 0:-4 3:1 5:2 7:5
q:helemaal 0:5 1:3 3:-2 4:-1 5:-1 6:2
q:helft 3:1
q:helpen 0:11 1:8 3:-3 4:-8 5:-1
q:helpt 0:-3 1:-2 4:2 5:7
q:hem 1:-2 3:7 5:-1
q:hen 0:-9 1:-1 3:10 5:1
q:herfstvakantie 6:3
q:herintreder 0:-1 1:-3 4:7
q:herkansen 0:-2 2:4
q:herkansing 0:-4 2:10
q:herken 0:9 1:6 2:-4 3:-2 4:6 5:-3 8:-2
q:het 0:-4 1:8 3:13 4:8 5:6 6:-5 7:-3 8:-1
q:hetzelfde 0:1
q:hielp 0:6 1:-2
q:hier 1:-2 3:1 5:6 6:-2
q:hieronder 0:3 1:-2
q:hij 0:-2 1:-3 3:8 4:-2 5:10 7:10
q:hoe 0:25 1:14 2:8 3:2 4:-3 5:-2 6:-14 8:-6
q:hoef 0:-3 1:5
q:hoeft 0:3 1:3 3:-3 5:-3
q:hoeveel 0:-12 1:-4 2:11 3:3 4:-2 5:6 6:16
q:hoeven 1:3
q:hoger 0:-9 2:13 3:2
q:hogeschool 0:-2 4:3
q:hoofd 1:9 7:1 8:6
q:hoog 0:-4 1:2 2:3 4:5 8:-2
q:hoogvlieger 0:-2 1:3
q:hoop 0:2
q:hoor 0:21 1:-4 2:1 3:5 5:-5 7:-3 8:4
q:hoort 0:3 1:-1 8:-1
q:horeca 0:-9 1:8 4:3 5:-2 8:2
q:horen 0:3 1:-2 3:-4 4:6
q:hou 0:-2 4:4
q:houd 0:3 1:-3 3:2 4:-2 5:4
q:houden 0:-5 1:-1 2:6 3:-1 4:6 5:5
q:houding 0:-10 1:12 4:2
q:houdt 0:-8 1:3 2:-3 3:8 5:3 7:6
q:huis 0:2 1:-2 5:4
q:huisarts 0:-5 3:-1 5:10
q:huiswerk 0:-2 4:-1 5:3
q:hulp 0:6 1:-1 5:3 6:-1 7:-1
q:hun 1:-2 3:4 4:9 5:-2 8:-1
q:huur 0:-3 5:9
q:ict 0:3 3:-3 8:9
q:ideaal 4:2
q:ideale 0:5
q:idee 0:4 1:9 3:-2 5:-2
q:iedereen 1:-6 2:-1 3:2 7:14
q:iemand 0:-4 1:8 2:9 4:-3 5:9 8:-2
q:iets 0:12 1:1 3:13 5:4 6:-6 7:-8 8:-14
q:ik 0:6 1:-14 2:-4 3:-10 4:-6 6:5 7:2 8:11
q:in 0:3 1:-4 2:-3 3:-19 5:2 6:3 7:-11 8:6
q:ineens 0:2 5:-1
q:informatie 0:9 1:-1 2:-1
q:ingeleverd 0:-2 3:-2 6:9
q:ingeloot 0:4 1:-2
q:ingenieur 3:1
q:ingeschreven 1:-1 3:2 7:3
q:ingevuld 6:5 7:-1
q:inhalen 0:-2 1:-1 3:7
q:initiatief 0:-3 1:9 3:-1 5:-1
q:inleveren 0:-5 1:-2 3:3 5:3 6:4
q:inmiddels 2:-4 5:-4 6:10
q:inschrijving 3:-3 7:4
q:interessant 0:9 1:-3 4:-1 5:-1
q:interessantst 0:4 2:-4
q:interesseert 0:2 1:-2
q:interesses 1:2 3:-1
q:interessetest 0:-1 2:-1 3:2 6:4
q:invloed 0:-4 5:10
q:invullen 0:-1 6:2 8:2
q:inzet 0:-2 1:4 2:-2 3:2
q:inzetten 0:5 5:-3
q:is 0:-22 1:16 2:9 3:-4 4:-8 5:11 6:9 8:-6
q:ja 0:-3 2:3 5:-1 6:2
q:jaar 0:27 1:-8 2:3 4:-2 6:-3 7:-3 8:2
q:jaarlaag 2:3
q:jaren 0:2
q:je 1:11 2:1 3:-14 4:-18 5:45 6:16 7:-9 8:-1
q:jeugdzorg 5:9 6:-6
q:jezelf 0:-5 1:14 4:5 5:4 7:-1
q:jij 0:3 1:5 2:-2 3:39 4:3 5:-1 6:-16 8:-25
q:jongen 4:3 5:-1
q:jongens 0:4 1:-2 3:-4 4:8 5:-2
q:jongere 0:1
q:jongeren 3:2
q:jou 0:31 1:6 2:-3 3:22 4:4 5:-1 6:-1 7:-7
q:jouw 0:-6 1:8 2:5 3:5 4:-4 6:-6 7:2 8:-4
q:jouwe 4:1
q:juist 0:22 1:-2 3:-2 4:-1 5:-2
q:juiste 0:1 3:-1
q:jullie 0:-11 1:-3 2:3 3:17 4:5 5:17 6:-2
q:juni 0:-2 2:4
q:kader 3:2
q:kamer 0:-3 5:4
q:kan 0:14 1:4 2:2 3:8 4:-5 5:-4 6:-1 8:-4
q:kans 0:10 1:-3
q:kansen 0:6 2:3 5:-2 7:4
q:kant 0:16 2:-2 3:-3 4:1 5:-2
q:kanten 0:1
q:kantoor 0:-9 1:-2 4:4 5:8
q:kantoorbaan 0:-3 3:2 4:2
q:kapper 1:-1 4:3 8:2
q:kappersopleiding 0:-1 1:-2 4:4
q:kassa 0:4 5:-1
q:keer 0:-8 1:21 2:4 3:-2 6:7 7:9 8:-2
q:ken 0:9 4:5 5:-2 7:-1 8:-1
q:kennen 0:5
q:kent 1:5 5:-2
q:kerst 5:-2 6:3 7:1
q:kerstvakantie 0:3 6:-2 7:2
q:keuken 0:1 2:2 3:-2 4:-1 5:1
q:keus 0:7 7:-1
q:keuze 0:12 2:-4 3:18 5:-10 7:11
q:keuzedeel 0:-1 2:2 4:3
q:keuzeformulier 0:-1 5:-1 6:4
q:keuzeplan 3:-3 6:5
q:keuzes 0:7 5:-3 6:-2
q:keuzevak 0:4 1:-3
q:kies 0:-11 1:-2 2:-2 3:4 4:3 7:12
q:kiest 0:3 1:14 2:-3 3:2 7:-5
q:kiezen 0:6 1:14 3:5 4:-2 8:-4
q:kijk 0:24 2:4 3:-6 4:5 5:-7 6:2
q:kijken 1:-2 4:4 5:-2 8:3
q:kijkt 0:-1 1:8 5:-1
q:kind 0:1
q:kinderen 3:-2 4:4
q:kinderopvang 1:2 3:-3 4:1 5:-2 8:7
q:klaar 0:1 5:-3 6:6
q:klant 0:7 5:-4
q:klantcontact 0:2
q:klanten 1:1
q:klas 3:33 5:-2 6:3 7:4 8:4
q:klasgenoot 0:-3 3:5
q:klasgenoten 0:-2 1:-3 3:9
q:klein 0:4
q:kleine 1:-1 5:4
q:kleiner 7:3
q:kleurt 0:-5 5:6
q:klinkt 4:-2 8:3
q:klopt 1:1 2:4 4:7 5:-3 7:-3 8:-2
q:klopte 0:1
q:klus 0:10 1:-2 5:-1
q:klusje 0:2
q:kok 0:2
q:kom 0:6 1:8 2:15 3:-7 5:-4 8:-2
q:komen 0:-8 1:-6 2:6 4:6 5:4 6:10
q:komende 0:7 1:-2 2:-2
q:komt 0:3 1:3 2:-4 3:13 6:-1 7:-2 8:-3
q:kon 0:6 1:-2 3:-1
q:kookt 5:1
q:koos 0:4 2:-5 3:4
q:kort 0:-2 1:9 3:3 6:-2
q:korte 0:-3 1:8
q:kost 0:3 1:-1
q:kosten 5:3
q:kreeg 0:8 1:-2 2:-2 5:-2
q:krijg 0:7 1:-3 2:2 3:-2 5:9 6:-4 7:-1
q:krijgen 2:5 3:-1 5:2 7:-2
q:krijgt 2:-2 3:2
q:krikken 2:1
q:kritiek 1:5 5:-1
q:kun 0:-14 1:11 2:1 3:5 4:-16 5:-2 7:-3 8:4
q:kunnen 0:-17 1:16 2:-5 4:-5 5:2 7:12 8:-4
q:kunstacademie 0:3 1:-1 4:2 5:-1
q:kunt 0:-5 2:4 3:6 5:11 8:-3
q:kwaliteit 0:2
q:kwam 0:-1 1:15 5:-3
q:kwijt 1:5 5:-1 7:-2
q:kwijtraakt 0:-2 1:6 4:-2
q:laagst 2:2 6:-1
q:laagste 0:-8 2:8
q:laat 2:-7 3:-5 4:3 5:4 6:-2 8:5
q:laatst 0:10 5:-3
q:laatste 0:-5 3:7 5:10 7:-3
q:lag 0:-4 2:5
q:lage 0:-3 1:6 5:-1
q:lager 2:-3 3:4
q:land 0:-18 1:-7 4:5 5:18 8:6
q:lang 0:-8 1:-7 2:-2 5:-4 7:27
q:lange 0:4 1:-3
q:lassen 4:4
q:last 0:-6 1:1 5:9
q:lastig 0:5 1:13 2:-2 3:-2 4:-2 8:-2
q:lastige 0:2
q:lastigste 0:1
q:laten 0:2 2:4 3:-5 4:-2 5:-5 6:5 7:6 8:-3
q:later 0:4 1:1 2:2 4:1 5:-7 6:-3 7:-4 8:-6
q:leeftijd 1:-2 3:3 4:1
q:leer 0:8 4:-1
q:leerbaan 0:5 1:-5 3:1 4:-1 8:1
q:leerbedrijf 0:1 1:6 2:-2 4:-2 6:3 7:-5 8:-2
q:leerde 0:5
q:leerjaar 0:-4 1:9 3:-2
q:leerling 0:15 1:7 2:-2 3:2 4:-8 5:-4
q:leerlingen 0:-2 1:-3 3:7
q:leermeester 0:1 1:-2 6:2
q:leert 0:7 2:-2 3:-1
q:leerweg 2:3 3:-1 8:2
q:leerwerkplek 0:2 5:2
q:leg 0:-2 3:6 6:-1
q:leggen 7:1
q:leidinggevende 0:5 1:-2 5:-1
q:lekker 1:4 5:2 8:-2
q:leren 0:-2 1:6 2:-5 3:15 4:7 5:-3
q:les 0:6 1:1 5:-1
q:lessen 0:2
q:let 0:-2 5:5
q:leuk 0:7 1:4 2:-3 3:-3 4:1 5:2 8:-2
q:leuke 0:5 1:-3
q:leuker 0:3
q:leukst 0:10 2:-1 6:-2
q:leukste 0:-8 4:10
q:leven 5:2
q:lever 7:4
q:levert 0:-1 2:3
q:lezen 0:-4 1:12 5:-1
q:lichamelijk 0:2
q:lichtere 0:-3 1:4
q:liefst 0:5 1:-5 2:4 3:-3 5:-4 8:8
q:liep 0:4 2:-2
q:liever 1:6 4:9 8:-3
q:lig 0:-3 5:7
q:liggen 0:-5 1:10
q:ligt 0:6 1:-4 2:10 3:7 5:1 7:-2
q:lijken 0:-3 3:7
q:lijkt 0:3 1:-9 3:-4 4:15 5:1 8:6
q:lijst 0:3 1:-1 2:1 3:-1
q:lijstje 7:4
q:lisa 0:-4 1:-5 3:14
q:lob 2:-4 3:2 6:3
q:lob-activiteiten 6:1
q:lob-dossier 6:2
q:lob-opdrachten 2:-1 6:2
q:lob-portfolio 6:1
q:lob-programma 6:2
q:lob-punten 0:-1 2:-3 5:-4 6:10
q:lob-uren 6:2
q:logistiek 0:-2 1:-2 4:2 5:4 8:1
q:lontje 0:-1 1:2
q:loon 5:3 6:-2
q:loop 0:-7 1:8
q:loopbaangesprek 0:-2 2:4 5:-1
q:loopbaanopdrachten 2:-1 6:3
q:loopbaanorientatie 6:2
q:loopbaansturing 0:7 2:-1 5:-2
q:loopt 0:7 3:-1 5:-2
q:los 0:16 1:1 2:-9
q:lossen 1:2 2:-1
q:lui 0:2 3:-3 4:8
q:luisteren 1:-1 4:2
q:lukken 0:-4 1:4 3:-1 7:3
q:lukt 1:3 2:-1 3:8 4:-3 5:3 6:-1 7:1 8:-1
q:lukte 0:6 1:-2 3:-2
q:m 4:1
q:maak 1:-1 3:2
q:maakt 0:-5 1:-2 2:-3 3:17 4:-1 7:9
q:maakte 0:10 1:-1 2:-1 3:-3
q:maand 2:-2 5:3
q:maanden 0:2 1:-1
q:maar 0:10 1:-5 2:-1 3:7 4:5 5:1 6:-2 8:-3
q:maat 0:-2 1:4 2:4 3:-1 5:-2
q:mag 0:-8 1:5 2:2 5:7 6:-2
q:magister 0:-5 2:8 5:-1 6:-1
q:maken 0:-3 1:-2 3:3 4:2 5:-1 6:3 7:6
q:makkelijkst 0:4 1:-2
q:manier 0:5
q:mantelzorger 1:-4 3:-2 5:8
q:marokkaanse 4:2
q:mavo 0:-1 8:4
q:mbo 0:2 1:2 4:2 5:-4 6:-1 7:-1
q:mbo-opleiding 1:-6 2:4 4:13 8:-1
q:mbo-opleidingen 0:4 1:-1 2:6
q:me 0:3 1:-4 4:3 5:-2 7:8
q:medecursisten 3:4
q:medeleerlingen 1:-1 3:2
q:medestudenten 0:-2 3:4
q:mediavormgeving 0:10 5:-7
q:medicatie 0:-6 1:-2 5:16
q:medicijnen 0:-8 5:13
q:mee 0:22 1:11 2:5 4:-3 5:-4 6:3
q:meedenken 0:2 5:-1
q:meedenkt 0:9 5:-5
q:meegekregen 0:1
q:meegemaakt 0:-15 5:19
q:meegenomen 0:-4 5:-1 6:7
q:meekijkt 7:6
q:meeloopdag 0:7 1:-3 2:-1 5:-3 6:1 7:1
q:meeloopdagen 6:2
q:meelopen 0:5 6:-2
q:meenemen 0:9 1:-4 5:2 8:-1
q:meer 0:4 1:6 3:7 4:5 5:-3 6:-1 7:-2
q:meest 0:23 1:-1 2:1 5:-7 6:-5 7:-1 8:4
q:meestal 1:-1 3:-3 4:9 8:-2
q:meeste 0:4 2:-4 3:8
q:mei 0:2 2:-2 7:2
q:meiden 0:-2 1:-2 4:9 5:-1 8:-2
q:meisje 0:-8 1:-3 4:20
q:meisjes 3:-1 4:5 5:-2
q:meld 0:-5 7:6 8:1
q:mens 0:-3 2:3
q:mensen 0:10 1:-2 2:-5 4:-1 5:-1 7:7
q:mentale 5:4
q:mentor 0:2 6:2
q:mentorgroep 0:-2 3:3
q:merk 0:8 1:-4 2:-1 3:-1 5:2
q:merken 0:1
q:merkt 0:12 1:-2 2:-1
q:merkte 0:8 1:-1
q:met 1:-2 2:2 5:17 6:2 7:-6
q:meteen 0:3 3:-2 5:-2 8:3
q:meting 0:-2 2:3
q:mij 0:3 1:-1 4:-2 5:7 8:7
q:mijn 0:3 2:-2 5:-2 6:2
q:mik 0:-2 2:3
q:mikken 3:3
q:minder 0:-6 1:9 2:-1 3:3 4:7
q:minimaal 0:-2 2:3 5:-2 6:3
q:minor 0:3 1:-1
q:minst 0:-3 1:10 3:2 5:-1
q:mis 0:-6 1:19 2:-2 3:2 5:-2 8:1
q:misgaat 1:4 3:-1
q:misging 0:3
q:mislukken 0:-3 1:8 5:-1 7:-1
q:mislukking 0:2
q:mislukt 0:1
q:mislukte 0:2 1:-1
q:misschien 0:2 1:-3 4:1 5:4
q:mist 0:3 1:7 2:-2 3:-1 6:3
q:mocht 0:6 4:-2
q:module 0:2
q:moe 0:-3 1:-2 5:10
q:moed 1:2
q:moeder 0:-5 5:12 6:4
q:moeilijk 0:6 1:5 4:-2 5:-1
q:moeilijke 0:3
q:moeilijkste 0:2
q:moeite 0:4 1:1 5:2
q:moet 0:-6 1:5 2:-1 3:-3 7:1 8:-5
q:moeten 0:-4 1:-4 2:4 3:1 4:-2 5:2 6:4
q:mogelijk 0:-1 4:2
q:mogelijkheden 0:3
q:mogen 0:-1 2:6 5:-1
q:moment 0:-6 2:6 5:14 6:-2
q:monteur 0:-5 1:7
q:mooi 0:6 1:-2 3:-1 4:-1
q:mooie 1:-2 4:4
q:mooiste 0:2
q:moslima 0:-3 4:5
q:motieven 0:2
q:motivatie 0:-6 1:6 3:6 5:-2
q:muziek 0:2 1:-3 2:5 3:3
q:n 0:-1 4:1
q:na 0:4 1:13 2:-3 3:-4 7:-1 8:13
q:naar 2:13 3:-10 4:11 5:-1 6:-6 7:-7
q:naartoe 0:5 1:-2
q:naast 1:-3 2:-1 3:6 4:-1 5:10 6:-1
q:nacht 0:-4 2:-2 4:-1 5:22 6:-1 7:1 8:1
q:nachtdiensten 0:8
q:nachts 0:-3 5:10
q:nadelen 0:9 2:-2 8:-2
q:nagedacht 0:6 3:2 4:4 5:-6 8:-1
q:nam 0:4 4:-1
q:natuurkunde 2:2
q:natuurlijk 1:-5 4:6
q:nauwelijks 0:1 1:2 2:-1
q:nederland 0:-8 5:11
q:nederlands 1:7 2:8 3:-2 4:-2 5:-3
q:nee 0:-3 2:3 5:-1 6:2
q:neef 0:-1 3:7
q:neem 0:6 1:-1 2:-2 4:1 5:13
q:neemt 0:1 4:3 5:-2
q:negens 0:-2 2:4
q:nemen 0:2 1:1 2:-4 3:1 5:-8 6:-1 7:-1 8:6
q:nergens 1:5 4:-2 7:2
q:net 0:-3 1:-4 3:11 4:-3 7:4
q:netjes 0:-2 2:7 3:-1
q:netwerk 3:1
q:niemand 0:-3 3:-4 7:10
q:niet 0:18 1:-17 3:44 4:4 5:1 7:-4 8:-8
q:niets 0:-6 1:-6 3:-1 4:-2 5:5 7:2 8:9
q:nieuw 0:4 1:-2
q:nieuwe 0:11 1:-4 4:-3 5:-1
q:nieuwkomers 4:1
q:nieuws 0:4
q:nieuwsgierig 0:4 5:-1
q:niks 0:-3 1:-1 4:4 8:3
q:niveau 0:9 1:5 2:-3 3:2 4:-3 5:-4 6:-2 8:3
q:nodig 1:-1 2:8 3:5 4:-1 6:2
q:noemen 1:-2 3:2
q:nog 0:-26 1:7 2:-16 3:7 4:-23 5:-2 6:11 8:6
q:nooit 0:-3 1:17 3:-8 4:-2 5:5 7:-2
q:normaal 0:4
q:nou 1:3 3:9 4:-3 8:-1
q:nu 0:24 1:3 3:-8 4:-4 5:8 6:8 7:-8 8:-9
q:numerus 0:2
q:nuttig 0:4
q:ochtend 0:1
q:ochtends 5:3
q:oefenen 0:5 8:-1
q:of 0:44 1:-9 2:10 3:9 4:-3 5:20 7:-2
q:oke 0:-4 1:-2 8:11
q:om 0:17 1:-3 2:9 3:20 4:-17 5:14 7:-12 8:-6
q:omdat 0:4 1:-11 3:-3 4:-7 5:25 7:6
q:omgaan 0:4 2:-1
q:omgaat 0:1
q:omgeving 0:6 1:-2 5:-2
q:omhoog 0:-4 1:-1 2:7
q:omlaag 0:-5 2:6
q:omschrijven 0:3
q:onder 0:-2 1:4 2:5 4:-1 5:8 6:-4
q:onderaan 0:-3 2:1 3:2
q:onderdeel 0:8
q:onderdelen 0:-1 3:-3 6:7
q:ondernemen 4:1
q:ondernemend 3:3 4:-2
q:onderste 0:-2 2:-1 3:6
q:onderweg 0:10 5:-5 7:-2
q:onderwerp 0:19 1:-2 2:-7 7:1 8:1
q:onderzoeken 0:7 1:-5 4:2 8:-1
q:ongeveer 0:-7 2:-1 5:15 6:-1
q:onlangs 0:7 1:-2
q:onrustig 5:1
q:ons 0:2 6:3
q:ontbijt 1:-5 5:10
q:ontbreekt 0:-11 1:4 3:3 4:-1 5:4 6:3
q:ontbreken 0:-3 6:7
q:ontdekken 0:9 1:-2 7:-2
q:ontdekt 0:4 1:-2
q:ontdekte 0:2
q:onthouden 0:4
q:ontwerp 0:2 2:-2
q:ontwikkelen 0:1
q:onvoldoende 2:1 6:-1
q:onvoldoendes 0:-5 2:10 5:-2 6:-2
q:onzeker 0:-4 2:1 3:13 5:2 8:1
q:onzekere 0:-4 1:5
q:onzekerheid 0:5 1:-1
q:ooit 1:10 4:-1
q:ook 1:-10 2:-2 3:20 4:23 5:-3 6:2 8:2
q:oom 0:3
q:oorzaak 0:-2 2:2
q:op 1:8 2:10 3:4 4:-12 5:4 6:-2 7:-4 8:-20
q:opdracht 0:8 1:-5 2:4 4:-3 5:-2
q:opdrachten 0:-3 1:3 2:1 6:4
q:open 0:-9 1:2 2:2 4:-4 5:-2 6:7 7:-3 8:7
q:openstaan 0:-3 6:4
q:opgave 0:1
q:opgeleverd 0:6 1:-1 6:-1
q:ophalen 2:3
q:opkrikken 0:-1 2:1
q:opleiding 0:-18 1:10 2:-1 3:15 5:3 6:-5 7:13 8:-14
q:opleidingen 0:3 1:-1 2:6 3:-2 4:-2 5:-2 8:11
q:oplossen 1:8 2:-1 5:-2
q:opmerking 0:2
q:opnieuw 0:3
q:opvallen 0:-3 1:2 3:4 5:-1
q:opvalt 1:1
q:opvang 0:-3 5:4
q:opvangen 1:1 5:-1
q:opzichte 0:-2 2:-4 3:8
q:opzoeken 0:2
q:orientatie 0:-2 3:3 5:-1
q:orienteren 0:-1 1:5
q:oud-leerling 0:3
q:ouder 0:-2 4:-1 5:4
q:oudere 1:-1 4:3
q:ouders 0:-12 1:-11 2:-5 3:-7 4:6 5:29 6:2 7:5
q:over 0:28 1:20 2:9 3:3 4:-11 5:-21 6:-9 7:-4
q:overgang 0:-3 2:4
q:overnemen 0:-1 4:3
q:overslaan 0:-4 1:4 4:2
q:overstap 0:5
q:overstappen 0:-1 4:5
q:overwegen 1:-1 4:4
q:paar 0:2 1:-1
q:pabo 0:-2 2:5 3:-2 8:2
q:pak 0:-4 1:-1 2:13 4:3
q:pakken 0:4 1:-6 2:4
q:pakket 0:-2 2:-2 5:8
q:pakte 0:6 5:-1
q:paniekaanvallen 0:-5 5:10
q:pas 0:1
q:passen 0:-5 1:-1 3:2 4:14 8:-1
q:passief 0:-1 1:6 3:-2
q:past 0:-15 1:4 2:11 3:-2 4:7 5:4 6:-2 7:-1
q:paste 0:9 1:-2 3:-2 8:-2
q:per 0:2 2:-2 5:8 6:-3
q:periode 0:-3 2:6 3:-1 6:3
q:persoon 0:5 3:-2
q:pie 0:-2 1:9 3:-1
q:pijn 0:-5 5:11
q:pillen 0:-7 5:14
q:plaats 0:-7 1:6 8:3
q:plan 0:-3 1:-9 2:-2 3:4 4:-2 5:2 6:14 8:11
q:plannen 0:2 1:-3 3:9 4:-1
q:planning 0:2
q:plant 0:-1 1:7 3:-1
q:plek 0:6 1:-3 3:-3 4:11 5:-3 7:3
q:plekken 0:-1 7:3
q:plezier 0:11 1:-2 2:-4
q:poging 0:1
q:portfolio 0:-5 2:-1 3:8 6:5
q:praat 0:-2 5:2
q:praktijk 0:5 1:5 4:-4 8:-1
q:praktijkbegeleider 0:4 1:-1
q:praktijkleerlingen 0:-3 4:4
q:praktijkles 1:4
q:praktijklessen 1:3 3:-1 4:-1 5:3
q:praktijkonderwijsleerlingen 4:1
q:praktijkopdracht 6:2
q:praktijkopdrachten 0:1 5:-1
q:praktijkopleider 0:3 6:4
q:praktijkvak 0:1
q:praktijkvakken 0:-2 1:1 2:2
q:praktisch 0:-2 1:1 4:2
q:praktische 0:-2 1:4 2:5 4:-2
q:praten 0:14 1:-1 2:-1 5:-3
q:precies 0:4 1:-5 3:-2 5:11 6:-2
q:presentatie 0:8 2:-4 3:-1 5:-1
q:presentaties 0:-2 5:3
q:presenteren 0:-1 5:2
q:prettig 0:1
q:prima 0:-2 1:2 8:2
q:probeerde 0:1
q:proberen 1:7 4:4
q:probleem 0:4 1:-1
q:procent 0:-3 2:3 3:3 5:-3 6:7
q:product 0:3 1:-2
q:proef 0:1
q:proefles 0:3
q:profiel 0:2 1:5 2:2 3:5 4:-2 6:-3 7:-3 8:-3
q:profielkeuze 0:1 6:4
q:profielkeuzeformulier 5:-4 6:7
q:profielwerkstuk 0:1 2:1
q:programmeren 4:2
q:programmeur 4:1
q:project 0:1 1:5 3:-2 4:-2
q:propedeuse 0:1
q:psychische 1:-2 5:4
q:psycholoog 0:-8 2:-1 5:14
q:punt 0:-4 1:2 2:7
q:punten 1:3 2:10 3:-1
q:qua 0:-2 2:1 3:1
q:raad 0:2
q:raakt 1:3
q:rapport 0:-9 1:-2 2:20 6:-4
q:rapportcijfer 0:6 2:-4
q:rapportcijfers 0:-6 2:7
q:reageer 0:5 1:-1
q:reageerde 0:1
q:realistisch 0:3 1:-3 3:4
q:rechten 0:-3 1:-3 2:5 4:5 8:-1
q:rechtzetten 3:1
q:redden 0:-1 2:2 3:-3 4:5 5:-1
q:reden 0:-5 5:6
q:reflecteren 0:1
q:regelen 8:3
q:regio 0:-1 4:2
q:reizen 0:-3 8:5
q:rekenen 0:-1 1:6 5:-2
q:rekening 0:-8 1:1 5:10
q:rekentoets 0:2 1:-2 2:4
q:repareren 0:-7 1:10
q:rest 0:-4 1:4 2:-2 3:2 6:7 7:-2
q:restaurant 0:2
q:resultaat 0:3 2:-1
q:resultaten 2:3
q:richten 5:1
q:richting 0:-24 1:2 3:9 4:6 5:-4 6:-2 8:16
q:richtingen 0:9 1:4 2:-4
q:rij 0:4 2:-2 3:4 8:-2
q:rijbewijs 0:-4 5:7
q:risico 0:15 1:-4 6:1 7:1
q:risico's 0:4 1:-1
q:ritme 0:4 4:-3
q:roc 1:3 3:-2
q:rol 0:4 1:5 3:-3 4:-2 5:-1
q:rond 1:-2 5:3 6:3
q:rood 0:-2 2:2
q:rook 0:-2 5:3
q:route 1:8
q:routes 0:5 5:-2
q:rug 0:1 1:-3 5:10
q:ruim 3:2
q:ruimte 0:1
q:rust 0:-3 5:3
q:rustig 0:-3 1:5 2:-2 4:-1 5:3
q:rustige 0:-6 1:3 4:3
q:rustiger 1:-3 3:8
q:s 0:1 1:-1 5:11
q:salaris 0:3 4:-1 5:2
q:samen 0:6 1:5 2:-1 4:-1 5:-2
q:samenwerken 0:1 1:2
q:samenwerkt 0:4 1:-2
q:sanne 1:-3 3:7 5:-1
q:scheelt 2:4 6:-1
q:scheiding 0:-3 2:-1 5:5
q:scheikunde 2:3
q:schermen 0:10 2:-1 3:-2 4:2 5:-3
q:schiet 0:-1 1:4 3:-3 5:-2 7:6
q:school 1:2 2:-5 4:-3 5:2 6:4 8:4
q:schoolexamen 0:-3 2:7 5:-2
q:schoolexamencijfer 2:1
q:schooljaar 2:-3 5:-4 6:9
q:schooltijd 5:2
q:schoolvak 0:6 1:-2
q:schoonmaak 0:-1 4:2
q:schrappen 0:-4 1:4
q:schrijven 0:-5 1:8 3:4 7:-1
q:schulden 0:-6 5:13
q:scoor 2:-3 3:4
q:scoorde 1:-3 2:7
q:score 0:-11 1:-2 2:22 3:-1
q:scoren 0:-5 2:6
q:se 0:-1 2:1 3:1
q:se's 0:-2 2:3
q:se-cijfer 0:2
q:se-gemiddelde 0:-2 2:5
q:sector 0:3 1:3 2:-2 4:4 7:-2 8:3
q:selectie 0:1
q:september 0:-4 1:5 5:-2 8:4
q:series 0:2
q:serieus 3:1
q:sfeer 0:7 1:-1 3:-2 5:2 8:-2
q:sinds 0:2 1:-1 5:12
q:situatie 0:2 1:-1
q:sla 5:2
q:slaap 0:-9 2:-3 5:28 6:-2
q:slagen 0:-3 1:-1 2:1 3:10
q:slapen 0:-2 1:-1 5:7
q:slecht 0:-7 1:15 2:-2 5:-1
q:slechte 0:-2 1:8 5:-1
q:slik 0:-6 5:13
q:slim 0:2
q:slimmer 0:-2 7:2 8:2
q:slordig 0:-3 1:5
q:sluit 7:4
q:snapt 0:-4 1:10 4:-2
q:snel 0:-7 1:4 2:-2 3:-2 4:4 5:-2 6:3 7:8
q:sneller 3:2
q:snelst 2:3
q:snuffelstage 3:-2 4:2 5:-1 6:2
q:sociaal 1:3 4:-2
q:sollicitatie 0:2
q:sollicitatiegesprek 0:-4 1:3 5:1
q:solliciteren 0:-6 3:3 7:4
q:somber 0:-2 5:5
q:somberheid 0:-2 5:3
q:soms 0:-2 7:2
q:soort 0:5 1:-2 2:2
q:spannend 0:3 1:-1
q:spanningsboog 1:3
q:sparen 0:-3 5:5
q:speelde 0:4 1:-2
q:speelt 0:7 1:-5 3:-1 4:2 5:4 7:-2
q:speurwerk 0:3 1:-2
q:sport 0:-3 1:-2 3:2 4:4 5:2
q:sportclub 0:2
q:sportopleiding 0:-5 1:-1 2:1 5:10
q:spreekt 0:17 4:5 5:-3 7:1 8:6
q:spreken 0:-2 1:-1 2:-2 4:10
q:sta 0:-10 1:-1 2:5 3:13 5:-5 6:7
q:staan 0:-5 1:-3 2:10 3:3 5:-3 6:9 7:4
q:staat 0:-32 1:2 4:-6 5:-2 6:12 7:-4
q:stad 0:-1 4:1 5:2
q:stage 0:37 1:8 2:-6 5:-2 6:-2 7:-1 8:12
q:stage-uren 5:-2 6:4
q:stageadres 0:1
q:stagebedrijf 0:-4 5:6 6:2 8:3
q:stagebegeleider 0:1 1:2 5:-1
q:stagebeoordeling 0:-5 2:10 5:-2
q:stagedagen 0:-2 5:7
q:stageplek 0:6 1:4 2:-1 7:1
q:stages 0:-2 1:2
q:stageweek 0:3
q:stap 0:20 1:12 2:-2 3:-4 4:-5 8:-2
q:stappen 0:-5 2:-2 3:3 6:8
q:start 0:3
q:steeds 0:-4 1:11 2:-1 5:7 6:-3
q:steken 1:5
q:stel 0:15 1:-3 2:5 6:1 7:-1
q:stellen 2:-2 3:6 5:-1
q:stempels 2:-1 5:-2 6:5
q:sterk 4:6 5:-5
q:sterke 0:1
q:sterker 0:3 5:-2
q:sterkste 0:-2 1:7
q:stiefvader 0:-3 5:7
q:stiekem 0:2 1:-2
q:stijgen 0:-4 1:-1 2:7 3:4
q:stoornis 1:-2 5:4
q:stopte 0:1
q:straks 0:-10 1:13 2:-3 5:7 7:4
q:streefcijfer 0:-2 2:2
q:stress 5:1
q:stromen 4:2 5:-1
q:structuur 0:-2 1:4 3:-2 4:2
q:studeert 0:-1 3:6
q:student 0:-2 1:4 3:-2 4:2 5:3
q:studenten 0:-2 3:3
q:studeren 0:-1 5:4 8:2
q:studie 0:-8 1:7 2:5 3:-2 4:13 5:1 7:-1 8:-2
q:studiefinanciering 0:3
q:studiekeuze 0:-3 1:-2 2:2 3:8 4:-1 5:-7 7:5
q:studiekeuzecheck 6:2
q:studielink 2:-2 5:-1 6:4
q:studies 1:-3 2:6 4:3 5:2
q:stuk 0:-4 1:8 3:2 5:-2
q:stukje 0:3
q:supermarkt 0:2 6:-2
q:systeem 5:-3 6:4
q:t 0:-1 4:1
q:taak 0:11 1:-1 2:-1
q:taal 0:3 5:-2
q:taken 0:1 1:4 2:-2 4:-2 6:4
q:talen 0:1
q:talenten 0:2 5:-1
q:tante 0:-2 5:3
q:te 0:-8 1:2 2:14 3:4 4:-13 6:-7 7:4 8:-16
q:team 0:5 1:-2
q:techniek 1:8 2:2 3:-1 4:2 5:-3
q:techniekklas 4:1
q:technisch 4:2
q:tegen 0:-5 1:8 2:-3 3:5 4:-2 7:5
q:tegenaan 2:5
q:tegenop 0:1
q:tegenvaller 0:4
q:tegenvalt 1:-1 2:4 5:1
q:tekenen 0:2 1:-3 6:3
q:tekort 0:9 1:-4 4:-2
q:tekorten 0:-1 2:4
q:tekortkomingen 0:-13 1:18
q:teksten 0:4 1:1 4:-1 5:-3
q:telefoon 0:1 5:1
q:telefoonabonnement 0:-3 5:4
q:teleurstelling 0:4 1:-2
q:tellen 2:1
q:tempo 0:6 1:-1 2:-2 3:5 4:-3
q:ten 0:-2 2:-4 3:8
q:terecht 0:3 1:-2 4:3 5:-2
q:terug 0:9 1:-3 3:4
q:terugdenkt 0:2 1:-1
q:teruggestuurd 5:-4 6:7
q:terugkijkt 0:2
q:terwijl 3:2
q:tevreden 0:-6 1:-3 2:6 3:-2 4:-1 5:8
q:theorie 1:6 2:4 4:-3 5:-1
q:thuis 0:11 2:-2 4:-7 5:33 7:-1 8:6
q:thuiszorg 0:-2 5:5
q:tien 0:3 1:-2 2:1 3:-1
q:tienden 0:-2 2:6 6:-1
q:tijd 0:26 1:-6 2:-3 3:-3 4:-2 5:7 7:3
q:tijdens 0:-1 1:2 2:-3 3:-3 5:12
q:tillen 0:-1 1:-2 2:2 5:4
q:tip 0:-4 2:6
q:toch 0:-17 1:2 2:-7 4:15 5:-3 6:-8 7:6 8:6
q:toe 0:5 2:2 5:-4 6:4
q:toegelaten 0:3 1:-2 8:-1
q:toekomst 1:5 5:-1 7:3
q:toekomstige 0:-4 2:5
q:toen 0:10 1:-3 5:4 8:1
q:toets 0:3 2:1 4:-1
q:toetsen 0:-3 2:5
q:toetsweek 0:-5 2:4 6:3
q:tonen 1:2
q:top 0:-2 1:-1 2:8
q:tot 0:-1 1:-4 2:6 3:1 4:-3 5:8 6:1
q:traag 0:-6 1:11 4:-2 5:-1
q:trainer 0:2
q:trekken 0:10 1:-3 2:1
q:trekt 0:7 1:12 3:-1 4:18 5:-4 7:-1
q:trialoog 0:2
q:trok 0:20 1:-2 2:-4 5:-1 6:-1 7:1 8:1
q:trots 0:8 1:-2 2:2 4:-1 5:-3
q:turkse 0:-2 4:7 5:-2
q:tussen 0:4 1:-3 2:5 3:-1 5:5
q:tussenjaar 0:2
q:twee 0:-3 1:18 2:-3 3:-12 4:1 5:-2 7:3 8:10
q:tweede 0:-2 2:4 3:-1 5:1
q:tweelingbroer 0:-4 1:-3 3:12 5:-3
q:tweelingzus 1:-1 3:2
q:twijfel 0:18 1:-6 2:-1 3:3 5:-3 7:-2
q:twijfelen 7:4 8:8
q:twijfels 0:2
q:twijfelt 3:4
q:typisch 0:6 1:-1
q:typische 0:5 1:-2 4:3 5:-4 6:-1
q:u 0:-15 1:-10 3:3 4:11 5:13 6:-3 7:8 8:-13
q:uit 0:8 1:-9 2:-10 4:-2 5:4 6:3 7:-4 8:5
q:uitdaging 0:4 5:-1
q:uiteindelijk 0:3 1:-1
q:uitgezocht 0:-8 8:12
q:uithoudingsvermogen 1:1
q:uitkering 0:-4 4:-2 5:8 7:4
q:uitkomst 0:3
q:uitkomt 2:1
q:uitleggen 0:3 1:-4 7:3
q:uitnodigen 0:3 5:-2
q:uitproberen 0:7 1:-3
q:uitslag 2:1
q:uitziet 0:-2 2:8
q:uitzoeken 0:14 1:-3 7:-1
q:universitaire 0:-5 1:6
q:universiteit 0:-4 3:5 4:8 5:-1
q:uren 0:-2 1:-2 2:-1 6:8
q:uur 0:-4 1:4 2:1 5:17 6:-2 7:-1 8:1
q:uw 0:-14 1:-7 2:-4 4:3 5:13 6:2 7:2 8:-5
q:vaak 0:-31 1:15 2:-3 3:-7 4:22 5:31
q:vaakst 0:-2 1:4
q:vaardigheden 0:-2 1:7
q:vaardigheid 0:5 1:-4
q:vader 0:-6 1:-6 3:-3 4:6 5:19 6:3 7:-1
q:vak 0:4 1:3 2:8 4:12 5:-4 6:-2
q:vakantie 0:2
q:vakken 0:3 1:5 2:14 8:-2
q:vakman 1:1
q:val 4:3
q:vallen 0:-8 1:9 2:10 4:-2
q:valt 0:-6 1:7 3:4 4:-2 6:-1
q:van 0:5 3:11 4:-7 5:5 7:-14 8:2
q:vandaag 0:-4 1:-1 2:3 6:1 7:7
q:vandaan 0:7 1:-7 4:7 5:7
q:vanuit 0:-3 5:6
q:vanzelf 1:-1 3:4 5:-1
q:vast 0:-4 1:3 3:-2 4:16 5:-6 7:1
q:vaste 0:-1 4:2 5:4
q:vastloopt 0:8 5:-1 7:-3
q:veel 0:-9 1:-2 2:-1 3:2 4:13 5:19 6:-1 7:1
q:veertig 1:-2 4:8 5:-1
q:ver 0:-5 2:1 3:9 7:-1
q:veranderd 0:4 1:-1 7:-1
q:veranderen 0:-2 1:4 3:-1
q:verandert 5:1
q:verbeteren 0:-6 1:6 2:2
q:verblijfsvergunning 5:3 6:-1
q:verder 0:8 1:11 2:-1 5:-7 6:-2 7:-2 8:1
q:verdienen 0:-5 2:-2 4:2 5:13 6:-1
q:verdient 0:6 2:-1
q:vergaat 0:-2 4:4
q:vergat 0:4 5:-2
q:vergeet 0:10 1:3 3:-5 5:-2
q:vergeleken 0:-2 1:-1 3:7
q:vergelijk 0:6 1:-2 8:-2
q:vergelijken 0:7 1:-2 3:-3
q:vergelijking 3:1
q:vergeten 0:-2 8:8
q:verhaal 0:13 1:-3 2:-2 5:-3
q:verkeerde 0:-1 1:-1 5:-1 7:5
q:verkennen 0:8
q:verkenning 0:1
q:verklaar 0:-5 2:3 3:6 5:-1
q:verkoop 1:7 3:-2 4:4
q:verpleegkunde 0:-4 2:5 4:-2 8:2
q:verpleegkundige 0:7 4:-1
q:verpleging 4:1
q:verplichte 5:-4 6:6
q:verrast 0:2
q:verraste 0:4 5:-1
q:verschil 2:5
q:verschillen 0:5
q:verschillend 0:2
q:verschillende 0:3
q:verslag 1:-3 3:3 6:2
q:verslagen 0:-1 1:8 2:-2 6:4
q:verslaving 0:-3 1:-1 4:-2 5:9
q:verst 0:-8 3:13 5:-2
q:vertel 0:-6 1:1 2:3 8:5
q:vertelde 0:-1 5:2
q:vertelden 0:3 1:-2
q:vertellen 0:2 1:4 2:4 3:-5 4:-1 5:1 7:-3
q:vervolg 1:3
q:vervolgopleiding 0:-7 1:4 2:1 4:-2 5:1 8:-2
q:vervolgopleidingen 0:2
q:verwacht 0:-11 1:-3 2:15 3:-2 7:6
q:verwachtte 0:2
q:via 0:1 5:-1 6:4
q:viel 0:2
q:vier 0:-1 3:2
q:vijf 0:4 2:-2 3:5 5:-2 6:4
q:vind 0:11 2:-2 3:1 4:9 5:-7 8:20
q:vinden 0:-8 1:17 3:-3 4:6 5:-1 6:1
q:vindt 0:4 1:-6 2:-1 4:9 5:-1
q:vist 3:-3 7:6
q:vmbo 0:1
q:vmbo'er 4:2
q:voedselbank 0:-3 2:-2 5:9
q:voel 0:1 1:-1 3:3 5:5
q:voelde 0:14 3:-2 5:-3 7:-1
q:voelen 0:4 5:-3
q:voelt 0:8 1:-1 3:13 5:-6 7:-2
q:voeren 0:2
q:vol 0:2 1:4 2:-1 3:-1 4:4 5:-2 6:2 8:-1
q:voldoende 0:-6 1:-2 2:11 5:-5 6:5
q:voldoening 0:5 2:-1
q:volgen 0:4 1:-2 2:-2 5:-1 6:2
q:volgend 0:1
q:volgende 0:8 1:-3 2:15 3:-1 5:-2 6:2 7:-1
q:volgens 0:12 1:-5 2:9 3:11 4:-1 5:-1 6:1
q:volhouden 0:-5 1:12 5:-2 7:-2
q:volhoudt 1:2
q:voltooid 6:2
q:vond 0:28 2:-8 6:-1 7:2 8:2
q:vonden 3:2
q:voor 0:-3 2:33 3:7 5:8 7:-11 8:-4
q:vooral 2:2 4:3
q:voorbeeld 0:-2 3:6
q:voorbereid 0:-4 3:5
q:voorbereiden 0:4 5:-1
q:voorbereiding 0:1
q:voorbij 0:5
q:voordat 1:3 2:7 5:-8 6:4 7:10
q:voorjaar 0:4 6:-1
q:voorkom 0:-2 4:1 7:4
q:voortgang 0:12 1:-4 4:-2
q:voortgangsbalk 0:-1 2:-5 6:11
q:vorig 0:1 3:2 5:3 6:-1
q:vorige 0:14 1:-3 3:-3 5:-2
q:vraag 0:18 1:-8 6:-2 7:9 8:-3
q:vraagt 0:-8 1:16 2:4 3:-3 4:-2
q:vragen 0:7 1:5 2:-3 3:2 5:-4 7:-1
q:vriend 0:3 3:3 5:-1
q:vrienden 0:-2 1:-4 3:16 5:-2
q:vriendin 3:2
q:vriendinnen 0:-2 3:3
q:vrij 0:2
q:vrijdag 6:3
q:vrije 0:5 1:-1 5:-1
q:vroeg 0:5
q:vrouw 4:3
q:vrouwen 0:-3 4:6 5:-1
q:vso-leerlingen 0:-3 4:4
q:vul 6:3
q:vwo 0:-3 1:-4 2:3 3:6 5:-1 8:16
q:vwo'ers 3:-4 4:7
q:waar 0:21 1:19 2:1 3:4 4:-4 6:-8 7:-3 8:-6
q:waarbij 0:5 1:-2
q:waard 0:2
q:waarden 0:3
q:waardoor 0:-3 1:2 4:-1 5:9
q:waarin 0:10 1:-3 2:-2 5:-1
q:waarmee 0:1
q:waarom 0:-2 1:7 2:-1 3:27 4:4 8:23
q:waarop 0:2
q:waarover 0:4 1:-2
q:waarschijnlijk 0:-4 4:6
q:waarvan 0:4 1:-3
q:waarvoor 0:7 5:-1
q:wacht 1:-4 2:-1 3:1 7:7
q:wakker 0:-3 5:3
q:wanneer 0:15 1:-2 2:-1 3:-2 5:-7 6:10 7:9 8:9
q:waren 0:-2 2:1 3:5
q:was 0:28 2:-3 3:-10 5:3 8:1
q:wat 0:38 1:11 3:7 4:1 5:-30 6:-13 7:-4 8:-28
q:we 0:-22 1:11 2:7 3:-2 5:-7 7:-2 8:28
q:wedstrijd 0:3
q:weeg 0:4 1:-1 3:-1
q:weegt 0:4 2:-1
q:week 0:-3 1:-3 2:6 3:-4 4:-3 6:8 7:6
q:weekend 0:-9 5:16
q:weer 0:-3 1:4 2:2 3:-4 5:4 7:1
q:weet 0:8 1:-7 2:-6 3:7 4:4 6:-3 7:19 8:-3
q:weg 2:7 3:-3 4:-1 8:2
q:wegen 0:6 1:-2
q:weinig 0:3 1:1 2:-2 3:1 5:-5 7:3
q:weken 0:6 1:-1 2:1 3:-4 7:6
q:wel 0:-25 1:16 2:-2 3:25 4:-3 5:29 6:-2 7:9
q:weleens 0:-9 1:-4 5:28 7:1
q:welk 0:32 1:19 2:20 3:-6 4:13 5:-24 6:-10 8:-7
q:welke 0:21 1:15 2:1 3:-5 4:6 5:-28 6:-11 7:-16
q:welkom 0:3 4:-3
q:welzijn 1:4 5:-2
q:wens 0:4
q:wensen 0:-2 1:2
q:werd 2:-2 4:-1 5:5
q:wereld 0:2
q:werelden 0:2 8:-1
q:werk 0:22 1:7 3:-8 6:-3 7:2 8:-8
q:werkdag 0:11 1:-4 2:-3
q:werken 3:-3 5:9 6:-2 7:-3
q:werkexploratie 0:4 4:-1
q:werkgever 0:-3 1:7 7:2
q:werkgevers 0:-6 7:13
q:werkloos 1:-1 5:5 6:-1
q:werkplaats 0:3 1:-6 4:1 5:-3 8:7
q:werkplek 0:12 1:3 5:-6 7:1
q:werkprocessen 3:2
q:werkstuk 0:7 1:-1 2:-3
q:werkt 1:-4 3:-1 8:9
q:werkte 2:-1 3:5
q:werktijden 0:2 1:-1
q:werkveld 0:2
q:werkvloer 0:1 1:1
q:weten 0:12 1:2 2:2 3:-1 4:-1 5:-7 6:-2 7:8
q:wie 0:46 1:8 2:-2 3:15 5:-7 7:-20
q:wij 0:-1 5:2
q:wil 0:17 1:2 2:-3 3:-1 4:6 5:-20 6:-5
q:wilde 0:2 2:-1
q:willen 0:8 1:17 2:-7 5:-8 6:-1 7:4 8:-6
q:wilt 0:8 1:2 2:2 3:-10 6:-2 8:-2
q:winkel 5:-1 8:4
q:winnen 1:-3 2:4
q:wiskunde 0:-8 1:8 2:10 5:-2 6:2
q:wissel 0:2 1:-1
q:wisselende 0:2 1:-1
q:wist 0:1 1:-4 5:4
q:wo 0:-3 1:5 2:2 8:-1
q:wonen 0:-3 2:2
q:woon 0:-19 5:23
q:woont 0:-2 5:5
q:woord 0:2
q:woorden 0:9 1:-2 3:-2 5:-1
q:word 0:9 1:-3 2:3 3:-3 4:-2 7:-1
q:worden 0:-17 1:9 2:-2 3:2 4:8 5:8 8:-1
q:wordt 0:-5 1:-2 3:2 5:4 6:-1 7:13 8:7
q:zaak 0:-3 4:9
q:zag 0:11 1:-5
q:zakgeld 2:-1 5:3
q:zat 0:1
q:ze 2:-4 3:7 4:-6 5:5 6:-4 7:2
q:zeg 4:4
q:zeggen 0:6 1:-1 2:3 3:-4
q:zegt 0:-20 1:8 2:13 3:9 4:-2 5:12 8:-1
q:zei 0:4 5:2
q:zeker 0:6 1:-3 2:-2 4:5 5:3
q:zekerheid 0:3
q:zelf 0:14 1:10 2:-8 3:-8 5:7 7:-1 8:-1
q:zelfstandig 0:-3 1:2 3:3
q:zes 0:-4 2:10 5:-2
q:zet 1:8 3:8 4:-6 5:-3 6:6
q:zette 0:1
q:zetten 0:8 1:3 2:-4 5:-2 8:5
q:zeven 0:-3 2:6
q:zich 0:2 1:1 3:2 5:-5 7:5
q:zie 0:-4 1:10 2:-2 3:-1 4:8 5:11 8:8
q:ziek 0:1 1:-3 4:-3 5:11
q:zieke 0:3 2:-2 4:-3 5:9
q:ziekenhuis 0:1 3:-2 5:1
q:ziekte 0:-5 5:11
q:zien 0:16 1:-4 2:8 3:-1 4:-2 8:1
q:ziet 1:2 2:-3 3:3 4:2 5:6 6:-2 7:-2
q:zij 0:1 3:7 4:-2 5:-1
q:zijn 0:-11 1:6 2:3 3:10 4:-4 5:-7 7:-7
q:zin 0:14 5:-1 7:-1
q:zit 0:-6 1:-8 2:1 3:11 4:1 5:15 6:-3 8:-2
q:zitten 1:-1 3:1 4:6 8:-4
q:zo 0:-28 1:28 2:5 3:16 4:-3 5:2 6:-5 7:-7
q:zo'n 0:2 1:5 3:-2 5:-1
q:zoals 0:13 1:-4 4:-5 5:4
q:zodat 1:5 5:4 8:-2
q:zodra 1:4 3:-1
q:zoek 0:2 1:2 2:-2 4:8 5:-3 8:-1
q:zoeken 0:2 1:-5 4:4 5:4 8:1
q:zoekt 1:-5 3:3 4:4
q:zomer 0:4 1:7 2:2 3:-1 5:-2 7:-2
q:zomervakantie 0:7 5:-3
q:zonder 0:-19 1:23 2:-2 3:-3 4:6 5:2 7:4 8:-2
q:zoon 5:3
q:zorg 0:-6 1:7 2:8 3:-3 4:6 6:-4 7:-1
q:zorgberoep 0:-2 1:-1 4:4
q:zorgen 1:4 5:2 7:-2
q:zorgt 0:-5 3:-1 5:12 6:3
q:zorgzaam 2:3 4:-1
q:zou 0:23 1:7 3:1 4:-5 5:-26 6:-9 7:-8 8:1
q:zouden 0:5 1:-1 2:-1
q:zoveel 0:-2 1:3 5:1
q:zulk 0:11 1:-3 4:-3
q:zullen 1:-4 4:5 5:-6 6:4 8:21
q:zus 0:-5 1:-3 3:21 5:-4
q:zusjes 3:-2 5:5
q:zwaar 1:-6 2:-1 3:-3 4:11 5:6 8:-2
q:zwaarder 0:1 1:-1
q:zwaarst 0:3 1:-1
q:zwak 0:3 5:-2
q:zwakke 0:-7 1:20 2:-2 3:-1 4:-6
q:zwanger 0:-2 1:-2 2:1 5:15
q:zware 0:-8 5:12
s:comparative-dan 1:2 2:-5 3:22 4:7 6:-1 8:4
s:compare 3:79 4:10 5:-3 6:25 7:47 8:-2
s:exclamation 0:-28 1:-2 2:4 4:-3 6:-4 7:2 8:4
s:grade 0:-25 1:-2 2:68 3:12 4:-14 5:-15 6:14 8:4
s:imperative-first 0:19 1:-19 2:-10 3:-21 4:-12 5:13 6:47 8:11
s:long 0:-1 1:9 2:7 3:16 5:-10 6:-9 7:18 8:-4
s:medium 0:59 1:-6 2:-6 3:-14 5:34 6:26 7:-3 8:18
s:modal 0:9 1:1 2:-2 3:-15 4:-20 5:-12 6:2 8:13
s:negation 0:-2 1:43 2:-24 4:18 5:-23 6:-8 7:61 8:21
s:number 0:-26 1:-4 2:76 3:23 5:-17 6:48 7:28
s:question 0:6 1:-3 3:5 4:24 5:49 7:-19 8:-29
s:question-word-first 0:52 1:50 2:33 3:14 4:-8 5:-42 6:-3 8:-1
s:several 0:-20 1:4 2:-12 3:21 4:32 5:7 6:-12 8:-11
s:short 0:-4 1:-43 2:-4 3:13 4:39 6:-11 7:26 8:22
s:statement 0:30 2:-12 3:-15 4:15 5:-14 6:-6 7:16 8:26
s:why-not 0:-21 1:4 3:16 4:-5 5:4 6:-1 8:6
s:you-modal 0:6 1:-3 3:4 4:2 5:6 6:-7 7:-22 8:-8
s:you-negation 0:5 1:32 2:-16 3:31 5:-5 6:-19 7:11 8:-1
s:you-question 0:7 1:4 3:-12 4:10 5:57 6:-3 7:-11 8:-43
s:you-statement 0:-12 1:38 2:-1 3:6 5:-15 6:-8 7:14 8:45
w:! 0:-28 1:-2 2:4 4:-3 6:-4 7:2 8:4
w:% 0:-4 1:-2 2:3 3:2 5:-3 6:16 7:-2
w:/ 0:19 3:1 6:-3 8:-1
w:<grade> 0:-25 1:-2 2:68 3:12 4:-14 5:-15 6:14 8:4
w:<num> 0:-5 1:-7 3:4 4:7 5:-8 6:30 7:22 8:-9
w:? 0:5 1:-2 3:5 4:25 5:49 7:-19 8:-23
w:a 0:4 1:-3 2:7 7:-3 8:3
w:aan 2:-2 3:-5 4:13 5:9 6:6 7:-3 8:2
w:aandacht 0:-1 1:8 5:-2 7:-2
w:aangemeld 0:-2 1:-1 3:2 7:5
w:aangenomen 0:5 1:-3 5:-2 7:2 8:2
w:aangepakt 0:3 5:-2
w:aangezien 1:7 4:-1 8:-3
w:aankan 0:-7 1:10 4:4 5:2 6:-1
w:aankunnen 1:1
w:aankunt 0:-1 1:1 2:2 5:3
w:aanleiding 0:6 2:-4
w:aanmelddatum 0:3 3:-1 7:5
w:aanmelddeadline 0:3 7:-1
w:aanmelden 0:7 3:1 4:-2 8:10
w:aanmelding 1:-4 2:-2 5:-4 6:1 7:10 8:2
w:aanmeldt 0:3 2:6 7:2 8:-4
w:aannames 0:4 5:-2
w:aanneemt 0:-2 7:2
w:aanpakken 0:-2 1:6 3:1
w:aanpakker 3:2
w:aanraadt 0:3 1:-3 8:6
w:aanraking 0:-2 1:4 8:-1
w:aanspreekt 0:3
w:aanspreken 0:6 1:-1
w:aantal 0:-2 2:3 6:4
w:aantrekkelijk 0:2 1:-1
w:aanwijzing 0:2
w:aardrijkskunde 8:3
w:abstract 1:4 4:-1
w:abstracte 0:-6 1:11 8:-2
w:acceptabel 2:3
w:accountant 0:2
w:acht 0:-1 2:4 3:-1 6:1
w:achten 0:-2 1:-11 2:15
w:achter 0:9 1:6 2:-5 3:1 4:-2 5:-3 7:8
w:achteraan 7:2
w:achteraf 0:11 1:-2 7:-2
w:achterblijft 0:-3 1:1 3:7
w:achterblijver 0:-2 3:6
w:achtergrond 0:-5 1:-1 3:1 4:9
w:achterhoede 0:-6 3:8
w:achterloopt 0:-4 1:8 2:-2 3:3 7:-2
w:achterstand 0:2 1:8 2:1 3:-4 4:-1 5:-3 8:-1
w:achttien 0:-2 7:3
w:activiteit 6:2
w:activiteiten 6:2
w:add 0:-2 4:3
w:adhd 0:-15 1:-15 4:38 5:7 8:-5
w:adhd'er 0:-5 4:7
w:administratie 0:-3 4:3 6:3
w:administratief 1:2
w:advies 0:11 1:-3 2:2 3:-5 4:-3 7:2 8:21
w:adviseer 0:-7 7:-2 8:14
w:adviseur 0:2
w:advocaat 0:2 5:-1
w:af 0:-19 1:20 2:6 3:-8 4:-8 5:-8 6:5 8:18
w:afbreken 0:3 3:-2
w:afdeling 0:2 1:4 3:3 5:-6
w:afgaat 1:2 4:-2
w:afgebroken 0:-1 7:9 8:-2
w:afgeleid 1:7 4:-1
w:afgelopen 0:4 1:-1
w:afgemaakt 0:3 7:-1
w:afgerond 0:12 5:-3 6:6
w:afgesloten 2:2
w:afgesproken 2:1 3:1 5:-1 8:11
w:afgestreept 0:2
w:afgevallen 0:-1 5:8
w:afgevinkt 0:-11 6:11
w:afgewezen 0:6 5:-2 7:3 8:-3
w:afhaakt 0:-2 1:4
w:afloop 0:2 6:1 7:-1
w:afmaakt 0:-5 1:2 7:5 8:7
w:afmaken 7:-1 8:2
w:afronden 1:-1 2:-1 6:6 7:4 8:-1
w:afsluiten 0:-1 6:3
w:afspraak 7:5
w:afspraken 0:-4 1:12 3:-3 5:-1
w:afspreken 0:-3 1:-2 8:10
w:afstuderen 0:2
w:aftekenen 0:-3 5:-1 6:15 7:-4
w:afvallen 0:-2 1:3
w:afvinken 6:6 7:-1 8:-2
w:afweging 0:2
w:afwezig 1:-1 5:4
w:afwijkt 0:-5 3:6
w:afwijzing 0:14 1:-2 5:-2 6:1
w:afwisseling 4:2
w:agenda 0:4 6:-2 8:5
w:akkoord 0:-1 8:3
w:al 3:56 4:3 5:-25 6:35 7:-1 8:6
w:alcohol 0:-2 1:-3 4:4 5:2
w:allang 0:-6 3:11
w:alle 0:-7 5:-6 6:16 8:8
w:allebei 0:19 1:1 4:-9 5:-3 6:2 7:-3 8:2
w:alleen 1:-2 2:-2 5:-9 6:7 8:-3
w:allemaal 0:-12 1:12 3:22 4:-2 5:3 6:-1
w:alles 1:10 3:-5 4:5
w:als 0:13 1:-11 2:-7 4:26 5:-18 6:4 7:18 8:-3
w:alsof 0:15 3:-5 7:-1
w:alternatieven 0:-1 1:3 2:-1
w:altijd 0:-1 1:20 3:-8 4:11 5:-2 7:-5
w:alumniavond 0:1
w:alvast 0:-1 1:2 6:-1 8:6
w:ambitie 2:1
w:ambitieus 0:-3 3:8 4:2 5:-3
w:amsterdam 0:5 3:-3
w:ander 0:2 1:9 4:-1 7:3 8:-2
w:andere 0:-1 1:-3 3:18 4:-7 5:6 7:-11 8:24
w:anderen 0:13 1:-7 2:2 3:22 4:-5 8:-3
w:anders 0:18 1:-7 2:-2 5:-3 6:15 7:23 8:-7
w:angsten 5:2
w:angstklachten 0:-6 5:9
w:antwoord 0:3 1:-2 7:2 8:3
w:antwoorden 0:3 2:6 6:3
w:aparte 0:-3 4:4
w:april 0:6 1:-2 7:2
w:arbeidersgezin 0:-3 4:6
w:architecten 0:2
w:arts 0:-2 1:-4 3:4 4:1 5:3 7:1
w:augustus 8:2
w:autisme 0:-2 1:-2 4:6 5:3 8:-3
w:autist 4:7
w:autistisch 0:-2 1:-6 4:9
w:autistische 1:-1 4:5
w:auto's 0:-2 4:5 5:-1
w:automatisch 7:3
w:autotechniek 0:-2 4:1 8:2
w:avond 0:1
w:avonddiensten 3:-3 5:4
w:avonds 0:7 5:-3
w:avonturen 0:-5 8:6
w:b 0:13 1:-4 2:-1 5:-3 7:-5 8:15
w:baan 0:-13 1:19 2:-4 3:-7 4:12 6:-4 7:2 8:11
w:baangarantie 8:3
w:baantje 0:3 5:-3
w:baantjes 1:6 8:-3
w:baanzekerheid 0:-1 1:-3 4:-2 8:7
w:bakker 0:11 4:-2 5:-2 8:5
w:bakkerij 0:4 1:1 4:6 5:-2 7:-3 8:3
w:bakkers 0:1
w:balen 0:2
w:band 0:-1 5:2
w:banen 1:5 4:-2
w:bang 0:20 1:-9 3:2 7:-4 8:-2
w:bank 4:4 7:8 8:-2
w:basis 0:-4 1:7 2:-2 3:2 4:2 6:-2 7:-1 8:3
w:basisberoepsgerichte 0:-2 8:6
w:basisschool 3:2
w:basisvaardigheden 0:-2 1:7 2:-2
w:bbl 0:4 2:-2 6:-3 8:5
w:bbl'er 0:-9 1:1 2:4 4:8
w:bbl'ers 0:-2 1:-2 3:7 4:4 7:-3
w:bbl-baan 0:1 4:-1 5:3 7:-1
w:bbl-contract 7:1
w:bbl-groep 3:1
w:bbl-klas 0:-1 3:2
w:bbl-plek 0:-7 1:4 4:3 5:-1 8:3
w:bbl-plekken 1:3
w:bbl-route 0:-6 1:4 6:-2 8:9
w:bbl-student 1:-3 4:8 6:3
w:bbl-studenten 0:-1 3:2
w:bbl-traject 1:3 4:-4 5:2 8:6
w:bbl-werkplek 1:-2 4:-1 5:5
w:beantwoord 0:2 5:-2 6:6 8:-1
w:bed 0:-3 1:-1 5:15
w:bedacht 8:2
w:bedenk 7:6
w:bedenken 0:10 1:-5 3:8 4:-2 5:-3 8:-1
w:bedenkt 0:2
w:bedoeld 0:-2 1:-2 4:7 6:2 8:-3
w:bedoeling 0:1
w:bedrijf 0:8 2:-3 3:8 4:-2 5:-4 8:3
w:bedrijfsbezoek 0:3
w:bedrijfskunde 7:-2 8:5
w:bedrijven 0:3 1:6 3:-1 7:9
w:beeld 0:5 2:6 3:3 4:-3
w:beelddenker 1:-2 4:6 8:-2
w:been 1:2
w:beetje 0:-8 1:10 3:-2 5:10 7:5
w:begeleider 0:-2 1:-2 2:4 6:10
w:begeleiding 0:-7 1:8 4:-1 6:8 8:-2
w:begin 1:5 4:1 6:-1 8:11
w:beginnen 0:2 1:-4 2:3 4:13 6:-3 7:-3 8:5
w:begint 0:10 1:2 4:-3 5:3 8:3
w:begon 0:6 5:-3
w:begonnen 1:-4 4:6
w:begrepen 0:-2 1:2 7:3
w:begrijp 0:-4 5:5 7:3
w:begrijpelijk 0:1
w:begrijpen 0:2
w:begrijpt 0:2
w:begrip 0:-3 1:9 3:-2 4:2
w:behaald 0:11 1:-2 2:-1 6:5 7:-1
w:behaalde 0:4
w:behalve 0:-11 1:11 3:9 5:-2
w:behandeling 1:-3 4:-2 5:7
w:beheerst 1:10 3:-1 4:-1
w:behoorlijk 0:-1 1:2
w:behouden 0:3 4:-2
w:beide 0:3 8:1
w:beinvloeden 0:-3 5:5
w:beinvloedt 0:-4 5:7
w:bekeken 0:7 4:-1 6:1
w:bekend 2:2
w:bekende 0:3
w:bekijk 0:10 1:-4 2:2 4:-2
w:bekijken 0:7 1:2 2:-2 8:-3
w:bekijkt 2:1
w:bel 0:2 5:-2 6:-2 7:8 8:2
w:belandt 7:3
w:belangrijk 0:6 1:-3 2:-2 3:-2 7:1
w:belangrijker 4:2
w:belangrijkst 0:2 3:-1
w:belangrijkste 2:1
w:belangstelling 0:3
w:beleefd 1:-2 4:3
w:bellen 0:15 1:-3 5:-3 7:6
w:bemoeit 0:-5 5:6
w:ben 0:8 1:-4 2:-2 3:13 4:6 5:11 6:-6 8:-8
w:beneden 0:-2 2:4
w:benen 0:-6 3:3 8:5
w:benieuwd 0:20 2:-1 5:1 8:-6
w:benoem 0:-1 3:2
w:benoemen 0:3 1:3
w:bent 0:-24 1:20 2:-3 4:5 5:2 6:-6 7:-14 8:2
w:beoordeling 0:2 1:-2 2:5 3:-1
w:beoordelingen 0:-2 2:9
w:bepaald 0:-2 1:5
w:bepaalt 0:19 1:-4 2:2 3:-1 5:2 7:2 8:-3
w:bepalen 2:2 3:8 6:-2
w:beperkingen 1:6 4:-2 8:-2
w:beperkte 0:-5 1:11
w:bereid 0:4 1:-3 4:3 7:3
w:bereiden 0:9 1:-1 4:-2
w:bereik 0:-1 1:2 2:5 6:-1
w:bereiken 1:-2 3:4 5:-1
w:beroep 0:15 1:14 2:-7 3:-6 4:10 5:-6 7:-7 8:11
w:beroepen 0:29 1:9 2:-1 4:9 6:-3 8:-9
w:beroepenavond 0:-6 3:6
w:beroepeninteressetest 6:1
w:beroepenmarkt 0:2 1:-2 6:3 7:4
w:beroepenorientatie 0:-2 3:3
w:beroepentest 0:-1 1:-3 3:4 6:7 8:9
w:beroepsgerichte 0:-1 2:7
w:beroepskeuze 0:-11 1:16 2:3 3:-1 4:-1 5:7 7:1
w:beroepsorientatie 0:-3 2:-2 6:9
w:beschouwing 1:4 8:-1
w:beschrijf 0:9 7:-2
w:beschrijven 0:5 1:-3
w:beschut 0:-9 1:-4 4:16
w:besef 0:-8 1:3 3:-1 5:-3 7:19 8:-1
w:beslis 7:5 8:-1
w:beslissen 0:7 1:-2
w:beslissing 0:-3 7:10
w:beslissingen 0:2 4:-1
w:beslist 0:-1 5:1 7:13 8:-2
w:besloot 0:4 3:-1
w:besloten 0:-6 3:-2 7:-2 8:16
w:besluit 0:2 1:-4 7:13
w:bespreek 0:-15 1:6 2:7 3:2 5:2 6:-6 7:-10 8:-10
w:bespreken 0:9 1:-3 2:1 3:2 6:-1
w:besproken 8:3
w:best 0:7 1:8 4:20 7:-3 8:-3
w:bestaan 0:8 7:-1 8:-2
w:bestaat 0:8 1:-3 7:-1
w:beste 0:-8 1:-7 3:7 4:-7 5:-6 6:2 7:1 8:34
w:besteed 1:4 6:3
w:bestellingen 0:2 1:2 4:-2 8:-1
w:beta 0:-2 3:-1 4:7 8:-3
w:betaalt 0:-4 5:2 7:3 8:3
w:betalen 0:-2 1:-1 4:-2 5:16 7:1 8:-2
w:betavakken 1:2 2:1
w:betekenen 0:4 1:3 3:-2 6:-2 7:2 8:-3
w:betekenis 0:4
w:betekent 1:-13 2:7 4:-7 6:-7 7:7 8:-7
w:beter 0:-4 1:16 2:-2 3:12 4:16 7:-8 8:24
w:betere 0:-1 3:3 8:8
w:betoog 0:7 1:-1 2:-4 3:5 5:-3
w:betreft 0:-9 1:-1 8:18
w:bevalt 0:12 5:-3
w:beveiliging 0:-3 1:2 3:-2 4:8 5:3 6:-2 7:-2 8:7
w:bevestigingsmail 0:-2 5:-1 6:4
w:beviel 0:1
w:bewaakt 0:1
w:beweegt 0:-4 1:1 4:3
w:bewegen 0:7 1:2 4:2 8:-3
w:beweging 1:-4 4:5
w:bewijs 0:-5 2:-1 5:-1 6:10 7:4
w:bewijsstukken 6:4
w:bewijzen 0:-1 3:-3 4:5 6:2
w:bewoners 0:9 1:-4
w:bewust 0:8 2:1 5:-1 7:8 8:-2
w:bezig 0:17 1:-6 4:1
w:bezighoudt 0:4 1:-1
w:bezocht 1:-2 3:10 4:1 5:-1 6:10 8:-1
w:bezochte 0:-2 6:4
w:bezoek 0:6 3:-2 6:3 7:-1 8:-2
w:bezoeken 0:-4 1:2 3:-4 4:2 6:-1 8:14
w:bezoekt 0:-4 3:6
w:bieden 0:3 1:-2
w:biedt 0:-3 1:9 3:-3
w:bij 0:-3 1:2 2:4 4:6 5:6 6:-6 7:-16 8:-12
w:bijbaan 0:11 1:-6 2:-2 4:-3 5:4 6:2 7:-2 8:2
w:bijbaantje 1:-1 3:3
w:bijgebleven 0:10
w:bijhouden 0:2 1:-2 6:2
w:bijhoudt 1:2
w:bijna 0:-3 1:10 3:19 6:1 7:-3 8:-1
w:bijstand 0:-7 4:2 7:9
w:bijstellen 0:-2 1:4
w:bijsturen 0:11 1:-1 7:-6 8:-1
w:bijvoorbeeld 0:6 5:3 6:-1
w:bindend 2:4
w:binnen 0:6 1:-4 2:3 3:-3 4:-6 5:-8 6:10
w:binnenhalen 2:1
w:biologie 0:2 2:7 3:1 4:-2 5:-3 8:1
w:biomedische 8:3
w:bleef 0:13 5:-1
w:bleek 0:6 1:-3 8:-1
w:blij 0:14 2:-1 4:4 5:-1 7:4
w:blijf 0:-10 3:4 4:-2 5:-1 6:-1 7:12 8:18
w:blijft 0:-3 1:13 2:2 3:-4 4:-6 6:-4 7:5
w:blijkt 0:4 7:-2 8:6
w:blijven 0:-14 1:6 2:-5 4:4 7:-6 8:3
w:blik 0:6 1:-3
w:bloed 0:-4 2:1 4:18 7:1 8:-1
w:blok 0:2 1:2 2:1 5:-1 6:-1
w:blow 0:-5 1:-1 5:10 8:-1
w:boeide 0:3 7:-1
w:boeiend 0:4 2:-2
w:boeit 0:11 1:-4 5:-2
w:boek 0:-2 1:3
w:boeken 4:7 8:-2
w:boekhouden 0:4 5:-2
w:bol 1:-1 8:4
w:bol-opleiding 0:-2 5:2 8:2
w:boodschappen 0:-1 5:3
w:boos 0:8 5:-2 7:3 8:-2
w:boot 0:-5 7:6
w:bouw 0:-8 1:-4 4:22 5:5
w:bouwen 0:7 1:-3 2:3 4:3 8:-2
w:bouwkunde 1:3 4:-1
w:bouwopleiding 0:-1 8:3
w:bouwplaats 0:3 1:3 5:-3
w:bouwt 0:-1 3:2
w:boven 0:-7 1:5 2:13 3:-3 4:8 5:-2 7:1
w:bovenaan 3:2
w:bovenbouw 0:-2 1:1 2:3 5:-1
w:bpv 1:1 3:3 4:-2 5:6 8:-2
w:bpv-begeleider 0:5 6:-2
w:bpv-beoordeling 0:4 2:-1
w:bpv-logboek 6:4
w:bpv-periode 0:3
w:bpv-plek 0:2 1:-1 7:3
w:bpv-uren 0:-4 6:8 7:-1
w:bracht 0:2
w:brandweer 0:6 1:-2 5:-1
w:brede 0:2 8:1
w:breed 0:1
w:breedte 0:6 6:-3
w:breng 0:2 1:2
w:brengen 0:-2 1:3 3:-2 5:3
w:brengt 0:5
w:brief 0:1 7:4
w:broer 0:-7 1:-5 3:23 4:-2 6:1 7:-2 8:4
w:broers 3:3
w:broertje 0:-2 3:4
w:broertjes 0:-4 3:-2 5:11
w:brood 0:-4 7:-2 8:11
w:brug 1:5 4:-1 8:-2
w:brugklas 0:-2 2:3
w:brugklasser 0:2
w:brugklassers 0:5
w:bruikbaar 0:3 1:-1
w:buik 0:-1 1:-1 7:7 8:-1
w:buiten 0:19 2:-5 5:5 6:-1 7:2 8:-2
w:buitenland 1:-2 5:-2 7:-1 8:14
w:buitenwerk 0:-3 1:-3 4:9
w:bureau 0:-3 1:-1 4:-3 7:4 8:10
w:buren 0:5
w:buschauffeur 0:3
w:buurman 0:-7 3:8 5:-1
w:buurt 0:3 1:-1 4:5 5:-3 8:4
w:buurvrouw 0:3
w:c 0:-3 2:4 4:2 8:3
w:capaciteiten 0:-3 1:14 4:-2
w:centraal 1:5 2:2 3:-1 6:-3
w:certificaat 7:3
w:chaos 0:5 1:-1 5:-1
w:chaotisch 0:-6 1:17 4:-2 8:-2
w:chaotische 0:-1 1:7 4:-3 8:-2
w:check 0:-3 2:2 5:2 6:3
w:checken 0:-2 5:4
w:checklist 0:-6 6:12 7:2
w:christelijke 0:-3 4:4
w:cijfer 0:5 1:-4 2:26 5:-2
w:cijferlijst 0:-3 2:10
w:cijferoverzicht 0:-2 2:3
w:cijfers 0:-2 2:31 4:-1 5:-3 6:-2 7:1
w:cito-toets 1:-1 2:2
w:cohort 0:-5 3:8
w:collega 0:5 1:-1
w:collega's 0:6 1:6 4:-2 5:-2
w:colleges 0:3 5:-2
w:combineert 0:-2 5:6
w:combineren 1:-2 3:3 4:1
w:compensatiepunten 2:4
w:compenseer 0:-1 2:1
w:competenties 2:-2 3:1 5:1 6:11
w:compleet 0:-2 5:-4 6:18
w:compliment 0:6
w:computer 1:5 3:-6 4:2 5:2 8:-3
w:computers 0:-1 1:4 4:3 8:-4
w:concentratie 1:14 4:-3 5:3 6:-1
w:concentreren 0:-4 1:8
w:conclusie 0:-1 8:7
w:concreet 0:6
w:concrete 2:4
w:conditie 0:-3 5:9 6:-2
w:contact 0:13 3:2 4:-3 5:2 7:-1 8:-2
w:contacten 0:4 4:-2
w:contactgegevens 0:1
w:contract 0:2 1:-2 7:3
w:creatief 0:-2 1:7 4:4 7:-1 8:-2
w:creatieve 0:-4 1:-2 8:12
w:cultuur 0:-10 1:-1 4:13 5:-3 8:5
w:cursus 1:3 4:-1
w:cv 3:3 7:3
w:cv-ketel 0:1
w:daan 0:-4 3:12 6:-3
w:daar 0:5 1:-1 2:14 4:-3 5:11 6:-12 7:-20 8:37
w:daaraan 0:-4 1:-3 2:3 3:8 4:1 5:-1 7:2 8:-1
w:daarachter 0:5 1:-1
w:daarbij 0:5 1:2 2:-2 3:11 5:-2 8:-2
w:daarbinnen 0:-2 8:2
w:daarbuiten 0:4 5:-3
w:daardoor 0:-2 1:7 5:2
w:daarin 0:7 1:-1 3:-1 5:-1
w:daarmee 0:-4 1:-5 2:9 4:-1 5:10 7:3 8:1
w:daarna 0:5 1:2 2:-3 3:-2 4:-4 6:3 7:21 8:-6
w:daarnaar 0:-4 2:3 4:2
w:daarom 0:-7 1:7 4:8 7:2 8:-3
w:daaronder 0:-2 5:2 8:1
w:daarop 0:-4 1:13 3:-1 5:4 8:-1
w:daarover 0:4 1:-2 4:2
w:daartegen 0:1
w:daartegenaan 0:2 4:1 5:-2
w:daaruit 1:4 2:-1
w:daarvan 0:-14 2:-1 3:6 4:12 5:-2 8:4
w:daarvoor 0:5 8:2
w:dacht 0:11 1:-5 8:8
w:dag 0:26 1:15 2:-3 3:6 4:-5 5:-3 6:13 7:-9
w:dagbesteding 0:2 3:-2 4:7 8:-1
w:dagen 0:-3 1:-8 2:-4 3:9 4:-2 5:11 7:14 8:2
w:dagje 0:3
w:dan 0:-3 1:7 2:3 4:-4 5:-2 6:14 7:9 8:-7
w:danken 0:-5 1:-1 7:12
w:dapper 0:7 8:-5
w:dat 0:7 3:14 4:-3 5:-6 7:10 8:24
w:datum 0:1 1:-2 2:-1 3:-1 8:5
w:de 0:2 1:-19 2:-6 3:14 4:-10 5:-1 7:3 8:11
w:deadline 0:4 1:-3 2:-2 3:-1 4:-2 7:12
w:decaan 0:6 2:1 3:-1 4:-2 6:8 7:-2 8:12
w:decanen 0:2 5:-1
w:deden 0:6 1:-2 4:-1
w:deed 0:18 1:-4 2:1 3:14 5:-4 6:1
w:deel 0:10 2:-2 3:-1 7:3
w:deelname 0:-8 5:-1 6:11
w:deelnemer 1:-1 3:2 7:3
w:defensie 0:-5 4:5 5:-1 8:8
w:definitieve 0:-4 7:7 8:-2
w:degene 0:-3 3:1 7:4
w:delen 0:2 5:5 7:-1
w:delft 0:3 1:-1 4:-1
w:denk 1:-2 3:8 4:16 5:-12 6:-6 7:26 8:-8
w:denken 0:-8 1:-4 2:2 3:-2 4:6 5:9 7:-4 8:15
w:denker 0:-9 1:16 4:-1 7:-2 8:-1
w:denkers 1:-3 4:6
w:denkt 0:11 1:5 2:2 3:3 5:-5 8:-4
w:denkvermogen 1:2
w:depressie 0:-6 1:-2 5:14
w:depressief 0:-3 5:7
w:derde 0:-4 1:-1 3:4 5:4 7:1
w:destijds 0:-2 3:3
w:detailhandel 0:-5 1:8 3:1 5:-2 8:5
w:deur 0:3 1:-2 3:1 5:6 7:6
w:deuren 1:-2 2:3 6:-1 8:11
w:deze 0:10 1:-7 3:10 5:-12 6:16 7:13 8:-11
w:dezelfde 3:2 7:-4 8:8
w:diagnose 0:-6 1:-1 5:18 6:-2
w:dicht 0:-5 1:-1 2:4 3:-1 4:1 5:-5 6:1 8:2
w:dichtbij 0:5 5:-3 8:4
w:dichten 0:-2 1:1 2:5
w:dichterbij 0:9 1:-4
w:dichtgaat 0:-2 5:-2 7:6
w:die 0:11 2:15 3:20 4:-17 5:-6 6:-7 7:-2 8:20
w:dienst 0:1
w:diensten 1:3 3:3 4:-2 5:3
w:diep 0:-3 1:-1 4:-2 5:11 6:2
w:dieren 0:2 1:7 4:4 5:-4 8:-6
w:dierenarts 0:3 2:2 3:-1 4:-2 5:-2 8:8
w:dierenkliniek 2:1
w:dierenzorg 0:3 8:-2
w:dierverzorging 7:-2 8:3
w:dietist 0:2 1:-3 5:3
w:digitale 1:1 5:-1 6:3
w:ding 0:3 1:8 2:3 4:-2 7:-3
w:dingen 0:7 1:20 2:3 3:-4 5:7 6:-2 7:-3
w:dinsdag 0:3 7:1 8:-1
w:diploma 0:5 1:-4 2:6 3:-1 5:-6 6:-4 7:8 8:4
w:direct 1:-1 5:2 7:-1 8:3
w:discipline 1:13 8:-4
w:discussie 1:-1 7:-4 8:7
w:dit 0:4 1:-10 2:13 3:-5 4:-2 6:21 7:10 8:-6
w:docent 0:7 2:-2
w:docenten 0:6
w:docententeam 0:-1 8:5
w:dochter 1:11 2:2 4:-1 8:-3
w:doe 0:-10 1:-2 3:4 6:6 7:-3 8:21
w:doel 0:1 1:3 2:4
w:doen 0:-11 2:2 5:-1 6:-3 7:3 8:9
w:doener 0:-3 3:4 4:-1 8:4
w:doeners 0:-2 1:2 4:6 7:-1
w:doet 0:23 1:-7 2:2 3:6 4:-2 6:-2 7:-1 8:6
w:dokter 3:-3 4:2 5:10
w:donderdag 0:-4 6:-3 7:10
w:door 0:19 1:-13 3:-3 4:-3 5:4 6:19 7:5 8:-2
w:doordeweeks 0:-3 5:6
w:doordeweekse 1:-1 5:3
w:doorgaans 0:-3 4:9 8:-3
w:doorgaat 0:3 1:-1 7:4 8:-1
w:doorgeeft 0:-1 3:3
w:doorgegeven 0:5 3:4 4:-1
w:doorgeven 0:-2 6:1 7:2 8:2
w:doorheen 0:-1 6:4
w:doorleren 0:-2 1:-3 4:4 5:3 8:3
w:doorlopen 0:-2 2:4 6:5 8:-1
w:doornemen 0:-1 2:4 5:-1 6:-1
w:doorpakt 0:-2 7:5
w:doorslag 0:3
w:doorstromen 0:-3 3:3 4:-3 7:-3 8:8
w:doorstroom 2:2 7:3 8:-3
w:doorstroomt 3:2
w:doorstuderen 0:3
w:doorvragen 0:2 1:6
w:doorzetten 1:-2 3:3
w:doorzetter 0:-3 1:9 2:13 5:1 6:2 8:-3
w:doorzettingsvermogen 0:-1 1:10 2:-1
w:dorp 1:-2 4:6 8:-1
w:dossier 0:-6 1:4 3:-1 4:1 5:-2 6:19 7:2 8:-1
w:draad 0:-2 1:9 4:-2
w:draag 0:-2 5:3
w:draagt 0:-4 1:-5 4:7 7:3
w:draaien 0:3 1:-3 3:2
w:draait 0:-2 2:6 5:2
w:dragen 0:2
w:drama 3:1
w:drie 0:-7 2:9 3:2 4:-9 5:-14 6:11 8:-10
w:driegesprek 0:5 3:-2 5:2 6:6
w:driehoeksgesprek 5:2
w:drijft 0:8 1:-2 5:-1
w:dringend 0:-4 8:5
w:dringt 7:2
w:drink 0:-5 5:9
w:drinkt 0:-8 5:11
w:dromen 0:-6 1:4 4:4 7:-1 8:5
w:droom 0:-3 7:3 8:12
w:droombaan 0:3 1:-2 6:5 7:-2
w:droomberoep 0:2 1:-3 7:2
w:droomopleiding 0:6 1:-1 2:-1
w:droomstudie 0:-3 7:1 8:3
w:droomt 0:2
w:druk 0:10 1:-1 4:3 5:-5 7:2
w:drukke 1:-2 4:3
w:drukte 1:2 8:-1
w:duidelijk 0:-11 1:3 2:9 3:-1 4:-4 7:12 8:4
w:duidelijke 3:3
w:duidelijker 0:2
w:duiken 0:4
w:duits 0:-1 1:4 2:14 4:-1 5:-2 6:3
w:duitsland 0:1
w:duo 0:3
w:dure 0:-1 5:2
w:durf 0:9 3:-1
w:durfde 0:6 1:-2
w:durft 0:9 1:2 7:-4 8:-2
w:durven 0:5 1:-1
w:dus 0:-37 1:31 2:-2 3:3 4:32 5:-13 6:-2 7:12
w:duurt 1:5 6:3 7:-1 8:-3
w:dyslect 0:-3 1:-6 4:15 7:-2 8:-2
w:dyslectisch 1:-3 4:4
w:dyslexie 1:-7 4:15 5:-3 8:-1
w:e 7:5 8:2
w:echt 0:13 1:10 2:-7 3:-10 5:-9 6:-8 7:18 8:4
w:echte 1:-12 4:29 8:-4
w:economie 0:-2 2:9 3:-6 4:2 5:-5 6:1 7:-6 8:6
w:economische 0:-2 1:1 2:5 4:-4 8:4
w:een 0:29 1:6 2:15 3:-5 4:21 5:-4 6:-7 8:-6
w:eenmaal 0:-10 1:9 3:-5 4:14 8:-2
w:eens 0:21 1:-4 2:1 3:22 5:-5 6:-10 7:-12 8:4
w:eentje 0:-3 6:11 7:-3
w:eenvoudig 0:-14 1:7 4:9
w:eenvoudige 1:2
w:eenvoudigs 1:2
w:eerder 0:-7 1:-1 3:3 4:4 7:-1 8:10
w:eerdere 0:2
w:eerlijk 1:10 2:-1 3:6 4:-11 5:-6 6:-2 7:3 8:11
w:eerlijke 0:9 3:-2
w:eerst 1:6 2:-1 3:-8 4:2 5:2 6:-3 7:-5 8:8
w:eerste 0:21 1:-7 2:7 3:-5 4:-4 5:-6 7:4 8:4
w:eerstegeneratiestudent 0:-5 4:8
w:eerstegeneratiestudenten 0:9
w:eerstejaars 3:5
w:eersten 0:5 4:-3
w:eet 0:-13 5:35 6:1
w:eetpatroon 0:-3 3:-1 5:8
w:eeuwig 0:-2 7:2
w:eigen 0:41 3:-4 4:7 5:-2 6:-2 7:-2 8:1
w:eigenlijk 0:-18 1:14 2:-4 4:6 5:11 6:-3 8:6
w:eind 1:-3 2:-1 5:3 7:5
w:eindcijfer 0:-4 1:-1 2:9
w:einde 0:-2 7:5
w:eindelijk 0:-11 1:11 5:-4 7:8
w:eindeloos 0:5 1:-1 7:2
w:eindexamen 0:2 2:-1
w:eindig 7:3
w:eindigen 0:-7 2:5 7:7
w:eindigt 7:3
w:eindlijst 0:-5 2:11 5:-2
w:eindpunt 0:4 1:-1
w:eis 6:2
w:elektricien 0:-3 3:10 4:-2
w:elk 0:5 1:11 2:5 4:-5 5:-2 6:5 7:-2
w:elkaar 0:16 1:-3 2:-3 3:-2 5:5 6:3
w:elkaars 0:-4 3:8
w:elke 0:4 1:-1 3:-3 4:-5 6:14 7:7 8:-4
w:en 0:25 1:-19 2:9 4:-34 5:13 6:-5 7:7 8:-5
w:ene 0:1
w:energie 0:21 1:-3 2:-3 3:-2 4:7 5:2 8:-2
w:eng 0:3 1:2 7:1 8:-4
w:engels 0:-5 1:18 2:8 3:1 5:-3 8:-2
w:engelse 0:2
w:enige 0:-12 1:-7 3:22 4:-3 5:-2 6:2 8:8
w:enkele 1:5 3:-2
w:enthousiasme 0:1
w:enthousiast 0:5 2:1 3:2 4:-1 5:-1 8:-2
w:entree 1:-2 8:6
w:entreeopleiding 0:-2 3:-2 4:2 8:6
w:er 0:10 1:2 2:-2 3:-8 4:-20 5:25 6:13 8:-2
w:eraan 3:-2 4:-1 6:-2 7:8 8:-4
w:erachter 0:2
w:erbij 0:4 5:1 6:4 8:-2
w:erg 0:2 1:2 3:13 4:-1 5:6 7:-5 8:-1
w:ergens 0:9 1:9 3:-3 4:-2 5:4 7:-4
w:ergste 0:-2 1:7 2:-2
w:erin 0:7 1:-3 3:-1
w:ermee 0:2 1:8 2:-1 8:-2
w:erna 0:3
w:ernaar 0:3 7:9 8:-4
w:erom 0:-2 1:-2 6:6 7:8 8:-4
w:eronder 0:-2 2:4 3:-2 6:2
w:erop 0:-1 2:4 5:-2 7:8
w:erover 0:6 5:1
w:eruit 0:-5 1:8 5:5 7:12
w:eruitzien 0:6 1:-2
w:eruitziet 0:6 8:-1
w:ervan 2:2 7:8 8:12
w:ervaren 0:6 2:-1
w:ervaring 0:21 1:2 4:-1 7:-7 8:-3
w:ervaringen 0:2
w:ervoor 0:8 1:-3 2:5 5:-6 6:1 7:5 8:-5
w:eten 0:2 1:-3 4:-1 5:12 6:-2
w:even 0:-10 1:-3 2:-3 3:8 5:13 6:31 7:-7 8:9
w:exacte 0:-1 2:1 4:3 8:-2
w:examen 0:2 1:-5 2:5 4:-1 5:-2 8:8
w:examencommissie 0:-1 6:1 7:3 8:-1
w:examenjaar 0:1 2:3
w:examenklas 0:-2 7:4
w:examens 0:-3 2:4 5:1
w:excursie 0:2 3:-3 7:7
w:extra 0:-17 1:13 2:5 4:-2 6:-2 8:2
w:f 0:-3 1:3 2:9 6:-2 8:-1
w:faalangst 0:1 1:2 8:-1
w:fabriek 0:2
w:falen 0:13 1:-1 7:-2 8:-5
w:familie 0:9 1:-1 2:-2 4:1 5:7
w:familieband 0:-1 4:7 5:-4
w:families 0:-2 4:7 5:-1
w:favoriete 0:7 8:-1
w:februari 0:3 2:-2 6:-1 7:3
w:feedback 0:7 1:1 3:-2
w:feit 0:-2 1:11 5:-2
w:feiten 0:3 1:-3
w:ff 0:-2 6:6 7:-1
w:fietst 0:8 1:-2 5:1
w:fijn 0:-7 1:5 3:6 4:-2 5:2 8:-2
w:fijnst 0:2 1:-1 4:3
w:filmpje 0:5
w:filmpjes 0:2
w:filosofie 0:2 1:-1 8:2
w:financieel 5:7
w:financiele 0:-4 5:7
w:fixus 0:7 7:1
w:flexibel 1:-3 4:6
w:flink 0:-2 1:-3 2:1 3:9 5:6 7:5
w:flinke 0:-3 1:6
w:fluiten 0:-4 7:7
w:formulier 0:6 6:4 8:-3
w:foto 0:-4 6:9 7:-2
w:foto's 0:2
w:fout 0:-9 1:3 2:4 4:2 5:-2 6:-2 7:-1 8:2
w:foute 0:-3 3:-1 4:2 7:3
w:fouten 0:1
w:frans 1:4 2:5 3:-2 4:-2 5:-1
w:fulltime 0:-3 5:6
w:functie 1:9 4:2 7:-2 8:-1
w:fysiotherapeut 0:-3 5:3
w:g 0:-2 5:-2 8:10
w:ga 0:-19 1:13 2:3 3:-3 4:3 5:-10 6:-1 8:20
w:gaan 0:-9 1:4 2:-1 3:-12 4:5 6:1 7:1 8:-6
w:gaapt 0:-3 5:5
w:gaat 0:-14 2:12 3:4 4:-8 5:22 6:-9 7:-2 8:14
w:gaf 0:26 1:-1 2:-4
w:game-ontwikkelaar 8:2
w:gamen 0:-7 2:-2 5:14 8:8
w:games 0:2
w:gang 8:5
w:gapen 1:-1 5:2
w:garage 0:3 3:3 8:-2
w:gast 0:3 4:2
w:gastles 0:3 3:-1
w:gastspreker 1:5 3:-2
w:gat 0:-4 1:1 2:10 5:-1 7:3 8:-1
w:gaven 0:1
w:gebeld 0:7 8:-1
w:gebeurde 0:3 5:-1
w:gebeuren 1:-2 2:8 5:-2
w:gebeurt 0:-2 1:-2 4:-1 5:2 7:14
w:gebracht 0:4 3:-2
w:gebrek 0:-4 1:16 2:-2 5:-2
w:gebrekkig 1:4
w:gebrekkige 1:9 4:-2
w:gebruik 0:-3 1:-1 2:-2 5:12 6:2
w:gebruiken 0:4 1:-5 2:3 5:2
w:gebruikt 1:-1 5:8
w:gedaan 0:-3 1:-2 3:12 5:-4 6:15 8:7
w:gedacht 0:-2 4:10 5:-1 8:-1
w:gedachte 0:5 2:-1
w:gedachten 0:9 1:-2 2:-7 5:4
w:gedeeld 0:4
w:gedoe 0:-3 4:3 6:2 8:2
w:geduld 1:1 8:3
w:geduldig 0:6
w:geef 0:3 1:12 2:-3 3:-1 5:-1 7:8
w:geeft 0:12 3:-2 4:-1 7:-4 8:7
w:geen 0:-4 1:22 3:14 4:19 6:-8 7:39
w:gefeliciteerd 0:10
w:gegaan 0:3 3:2
w:gegrepen 0:-5 1:6 8:8
w:gehaald 0:-5 1:-2 2:13 3:4 5:-2 6:-1
w:gehad 0:1 6:8 7:-2
w:geheugen 0:-3 1:12
w:geholpen 0:9 1:-2 3:-2
w:gehoopt 0:4
w:gekeken 0:-2 4:6 6:2
w:geknipt 0:-3 1:-2 4:4 7:-1 8:5
w:gekomen 1:4 5:-2
w:gekozen 0:-3 1:-6 3:3 4:-3 5:-2 6:4 7:19 8:3
w:geld 0:9 1:-7 2:-3 4:3 5:5 6:-3 7:4 8:-4
w:geldt 0:3 4:4 6:3 7:-1 8:-2
w:geldzorgen 0:-4 5:7
w:geleden 0:5 1:-3 3:-1
w:geleerd 0:21 1:8 3:-7 5:-3 6:-2
w:gelegd 0:-2 3:5
w:gelijk 5:-2 8:8
w:geloof 0:-6 4:10 5:-4 8:7
w:gelooft 0:6 1:-3 3:-2
w:gelovige 3:-1 4:4 8:-3
w:gelukkig 1:6
w:gelukt 0:-3 1:6
w:gemaakt 0:7 1:-2 3:-2 4:3 5:-3 6:7 7:-2 8:3
w:gemaild 6:2 7:-1
w:gemak 1:-1 3:2
w:gemengde 0:2 2:3 8:2
w:gemerkt 0:3 5:-2
w:gemiddeld 0:6 2:4 5:6 6:-1
w:gemiddelde 0:-14 1:-2 2:30 3:12 5:-1
w:gemiddelden 0:2
w:gemiste 0:-2 7:14
w:gemotiveerd 0:-1 1:-1 3:4
w:geneeskunde 0:-3 5:-2 7:8 8:11
w:genoeg 0:-14 1:6 2:8 3:-2 4:-3 5:19 6:3 7:-8
w:genoegen 8:7
w:genomen 0:3 4:7 7:-2 8:-2
w:geparafeerd 6:4
w:gepland 0:2
w:gepraat 0:3 1:-2
w:geprobeerd 0:2
w:gereedschap 1:7 3:-1 4:-1
w:geregeld 1:-2 4:-1 5:1 6:-2 7:-3 8:13
w:geregistreerd 0:-2 3:-2 6:11 7:-2
w:gerust 0:17 1:1 5:8 6:-3 7:-5 8:-3
w:gescheiden 0:-3 5:4
w:geschiedenis 0:4 1:-3 2:2 4:-1 7:3 8:2
w:geschikt 0:-7 4:-4 5:4 8:15
w:geslaagd 0:10 1:-1 5:-1
w:geslagen 0:-2 5:4
w:gesprek 0:23 5:-3 6:15 7:9 8:-5
w:gesprekken 0:3 1:-1 2:-1 5:2 6:2 7:-2
w:gespreksverslag 0:-3 1:4 6:5
w:gesproken 3:2 6:6 8:-5
w:gesteld 1:7 3:-2
w:gesteund 0:2
w:gestopt 0:6 1:-3 5:3
w:gestudeerd 0:-2 1:-1 4:10
w:getallen 0:-3 1:1 2:4
w:getekend 0:-3 5:-2 6:7
w:getrokken 2:1
w:geupload 5:-2 6:6
w:gevaar 0:-2 5:4 7:9
w:geval 0:3 1:-1
w:geven 0:-1 1:9 2:1 6:2 8:4
w:gevoel 0:14 1:2 5:-3
w:gevoerd 5:-4 6:7
w:gevolgen 0:-1 1:-1 5:8 7:7 8:-2
w:gevonden 0:-10 1:6 3:7 4:-1
w:gevraagd 0:4 1:2 5:-1
w:gevuld 0:-2 3:2 6:18
w:geweest 0:-1 1:3 3:-2 5:10
w:gewend 0:20 4:4 5:-4 8:1
w:gewenste 0:-2 1:-1 7:-1 8:6
w:gewerkt 0:2 5:1
w:gewicht 0:-4 5:12 6:-2
w:gewisseld 0:-8 1:11 3:-2
w:gewone 0:8 4:5 6:-2 8:-1
w:gewoon 0:6 1:6 2:-4 3:-7 4:2 5:-11 8:22
w:geworden 0:2 1:-3 3:13 4:-3 5:-3 8:-2
w:gezakt 0:-1 2:6 5:-3
w:gezegd 2:1 3:8 4:-7 5:-2 6:1 8:15
w:gezet 0:2 6:6 8:-1
w:gezien 0:-10 1:17 2:-2 3:3 5:4 6:3 8:-2
w:gezin 0:-7 1:-6 3:-2 4:14 5:19 6:-3
w:gezinnen 0:-1 1:-1 4:5
w:gezocht 0:6 8:-2
w:gezond 0:5 4:-2 5:3
w:gezonde 0:2 5:1
w:gezondheid 0:-2 1:-2 2:1 4:-2 5:16 8:4
w:gezondheidszorg 0:5 1:-1 5:-1
w:ging 0:16 1:-7 3:11 4:-4 6:3 7:-1
w:gl 1:6 2:2 7:-3
w:goed 0:8 1:-4 2:4 4:8 5:-12 6:-14 8:3
w:goede 0:4 1:1 3:-2 5:-2 6:-2 7:3
w:gok 0:2
w:goudvis 1:5 4:-3 5:-1
w:graag 0:38 1:-6 2:-1 4:9 5:10 6:6 7:-5 8:-4
w:grafieken 0:4 2:-3
w:grens 0:-1 1:1 2:4
w:grijpen 0:-3 1:-3 4:9
w:groei 0:1
w:groeien 0:-5 5:6
w:groeit 0:9 1:-1
w:groen 0:-4 3:-4 4:5 6:11
w:groenvoorziening 0:-2 1:7 3:-3 8:4
w:groep 1:1 3:33 4:-5 5:-3 7:6 8:-6
w:groepje 0:-2 3:7
w:groepsgemiddelde 0:-1 1:-2 2:-2 3:8
w:groepsgenoten 1:-3 3:5
w:groepsopdracht 0:3
w:groepsproject 0:5 3:-3
w:groepswerk 0:-2 1:3
w:grond 0:-3 8:5
w:groningen 1:-2 8:4
w:groot 0:-4 1:-4 2:2 3:6 5:-3 8:2
w:grootste 0:3 1:2 3:-2
w:grote 0:4 1:-5 4:6
w:grotendeels 0:-2 1:2
w:gymnasiasten 0:-2 4:6 8:-1
w:haak 0:-3 1:7 3:-1 4:-2
w:haakt 0:-5 7:12
w:haal 0:-15 1:1 2:14 4:-1 5:-2 7:8
w:haalbaar 0:-2 1:9 4:2 5:11 8:5
w:haalbaars 0:-2 1:-3 7:5 8:5
w:haalbare 1:1
w:haalde 1:-2 2:-2 3:4
w:haalt 0:2 2:18 5:9 7:5 8:-3
w:haar 0:-5 1:11 3:24 4:-1 5:12 7:-3
w:haast 0:-2 7:4
w:haat 0:-4 7:5
w:had 0:15 1:-9 2:12 3:11 5:-2 8:2
w:hadden 0:2 3:4 5:-3 6:2
w:hakken 0:3 5:-2 6:-1 7:5
w:halen 0:-16 2:17 3:3 4:-3 5:-3 7:-4
w:half 0:-3 2:2 3:2 4:4
w:halfjaar 6:1
w:halve 0:2 8:-1
w:halverwege 0:6 8:-1
w:han 0:3 3:-2
w:hand 0:2 1:-7 2:-1 3:13 4:16 7:-2 8:-2
w:handel 4:10
w:handen 0:-3 2:-3 3:-7 4:13 5:-4 7:10 8:10
w:handig 0:-3 1:-4 2:5 3:-1 4:6 5:2 8:3
w:handiger 0:-2 1:3 3:1 4:-2
w:handigheid 0:-1 1:1 4:-1 8:7
w:handschrift 0:-2 1:5
w:handtekening 0:-1 5:-2 6:7 7:3 8:-2
w:handtekeningen 0:-2 6:10
w:handwerk 0:-2 1:5 4:-1
w:hangen 0:4 1:-2 3:5 5:-1
w:hangt 1:-2 2:4 7:2
w:hard 0:8 5:-1 7:6 8:-8
w:harder 0:-7 3:3 8:2
w:hardop 0:4
w:haven 0:2 3:1
w:havist 0:-5 1:-1 3:3 4:15
w:havisten 0:-3 4:15 6:1 7:2
w:havo 0:7 2:-2 3:9 4:4 5:-6 6:-6 7:-6 8:26
w:hbo 0:13 1:-5 4:24 5:-1 6:-3 7:-6 8:10
w:hbo-opleiding 1:-2 3:3 4:-7 8:8
w:hbo-opleidingen 0:1
w:hbo-studie 1:4
w:he 1:6 2:3 3:-3 5:7 8:1
w:heb 0:-2 1:-8 2:-1 4:13 5:10 6:24 7:-4 8:19
w:hebben 0:-4 1:-9 3:13 4:7 5:2 6:8 7:-9
w:hebt 1:9 2:4 3:-4 4:-7 5:-1 6:8 7:16 8:-13
w:heeft 0:-16 1:-4 2:-6 3:12 4:-12 5:17 7:5 8:5
w:heel 0:2 1:2 2:-1 4:6 5:-5 6:-4 8:-8
w:heen 0:12 1:-4 3:9 7:-3
w:helder 0:3 8:1
w:hele 0:-1 1:1 3:10 4:-2 5:4 6:-4 7:8 8:-1
w:helemaal 0:16 1:2 3:-4 4:1 5:-2 7:-3 8:-4
w:helft 0:-4 1:4 3:7
w:help 0:2
w:helpen 0:13 1:7 3:-3 4:-2 5:-3 7:-2
w:helpt 0:15 1:-2 5:9 6:1
w:hem 0:-2 1:13 2:-2 3:3 4:8 5:-8 6:-2 8:13
w:hen 0:-3 3:11 5:2 8:-2
w:herfstvakantie 0:-3 2:3 6:3 7:4
w:herintreder 0:-1 1:-3 4:7
w:herkansen 0:-2 2:4
w:herkansing 0:-4 1:-1 2:11
w:herken 0:9 1:6 2:-4 3:-2 4:6 5:-3 8:-2
w:het 0:3 1:-3 2:-4 3:5 4:-6 6:17 7:-4 8:3
w:hetzelfde 0:1 3:3 7:-1 8:-1
w:hield 0:3 5:-2
w:hielp 0:14 1:-1 8:-2
w:hier 0:15 1:-6 3:5 5:6 6:3 7:-4
w:hieronder 0:-2 1:-2 6:7
w:hij 0:-29 1:12 3:5 4:-18 5:-6 6:-15
w:hobby 6:-1 7:-1 8:10
w:hoe 0:24 1:4 2:19 4:-17 5:9 6:-26 7:-8 8:-27
w:hoef 0:3 1:2 6:2 8:3
w:hoeft 0:18 1:-3 3:-3 5:-3 6:6 7:-5
w:hoeveel 0:-9 1:-5 2:25 3:3 4:-1 5:4 6:15 7:-2
w:hoeven 1:1 6:4 7:-2
w:hoge 0:-1 2:-1 4:5
w:hoger 0:-8 1:-1 2:13 3:3 4:-3 8:4
w:hogere 2:1
w:hogeschool 2:2 4:5
w:hoofd 0:3 1:7 6:-2 8:13
w:hoofddoek 0:-7 1:-6 4:15
w:hoog 0:-5 2:3 3:1 4:9 5:-2 8:9
w:hoogste 0:3 2:-2
w:hoogvlieger 0:-2 1:11 4:-3 8:-3
w:hoop 7:3 8:1
w:hoopt 0:4
w:hoopte 0:2
w:hoor 0:13 1:13 3:7 5:-9 6:-1 7:3 8:-1
w:hoorde 0:8 1:-5 2:-1 5:12 8:-3
w:hoort 0:-10 1:-4 3:3 4:5 5:13 6:-3 7:-6 8:15
w:hopeloos 0:-3 1:3
w:hopen 0:3 3:-1
w:horeca 0:-6 1:17 4:14 5:-2 7:-1 8:-4
w:horen 0:10 1:-2 3:-6 4:14 7:6 8:-5
w:hou 0:-2 4:4 7:-2 8:2
w:houd 0:-5 4:10 5:4 7:-2 8:10
w:houden 0:-8 2:2 3:-6 4:2 5:2 6:2 7:-6 8:-2
w:houding 1:10 4:2 5:-1 6:-3 7:2
w:houdt 0:-3 1:9 2:-3 3:7 7:10 8:-1
w:houvast 1:3
w:huidige 0:1 1:-3 7:-2 8:6
w:huis 0:9 1:-1 7:6
w:huisarts 0:-5 3:-1 5:10
w:huiswerk 0:-2 4:-1 5:3
w:hulp 0:8 1:2 3:2 4:-2 5:2 6:-2 7:-3
w:hulpmiddel 0:4 8:-2
w:hun 0:6 1:-3 2:3 3:23 4:9 5:-5 8:-3
w:huur 0:-3 5:9
w:ict 0:6 1:-4 3:-4 4:8 5:2 6:-2 7:-3 8:7
w:ideaal 0:-4 4:5
w:ideale 0:5
w:idee 0:13 1:5 4:-6 5:-3 6:-1 7:-5 8:7
w:ideeen 0:10 4:5 8:-4
w:iedere 1:1
w:iedereen 0:9 3:12 4:-6 6:3 7:12 8:-2
w:iemand 0:12 1:8 2:4 3:-9 4:-7 6:-5 7:-3
w:iets 0:16 1:11 2:-3 3:2 4:13 5:-5 7:-15 8:-2
w:ig 0:-1 8:2
w:ik 0:-1 1:-6 4:-1 5:23 6:28 7:31 8:63
w:in 0:14 1:-5 2:-13 3:-6 4:2 5:2 6:1 7:-13
w:indirecte 0:4
w:indruk 0:7 8:-1
w:ineens 0:2 5:-1
w:informatica 0:-3 1:-5 3:2 4:4 5:1 7:5
w:informatie 0:15 1:-1 3:1 4:1 7:-1
w:ingedeeld 7:4
w:ingeleverd 0:-6 3:-2 6:8 7:7
w:ingeloot 0:10 1:-3 7:-2
w:ingenieur 3:11 8:-3
w:ingenieurs 0:-6 5:3
w:ingeschreven 0:-1 1:-2 3:4 6:-2 7:4
w:ingevuld 0:-4 6:5 7:6
w:ingewerkt 0:-2 3:2
w:inhalen 0:-2 1:-2 2:3 3:6 5:-1
w:inhoud 6:2
w:initiatief 0:-7 1:16 3:-2 5:-1
w:inleveren 0:-5 1:-3 3:2 5:3 6:4 7:1
w:inmiddels 2:-4 5:-4 6:10
w:inschrijving 0:-2 3:-3 5:-1 6:-1 7:13
w:inspectie 0:-3 6:12
w:installatietechniek 0:-2 1:5 8:-1
w:instroomt 0:3 3:-1 7:-1
w:instructies 0:-5 1:9 4:-2
w:intake 0:-3 7:5
w:interessant 0:8 1:-3 4:-1 5:-1
w:interessantst 0:4 2:-4
w:interesse 4:-2 5:4
w:interesseert 0:5 1:-2 5:-1
w:interesses 0:10 3:-1 6:2 8:-8
w:interessetest 0:-7 2:-1 3:7 6:4 8:5
w:interieur 0:2 2:2
w:internationale 1:9 8:-1
w:interview 0:6 3:-1
w:interviewen 0:3
w:intrigeert 0:1
w:invloed 0:-5 3:-1 5:14 6:-1
w:invullen 6:4 8:2
w:invult 0:-4 6:11 8:-5
w:inzet 0:-2 1:10 2:-2 3:2 8:-2
w:inzetten 0:5 5:-3
w:inzicht 1:5
w:is 0:-9 1:15 2:-8 3:-14 5:10 6:23 7:-4 8:20
w:isk 4:1
w:isk-leerling 1:-1 3:1 4:3 8:-1
w:isk-leerlingen 0:-1 3:4 4:-2
w:ja 0:-5 2:2 5:-2 6:5
w:jaar 0:1 1:-5 3:9 4:-15 5:-11 6:3 7:18
w:jaargenoten 0:-2 1:-1 3:8 8:-2
w:jaarlaag 0:-3 1:-1 2:3 3:5
w:jammer 1:4 8:-2
w:januari 6:-1 7:9 8:-5
w:jaren 0:-3 1:2 7:5
w:jarenlang 0:-1 7:2
w:je 0:-3 1:-26 3:-14 4:-27 5:18 6:9 7:10 8:6
w:jeugdzorg 5:9 6:-6
w:jezelf 0:4 1:7 2:1 3:-4 4:2 6:-4 7:-4 8:-1
w:jij 1:12 2:-10 3:59 4:20 5:-15 6:-23 7:-6 8:11
w:jongen 0:-5 4:9 5:-1
w:jongens 1:-6 3:-8 4:30 5:-1 7:2 8:-5
w:jongere 0:1
w:jongeren 0:-4 3:6 7:1
w:jou 1:8 2:-17 3:12 4:2 5:-18 6:-16 7:-14 8:14
w:journalisten 0:3 4:-2
w:jouw 0:-20 1:11 3:20 4:3 5:-6 6:-12 7:-6 8:2
w:jouwe 0:2 3:1 4:2 6:-1
w:juist 0:25 1:-2 3:-2 4:-2 5:-2
w:juiste 1:-1 3:-2 7:-3 8:11
w:jullie 0:-8 1:-7 3:11 4:7 5:22 6:2 7:-3 8:-7
w:juni 0:-3 2:6 7:3 8:-2
w:kaart 1:2 2:1
w:kader 0:-2 3:4
w:kaderberoepsgerichte 0:-5 1:4 3:-2 4:4 8:3
w:kaderleerling 1:-2 4:5 8:-1
w:kaderleerlingen 1:-4 4:5
w:kaderroute 8:3
w:kamer 0:-3 5:4
w:kamers 0:1 4:-1 5:4
w:kan 0:18 1:14 2:-3 4:-9 6:17 7:-3 8:-11
w:kans 0:-5 1:-4 6:-2 7:27
w:kansen 0:1 1:-2 2:1 3:-1 5:-2 7:10 8:2
w:kant 0:17 1:4 3:-1 6:1 7:-2 8:12
w:kanten 0:15 1:-2 3:-2 7:-2 8:3
w:kantoor 0:8 1:-5 5:8 8:-4
w:kantoorbaan 0:-13 1:6 3:2 4:5 5:-1 7:-4 8:7
w:kantoorfunctie 1:1 4:-1
w:kantoorwerk 0:-6 1:6 4:5 5:-2 8:-2
w:kapper 0:3 1:-2 7:-1 8:5
w:kappersopleiding 0:-2 1:-2 4:4 7:-1 8:3
w:kapsalon 1:2
w:karakter 0:-2 1:-3 8:9
w:kassa 0:3 1:3 5:-1 8:-1
w:keer 0:1 1:12 3:2 4:-8 5:-6 7:13 8:-12
w:ken 0:11 1:4 4:5 5:-2 7:-1 8:-2
w:kende 0:10 7:-3 8:-2
w:kennen 0:11 1:-2 4:-2 8:-2
w:kennistoets 2:2 3:-1
w:kent 0:14 1:3 2:1 5:-1 7:-2
w:kern 0:3
w:kerntaak 6:3
w:kernvraag 0:4 6:-2
w:kerst 5:-2 6:6 7:10 8:-5
w:kerstvakantie 2:-2 6:3 7:5 8:-1
w:keuken 0:-2 1:5 2:2 3:-1 4:-1 5:3
w:keus 0:7 7:-2
w:keuze 0:10 1:-18 2:-9 3:6 4:-3 6:-10 7:22 8:4
w:keuzedeel 1:-1 2:2 4:3
w:keuzeformulier 0:-5 5:-2 6:6 7:2
w:keuzegesprek 6:-1 7:2
w:keuzemodule 0:-2 6:6 7:-1
w:keuzemoment 0:5 6:-1
w:keuzemomenten 0:2 5:-1
w:keuzeplan 3:-3 6:5
w:keuzes 0:12 3:9 5:-3 6:-2 7:-3
w:keuzevak 0:12 1:-3
w:kies 0:-18 2:1 4:-2 5:-4 6:-2 7:25 8:29
w:kiesmbo 0:6 8:-2
w:kiest 0:-2 1:3 2:-4 3:-4 4:-8 7:14 8:8
w:kiezen 0:13 2:-1 3:6 4:20 6:-2
w:kijk 0:2 1:-4 3:16 4:2 5:-3 7:-9 8:-6
w:kijken 0:10 3:-2 4:7 5:2 7:-2 8:6
w:kijkt 0:6 1:8 8:-1
w:kind 0:-9 1:6 3:3 4:9 5:3 6:-4 7:-1
w:kinderen 0:-4 1:-8 3:-3 4:10 8:9
w:kinderopvang 0:-2 1:1 4:5 5:-2 7:-2 8:5
w:klaar 0:-6 3:-5 4:-3 5:-3 6:22 8:14
w:klagen 0:-2 3:-3 4:5 7:5 8:-2
w:klant 0:11 5:-4
w:klantcontact 1:2 4:5 7:-1
w:klanten 0:4 1:2 3:2 4:-2 8:-3
w:klap 0:2
w:klas 1:-7 3:53 4:9 5:-3 7:-2
w:klasgenoot 3:5
w:klasgenoten 0:7 1:-4 3:8 6:-1
w:klassengemiddelde 2:-2 3:4
w:klein 0:3 1:4 3:-2 4:4 7:-2
w:kleine 0:6 1:-2 5:2 6:-2 7:-1 8:5
w:kleiner 7:7
w:kleins 0:5 4:-1 6:-1
w:kletsen 5:1
w:kleur 0:-2 1:2 2:2
w:kleuren 0:1 5:1
w:kleurt 0:-5 5:6
w:klik 4:-4 6:13
w:klikt 0:2
w:klinkt 0:5 4:-3 8:8
w:klok 0:-4 1:1 2:1 4:1 6:-1 7:18 8:-3
w:klonk 0:1
w:kloppen 0:3 7:1
w:klopt 0:2 2:4 4:7 5:-3 6:6 7:-4 8:-4
w:klopte 0:1
w:klus 0:14 1:-1 7:1
w:klusje 0:5 5:-1
w:knap 0:10 7:-2 8:-2
w:knoop 0:-5 7:3 8:5
w:kok 0:-11 1:8 3:-2 4:-1 7:-3 8:17
w:koken 0:8 4:-1 5:-2 8:-1
w:koks 0:3
w:kom 0:-6 1:17 2:17 3:-8 5:-4 7:4 8:5
w:komen 0:-11 1:-10 2:3 3:-3 4:9 6:6 7:4 8:-4
w:komende 0:10 1:-2 2:-2
w:komt 0:-7 1:7 2:-5 3:12 4:10 6:-6 7:4 8:-2
w:kon 0:6 1:-2 3:-1
w:kookt 5:1
w:koos 0:6 1:-3 2:-5 3:7 4:-1 7:-3 8:5
w:kopieer 6:7 8:-2
w:koppelt 0:11 6:-2 8:-1
w:kort 0:-4 1:9 2:-1 3:2 5:5 6:16 8:-5
w:korte 0:-5 1:15 4:3 5:-1 8:-3
w:kortste 7:-3 8:5
w:kost 0:5 1:-2 5:1 7:8 8:-2
w:kosten 0:-2 5:3 7:4
w:kozen 0:-3 3:1 8:4
w:kracht 0:2
w:kreeg 0:5 1:-3 2:6 3:1 5:-1
w:krijg 0:-4 1:6 3:-3 4:-2 5:9 6:-6 7:5
w:krijgen 0:-6 1:4 2:6 3:-1 5:2 7:4
w:krijgt 0:1 1:-4 3:-1 4:-3 6:7 7:7 8:2
w:krikken 2:2
w:kritiek 0:5 1:7 5:-2
w:kritisch 0:1
w:kritische 0:4 1:-2
w:kruis 0:-6 6:16 7:-3 8:-5
w:kun 0:-22 1:5 2:-4 4:5 5:-8 6:-8 7:2
w:kunnen 0:3 1:12 2:-4 3:-6 4:-11 5:8 7:6 8:-6
w:kunst 0:4 1:-4 5:4 6:-1 8:8
w:kunstacademie 1:-5 5:-2 8:12
w:kunstenaar 4:1
w:kunstopleiding 8:2
w:kunstrichting 1:8 7:-2 8:-5
w:kunt 0:-8 1:10 4:-13 5:4 6:-5 8:5
w:kwaliteit 0:13
w:kwaliteiten 0:4 1:-2 2:2 6:10 8:-4
w:kwaliteitenreflectie 0:2 6:-1
w:kwam 0:2 1:13 2:-2 3:5 4:-2 5:-4 8:-3
w:kwamen 3:2 6:1 8:-1
w:kwartier 0:2 1:1 6:-1
w:kwijt 0:-1 1:7 5:-2 7:5
w:kwijtgeraakt 0:2 5:4
w:kwijtraakt 0:-2 1:8 4:-2
w:laag 0:-20 1:7 2:3 4:-3 5:-1 6:-1 8:8
w:laagst 0:-3 2:2 3:3 6:-1
w:laagste 0:-11 2:13 3:4 6:-2
w:laat 0:8 1:-2 2:-8 3:-2 4:-3 6:11 7:11 8:11
w:laatst 0:14 1:-2 3:-2 4:5 5:-3
w:laatste 0:-12 1:-2 2:9 3:4 5:14 6:-2 7:7 8:-5
w:laborant 8:2
w:laboranten 0:2
w:ladders 0:4
w:lag 0:-4 2:5
w:lage 0:-2 1:6 5:-1
w:lager 0:-4 1:1 2:-3 3:7 8:1
w:land 0:-11 1:-8 3:-1 4:5 5:18 8:7
w:landbouw 3:-2 4:4
w:landen 0:2
w:landt 0:1 1:3 8:-2
w:lang 3:3 5:-3 6:3 7:27 8:-2
w:lange 0:9 1:3 3:-1 4:8 5:-3 7:-2 8:-2
w:langer 0:-1 1:1 7:9
w:langs 0:4 3:-1 6:6
w:langst 3:1
w:langzaam 0:-5 1:10 4:-1 7:-1
w:langzaamste 0:-3 3:7
w:laptop 0:1 5:2
w:lassen 4:4
w:last 0:-7 1:1 5:11 6:-2
w:lastig 0:5 1:20 3:-3 4:5 5:6 7:-1 8:-7
w:lastige 0:4
w:lastigste 0:1
w:laten 0:-4 1:16 2:5 3:-5 5:-7 6:8 8:9
w:later 0:20 1:-5 2:4 5:-5 6:-3 8:17
w:leeft 0:7 1:-3
w:leeftijd 0:-7 1:-8 3:20 4:7 7:-1 8:-1
w:leeftijdsgenoten 0:-3 3:8
w:leeg 0:-4 1:4 3:-2 6:10 7:-3 8:-1
w:leer 0:10 1:-1 4:-1 5:-1 8:4
w:leerbaan 0:3 1:-5 4:-2 6:-1 7:7
w:leerbedrijf 0:-2 1:-1 3:5 4:-1 6:3 7:18 8:7
w:leerbedrijven 0:2
w:leerde 0:4
w:leerjaar 0:5 1:9 2:-1 3:-3 8:-4
w:leerling 0:11 1:11 3:-16 4:-13 5:7 6:-6 7:-18 8:4
w:leerlingen 0:4 1:-8 3:23 4:2 7:6 8:-6
w:leerlingvolgsysteem 0:-4 2:4 6:3
w:leermeester 0:3 1:-4 3:-1 6:3 7:-3 8:6
w:leerplichtambtenaar 7:3 8:-1
w:leert 0:19 5:1 6:1 7:-1 8:-1
w:leerweg 0:-6 1:2 2:2 3:-3 4:4 7:-2 8:11
w:leerwerkloket 8:2
w:leerwerkplek 5:2 7:3
w:lees 0:8 2:-1 6:-1 7:-1 8:-2
w:leest 4:-2 8:4
w:lef 0:2
w:leg 0:-2 1:7 2:3 3:12 4:-6 6:-2 7:-2 8:3
w:legde 0:4
w:lege 3:-3 7:10 8:-2
w:leggen 1:-3 3:2 4:4 6:2 8:-5
w:legt 0:5
w:leiden 4:2
w:leiding 0:-4 1:11 8:-2
w:leidinggeven 4:-1 7:-1 8:3
w:leidinggevende 0:6 1:-2
w:leidt 0:2
w:lekker 0:-4 1:2 4:-1 5:1 7:-1 8:7
w:lens 0:5 6:-1
w:leraar 0:4 8:2
w:leren 0:5 1:7 2:-4 3:15 4:13 5:-3 7:-3
w:les 0:17 1:3 3:2 5:-1 8:-2
w:lessen 0:2
w:let 0:-9 1:-1 5:5 7:2
w:letten 0:-2 1:3 5:4
w:leuk 0:13 1:11 2:-2 3:-4 4:-2 6:1 7:-4 8:1
w:leuke 0:1 1:-4 7:8
w:leuker 0:3
w:leukst 0:12 2:-1 6:-2
w:leukste 0:-9 3:-1 4:10 7:3
w:leven 0:2 3:-1 5:1 6:-2 7:8 8:-1
w:lever 0:-6 1:-1 2:1 6:9 7:10 8:-2
w:levert 0:-3 2:4 6:2 7:-1 8:8
w:lezen 0:-6 1:12 4:3 5:-1 7:-1
w:lezer 0:-4 1:5
w:lezers 1:-2 4:3
w:lichamelijk 0:2 1:-1
w:lichamelijke 0:-3 1:8 2:3
w:lichtere 0:-3 1:4
w:lichting 0:-3 3:13 4:-4
w:lief 1:5 4:-2 8:-1
w:liefst 0:13 1:-5 2:2 3:-3 5:-4 8:6
w:liep 0:9 1:-1 2:-2 3:-1
w:liet 0:2 8:4
w:liever 0:4 1:7 3:-1 4:8 5:-2 7:-3 8:13
w:lig 0:-6 5:12 7:13
w:liggen 0:-8 1:6 2:2 4:6 8:8
w:ligt 1:4 3:9 4:4 5:-4 6:-7 7:-7 8:-5
w:lijk 0:5 1:-7 3:3
w:lijken 0:1 1:-2 3:5 4:-1
w:lijkt 0:-1 1:7 3:-6 4:9 5:5 7:-1 8:12
w:lijn 0:6 2:1 5:-1 6:-3
w:lijst 0:3 1:-3 5:-2 6:5 7:1
w:lijstje 0:-3 1:5 6:8 7:2 8:-2
w:link 0:2
w:linkerhanden 0:-5 1:13 3:-1 4:-3
w:lisa 0:-8 1:-5 3:20
w:ll 0:-4 1:5
w:lo 0:1 1:2 2:-1 3:1
w:lob 2:-5 3:5 6:15 7:-3 8:-1
w:lob-activiteiten 6:4
w:lob-dossier 6:2
w:lob-eisen 0:-2 6:4
w:lob-formulier 6:1
w:lob-gesprek 0:-2 5:2
w:lob-kaart 0:-3 6:5
w:lob-map 6:2
w:lob-opdracht 0:-4 5:5 6:1 7:-1
w:lob-opdrachten 2:-1 3:2
w:lob-portfolio 6:1
w:lob-programma 6:5 7:-2
w:lob-punten 0:-3 2:-3 5:-4 6:13
w:lob-uren 0:-2 6:5
w:lob-verslag 5:6 6:-5
w:lob-week 0:3
w:locatie 0:2
w:logboek 0:-1 7:3
w:logische 0:-2 1:-1 4:2 8:6
w:logistiek 4:4 5:4 8:7
w:lontje 0:-1 1:5 4:-2 8:-1
w:loodgieter 0:2 4:-1
w:loon 5:3 6:-2
w:loondienst 8:4
w:loop 0:-7 1:3 3:4 4:-1 5:-1 6:1 8:-2
w:loopbaan 0:9 5:-1 6:-4 7:2
w:loopbaanbegeleider 0:6 6:-4
w:loopbaanbegeleiding 0:10 1:-3 6:2 7:-1 8:-3
w:loopbaancompetenties 0:4 6:-2
w:loopbaandossier 0:-4 5:5 6:5
w:loopbaangesprek 0:-4 2:7 5:11 6:-5 7:2
w:loopbaangesprekken 0:-8 1:12 6:8 8:1
w:loopbaanmap 0:-5 6:7
w:loopbaanopdrachten 2:-1 6:3
w:loopbaanorientatie 6:2
w:loopbaanplan 0:-3 5:2 7:2
w:loopbaansturing 0:9 5:-2
w:loopt 1:3 2:-1 3:1 5:-5 6:-3 7:2
w:lopen 0:8 1:-2 3:4 6:1
w:los 0:16 1:1 2:-9 8:1
w:loslaten 0:-2 8:4
w:lossen 1:2 2:-1
w:loting 0:2
w:luchtkasteel 0:-2 1:-3 4:-3 8:9
w:lui 3:-3 4:9 5:-1
w:luister 0:12 5:-2 7:-1 8:-3
w:luisteren 0:3 4:1 6:-1
w:lukken 3:-1 7:3
w:lukt 0:-6 1:25 3:8 4:-7 5:4 8:-2
w:lukte 0:8 1:-3 3:-2
w:m 0:-1 4:1 8:6
w:maak 0:-8 1:1 2:6 4:-4 5:-2 7:7
w:maakt 0:25 1:-2 2:-8 3:15 6:15 8:-10
w:maakte 0:12 1:-2 3:-3
w:maaltijden 0:2
w:maand 0:3 2:-1 5:4 6:4 7:5 8:-5
w:maandag 0:-6 3:-2 5:4 6:-5 7:15
w:maanden 0:5 1:-5 7:7 8:-1
w:maar 0:-17 1:11 2:-2 3:1 5:-10 6:18 8:35
w:maart 7:13 8:-9
w:maat 0:-1 1:12 2:5 5:-1 8:-2
w:maatschappelijke 0:1 6:-2 8:3
w:maatschappij 0:5 7:-2 8:6
w:maatschappijleer 1:2 3:-1
w:machine 0:5 1:4 3:-4 4:-1 8:-1
w:mag 0:29 2:2 3:-2 4:-3 5:6 7:8 8:-10
w:magazijn 0:-4 4:6 8:2
w:mager 1:-1 5:3
w:magister 0:-9 2:8 5:-2 6:6 7:2 8:-2
w:mail 0:-2 6:2 7:3
w:maken 2:3 5:2 7:5
w:makkelijk 0:4 1:-2 8:1
w:makkelijker 0:-1 1:-2 3:3 8:1
w:makkelijkst 0:4 1:-2
w:manier 0:5 1:6 4:-3 8:-2
w:manieren 0:2 6:-2
w:mantelzorger 1:-4 3:-2 5:8
w:map 6:8 8:-2
w:marokkaanse 0:-5 4:8 5:-1
w:matig 0:-3 2:9 5:-2
w:matige 0:-2 1:5
w:mavo 0:-1 8:4
w:mbo 0:16 1:-8 2:-1 3:4 4:3 5:-2 7:-3 8:18
w:mbo-diploma 0:-6 7:4 8:3
w:mbo-opleiding 0:-7 1:2 2:2 4:11 5:-1 7:-4
w:mbo-opleidingen 0:4 1:-1 2:6
w:mbo-school 3:1
w:me 0:8 1:2 2:-2 3:-6 5:-4 6:4 7:-7 8:1
w:medecursisten 3:4
w:medeleerlingen 0:-2 1:-2 3:7 4:-1
w:medestudenten 0:-4 3:10
w:medewerker 0:3 4:-3 8:4
w:mediavormgeving 0:9 5:-7
w:medicatie 0:-6 1:-2 5:16
w:medicijnen 0:-10 1:-2 5:20
w:mee 0:13 3:-9 4:3 5:3 6:4 7:-2
w:meedenken 0:2 5:-1
w:meedenkt 0:11 5:-5
w:meegekregen 0:1
w:meegemaakt 0:-15 5:19
w:meegenomen 0:-2 6:6
w:meekijkt 7:6
w:meeloopdag 0:5 2:-2 4:-2 5:-2 6:3 7:8 8:1
w:meeloopdagen 0:-6 2:-2 3:4 5:-1 6:9 7:2
w:meelopen 0:11 6:-2 7:-6
w:meemaakte 0:2
w:meeneemt 0:2 8:-1
w:meenemen 0:10 1:-4 5:2 8:-1
w:meer 0:-6 1:-3 2:-4 3:9 4:9 6:-3 7:15 8:9
w:meerdere 0:6
w:meespelen 0:-2 5:4
w:meest 0:26 2:6 3:1 5:-6 6:-5 8:9
w:meestal 0:-15 1:-2 3:-4 4:34 8:-3
w:meeste 0:5 2:-2 3:18 4:-3
w:meesten 3:4 8:-2
w:meet 0:-2 1:4
w:meetlat 0:5 6:-1
w:meewegen 5:1
w:mei 0:21 2:-5 6:-3 7:17 8:-2
w:meid 0:-3 4:13 5:-1 8:-3
w:meiden 0:-3 3:-5 4:27 6:2 7:2
w:meisje 0:-14 1:-5 4:36 5:-1 8:-2
w:meisjes 0:8 3:-2 4:1 5:-2
w:meld 0:-9 1:-2 6:-3 7:13 8:10
w:melding 0:-4 3:-2 6:9
w:mening 0:4
w:mens 0:7 2:3 8:-2
w:mensen 0:24 2:-4 3:-1 4:6 5:-1 6:1 7:6 8:-4
w:mensenmens 1:-2 2:-1 7:-3 8:9
w:mentale 5:4
w:mentor 0:9 1:-2 2:3 3:-4 4:-2 5:3 8:-4
w:mentoren 0:-1 1:-2 8:3
w:mentorgesprek 0:-1 6:2
w:mentorgroep 0:-5 3:12 4:-1 7:-2
w:mentoruur 0:-3 2:3 5:-2 6:3
w:merk 0:14 1:-3 5:7 6:1 8:-3
w:merken 0:-2 3:2 8:2
w:merkt 0:16 1:-3 2:-1 6:1
w:merkte 0:9 1:-2
w:met 0:-5 1:9 3:-3 4:8 5:9 6:-9 7:-3 8:6
w:meteen 0:6 3:-2 7:-2 8:9
w:meting 0:-2 2:3
w:midden 0:6 3:1
w:migratieachtergrond 0:-8 4:11
w:mij 0:-14 1:-4 4:-2 5:9 7:15 8:26
w:mijn 0:6 1:-3 5:-2 6:14 8:10
w:mik 0:-7 1:-1 2:3
w:mikken 0:-2 1:-1 3:3 4:3
w:minder 0:-6 1:4 2:-3 3:5 4:9 5:2 6:-4 8:-4
w:minimaal 0:-2 2:7 5:-1 6:3
w:minimale 2:3
w:minimum 0:-1 6:3
w:minor 0:3 1:-1 8:4
w:minst 0:-6 1:10 3:6 5:-1 8:-1
w:minste 0:-3 3:4
w:minstens 2:3
w:minuten 0:-2 1:1 5:-1 6:5
w:mis 0:-1 1:26 3:7 4:2 5:-1 7:13 8:-5
w:misgaat 0:-2 1:10 5:-2
w:misging 0:7 1:-1 3:-1
w:misloopt 0:-1 7:3
w:mislukken 0:-3 1:8 5:-1 7:-1
w:mislukking 0:8 1:-1 7:-1
w:mislukt 0:2 1:-1
w:mislukte 0:-2 1:-2 2:5
w:misschien 0:5 2:2 3:-5 4:9 5:12 7:-2 8:-4
w:mist 0:-15 1:40 3:-2 6:4 7:12 8:-2
w:mocht 0:8 4:-2
w:mode 6:-2 7:-2 8:5
w:module 2:3 3:-1 5:-2 6:2
w:moe 0:-6 1:-2 3:-2 5:17
w:moed 0:6 1:2 8:-2
w:moeder 0:-9 1:-2 4:-2 5:18 6:4 8:8
w:moedig 0:7 1:-2 8:-4
w:moeilijk 0:2 1:16 5:-2 8:-6
w:moeilijke 0:3
w:moeilijkste 0:2
w:moeite 0:1 1:18 3:2 4:-3 8:-2
w:moet 0:-13 1:5 3:-10 4:-3 5:-4 6:3 7:15 8:6
w:moeten 0:-15 1:-2 2:4 3:3 4:-3 5:2 6:7 7:-2
w:mogelijk 1:2 4:1
w:mogelijke 0:2
w:mogelijkheden 0:6 1:-2
w:mogelijkheid 0:4 8:-3
w:mogen 1:-2 2:9 3:2 5:-1
w:moment 0:11 2:9 4:-2 5:14 6:-2 7:9 8:-3
w:momenten 0:4
w:monteur 0:-1 1:4 4:-1 8:8
w:mooi 0:12 1:-4 2:-1 3:4 5:-2 8:-1
w:mooie 0:2 1:4 3:-1 4:2 5:4 6:-2 7:-1 8:-1
w:mooiste 0:3
w:morgen 0:-8 3:-2 7:20 8:-1
w:moslim 1:-8 4:12 5:-1 8:-2
w:moslima 0:-6 4:9
w:motief 0:10 1:-2 4:-2
w:motieven 0:14
w:motivatie 0:-3 1:8 3:6 4:-1 5:-3 8:-2
w:motivatiebrief 6:4 7:2 8:-2
w:muziek 0:3 1:-4 2:5 3:2 8:3
w:muziekdroom 0:-1 8:2
w:n 0:-6 3:1 4:1 5:-2 8:13
w:na 0:6 2:-4 3:5 4:-6 6:-5 7:2 8:27
w:naam 5:-1 6:9 8:-2
w:naar 0:-12 1:-4 2:9 4:2 5:-8 6:-19 8:4
w:naartoe 0:6 1:-3
w:naast 0:18 2:-2 3:22 5:15 7:-3 8:-2
w:nacht 0:4 2:-3 4:-2 5:22
w:nachtdiensten 0:8
w:nachtje 0:2 7:-1
w:nachtrust 0:-1 5:3
w:nachts 0:2 4:-3 5:8
w:nadelen 0:9 2:-2 8:-2
w:nadenken 3:1 4:2 7:3 8:-3
w:nadenkt 0:2 1:3 7:-2
w:nagaan 0:2
w:nagedacht 0:5 2:2 3:1 4:4 5:-7 6:-1 8:-2
w:najaar 0:2 1:-1
w:nam 0:11 3:-6 4:-1
w:namen 0:1
w:nature 0:-2 2:-2 3:-3 4:9
w:natuur 0:15 4:-2 5:-2 7:-2 8:3
w:natuurkunde 0:-3 1:4 2:5 3:8 4:2 7:-2 8:-6
w:natuurlijk 0:-5 1:-6 2:1 3:-2 4:17
w:nauwelijks 1:6 2:-2
w:nauwkeurig 0:1
w:nederland 0:-8 5:11
w:nederlands 1:15 2:7 3:2 4:6 5:-6 6:-2 7:-8 8:-3
w:nederlandse 0:2
w:nee 0:-3 2:2 5:-3 6:5
w:neef 0:-10 1:-1 2:1 3:22 4:-1 6:1
w:neem 0:22 1:-7 4:-2 5:8 6:-6 7:-5 8:8
w:neemt 0:-5 1:-2 2:-1 3:-3 4:1 5:2 7:2 8:4
w:neerzetten 0:-3 2:1 6:3 8:-1
w:negatief 7:4 8:-3
w:negen 3:3 4:-2
w:negens 0:-2 2:4
w:nemen 0:-7 1:14 2:-1 7:2 8:22
w:nergens 0:-9 1:10 3:1 4:-5 7:11 8:-3
w:net 1:-7 3:12 4:-2 5:-3 6:-1 7:6 8:3
w:netjes 0:-2 1:4 2:7 5:-1
w:netwerk 0:15 1:-2 4:1 7:-1 8:-2
w:netwerken 0:-2 2:2
w:nichtje 0:-1 1:-1 3:11 5:-1
w:niemand 0:4 1:-2 3:-4 4:10 5:-2 7:14 8:-7
w:niet 0:-6 1:16 2:-18 3:4 4:-2 5:-18 6:6 7:7
w:niets 0:1 1:-10 3:-2 5:7 6:-6 7:7 8:18
w:nieuw 0:7 1:-1 4:-1
w:nieuwe 0:15 3:-1 4:-1 5:6 8:-2
w:nieuwkomer 0:-5 4:6
w:nieuwkomers 0:-10 3:3 4:10
w:nieuws 0:5
w:nieuwsgierig 0:12 2:1
w:nieuwsgierigheid 0:6 8:-3
w:niks 0:-13 2:-3 3:2 5:-4 6:-3 7:3 8:7
w:niveau 0:6 1:5 2:-4 3:3 5:-2 6:-4 7:-1 8:23
w:nodig 0:2 2:10 3:-2 4:-9 6:5 7:-11 8:-7
w:nodigen 0:3 5:-1 6:-1
w:noem 0:4 1:3 2:2 3:-3 4:3 5:-2 7:-5 8:-6
w:noemde 0:9
w:noemen 0:9 1:-2 3:2 8:-1
w:noemt 0:1
w:nog 0:-15 2:-14 3:4 4:-19 6:16 7:24 8:-17
w:nogal 0:-5 1:10 3:2 4:-1 8:-3
w:nooit 0:-10 1:33 3:-7 4:-3 5:4 7:19 8:-3
w:normaal 0:6 1:-3 3:7 7:-1
w:noteer 0:-6 1:8 5:11 6:7 7:-2 8:-2
w:noteren 6:2
w:nou 0:-8 1:11 3:7 4:-3 6:-1 7:-2 8:16
w:nt 8:3
w:nu 0:12 1:1 3:-14 4:-4 5:-1 6:2 7:39 8:-15
w:nul 0:-3 3:2 7:2
w:numerus 0:7 7:1
w:nuttig 0:4
w:ochtend 0:5 5:-2
w:ochtends 5:3
w:oefenen 0:7 8:-1
w:of 0:45 1:-23 2:6 3:-7 4:12 5:48 6:-4 8:-33
w:oke 0:-2 1:5 2:1 7:-2 8:11
w:om 0:41 2:26 3:25 4:-12 5:15 6:-2 7:-3
w:oma 0:-5 1:-2 5:11
w:omdat 0:-15 1:16 2:2 3:-1 4:29 5:18 8:-11
w:omgaan 0:4 2:-1
w:omgaat 0:2
w:omgeving 0:8 1:-2 4:-2 5:-2
w:omhoog 0:-11 1:-2 2:18
w:omlaag 0:-7 2:9
w:omschrijven 0:3
w:omweg 0:5 8:-2
w:omwegen 0:2 7:-4 8:5
w:ondanks 0:-4 1:7
w:onder 0:-16 1:6 2:6 3:5 4:-3 5:7 6:-1 8:-3
w:onderaan 0:-4 2:1 3:4 4:2
w:onderbouw 0:2
w:onderdeel 0:3 6:8
w:onderdelen 0:-2 3:-3 6:11
w:ondermaats 0:-6 1:3
w:ondernemen 0:9 4:5 7:-4
w:ondernemend 3:3 4:-2
w:ondernemer 0:3 1:-2 3:-1 4:1 7:-1 8:8
w:ondernemers 4:2
w:onderste 0:-6 2:1 3:12
w:ondersteuningsteam 0:1
w:ondertekend 0:-2 5:-4 6:6
w:ondertekenen 6:1
w:onderweg 0:13 5:-5 7:-1
w:onderwerp 0:23 1:-2 2:-8
w:onderwijs 0:-4 1:2 3:-2 4:6 6:-1 8:4
w:onderzocht 0:-3 3:1 6:3
w:onderzoek 0:2
w:onderzoeken 0:9 1:-5 4:1 8:-1
w:onderzoekt 0:3 6:-1
w:ongemotiveerd 0:-3 1:5 7:-1
w:ongeveer 0:-7 1:5 2:-1 5:15 6:-1
w:onhandig 0:-4 1:19 4:-2 6:1 7:1 8:-1
w:onlangs 0:5 1:-3 5:4
w:online 0:3
w:onrustig 5:1
w:ons 0:-3 6:4 8:23
w:ontbijt 0:-3 1:-5 5:13
w:ontbreekt 0:-15 1:6 3:3 4:-1 5:4 6:9
w:ontbreken 0:-3 6:11
w:ontdek 0:1
w:ontdekken 0:18 1:-3 7:-3 8:-1
w:ontdekking 0:3 8:-1
w:ontdekt 0:6 1:-2
w:ontdekte 0:2
w:onthouden 0:6 1:4 4:-2
w:ontwerp 0:2 2:-2
w:ontwerpen 0:4 2:-1
w:ontwerper 0:2 1:-1
w:ontwikkelen 0:1
w:onverstandig 0:-2 8:4
w:onvoldoende 0:-3 2:3 6:-1 7:4
w:onvoldoendes 0:-5 2:11 5:-2 6:-1
w:onzeker 0:-6 1:10 2:1 3:13 4:-2 5:1 8:-3
w:onzekere 0:-4 1:5
w:onzekerheid 0:5 1:-1
w:ooit 0:3 1:10 4:-2 5:-3
w:ook 0:24 2:-4 3:29 4:18 5:11 6:-8 7:-4 8:-3
w:oom 0:5 5:-1 8:3
w:oordeel 0:2
w:oorzaak 0:-2 2:2
w:op 0:2 2:12 3:11 4:-3 5:-8 6:8 8:-14
w:opa 0:-4 5:10
w:opbloeit 0:1 2:-1
w:opdracht 0:5 1:-4 2:6 4:-2 5:-1 6:6
w:opdrachten 0:-1 1:7 6:8
w:open 0:-3 2:-1 3:12 4:-7 6:14 7:-5 8:5
w:openen 0:2 1:-3 2:4 5:-1 6:-1
w:openstaan 6:4
w:opent 0:13 2:2
w:opgaat 0:2
w:opgaf 0:-2 1:2
w:opgave 0:1
w:opgebouwd 5:1
w:opgeeft 0:-1 1:7 4:-2 8:-2
w:opgegeven 3:1 6:-2 7:-1 8:3
w:opgeleverd 0:6 1:-1 6:-1
w:opgelopen 0:-7 1:10 3:-2
w:opgelost 8:2
w:opgeven 0:3
w:opging 0:4 5:-2
w:ophaalt 1:1
w:ophalen 2:7
w:opkrikken 0:-2 2:4
w:opleiding 0:-11 1:2 2:-13 3:3 5:1 6:-11 7:8
w:opleidingen 0:29 1:1 2:7 3:-2 4:-3 8:3
w:opleveren 0:1
w:oplossen 0:2 1:8 2:-1 5:-2
w:oplossing 0:4 1:-1
w:opmerking 0:2
w:opnieuw 0:2 7:4
w:oppakt 0:3 1:6 3:-3 4:-3
w:opschiet 7:3
w:opschrijven 0:-2 1:4 6:2 8:-1
w:optie 0:-1 4:3 8:4
w:opties 0:8 2:-1 7:-2 8:1
w:opvallen 0:-3 1:5 2:-1 3:4 5:-1
w:opvallend 3:2
w:opvalt 0:3 1:2
w:opvang 0:-3 5:6
w:opvangen 1:2
w:opviel 0:1
w:opvoeding 0:-3 1:8 2:3
w:opzichte 0:-3 2:-3 3:12
w:opzoeken 0:2
w:orde 1:1 3:3 6:2 8:-1
w:organiseren 1:3 8:-2
w:orientatie 0:3 3:2 4:2 5:-2 6:-2
w:orientaties 0:1
w:orienteren 0:-2 1:2 3:-1 5:7 6:-1 7:3
w:oud 0:4 4:-1
w:oud-leerling 0:12 4:-4
w:oud-leerlingen 0:1
w:oud-student 0:3
w:ouder 0:-4 4:-1 5:5 6:1 8:6
w:ouderavond 0:-2 1:5 4:5 5:1 7:-1
w:oudere 0:-1 1:-1 3:2 4:5 8:-1
w:ouderenzorg 4:-1 8:3
w:ouders 1:-10 2:-8 3:-11 5:15 6:-3 7:12 8:4
w:oudste 3:4
w:over 0:35 1:8 2:11 3:-6 4:-3 6:-9
w:overal 0:4 1:-11 2:10 7:3 8:-2
w:overblijft 1:4 8:-4
w:overdag 0:2 5:-2
w:overdracht 0:4
w:overgang 0:-4 1:-2 2:6 6:2
w:overgangsvergadering 2:1 7:1
w:overkomt 1:8 7:-2
w:overleg 7:-1 8:7
w:overlijden 0:-6 5:9
w:overneemt 0:2
w:overnemen 0:-1 4:3
w:overslaan 0:-5 1:7 4:5 8:-3
w:overslaat 0:-5 7:8 8:-2
w:overstap 0:7 7:1 8:4
w:overstappen 0:4 1:-2 3:-1 4:5 7:-2 8:2
w:overweegt 0:6 8:-2
w:overwegen 2:2 4:4
w:overwogen 0:3
w:overzicht 0:3 1:5 5:-2 6:13 8:-2
w:overzien 1:-3 4:8
w:paar 0:5 1:-3 3:-2 4:4
w:pabo 0:-3 1:2 2:8 3:-1 7:-1 8:12
w:pak 0:-8 1:-1 2:15 4:3 5:-1 8:3
w:pakken 1:-5 2:5 3:6
w:pakket 0:-3 2:-2 5:8 8:1
w:pakt 0:-1 1:3 2:1 4:-1
w:pakte 0:6 5:-1
w:paniekaanvallen 0:-6 5:12 6:-1
w:papiertje 7:4 8:-2
w:paraaf 0:-5 6:10
w:partner 0:-6 5:9
w:pas 5:-2 6:4 8:4
w:passen 0:2 3:1 4:13 5:-2 8:-3
w:passend 0:2
w:passende 0:-9 1:3 5:10
w:passie 0:-1 8:3
w:passief 0:-1 1:6 3:-2
w:past 0:-2 2:14 3:-4 4:5 7:-8 8:20
w:paste 0:14 1:-2 3:-2 8:-6
w:pech 0:-3 7:5
w:pedagogisch 0:-2 4:2
w:per 0:2 2:9 3:-2 5:8 6:1 7:-2
w:perfect 1:-1 8:4
w:periode 2:12 4:1 6:8
w:persoon 0:7 3:-2
w:pie 0:-3 1:9 3:-1
w:pijn 0:-4 5:11
w:pillen 0:-9 5:20
w:piloot 0:1 8:5
w:pittig 0:3
w:plaats 0:-2 1:5
w:plaatsgevonden 6:3
w:plan 0:10 1:-19 2:-4 3:-4 4:-5 6:8 8:9
w:plank 0:-2 8:4
w:plannen 0:-4 1:19 2:1 3:8 4:-2 5:8 8:-1
w:planner 0:2
w:planning 0:5
w:plant 0:-4 1:7 3:-1 7:4
w:plek 4:6 5:-3 6:-2 7:22 8:2
w:plekken 0:2 1:-2 7:6 8:-2
w:plezier 0:20 1:-8 2:-4 3:-1 8:6
w:ploegendienst 0:2
w:podium 0:3
w:poging 0:1
w:polen 3:-2 4:4
w:politie 0:-3 1:-3 3:7 8:5
w:politieacademie 8:1
w:politieopleiding 0:-2 1:-1 8:6
w:poolse 0:-2 4:3
w:portfolio 1:-4 2:-2 3:10 5:-3 6:18 7:2 8:-2
w:positief 1:-2 2:2 7:3 8:-1
w:praat 0:19 1:2 4:-7 5:2 7:-2 8:-4
w:praatje 0:2
w:praktijk 0:17 1:5 2:-2 4:-7 6:-1 8:2
w:praktijkbegeleider 0:12 1:-2 3:-2 7:3 8:4
w:praktijkexamen 0:4
w:praktijkklas 0:-2 1:-1 3:6
w:praktijkleerlingen 0:-3 4:5
w:praktijkles 0:2 1:4 8:1
w:praktijklessen 0:-3 1:3 3:-1 4:-1 5:6
w:praktijkonderwijs 0:-9 1:-3 3:5 4:8 8:2
w:praktijkonderwijsleerlingen 1:-2 4:3
w:praktijkopdracht 6:2
w:praktijkopdrachten 0:1 5:-1
w:praktijkopleider 0:4 1:3 2:4 6:8
w:praktijkschool 0:-4 3:1 6:3
w:praktijkschoolleerlingen 0:-3 1:-2 4:7
w:praktijkvak 3:3
w:praktijkvakken 0:-2 1:1 2:2
w:praktisch 1:9 4:-1 8:-2
w:praktische 0:1 1:-3 2:4 4:-2 6:-2 8:7
w:praten 0:24 1:-4 2:-2 3:1 4:7 5:4 7:-1
w:prater 0:-8 1:10 4:-1
w:precies 1:-5 3:9 5:10 6:-2 7:2
w:precisie 1:5 4:-1 5:-2
w:presentatie 0:8 1:-1 2:-4 3:3 5:-3
w:presentaties 0:-2 5:3
w:presenteren 0:-2 1:7 4:-1 5:2 8:-2
w:prettig 4:3 8:-3
w:prima 0:9 3:2 4:-3 7:-6 8:6
w:probeer 0:7 1:-6 7:-1 8:2
w:probeerde 0:1
w:proberen 0:2 1:6 3:-1 4:3 8:-2
w:probleem 0:-3 1:15 4:-4
w:probleemleerling 0:-7 1:7 4:-1
w:problemen 0:-4 5:7
w:procent 0:-5 2:7 3:3 5:-3 6:8
w:product 0:3 1:-2
w:producten 0:5
w:proef 0:2
w:proefles 0:3
w:proefstudeerdag 0:4 4:-1 8:-1
w:proefstuderen 0:3
w:proefwerk 0:-2 1:-1 2:4
w:proeve 0:-3 2:2 3:3
w:proeven 0:2
w:profiel 0:3 1:-1 2:-2 3:6 4:-7 5:3 6:-3 8:6
w:profielen 0:1 1:4 4:-1
w:profielkeuze 0:2 1:5 3:-5 4:-1 5:-4 6:5 7:2 8:-7
w:profielkeuzeformulier 5:-4 6:7
w:profielwerkstuk 2:3 3:2
w:profvoetballer 0:-4 8:11
w:programmeren 4:2
w:programmeur 4:1
w:project 0:10 1:5 3:-8 4:-2
w:projectweek 0:1
w:propedeuse 0:1
w:psychische 1:-2 5:4
w:psychologie 7:-3 8:5
w:psycholoog 0:-12 2:-2 5:21
w:pta-onderdeel 2:3 6:1
w:punt 0:-7 1:5 2:13 7:-3 8:6
w:punten 0:-8 1:8 2:22 3:-2 6:-1
w:puzzelen 0:8 1:-2
w:qompas 0:-1 6:4
w:qua 0:-3 1:9 2:2 8:-2
w:raad 1:3 7:-4 8:12
w:raakt 0:6 1:4 3:-3 7:4 8:-2
w:raakte 0:1
w:raakten 0:2
w:raden 4:-1 7:-2 8:4
w:raken 0:7 1:-3
w:ramp 0:1 1:5 4:-3 8:-1
w:ranglijst 0:-3 3:6 6:-1
w:rapport 0:-10 1:-2 2:27 5:-2 7:3
w:rapportcijfer 0:10 2:-6
w:rapportcijfers 0:-6 2:8
w:rapportvergadering 6:5 7:-1
w:reactie 0:4 3:-1
w:reageer 0:5 1:-1
w:reageerde 0:1
w:reageert 0:-2 1:4
w:realistisch 1:-4 2:1 3:1 5:-2 6:-3 7:-1 8:2
w:realistischer 1:-2 4:3
w:recente 0:3
w:recept 0:-9 1:10
w:receptie 0:-6 1:-2 4:10
w:recht 0:12 3:-2 7:-10 8:3
w:rechten 0:-5 1:-6 2:6 3:4 4:4 7:-5 8:18
w:rechtzetten 3:1
w:red 0:-2 1:7 3:-2 7:5 8:-6
w:redden 0:-7 1:6 2:3 3:-4 4:14 7:1 8:-2
w:reden 0:-1 5:7
w:redt 3:4 8:-1
w:reflecteren 0:1
w:reflectie 0:-2 6:4 7:5
w:reflectieopdracht 0:-5 6:6
w:reflecties 2:-1 6:5
w:reflectieverslag 6:3
w:reflectieverslagen 1:-3 3:2 6:4 7:-2
w:regel 0:6 6:-6 7:2
w:regelen 0:-6 1:6 8:4
w:regelt 0:-4 5:1 6:3 7:3 8:-1
w:regio 0:-3 4:1 8:5
w:regionale 0:2
w:registreren 6:4 8:-2
w:reistijd 0:5
w:reizen 0:-1 4:-2 8:5
w:reken 0:-4 1:-1 2:6 7:10
w:rekenen 0:1 1:21 4:-2 5:-2 6:-2 7:4 8:-8
w:rekening 0:-9 4:10 5:10 7:-1 8:-2
w:rekent 0:1
w:rekentoets 0:2 1:-3 2:8
w:rekenvaardigheid 1:6
w:relatie 5:1
w:relevant 5:4
w:ren 0:5 3:-1
w:repareren 0:-7 1:10
w:respect 0:5 8:-2
w:rest 0:-9 1:1 2:-2 3:15 6:6 7:5
w:restaurant 0:2
w:resultaat 0:20 2:-2 7:-2
w:resultaten 0:-13 2:13 3:4
w:richt 0:3 1:4 8:-1
w:richten 0:-2 4:4 8:3
w:richting 0:2 1:-9 2:-3 3:4 4:2 5:-8 6:-2 8:12
w:richtingen 0:13 1:9 2:-3 4:-2 5:2
w:rij 0:2 1:2 2:7 3:3 6:-2 7:-1 8:-3
w:rijbewijs 1:-2 5:7 8:2
w:rijker 0:4 7:-1
w:rijtje 0:-1 2:2 6:2
w:risico 0:17 1:-4 6:1 7:1
w:risico's 0:4 1:-1
w:risicoleerling 0:-9 1:11
w:ritme 0:4 4:-3
w:roc 0:-2 1:1 3:1 6:-2 7:5 8:6
w:rode 1:-1 2:4
w:rol 0:9 1:5 3:-3 4:-2
w:rommelig 1:6 3:-1
w:rond 0:2 1:-5 2:-2 3:5 4:-2 5:6 6:5 7:-7
w:ronde 0:-2 6:3
w:rondje 0:1
w:rondleiding 0:3
w:rood 0:-4 2:4 6:5
w:rook 0:-2 5:3
w:rot 0:3 1:-1
w:route 0:16 1:7 3:-3 4:-2 7:-6 8:6
w:routes 0:18 1:-1 3:1
w:rug 0:7 3:-1 4:-2 5:7
w:ruim 3:3
w:ruimte 0:12 5:-1 6:-2 7:9 8:-2
w:rust 0:-5 1:-2 5:4 7:-2 8:14
w:rustig 0:19 1:7 2:-1 3:3 4:-1 5:5 7:-3 8:-10
w:rustige 0:-10 1:1 3:-1 4:10
w:rustiger 0:-4 3:7
w:ruzie 5:2
w:ruzies 0:-8 5:11 8:-2
w:s 0:8 1:-1 4:-3 5:9
w:salaris 0:7 4:-2 5:5 8:-1
w:samen 0:22 1:3 2:6 4:-5 5:8 6:-7 7:-8 8:-8
w:samenwerken 0:-4 1:12 4:-1 8:-2
w:samenwerkt 0:4 1:-2
w:sanne 0:-5 1:-2 2:1 3:21 6:-1 7:1
w:schaamde 0:2 5:-1
w:scheelt 0:-1 2:4 6:-1 8:1
w:scheiding 0:-4 2:-1 5:7
w:scheikunde 0:3 1:-3 2:7 5:2
w:schermen 0:9 1:3 2:-1 3:-2 4:2 5:-3 8:-1
w:schiet 0:-3 1:9 3:-4 7:13
w:schieten 0:-4 1:-1 8:7
w:schoenen 1:4
w:scholen 0:2 1:-1 8:2
w:school 0:11 1:3 2:-10 3:-7 4:-8 5:-2 7:9
w:schoolexamen 0:-4 2:8 5:-2
w:schoolexamencijfer 2:1
w:schooljaar 0:-1 2:-2 5:-4 6:10
w:schoolkantine 0:1
w:schoolkrant 0:3 8:-1
w:schooltijd 5:2 6:-1 7:2
w:schoolvak 0:6 1:-2
w:schoonmaak 0:-5 4:9 7:2
w:schrap 0:-1 7:-1 8:8
w:schrappen 0:-4 1:7
w:schreef 0:2
w:schrijf 0:2 3:-3 4:-3 5:2 6:4 8:-5
w:schrijft 1:2
w:schrijven 0:-6 1:12 3:9 4:-2 6:-1 7:8
w:schuift 0:-3 7:4
w:schulden 0:-10 4:-1 5:27
w:schuldhulpverlener 0:2
w:schuren 0:3
w:scoor 2:-3 3:4
w:scoorde 0:-2 1:-3 2:10 6:-1
w:scoort 0:-9 2:-2 3:6 8:1
w:score 0:-13 1:-3 2:25 6:3 7:1
w:scoren 0:-5 2:10
w:se 0:-1 2:1 3:1
w:se's 0:-2 2:3
w:se-cijfer 0:2
w:se-cijfers 0:-3 1:-2 2:8
w:se-gemiddelde 0:-2 2:5
w:sector 0:-10 1:3 2:-5 4:-4 5:-3 7:7 8:4
w:sectorkeuze 0:2 1:1 3:-3 4:-1 6:2
w:selectie 0:5
w:sem 0:-2 1:3 3:2
w:september 0:-4 1:5 5:-2 8:4
w:series 0:2
w:serieus 0:6 3:1 4:6 7:-5 8:-4
w:serieuze 8:3
w:sfeer 0:7 1:-1 3:-2 5:2 8:-2
w:simpel 0:-4 1:2 3:-1 4:5 6:-5 8:6
w:sinds 0:-3 1:-1 2:4 3:-1 5:16
w:site 0:7 6:-3
w:situatie 0:2 1:-1
w:sjaak 1:-3 7:8
w:sla 0:-5 5:1 6:7
w:slaan 0:-2 1:-1 4:1 5:2
w:slaap 0:-5 2:-3 5:27 6:-2 8:1
w:slaapt 5:4
w:slagen 1:-3 2:2 3:8 5:-1 8:3
w:slapen 0:8 1:-1 4:-3 5:5
w:slb'er 0:8 6:-3
w:slecht 0:-12 1:25 2:2 4:-4 5:2 8:-1
w:slechte 0:-1 1:7 5:-1
w:sleeptouw 0:7 3:-5
w:slik 0:-6 5:13
w:slikt 1:-1 5:7 8:-1
w:slim 0:6 1:-3 4:1 5:2 8:4
w:slimme 0:-1 3:4 4:5 5:-2 8:-1
w:slimmer 0:-5 7:2 8:8
w:slimste 3:4 4:-2
w:slordig 0:-4 1:11 5:-2 8:-1
w:sluit 0:-2 7:15 8:7
w:sluiten 2:1 6:7 7:-2
w:snap 1:11 4:3 5:6 7:-2 8:-10
w:snapt 0:-6 1:15 3:-2 4:-3
w:snel 0:-8 1:30 3:-4 4:8 5:-1 6:10 7:22 8:-8
w:snelle 3:6 7:-4
w:sneller 0:-7 3:12 4:-2 8:5
w:snelst 2:3
w:snuffeldag 0:1
w:snuffelstage 0:8 2:-3 4:3 5:-2 6:7
w:snugger 1:2 8:-1
w:sociaal 1:5 4:-2
w:sollicitatie 0:10 1:-2 5:-3
w:sollicitatiegesprek 1:2
w:sollicitaties 8:2
w:solliciteren 0:-6 3:3 7:4
w:somber 0:-8 5:15
w:somberheid 0:-2 5:3
w:sommen 0:-4 1:4
w:sommige 0:9 3:-5 5:4
w:soms 0:40 2:4 4:-2 6:2 8:-2
w:soort 0:12 1:-2 2:2 4:6 8:-4
w:soorten 0:2
w:sorry 0:-3 5:5 8:2
w:spaans 0:2
w:spannend 0:13 1:-2 8:-3
w:spanningen 0:-1 5:1
w:spanningsboog 0:-3 1:6 4:-2
w:sparen 0:-3 5:5
w:sparren 0:4
w:speelde 0:4 1:-2
w:speelt 1:-4 3:-1 4:2 5:11 7:-2
w:spelen 0:1
w:spelling 0:-2 1:7
w:speurwerk 0:3 1:-2
w:spijt 0:-1 8:2
w:sport 0:1 2:-3 3:1 4:2 6:-1 7:-1 8:5
w:sportclub 0:3
w:sportdag 0:4
w:sportinstructeur 5:1
w:sportopleiding 0:-4 2:1 5:10 7:-2
w:sprake 0:2 2:-2
w:spreek 0:1 2:1
w:spreekt 0:22 4:3 5:-4 7:1 8:6
w:spreken 0:-1 3:5 4:16 7:-3
w:springt 0:-1 6:3
w:sta 0:-16 1:-4 2:5 3:15 5:-5 6:9 7:12
w:staan 0:-9 1:-3 2:7 4:-3 5:-7 6:10 8:2
w:staat 0:-22 1:2 3:2 5:-4 6:16 7:-11 8:-3
w:stabieler 0:6
w:stad 5:2
w:stage 0:17 1:-13 2:-13 3:-1 5:8 6:-13 8:7
w:stage-ervaring 0:4
w:stage-evaluatie 0:-2 6:2
w:stage-uren 5:-1 6:4
w:stagebedrijf 3:-1 5:6 6:1 8:3
w:stagebedrijven 5:2
w:stagebegeleider 0:1 1:7 3:-1 8:2
w:stagebeoordeling 0:-6 2:9 3:4 5:-3
w:stagecontract 7:2
w:stagedag 0:3
w:stagedagen 0:-2 5:7
w:stagegesprek 0:-3 1:-1 5:2 6:3
w:stageovereenkomst 0:-2 2:-1 7:4
w:stageplek 0:6 1:3 2:-4 3:3 4:-6 5:-1 6:-5 8:1
w:stageplekken 0:-4 6:-2 7:13
w:stages 0:-2 1:4
w:stageverslag 1:2 3:2 5:-2
w:stageweek 0:2 6:3 7:-1
w:stagiair 0:-5 3:12 8:-3
w:stagiairs 0:-6 3:8
w:stands 0:2 3:-1 6:1
w:stap 0:30 1:8 2:-3 3:-7 6:3 7:-5 8:4
w:stapje 0:2
w:stappen 0:-4 2:-1 3:5 6:9 8:5
w:stappenplan 0:-4 2:6 6:4
w:stapt 7:-1 8:7
w:start 0:8 3:-1 7:-1
w:startkwalificatie 0:2
w:startpunt 0:3 8:-1
w:statistiek 0:-3 6:12 7:-2
w:status 5:5 7:-2
w:statushouders 0:-2 4:6
w:steeds 0:-4 1:20 5:10 6:-2 7:5 8:-3
w:steken 1:5
w:stel 0:20 1:-8 2:4 4:4 5:-1 6:3
w:stellen 0:7 2:-1 3:6 4:-1
w:stelt 0:2
w:stem 0:7 1:7 8:-4
w:stemmen 0:3 7:-1
w:stempel 0:-5 6:8
w:stempels 5:-2 6:7
w:sterk 0:4 1:2 4:5 5:-5 7:-3 8:6
w:sterke 0:6 1:-2 3:-2 6:1
w:sterker 0:5 1:-1 5:-2 8:3
w:sterkste 0:-3 1:11 4:-1
w:steviger 0:2
w:stiefvader 0:-4 5:8
w:stiekem 0:2 1:-2
w:stijgen 0:-4 1:-1 2:7 3:4
w:stil 3:-5 4:11 5:2 7:-1 8:-3
w:stiller 0:3 5:-2
w:stilte 0:12 7:-2
w:stilzitten 0:-6 1:7 4:2
w:stoere 0:-1 4:5 8:-2
w:stoornis 1:-2 5:4
w:stop 0:-3 1:-1 7:-2 8:13
w:stoppen 0:3 1:-3 7:2 8:7
w:stopt 0:-6 7:15 8:-3
w:stopte 0:3
w:straat 7:4
w:strakke 0:3 4:-2
w:straks 0:-8 1:15 3:-4 4:5 5:7 6:-1 7:26 8:-4
w:stralen 0:2
w:streefcijfer 0:-2 2:3
w:streefgemiddelde 2:1
w:streep 5:-1 6:2
w:streng 0:3
w:strepen 0:-1 1:2
w:stress 5:1
w:stromen 0:-5 1:-1 4:2 8:7
w:structuur 0:-2 1:4 3:-2 4:1
w:studeert 0:-1 3:10
w:student 0:-9 1:4 3:-2 5:8 7:-4 8:5
w:studenten 0:9 1:-1 2:-3 3:4 4:2
w:studeren 0:-6 1:-3 3:-1 4:1 5:2 8:12
w:studie 1:9 2:-1 4:12 5:6 6:-1 7:-3 8:8
w:studieadvies 0:1 1:-2 2:6 7:3 8:-1
w:studiebol 0:-2 1:5 4:-2 8:-1
w:studiefinanciering 0:3 7:7
w:studiekeuze 1:-4 2:1 3:11 4:-2 5:5 6:-3 8:-3
w:studiekeuzecheck 0:13 4:-3
w:studiekeuzegesprek 0:-3 2:4
w:studielink 2:-2 6:4
w:studiepunten 1:-2 2:7 5:-1
w:studies 0:-1 1:1 2:5 4:3 6:-1 8:-1
w:stuk 0:-6 1:8 3:11 5:-1
w:stukadoor 0:4
w:stukje 0:4 4:-1
w:stukken 0:4 6:3
w:sturen 1:-2 3:-1 7:-1 8:5
w:stuur 2:2 4:5 6:7 8:7
w:supermarkt 0:3 6:-2 8:1
w:switchen 0:4 1:-1 2:-1 8:2
w:systeem 0:-3 5:-2 6:13 7:-2
w:t 0:-3 4:1 8:3
w:taak 0:12 1:-2 2:-1
w:taal 0:17 1:16 4:-8 8:-3
w:taalgevoel 0:2 1:2 5:-3
w:taalniveau 0:-4 1:8 4:-1 5:-1
w:taaltoets 2:2
w:tafel 5:4 6:-3 8:3
w:tak 0:-5 7:9
w:taken 0:6 1:2 2:-2 4:-1 6:4
w:talen 0:5 1:-5 4:3
w:talenstudie 1:-3 4:8 8:-2
w:talent 0:7 1:5 3:-1 4:-3 8:9
w:talenten 0:5 1:-1 5:-1
w:talige 0:-1 1:-2 4:4
w:tanden 0:2
w:tante 0:-2 5:3
w:te 0:-13 1:20 2:5 3:-18 4:-17 5:4 6:-8 7:3
w:team 0:6 1:-4 3:-2 7:-1 8:15
w:teamleider 0:-3 1:3 3:-1 7:13 8:-3
w:techniek 0:-5 1:12 3:-5 4:13 5:-5 7:-2 8:9
w:techniekdag 0:5 4:-3
w:techniekklas 4:1
w:technisch 0:-2 1:-1 8:4
w:technische 1:4 8:1
w:tegelijk 0:5 1:-4
w:tegen 0:-9 1:12 2:-3 3:5 4:-4 7:11 8:4
w:tegenaan 2:5
w:tegenop 0:1
w:tegenover 0:5 3:1 7:-1 8:-3
w:tegenslag 0:15 1:-2 2:-2 5:-7
w:tegenvaller 0:4
w:tegenvalt 1:4 2:4 5:1 6:-1
w:tegenwoordig 0:-1 5:7
w:tegenzit 1:1
w:teken 0:3 1:-2 6:2 7:5 8:-3
w:tekenen 0:-3 4:-3 5:-1 6:7 7:-3 8:2
w:tekening 0:3
w:tekeningen 5:3
w:tekent 3:4 6:3
w:tekort 0:8 1:2 4:-2
w:tekorten 0:-1 1:-2 2:5 6:-1
w:tekortkomingen 0:-15 1:20
w:tekortkomt 2:4 6:-2
w:tekortpunten 0:-4 1:-1 2:11 5:-3 6:-2
w:tekortschiet 0:-4 1:14 8:-1
w:tekst 4:3 8:-1
w:teksten 0:1 1:8 5:-5
w:tel 0:-4 2:2 6:5
w:telefoon 0:1 5:1
w:telefoonabonnement 0:-3 5:4
w:teleur 0:-3 7:3
w:teleurgesteld 0:3 5:-1 7:2
w:teleurstellend 0:-5 2:3
w:teleurstelling 0:5 1:-2
w:telkens 0:1 1:9 3:-2 8:-1
w:tellen 0:-3 2:4
w:telt 0:-6 2:1 5:3 6:22 7:-2 8:-2
w:tempo 0:10 1:10 2:-2 3:2 4:-6 7:3 8:-3
w:ten 0:-3 2:-3 3:12
w:tenminste 0:-2 3:4
w:ter 0:3 2:-2
w:terecht 0:-3 1:7 3:-1 4:7 5:-2 8:-1
w:terechtgekomen 0:-2 5:5
w:terechtkunt 0:3
w:terug 0:18 1:-4 3:4 7:-2
w:terugdenkt 0:2 1:-1
w:teruggekregen 0:3 2:-1
w:teruggestuurd 5:-4 6:7
w:terugkijkt 0:2
w:terugkomen 7:1
w:terwijl 0:3 1:5 2:-1 3:1 8:-2
w:test 0:-1 6:2
w:tevreden 0:-6 1:-5 2:11 5:6 6:9 7:1 8:-1
w:theoretische 0:1 1:3 4:-1
w:theorie 1:16 2:5 4:4 6:1 7:-2 8:-3
w:theorielessen 1:3 8:-2
w:thuis 0:9 1:-9 2:-3 3:-3 4:13 5:42 6:-5 8:6
w:thuissituatie 0:-6 5:8
w:thuiswerken 0:3 5:-2
w:thuiszorg 4:-2 5:3
w:tien 0:5 2:1 3:2 4:-1 6:1
w:tienden 0:-2 2:6 6:-1
w:tijd 0:31 1:-2 3:-7 4:-3 5:10 6:-1 7:17 8:6
w:tijden 1:2
w:tijdens 0:5 1:2 2:-2 3:-3 5:13
w:tik 0:-5 7:9
w:tikt 0:-6 6:-2 7:17 8:-4
w:til 0:6 4:-1 5:-3
w:tillen 0:-1 1:-2 2:2 5:4
w:tilt 2:4
w:timmerman 0:3 2:-1 8:2
w:tip 0:6 1:-2 2:5 8:2
w:tippen 0:-2 3:6
w:tl 0:-5 1:7 2:5 7:-3 8:5
w:tl-diploma 2:-1 8:3
w:toch 0:-13 2:-9 4:15 5:-5 8:10
w:toe 0:1 1:15 3:-1 4:-2 5:-8 6:3 7:-7 8:4
w:toegelaten 0:6 1:-2 2:3 7:-1 8:-2
w:toegewezen 0:-1 7:3
w:toekomst 1:2 2:-2 3:-2 5:-4 6:-3 7:2 8:5
w:toekomstige 0:-3 2:5
w:toekomt 1:-4 3:-2 5:8
w:toelating 0:1 1:-2 7:4 8:-2
w:toen 0:19 1:-4 5:3
w:toepassen 0:-1 2:4
w:toestemming 0:6 4:-1 5:-1 7:1 8:-1
w:toets 0:5 2:6 4:-3
w:toetsen 0:-2 1:8 2:5 5:-2
w:toetsresultaten 0:-4 2:6
w:toetsweek 0:-5 2:3 6:4
w:tonen 1:2 6:6 8:-3
w:toont 1:6
w:top 0:-2 1:2 2:7 3:11 4:-5 6:2 8:-4
w:tot 1:3 2:-2 3:2 4:-8 7:14 8:-1
w:totaal 0:-1 1:3
w:traag 0:-14 1:24 2:-1 4:-2 5:-3
w:trage 0:-1 1:2
w:trager 0:-2 1:3 3:6
w:trainer 0:10 1:-4 5:-1
w:trainers 0:3
w:traject 0:-2 7:2
w:transport 0:6
w:trek 1:-1 2:2 8:1
w:trekken 0:10 1:-3 2:1
w:trekt 0:8 1:13 2:-2 3:-1 4:21 5:-4 6:1 7:-1
w:treuzelen 0:-3 7:8
w:trialoog 0:2
w:trok 0:20 1:-2 2:-4 5:-1 6:-1 7:1 8:1
w:trots 0:19 1:-1 2:3 5:-3
w:turkse 0:-3 4:9 5:-2
w:tussen 0:5 1:-3 2:5 3:-1 5:7 7:3 8:-1
w:tussenjaar 0:-4 4:-1 8:22
w:tussenstap 0:1 4:-1
w:twee 1:15 2:-1 3:-7 4:-2 5:-3 6:14 7:14 8:4
w:tweede 0:11 1:-3 2:6 3:-2 4:-2 5:2 7:4
w:tweelingbroer 0:-4 1:-3 3:12 5:-3
w:tweelingzus 1:-1 3:3
w:tweetallen 0:3 3:8 7:-1
w:twijfel 0:17 1:-6 2:-2 3:2 4:-1 5:-1 7:3 8:2
w:twijfelde 0:2
w:twijfelen 0:7 1:-1 5:-1 6:1 7:11 8:11
w:twijfels 0:2 5:4 8:-2
w:twijfelt 0:-7 1:-1 3:7 5:-1 7:8 8:7
w:twintig 3:1
w:type 0:-4 1:4 3:-6 4:5 7:-3 8:5
w:typisch 1:-1 3:-2 4:23 6:-1
w:typische 1:-4 2:1 3:1 4:20 5:-3 7:1 8:-3
w:u 0:-26 1:-12 3:10 5:7 7:7 8:8
w:uit 1:-8 2:-2 3:15 4:22 5:6 6:10 7:-15
w:uitdaging 0:10 1:-2 3:-2
w:uitdrukken 0:-2 1:5
w:uiteindelijk 0:6 1:-2 8:-2
w:uiterlijk 0:-3 3:-1 6:2 7:6 8:-1
w:uitgeloot 0:7 1:-1 8:-2
w:uitgesloten 1:3
w:uitgezocht 0:-8 1:-1 6:-2 8:16
w:uithoudingsvermogen 1:2
w:uitkering 0:-7 2:1 4:-2 5:13 7:6
w:uitkomst 0:3 3:1
w:uitkomt 2:2
w:uitkwam 0:2
w:uitleg 0:2
w:uitleggen 0:5 1:-4 7:3
w:uitnodigen 0:3 5:-2
w:uitpakt 0:5 7:-3
w:uitproberen 0:7 1:-3
w:uitrekenen 1:-1 2:5 6:-1
w:uitslag 0:5 1:-2 2:3 3:2
w:uitstel 0:-2 7:7 8:-2
w:uitstellen 0:-4 7:12
w:uitstelt 0:5 1:-1 7:-2
w:uitvoerder 0:2
w:uitziet 0:-5 2:8 3:-1 5:2
w:uitzoeken 0:9 1:3 4:-2 7:-2
w:universitaire 0:-3 1:7
w:universiteit 1:-3 3:7 4:10 7:-2 8:7
w:upload 0:-5 6:12 7:-4
w:uren 0:5 1:-2 6:13 7:-2
w:urenbriefje 0:-1 6:4
w:urenkaart 2:-1 6:3
w:utrecht 4:2
w:uur 1:2 2:-2 3:-2 4:-2 5:21 6:2 7:10 8:-4
w:uw 0:-17 1:-9 3:2 4:-2 5:17 6:7 7:9 8:-2
w:vaag 3:3
w:vaak 0:8 1:7 2:-2 3:-11 4:42 5:24 7:-4 8:-4
w:vaakst 0:-2 1:4
w:vaardigheden 0:-2 1:11 2:-1 6:-2
w:vaardigheid 0:5 1:-3
w:vacature 0:3 4:-1
w:vader 0:-14 1:-11 2:-2 3:3 4:7 5:20 7:-5 8:6
w:vak 0:7 2:17 4:8 5:-3 6:-6 7:-2 8:3
w:vakantie 0:2
w:vakdocent 0:1
w:vaker 0:4
w:vakexamen 2:4
w:vakgebied 0:2
w:vakje 0:-8 6:13 8:-2
w:vakjes 6:3
w:vakken 1:14 2:20 8:-3
w:vakman 0:6 4:-1 5:-3
w:vaktaal 0:2
w:val 0:-1 4:3 7:3
w:vallen 0:6 1:6 2:10 3:-1 4:-2 7:-3
w:valt 0:-21 1:13 3:3 4:-3 6:-3 7:3 8:7
w:van 0:9 1:-2 3:22 4:-2 6:13 7:-22 8:-8
w:vanaf 0:2 1:-3 7:3
w:vanavond 0:-1 7:8 8:-4
w:vandaag 0:5 1:-7 2:6 5:-4 6:4 7:26
w:vandaan 0:7 1:-8 2:1 3:-3 4:6 5:9 7:-2 8:-4
w:vangt 0:2 1:4
w:vanuit 0:9 2:1 5:5 7:-1
w:vanzelf 0:5 1:-2 3:4
w:varen 0:-5 7:-1 8:13
w:vast 0:-16 1:6 2:2 3:-7 4:38 5:-4 7:4 8:-11
w:vaste 0:-3 3:5 4:2 5:5 7:-3 8:4
w:vastliep 0:3 8:-1
w:vastloopt 0:8 5:-1 7:-3
w:vat 0:4
w:veel 0:2 2:-14 3:-5 4:6 5:5 6:-14 7:-16 8:3
w:veertig 1:-2 4:8 5:-1
w:veilig 0:-1 8:7
w:veilige 4:2
w:veld 1:-2 4:-1 6:11 7:-2 8:-3
w:ver 0:-15 1:16 3:20 4:-6 7:-1
w:veranderd 0:4 1:-1 7:-1
w:veranderen 0:9 1:3 3:-4 7:-2 8:-2
w:verandert 0:-1 5:2
w:verantwoordelijkheid 0:-9 1:11
w:verbeteren 0:-6 1:6 2:2
w:verbinden 0:3
w:verbindt 0:5
w:verblijfsvergunning 0:-3 5:8
w:verder 0:17 1:8 3:10 5:-9 6:-2 7:-8 8:10
w:verdien 0:2 4:-2 8:4
w:verdienen 0:-5 1:-4 2:2 4:6 5:12 8:3
w:verdient 0:8 3:1 6:1 8:4
w:vergaat 0:-2 4:4
w:vergat 0:5 5:-2
w:vergeet 0:8 1:7 3:-6 5:-2 8:10
w:vergeetachtig 1:6 8:-3
w:vergeleken 0:-5 1:-2 3:24 4:-2 7:-1
w:vergelijk 0:7 1:-2 8:-2
w:vergelijken 0:4 1:-4 3:5 7:-1 8:-1
w:vergelijking 0:-2 3:5
w:vergeten 0:-6 1:3 4:1 7:16 8:6
w:vergeven 1:-1 7:5 8:-2
w:verhaal 0:33 1:-3 4:1 5:-5 6:4 7:2 8:-7
w:verhalen 0:3 5:-2
w:verkeerde 0:-6 1:-2 7:19
w:verkennen 0:18 1:-2 7:-2 8:-4
w:verkenning 0:7 1:-3 8:-3
w:verklaar 0:-5 2:3 3:6 5:-1
w:verklaart 0:-2 5:2
w:verklaren 1:-5 3:-2 5:12 8:-1
w:verkoop 0:-2 1:1 3:-3 4:2 5:-1 8:9
w:verkopen 0:-2 1:4
w:verkorte 0:-6 8:7
w:verlaten 0:-1 1:-1 7:2 8:2
w:verleden 7:3 8:-2
w:verlegen 0:-3 3:-5 4:3 8:8
w:verlengt 0:3 1:-1
w:verliest 1:3 7:3 8:-1
w:verloren 7:2
w:verpest 0:-3 1:4 7:4
w:verpleeghuis 0:1
w:verpleegkunde 0:-5 2:3 4:2 8:5
w:verpleegkundige 0:8 1:-1 3:-2 4:-2 8:6
w:verpleging 4:1 5:-1
w:verplicht 0:-4 1:-1 6:6
w:verplichte 0:-3 3:-1 5:-4 6:13
w:verrassende 0:-2 4:4
w:verrassing 0:3 7:-1
w:verrassingen 0:5 4:-3
w:verrast 0:8 5:-2 8:-2
w:verraste 0:11 6:-1 8:-1
w:verschil 0:2 2:4 3:3
w:verschillen 0:2 3:5
w:verschillend 0:6 3:-1
w:verschillende 0:6 6:-1
w:verslag 3:2 6:11 7:-1
w:verslagen 0:-1 1:9 2:-2 6:4
w:verslaving 0:-3 1:-1 4:-2 5:9
w:verst 0:-15 3:21 5:-2
w:verstandig 0:-1 2:2 8:3
w:verstandiger 0:-1 1:-1 4:2 7:-2 8:4
w:verstandigst 0:-2 1:-2 4:4 8:2
w:vertalen 0:2
w:vertel 0:1 1:-3 2:4 5:29 6:-3 7:-2 8:12
w:vertelde 0:4 1:-3 2:-1 4:-1 5:6 8:-2
w:vertelden 0:8 1:-2 3:-5
w:vertellen 0:12 1:2 2:2 3:-5 5:4 7:-4 8:-2
w:vertelt 0:3 5:-4 8:4
w:vertraging 0:-3 7:4
w:vervalt 0:-2 7:3
w:vervelend 0:5
w:vervolg 0:-1 1:11 2:-3 8:4
w:vervolgopleiding 0:-10 1:4 4:-4 7:1 8:-6
w:vervolgopleidingen 0:3 1:2 3:-1
w:vervolgstap 2:-2 3:5
w:verwacht 0:-3 1:3 2:16 3:5 5:-1 7:6 8:-4
w:verwachten 0:3
w:verwachtingen 0:4 1:3 2:-1
w:verwachtte 0:5 2:-3
w:verzorgen 1:-1 4:2
w:verzorgende 8:2
w:verzorgers 0:12 4:-2 5:-5 7:-1 8:-1
w:verzorging 3:-7 4:7
w:via 0:6 4:-2 5:-1 6:4
w:viel 0:14 1:2 2:-1 3:-2 5:-3
w:vielen 0:4
w:vier 0:3 3:11 4:-1 6:-4 7:3
w:vijf 0:3 2:-3 3:5 5:-2 6:20 7:-1 8:-2
w:vijftiende 0:11 7:-1 8:-3
w:vijftiger 1:-5 4:6
w:vind 0:3 2:-3 4:13 5:-9 6:-2 7:-3 8:22
w:vinden 0:-4 1:16 3:-4 4:8 5:-2 7:1
w:vindt 0:20 1:-4 2:-1 3:8 4:5 7:9 8:-2
w:vink 0:-2 6:7 8:-1
w:vinken 0:14 1:-3 6:-3 7:-1 8:-2
w:vinkje 0:2 1:-2 2:-1 6:10
w:vist 3:-3 7:6
w:vlogger 0:2 8:1
w:vloog 0:5 5:-2
w:vlucht 0:-2 5:6
w:vluchteling 0:-2 1:-1 4:5
w:vmbo 0:2 1:4 3:-2 4:3 5:1
w:vmbo'er 0:-3 1:-3 4:17 8:-4
w:vmbo-havo-hbo 0:1
w:vmbo-mbo-hbo 0:1
w:vmbo-t 3:1
w:voeding 5:1
w:voedselbank 0:-3 2:-2 5:9
w:voel 1:-1 3:3 5:4 7:-1
w:voelde 0:17 3:-1 4:1 5:-3 7:-1
w:voelen 0:7 4:4 5:-3 8:-3
w:voelt 0:13 1:-3 2:-1 3:9 5:4 7:-3
w:voeren 0:2
w:voert 0:4 6:-3
w:vol 0:-5 1:7 4:5 6:13 7:4 8:-2
w:voldoen 0:-1 2:2 6:2
w:voldoende 0:-7 1:1 2:11 5:-5 6:5 7:-1
w:voldoendes 2:3
w:voldoening 0:16
w:voldoet 0:-2 1:4 6:1 7:-1 8:-1
w:volgen 0:-3 1:8 2:-1 6:3
w:volgend 0:-6 7:10 8:8
w:volgende 0:16 1:-6 2:12 3:-3 5:-3 6:2 7:2 8:-4
w:volgens 0:7 1:-7 2:8 3:8 4:-3 5:-2 7:-4 8:13
w:volgt 0:5 1:-2 2:-1 4:-3 7:8
w:volhouden 0:-5 1:12 5:-2 7:-2
w:volhoudt 5:3 8:-1
w:volledig 0:-2 5:3 6:3
w:voltooid 0:-4 2:-1 6:13
w:volwaardig 0:3
w:vond 0:43 1:-4 2:-8 3:-2 5:-2 7:1
w:vonden 0:1 3:2
w:voor 0:-6 1:10 2:25 3:-14 4:4 6:-1 7:-1 8:17
w:vooraf 0:2
w:vooral 1:9 2:5 3:-3 4:13 5:-5 6:-1 7:-5
w:voorbeeld 0:-3 3:11 8:-2
w:voorbereid 0:-4 3:7 8:-1
w:voorbereiden 0:4 5:-1
w:voorbereiding 0:1
w:voorbij 0:6 5:-2 7:11 8:-4
w:voordat 0:-7 1:3 2:2 3:-5 4:-7 5:4 7:5 8:-9
w:voorexamenjaar 2:1
w:voorjaar 0:7 6:-2
w:voorjaarsvakantie 7:2
w:voorkeur 0:-2 7:-3 8:6
w:voorkeuren 0:4
w:voorkom 0:-2 4:1 7:4
w:voorkomt 0:3 4:-3
w:voorlichting 0:9 1:-3
w:voorlopig 7:4
w:voorstellen 0:1 1:-4 4:6 8:-1
w:voorstelt 0:-2 5:7
w:voortgang 0:9 1:-5 2:1 3:-1 4:-2 6:5
w:voortgangsbalk 2:-4 6:12
w:voortijdig 0:4
w:vooruit 0:3 1:1
w:voorval 0:4 2:-1
w:voorzichtig 0:-4 5:6
w:vorig 0:2 1:-1 3:6 5:3 6:5 7:-3 8:-3
w:vorige 0:8 1:-2 3:14 5:-2 8:-2
w:vraag 0:16 1:-4 2:6 3:8 5:24 6:-3 7:-2
w:vraagstukken 0:2
w:vraagt 1:24 2:5 3:-2 4:-1 6:1 8:-1
w:vragen 0:21 1:2 2:-2 4:4 5:-2 6:10 7:-5 8:-2
w:vriend 0:2 3:4 7:-1 8:2
w:vriendelijk 8:2
w:vrienden 0:4 1:-8 3:21 5:-2
w:vriendengroep 0:2
w:vriendin 0:5 8:-1
w:vriendinnen 0:-2 3:3
w:vrij 0:2 2:3 7:-1
w:vrijblijvend 0:3 8:-1
w:vrijdag 0:-13 2:1 6:14 7:18 8:-3
w:vrije 0:5 1:-1 5:-2
w:vrijwel 1:5 3:-2
w:vrijwilligerswerk 0:1
w:vroeg 0:24 2:-1 6:1 8:-5
w:vroege 0:-4 1:3 5:3
w:vrouw 0:-1 4:10 7:-2 8:-2
w:vrouwen 0:-4 4:8 5:-1
w:vso 4:5 8:-1
w:vso-leerling 0:-4 3:-2 4:7
w:vso-leerlingen 0:-5 4:7
w:vul 0:-12 1:-1 2:-1 5:5 6:15 7:3
w:vullen 0:9 7:-3 8:-1
w:vult 0:1
w:vwo 1:4 2:2 3:15 5:-1 7:-2 8:19
w:vwo'er 0:-1 4:7 8:-2
w:vwo'ers 3:-4 4:9 8:-2
w:waar 0:31 1:24 2:4 3:3 5:-9 6:-17 7:-11 8:-11
w:waarbij 1:12 4:-3 8:-2
w:waard 0:10 3:-3
w:waarden 0:13 1:-2
w:waardevol 0:6 3:-1
w:waardoor 0:-3 1:2 4:-1 5:9
w:waarin 0:4 1:9 2:-2 4:2 5:-2 8:-3
w:waarmee 0:1
w:waarom 0:-11 1:11 2:-5 3:36 5:5 6:-3 8:18
w:waarop 0:7 1:3
w:waarover 0:4 1:-2
w:waarschijnlijk 0:-10 1:5 4:15 5:-2 8:-2
w:waarschuw 7:2
w:waarschuwing 0:-1 2:-2 7:5
w:waarvan 0:4 1:-3
w:waarvoor 0:9 4:-1 5:-1
w:wacht 0:-11 1:-6 7:21 8:5
w:wachten 0:6 3:-2 4:2 5:-1 7:19 8:-3
w:wachtlijst 7:1
w:wakker 0:2 5:3
w:wandelend 0:4 6:-1
w:wanneer 0:20 1:-2 2:-1 3:-3 5:-7 6:8 7:8 8:7
w:want 0:-21 2:2 3:-3 4:-2 5:6 6:6 7:15 8:-3
w:waren 2:1 3:9 4:-1 5:-1
w:warme 0:4
w:warming-up 0:3 1:-1
w:was 0:31 1:-2 2:6 3:5 4:-1 7:-4 8:4
w:wat 0:41 1:24 2:6 3:4 5:-20 6:-8 7:-16 8:-16
w:water 0:1
w:we 0:-19 1:12 2:2 3:-24 4:-13 5:7 7:-29 8:20
w:website 0:2
w:wedstrijd 0:3 3:-1
w:weeg 0:7 1:-2 3:-1 8:-2
w:weegt 0:4 2:-1
w:week 0:7 1:-3 2:9 3:-4 4:-2 6:5 7:25
w:weekend 0:-5 5:15
w:weer 0:-5 1:3 3:-4 4:-2 5:3 6:9 7:10 8:-4
w:wees 0:-1 1:2 8:1
w:weet 0:4 1:-15 2:-8 3:11 4:6 5:-1 6:-5 7:17
w:weg 0:-11 1:6 2:3 3:-9 5:-4 6:-5 7:2
w:wegen 0:8 1:-2 4:-2
w:weggelegd 4:2 8:-1
w:wegwerkt 0:-3 2:4
w:weinig 0:-11 1:37 3:-3 4:12 5:4 6:-1 7:-2 8:2
w:weken 0:9 1:-2 2:1 3:-3 5:-1 6:-3 7:21
w:wel 0:-33 1:11 2:-10 3:20 5:18 6:-12 7:10 8:-1
w:weleens 0:-7 1:-3 5:28 7:2
w:welk 0:30 1:12 2:25 3:-8 4:12 5:-12 6:-1 7:-1
w:welke 0:16 1:14 2:3 3:-7 5:-22 6:-4 7:-19 8:2
w:welkom 0:15 4:-3 5:-1
w:welzijn 0:5 1:2 5:-5 6:2 7:-2 8:5
w:wens 0:5
w:wensen 1:2
w:werd 0:8 2:-2 5:4 6:-1
w:wereld 0:5 1:-3 4:-2 8:6
w:werelden 0:2 8:-1
w:werk 0:36 1:13 3:-3 4:4 6:-5 7:6 8:-3
w:werkdag 0:11 1:-4 2:-3
w:werken 0:-10 1:3 3:-5 4:13 5:8 6:-2 7:-8 8:21
w:werkervaring 3:2
w:werkexploratie 0:8 4:-2
w:werkgever 1:3 7:2 8:5
w:werkgevers 0:-1 4:-1 5:4 7:14 8:-4
w:werkhouding 0:-4 1:15 8:-2
w:werkloos 1:-2 5:5 6:-1
w:werkplaats 0:4 5:-3 8:5
w:werkplek 0:5 2:-2 3:3 5:-9 7:-3 8:-4
w:werkprocessen 3:2
w:werkstuk 0:8 1:-3 2:3 3:-1
w:werkt 0:4 1:6 2:-3 3:9 4:-5 6:-1 7:-5 8:2
w:werkte 0:2 2:-2 3:6
w:werktempo 0:-4 1:7
w:werktijden 0:2 1:-1
w:werktuigbouwkunde 0:-2 1:-1 4:4
w:werkveld 0:4
w:werkvelden 0:4
w:werkvloer 0:-1 1:4 2:4 4:7
w:werkweek 0:3 3:-2
w:weten 0:12 2:3 5:21 6:-4 7:-3
w:wetenschappen 8:3
w:wezenlijk 0:6 1:-1 4:-2
w:wie 0:33 1:-1 3:19 5:4 6:-2 7:45 8:-9
w:wij 0:-8 1:-1 5:3 7:5 8:14
w:wijk 0:-1 4:2
w:wijs 0:4 5:-2
w:wijst 0:10 8:-1
w:wijzen 0:2
w:wil 0:-3 1:-7 2:-3 3:8 4:21 5:-7 7:14 8:13
w:wilde 0:14 1:-2 3:3
w:willen 0:8 1:12 2:-7 4:7 5:-7 6:-2 8:-5
w:wilt 0:23 2:11 3:-9 5:20 6:-4 7:-3 8:-14
w:winkel 1:1 2:-1 5:-1 8:3
w:winnen 1:-3 2:4
w:wiskunde 0:-3 1:2 2:7 4:-2 5:-4 7:-7 8:7
w:wissel 0:2 1:-1
w:wisselen 7:5 8:4
w:wisselende 0:2 1:-1
w:wist 0:-1 1:-4 3:3 5:4
w:wo 0:-4 1:5 2:2 8:2
w:woensdag 0:-1 7:9 8:-6
w:wonen 0:2 2:2 5:2
w:woon 0:-19 5:23
w:woont 0:-2 5:5
w:woord 0:2 6:4
w:woorden 0:21 1:4 2:2 3:-1 4:-2
w:woordenschat 0:-2 1:7 7:-2 8:-1
w:word 1:-8 2:3 3:-6 4:2 7:7 8:14
w:worden 0:-22 1:3 2:-8 3:-2 4:8 6:-8 7:4 8:8
w:wordt 0:-7 1:7 2:1 3:-5 4:-4 7:17 8:16
w:workshop 0:4 4:-3
w:z'n 0:-2 3:2 7:3
w:zaak 4:8 5:-1 8:1
w:zag 0:28 1:-3 2:2 3:-2 5:2 8:-6
w:zakgeld 2:-1 5:3
w:zakken 2:5
w:zakt 0:-5 1:2 8:1
w:zal 0:-2 1:-4 4:8
w:zat 3:3
w:zaterdag 0:1
w:ze 0:5 1:12 2:-8 3:16 4:-4 5:9 6:-7 8:-9
w:zee 0:6 7:-1
w:zeg 0:-2 1:-2 2:6 4:4 7:17 8:6
w:zeggen 0:13 1:-5 2:4 3:1 7:-1 8:-3
w:zegt 1:6 2:12 4:-7 5:11 6:-2 7:-8
w:zei 0:29 1:-9 2:6 5:1 6:2 8:-1
w:zeker 0:1 1:-5 2:-2 4:5 5:2 8:7
w:zekere 8:1
w:zekerheid 4:-1 8:6
w:zelden 0:-1 4:8 8:-4
w:zelf 0:45 1:6 2:-11 3:-10 4:3 6:-12 7:2 8:-6
w:zelfstandig 0:-4 1:11 3:6 4:-2 5:-2 8:-3
w:zelfstandige 0:5 1:-1 4:2 7:-2
w:zelfstandigheid 1:5 3:5 6:-1
w:zelfstudie 1:1 4:-1
w:zelfvertrouwen 0:-1 1:3
w:zenuwachtig 0:1
w:zes 0:-4 2:9 5:-2 6:5
w:zet 0:-8 1:10 2:7 3:13 4:-6 6:10 8:-1
w:zette 0:4 1:-2
w:zetten 1:1 2:-5 3:1 5:-2 6:11 7:-1 8:20
w:zeven 0:-3 2:6
w:zeventig 3:3
w:zich 0:-17 2:-6 4:4 5:1 6:-5 8:-2
w:zicht 2:3 5:-1
w:zichtbaar 0:8 6:4 7:-2 8:-2
w:zichzelf 0:-4 1:5 3:-2 4:-3 7:9
w:zie 0:-6 1:6 2:-5 3:-5 4:3 5:4 8:10
w:ziek 0:-4 1:-3 4:-2 5:18
w:zieke 0:3 2:-2 4:-3 5:9
w:ziekenhuis 0:-2 3:-2 4:6 5:-4 7:3 8:5
w:ziekte 0:-7 5:13
w:zien 0:32 2:11 3:3 4:-4 5:-1 6:5 8:-6
w:ziet 0:10 1:-3 2:-5 3:1 5:4 7:-6 8:-6
w:zij 0:-5 1:5 3:21 4:-3 5:-3 6:1 8:3
w:zijn 0:-2 1:-5 2:6 4:18 5:6 6:6 7:-4 8:-14
w:zijpaneel 0:1
w:zin 0:9 1:-3 2:-1 5:5 6:5 7:-1 8:5
w:zinnen 0:-3 6:6
w:zit 0:-22 1:-5 3:10 4:2 5:10 6:-4 8:2
w:zitten 0:2 1:11 2:-4 3:-3 4:2 5:2 6:-4 8:-5
w:zo 0:-40 1:53 2:4 3:12 4:-1 5:13 8:-13
w:zo'n 0:4 1:11 2:1 4:16 5:-3 6:-2 8:-3
w:zoals 0:8 1:-3 4:16 5:3 7:-2 8:2
w:zocht 8:3
w:zodat 0:-14 1:11 2:5 4:-1 5:9 6:13 7:-4 8:-5
w:zodra 1:3 3:-1 6:4
w:zoek 1:11 3:-2 4:7 5:-3 7:-6 8:12
w:zoeken 0:2 1:11 3:-2 4:3 5:8 6:-2 8:-2
w:zoekt 0:2 1:-8 3:2 4:4
w:zoiets 0:-3 1:-1 4:8
w:zolang 0:3 7:-1
w:zomer 0:-5 1:4 4:-2 5:1 6:-2 7:4
w:zomervakantie 0:7 5:-3
w:zonde 0:-9 2:1 3:-4 4:-2 8:28
w:zonder 0:-9 1:19 2:-5 6:-8 7:34 8:-20
w:zoon 1:3 3:4 4:-3 5:2
w:zorg 0:-11 1:5 2:2 3:-6 5:-10 6:3 7:-9 8:13
w:zorgberoep 0:-2 1:-1 4:4
w:zorgcoordinator 0:4 5:-3
w:zorgen 0:6 1:2 3:5 5:2 7:-9 8:-1
w:zorgopleiding 2:1 7:3 8:-2
w:zorgstudie 0:-1 1:6 4:-4 8:-2
w:zorgt 0:-5 3:-1 5:12 6:3
w:zorgvuldig 0:6 1:-3 5:-1
w:zorgzaam 0:-2 2:7
w:zorgzamer 2:-2 4:5
w:zou 0:12 1:4 4:2 5:-15 6:-11 7:-7 8:19
w:zouden 0:5 1:-1 2:-1
w:zoveel 0:-4 1:1 3:5 4:-2 6:6 7:-1 8:-5
w:zover 3:2
w:zulk 0:11 1:-3 4:-3
w:zullen 0:-2 1:-5 3:-1 4:3 5:-6 6:3 7:2 8:19
w:zus 0:-8 1:-1 2:4 3:43 5:-1 6:4 7:3 8:-2
w:zusjes 3:-2 5:5
w:zwaar 0:4 1:2 2:-2 3:-3 4:9 5:5 7:-1 8:-4
w:zwaarder 0:2 1:-1
w:zwaarst 0:6 1:-3 2:1 8:-1
w:zwak 1:7 4:2 5:-1 7:-3
w:zwakke 0:-7 1:28 3:-2 4:-6 6:1 7:1
w:zwakstroom 0:3 1:-1 4:-1
w:zwakte 0:-2 1:4 7:-1
w:zwanger 0:-2 1:-2 2:1 5:15
w:zwangerschap 0:-6 5:12
w:zware 0:-6 1:2 5:12
`,
};
