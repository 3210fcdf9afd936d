/**
 * The weights of the learned backstop (./learned.ts), written by scripts/train-guardrails.ts: do not
 * edit. λ=0.0003, epochs=300, library weight=0.3, refuse target=0.004, warn target=0.01, veto=0.1, clear=0.02; weights below 0.01 left out.
 */
import type { LearnedModel } from './learned';

export const LEARNED_MODEL: LearnedModel = {
  classes: ['sound', 'deficit', 'grade-topic', 'comparison', 'labelling', 'care', 'tick-box', 'pressure', 'verdict'],
  bias: [0.338, -0.589, -0.361, -0.627, -0.313, -0.117, -0.193, -0.294, -0.066],
  refuse: 0.837,
  warn: 0.641,
  veto: 0.1,
  clear: 0.02,
  weights: `
a:<grade> 1:-6 2:23 3:10 4:-9 5:-6 6:14
a:<num> 1:-4 2:4 5:-5 6:16 7:20 8:-9
a:a 0:3 2:1 8:2
a:aan 0:3 2:-4 3:-1 4:-5 5:-7 6:15 7:11 8:4
a:aandacht 0:1 1:3 5:-2
a:aangemeld 0:-6 1:-3 3:1 7:8 8:3
a:aangenomen 0:2 1:-1
a:aankan 0:-4 1:8 5:3 6:-1
a:aanleiding 0:3
a:aanmelddatum 0:2 1:-1 7:8
a:aanmelden 0:10 7:2 8:-1
a:aanmelding 0:-2 7:6
a:aanmeldt 0:9 2:2 7:-6 8:-3
a:aannames 0:6 5:-2
a:aanspreekt 0:3 5:-1
a:aantal 0:-2 6:5
a:aanwijzing 0:2
a:aardrijkskunde 0:-1 8:3
a:abstracte 0:-5 1:10
a:achter 0:-7 1:14 3:3 4:2 7:2 8:-8
a:achteraf 0:7 7:-3
a:achterblijft 0:-4 1:2 3:6
a:achtergrond 0:-3 4:7
a:achterloopt 0:1 1:-1 3:4 7:-2
a:achterstand 0:4 1:-2 2:5 3:-2 5:-1
a:activiteiten 6:3
a:adhd 0:-4 1:-11 4:24 8:-5
a:administratie 1:1 6:1
a:advies 0:-3 2:2 4:-2 7:2 8:17
a:af 0:-12 1:6 3:-4 4:-4 5:-1 6:4 7:5 8:10
a:afdeling 0:-2 1:-1 3:5
a:afgaat 1:2 4:-2
a:afgeleid 1:7
a:afgerond 0:5 6:4
a:afgesproken 6:-1 8:5
a:afgevallen 5:4
a:afgevinkt 0:-8 6:9
a:afgewezen 0:2 7:3 8:-2
a:afmaken 7:-2 8:3
a:afronden 6:2 7:2
a:afspraak 7:3
a:afspraken 0:-2 1:6
a:aftekenen 0:-2 6:10 7:-4
a:afvallen 0:-2 1:3
a:afvinken 6:7 7:-1 8:-1
a:afweging 0:2
a:afwezig 5:1
a:afwijzing 0:7 7:-2
a:agenda 0:8 6:-3
a:al 0:16 1:-8 3:34 4:-1 5:-5 6:-16 8:11
a:allang 0:-2 3:5
a:alle 0:-11 1:2 2:-3 3:1 4:-2 5:-4 6:2 8:4
a:allebei 0:13 3:-2 4:-5 5:-1 6:2
a:alleen 0:2 1:-4 2:-3 5:-3 6:11 7:5 8:-6
a:allemaal 0:-2 1:2 3:14 4:-3
a:alles 1:7 2:4 4:4 6:-2 8:2
a:als 0:13 2:-3 4:30 5:-9 6:16 7:41 8:-7
a:alsof 0:11 3:-1
a:altijd 0:11 1:-2 3:-2 4:7 7:-9
a:alvast 1:2
a:ander 0:1 1:3 7:3 8:-1
a:andere 0:15 1:-9 3:18 4:-5 7:-12 8:11
a:anderen 1:-2 3:11 4:-3 7:4 8:-3
a:anders 0:16 1:-1 3:-12 5:-3 6:22 7:26 8:-4
a:antwoord 0:3 1:-2 7:4
a:antwoorden 0:10 1:-2 6:-1 7:-2 8:-1
a:april 0:6 1:-3 7:5
a:arbeidersgezin 0:-5 4:7
a:architecten 0:2
a:arts 0:-1 4:3 7:2
a:autisme 4:5 8:-4
a:autist 1:-1 4:2
a:autisten 4:1
a:automatisch 7:2
a:b 7:-3 8:10
a:baan 0:-4 3:-4 4:13 7:2 8:7
a:baangarantie 0:-2 8:5
a:baanzekerheid 4:-2 8:5
a:bakker 0:1 1:-1 8:3
a:bakkerij 0:6 1:2 4:3 8:-2
a:bakkers 0:3 4:-2
a:balen 0:2
a:bang 0:13 1:-8 7:-1
a:bank 4:4 5:-2 7:5
a:basis 0:5 2:-1 3:3 6:-2 8:2
a:basisvaardigheden 0:-1 1:4 2:-1
a:bbl 1:1 4:-1 7:2 8:5
a:bbl'er 0:-9 1:2 2:4 4:7
a:bbl'ers 0:-3 1:-2 3:5 4:4 7:-3
a:bbl-baan 0:1 4:-2 5:3 7:-2
a:bbl-contract 7:2
a:bbl-plek 0:-4 1:5
a:bbl-plekken 1:3 7:2
a:bbl-route 8:5
a:bbl-student 6:3
a:bbl-traject 0:-3 1:2 4:-3 5:3 8:7
a:beantwoord 6:5
a:bedenk 7:4
a:bedenken 0:4
a:bedenkt 0:2
a:bedoeld 0:-2 1:-2 4:5 6:3
a:bedoeling 0:2
a:bedrijf 0:4 3:13 4:-4 7:-1 8:4
a:bedrijven 0:7 1:-1 2:-1 6:-2 8:2
a:beeld 0:5 2:6 4:-3 5:2
a:beelddenker 1:-2 4:4 8:-2
a:beetje 0:2 1:8 4:-2
a:begeleider 0:7 1:-3 3:-1 6:4 7:-2
a:begeleiding 0:-9 1:7 4:-2 6:9 8:-2
a:begin 0:5 1:-2 3:-1 4:2 6:-2 8:6
a:beginnen 0:2 1:-4 2:1 3:-1 4:7 6:-2 8:6
a:begint 0:3 5:3 7:-1 8:7
a:begon 0:5 5:-2
a:begrijp 0:-5 5:7
a:begrijpelijk 0:1
a:begrip 0:-3 1:14 4:-2
a:behaald 0:12 1:-2 6:-2
a:behaalde 0:5
a:behalve 1:-2 3:6
a:beheerst 0:-6 1:12
a:behouden 0:5 4:-2 8:-1
a:beide 0:4 5:-2
a:beinvloeden 0:-1 5:2
a:beinvloedt 0:-1 5:1
a:bekeken 6:3
a:bekend 0:4
a:bekende 0:4
a:bekijk 0:6 1:-1 2:-2
a:bekijken 0:5 1:-2
a:bel 0:-4 6:-2 7:14 8:-2
a:belangrijk 0:-3 5:3 7:2
a:belangrijker 0:-2 4:3
a:belangstelling 0:3
a:beleefd 1:-2 4:3
a:bellen 0:12 1:-3 7:1
a:ben 0:10 1:-5 3:9 4:11 5:-10 6:-4
a:benieuwd 0:15 8:-9
a:benoemen 0:2 1:3
a:bent 0:-24 1:8 2:-2 3:1 4:6 5:-7 7:-12 8:10
a:beoordeling 2:4
a:bepaald 1:2
a:bepaalt 0:10 1:-2 2:2 3:-2 5:1 7:5 8:-2
a:bepalen 2:3 3:8 6:-2
a:bereiden 0:10 1:-1 4:-2
a:beroep 0:21 1:-5 3:-2 4:-4 5:2 6:2 7:-6 8:8
a:beroepen 0:23 4:2 5:-2 7:-1 8:-10
a:beroepenmarkt 0:1 1:-2 6:4 7:3
a:beroepentest 1:-2 5:1 6:2 8:12
a:beroepsorientatie 0:-2 6:4
a:beschouwing 1:4
a:beschrijf 0:6 7:-2 8:-2
a:beschut 0:-6 1:-3 4:11 5:-1
a:besef 0:-3 7:5
a:beslis 7:6
a:beslissen 0:10 1:-1 7:-3
a:beslissing 0:-7 7:8
a:beslist 7:6 8:-4
a:besloten 0:-6 3:-1 8:18
a:besluit 7:6 8:-1
a:bespreek 0:-10 1:10 2:8 3:6 5:1 6:-3 7:-5 8:-7
a:bespreken 2:1 3:3
a:besproken 8:3
a:best 0:7 1:7 3:-2 4:10 5:-1 7:-4 8:2
a:bestaan 0:7 7:-1 8:-2
a:bestaat 0:4 7:-2
a:beste 0:-7 1:-5 3:7 4:-5 6:4 7:-4 8:28
a:beta 0:-2 3:-1 4:7 8:-3
a:betekenen 1:8 4:-2 6:-1 8:-4
a:betekenis 0:5
a:betekent 0:2 1:-2 6:-3 7:12
a:beter 0:-18 3:4 4:7 5:9 7:-10 8:35
a:betere 0:-1 8:4
a:betoog 0:5 1:-1 3:4 4:-1 5:-4
a:betreft 0:-3 8:8
a:beveiliging 0:-7 1:1 4:7 5:6 6:-2 7:-2 8:3
a:bewegen 0:9 1:-1 4:4 8:-3
a:bewijs 0:4 2:-2 6:-2 7:4
a:bewust 0:6 8:-2
a:bezighoudt 0:4 1:-2
a:bezocht 0:-6 3:6 6:5
a:bezochte 0:-3 6:5
a:bezoek 0:7 3:-2 6:5 7:-3
a:bezoeken 0:12 3:-3 8:-2
a:bezoekt 0:-4 3:6
a:bieden 0:2
a:biedt 0:2 1:-1 3:-1 8:2
a:bij 0:7 1:10 2:-9 3:20 4:-1 6:15 7:-6
a:bijbaan 0:7 1:-3 8:2
a:bijhoudt 1:1
a:bijna 0:-7 3:14 4:-1
a:bijvoorbeeld 0:6
a:bindend 2:5 5:-2
a:binnen 0:6 2:1 4:-3 6:3 7:1 8:-1
a:biologie 0:-2 2:4 8:2
a:bleef 0:6 1:-1
a:bleek 0:3 8:-1
a:blij 1:-1 4:4 6:-2 7:3
a:blijf 0:-2 2:2 5:-1 7:4 8:16
a:blijft 0:10 2:5 3:-3 4:-2 5:-2 7:9 8:6
a:blijkt 1:-1 7:-2 8:8
a:blijven 0:-3 1:-4 4:3 6:6 7:2 8:2
a:blik 0:7 1:-3 8:-1
a:bloed 0:-4 1:-1 4:14 8:-3
a:blok 1:2
a:boeit 0:2
a:boeken 4:3 8:-2
a:boekhouden 0:4 5:-2
a:bol 8:2
a:boos 0:7 5:-1 7:2 8:-3
a:boot 0:-5 3:1 7:2
a:bouw 0:4 1:-2 3:-4 4:7 8:2
a:bouwen 0:7 1:-3 4:3 8:-1
a:boven 0:-4 1:6
a:bovenbouw 1:2 2:2
a:bpv 1:1 2:1 5:5 6:3 8:-2
a:bpv-begeleider 0:7 6:-2
a:bpv-beoordeling 0:-4 2:5
a:bpv-periode 0:1 8:-1
a:bpv-plek 0:-3 7:3
a:bpv-uren 0:-4 6:5
a:brede 0:2 8:1
a:breed 0:2
a:breedte 0:5 6:-3
a:brengt 0:3
a:brief 0:-1 7:2
a:broer 0:-4 1:-3 3:9 7:-3 8:4
a:brood 0:-5 7:-3 8:13
a:brug 1:5 8:-3
a:brugklassers 0:3
a:bruikbaar 0:2
a:buiten 0:13 1:4 4:-2 6:-1 7:2
a:buitenland 0:-1 1:-2 8:5
a:bureau 7:2 8:-1
a:buurt 0:4
a:c 8:3
a:certificaat 7:3
a:chaotisch 1:9 4:-2 8:-1
a:chaotische 1:6 4:-4 8:-1
a:checklist 0:-5 5:-1 6:11 7:2
a:chef 0:1
a:cijfer 0:6 1:-2 2:7
a:cijferlijst 2:5 7:-1
a:cijfers 1:-1 2:11 4:-1 6:-3
a:cohort 0:-5 3:10 4:-1
a:collega's 0:-2 1:6 4:-2
a:competenties 0:5 2:-2 6:3 7:-1
a:compleet 0:-1 6:5
a:compliment 0:3
a:computer 1:7 3:-6 4:3 8:-2
a:computers 4:6 8:-4
a:concentratie 0:-6 1:5 5:3
a:concentreren 0:-1 1:3
a:conclusie 8:7
a:concreet 0:4
a:concrete 0:2
a:contact 0:12 1:3 4:-2 8:-2
a:contacten 0:4 4:-1
a:contactgegevens 0:1
a:contract 7:4
a:creatief 0:-5 1:4 4:6 5:-2 7:-2
a:cultuur 0:-2 4:2 8:4
a:daan 0:-2 3:6 6:-2
a:daar 0:14 1:9 2:7 3:-1 4:-4 6:-4 7:-17 8:36
a:daarbij 0:2 3:7 5:-1 7:-2
a:daarmee 0:-5 5:4 7:4 8:-1
a:daarna 0:-3 4:-2 5:1 6:1 7:21 8:-3
a:daarom 1:7 4:-3 7:3 8:-1
a:daarop 0:-4 1:9 5:2
a:daarvan 0:-4 3:8
a:dacht 0:4 7:-1
a:dag 0:8 1:7 4:-2 6:6 7:-7 8:-5
a:dagbesteding 0:2 1:-1 4:5
a:dagen 0:-9 1:-3 2:-1 3:10 5:7 6:4 7:13
a:dagje 0:3 7:-1
a:dan 0:1 1:-18 2:-11 3:-3 4:-16 5:13 6:24 7:16
a:dapper 0:4 8:-1
a:dat 0:22 1:-22 2:-4 3:-17 5:35 6:27 7:-7 8:34
a:datum 0:2
a:de 0:7 1:-2 2:-16 3:5 4:-14 5:-8 7:20 8:16
a:deadline 1:-3 4:-3 7:12
a:deadlines 0:1
a:debat 0:1
a:decaan 0:5 3:-1 4:-1 5:-1 6:7 8:3
a:decanen 0:2
a:deden 0:8 1:-2 4:-1
a:deed 0:5 1:-1 3:8 5:-2 7:-2
a:deel 0:2 3:-1 7:2
a:deelnemer 1:-2 3:2 7:5 8:-1
a:definitieve 0:-4 7:7 8:-1
a:degene 0:-2 3:3
a:delen 0:6 7:-2
a:denk 0:-1 1:2 3:-2 4:2 6:-2 7:16 8:-7
a:denken 0:-2 4:8 7:-3 8:7
a:denker 0:-7 1:11 7:-3 8:-1
a:denkers 1:-3 4:6
a:denkt 1:6 4:-2 7:1
a:denkvermogen 1:2
a:derde 0:-3 1:-1 3:3 5:4 7:2
a:detailhandel 3:1
a:deur 0:8 1:-3 6:-2 8:-2
a:deuren 0:-2 1:-2 6:-1 8:12
a:deze 0:-5 1:-8 3:2 5:-7 6:8 7:6 8:-19
a:dezelfde 0:-2 7:-2 8:5
a:dicht 4:1 5:-2 6:4 8:4
a:dichtbij 0:6 8:1
a:die 0:14 1:14 2:-2 3:7 4:-15 6:-3 7:-8 8:14
a:diensten 0:-3 1:4 4:-1 5:4 8:-2
a:dieren 0:2
a:dierenarts 0:1 8:2
a:dierenzorg 0:4 8:-1
a:ding 0:3 1:9 4:-2 7:-3 8:-2
a:dingen 0:17 1:1 3:-2 4:-2 7:-2
a:dinsdag 0:4 7:2 8:-3
a:diploma 0:9 1:-6 2:5 5:-2 6:-4 7:9 8:4
a:discipline 1:10 2:-1 4:-2 8:-2
a:dit 0:-21 3:7 4:-3 5:-2 6:20 7:3 8:-2
a:docenten 0:4 1:-1
a:dochter 1:13 2:3 4:-1 8:-2
a:doe 0:-8 1:-2 7:2 8:23
a:doel 0:3
a:doen 0:-3 1:-10 2:-2 3:2 4:20 6:1 7:-5 8:23
a:doener 0:-2 1:-5 3:5 4:-1 8:3
a:doeners 0:-2 1:3 4:6 7:-2
a:doet 0:16 4:2 6:-2 7:2
a:dokter 0:1 4:1
a:donderdag 0:2 6:-3 7:2
a:door 0:16 1:-9 3:-4 4:-1 6:4 7:6
a:doorgaat 0:2 1:-2 7:5 8:-1
a:doorgegeven 0:4 1:-2 3:4
a:doorgeven 0:-3 6:2 7:2
a:doorleren 0:-2 1:-2 4:3 8:4
a:doorlopen 6:2
a:doorpakt 0:-3 4:-1 7:6
a:doorstromen 1:2 4:-2 7:-1 8:5
a:doorstroom 2:3 7:3 8:-2
a:doorstroomt 3:4
a:doorvragen 0:4 1:5 7:-1
a:doorzetter 0:-2 1:8 7:-1 8:-2
a:doorzettingsvermogen 1:4
a:dorp 1:-2 3:-1 4:6 8:-2
a:dossier 0:-5 1:4 3:-2 5:-2 6:15 8:-2
a:draad 1:5
a:draagt 0:-6 1:-4 4:8 7:4
a:draait 0:3 5:-2
a:drama 8:2
a:drie 2:9 3:6 4:-4 5:-6 6:13 7:2 8:-4
a:driegesprek 5:10 6:-2 8:-2
a:drijft 0:1
a:dromen 0:-6 4:6 8:5
a:droom 0:-3 4:-1 7:2 8:6
a:droombaan 0:3 1:-1 6:5 7:-1 8:-1
a:droomberoep 0:2 1:-2 7:2
a:droomstudie 0:-4 7:3 8:4
a:droomt 0:2 3:-1
a:druk 0:3 1:-2 4:2 7:3
a:drukte 1:2 8:-1
a:duidelijk 0:-6 1:-1 4:-2 7:5 8:11
a:duiken 0:4
a:duits 0:-5 2:12 3:1 5:-1 7:2
a:duitsland 0:2
a:durfde 0:5 1:-2
a:durft 0:9 1:-2 7:-1 8:-1
a:dus 0:-32 1:26 2:-9 3:5 4:31 5:-7 6:-2 8:2
a:duurt 1:5 6:5 8:-2
a:dyslect 0:-2 1:-5 4:14 7:-2 8:-2
a:dyslexie 0:-3 1:-8 4:14
a:e 5:-1 6:-1 7:5 8:2
a:echt 0:13 1:5 2:-1 3:-3 5:-2 6:-5 7:5 8:14
a:echte 0:3 1:-10 3:-1 4:24 8:-9
a:economie 0:1 1:-7 2:2 3:-7 4:2 5:-3 7:-5 8:5
a:economische 1:4 2:4 4:-2 8:-2
a:een 0:21 1:-5 2:5 3:-2 4:26 5:-24 7:9 8:-10
a:eenmaal 0:-5 1:9 3:-4 4:4 7:-1
a:eens 0:-6 2:6 3:3 5:4 6:-11 7:-14 8:-13
a:eenvoudig 0:-2 1:-2 4:5
a:eerder 0:2 3:-5 4:7 7:-2
a:eerlijk 0:2 1:13 3:10 4:-7 8:-1
a:eerlijke 0:1
a:eerst 0:14 3:-1 4:-3 5:7 7:-5 8:11
a:eerste 0:21 1:-3 3:-3 5:1 6:-2 7:6 8:-6
a:eerstegeneratiestudent 0:-6 4:9
a:eerstegeneratiestudenten 0:10 4:-1
a:eerstejaars 0:-3 3:6
a:eersten 0:7 4:-4
a:eigen 0:41 1:-2 2:4 3:1 4:3 6:-2 7:-2 8:-1
a:eigenlijk 0:-10 1:-1 4:5 7:-2 8:9
a:einde 0:-4 7:5
a:eindigt 4:-1 7:4 8:-1
a:eindpunt 0:4 1:-1
a:elektricien 0:-3 1:-1 3:8 4:-1 8:-1
a:elk 0:9 1:2 4:-4 5:-1
a:elkaar 0:8 1:-2 2:-2 6:4
a:elkaars 0:-5 3:8
a:elke 4:-3 5:-2 6:13 7:4 8:-1
a:en 0:21 1:8 2:-21 3:3 4:-24 5:-21 6:-21 7:21
a:energie 0:6 5:2
a:eng 1:4 8:-3
a:engels 0:-6 1:10 2:4 3:2 7:-2 8:-2
a:enige 0:-10 1:-3 3:13 6:3 8:6
a:enkele 0:-2 1:5
a:enthousiasme 0:1 3:2
a:enthousiast 0:3 2:2 3:3 8:-2
a:entree 8:9
a:entreeopleiding 8:2
a:er 0:10 1:-6 2:-8 3:-20 4:-21 5:6 6:1 7:4
a:eraan 0:2 7:4
a:erachter 0:2
a:erbij 6:3 7:3
a:erg 0:3 3:2 5:3 7:-5 8:-1
a:ergens 0:2
a:erin 0:5 1:-2 3:-1 8:-1
a:ermee 0:3 8:-2
a:erna 0:4 8:-1
a:erom 1:-2 6:6 7:8 8:-3
a:erop 0:1 7:2
a:erover 5:1 6:-1
a:eruit 0:-2 1:-2 4:-1 7:10
a:eruitziet 0:2
a:ervan 0:1 6:-1 7:1 8:2
a:ervaren 0:6 2:-2
a:ervaring 0:17 1:2 4:-3 7:-8 8:-3
a:ervoor 0:14 1:-3 3:-1 8:-3
a:eten 0:-2 5:5 6:-3
a:even 0:-7 1:2 5:18 6:18 7:-5 8:-3
a:examen 0:4 1:-1 7:-2
a:examencommissie 0:-2 6:1 7:4 8:-1
a:examenjaar 0:3
a:examenklas 7:2
a:excursie 3:-2 7:7
a:extra 0:-12 1:15 4:-1
a:f 0:-1 1:-2 2:8 6:-1
a:falen 0:11 7:-2 8:-4
a:familie 0:10 2:1
a:favoriete 0:6 6:-2 7:-1
a:februari 0:5 7:-2
a:feedback 0:4
a:fijn 0:-2 1:6 4:-4 5:2 7:1 8:-5
a:filmpje 0:3 1:-1
a:filmpjes 0:2 6:-1
a:filosofie 0:2 1:-1
a:fixus 0:6 1:-2 7:4 8:-1
a:flink 2:1 3:5 5:4 7:6
a:flinke 0:-2
a:fluiten 0:-3 7:6
a:formulier 0:6 8:-1
a:foto 0:-5 6:9 7:-2
a:foto's 0:2
a:fout 0:-20 1:8 2:3 4:4
a:foute 0:-1 3:-1 4:1 7:6
a:fouten 0:2
a:frans 0:-2 1:-2 2:2 7:2 8:2
a:functie 1:8 4:-3 7:-2 8:-2
a:g 0:-2 5:-2 8:13
a:ga 0:5 1:-5 2:3 3:4 4:-5 7:-4 8:32
a:gaan 0:-2 1:4 2:-5 4:3 5:-2 6:4 7:-6
a:gaapt 0:-2 5:5
a:gaat 0:-2 1:4 2:8 3:-5 5:10 6:-7 7:-7 8:6
a:gaf 0:15 1:-2 4:-1
a:game-ontwikkelaar 4:-2 8:4
a:gang 0:2
a:gapen 1:-2 5:3
a:garage 0:3 3:2 8:-1
a:gastspreker 0:1
a:gebeld 0:2
a:gebeurt 0:3 1:-1 4:-1 7:5
a:gebrekkig 1:2
a:gebruiken 0:-7 2:2 7:1
a:gebruikt 5:1
a:gedaan 0:-13 2:2 3:11 5:-1 6:17 7:-2 8:9
a:gedachten 0:2
a:gedeeld 0:5
a:geduld 8:3
a:geduldig 0:5
a:geef 0:4 1:15 2:-3 3:-1 4:-1 7:6 8:2
a:geeft 0:9 1:3 3:-2 7:-3
a:geen 0:2 1:14 2:-1 4:11 5:-7 6:-10 7:17
a:gefeliciteerd 0:10
a:gefrustreerd 1:1
a:gegrepen 0:-3 5:-1 8:11
a:gehaald 2:5 6:-1
a:gehad 0:-1 6:6
a:gehoopt 0:1
a:geknipt 8:1
a:gekomen 0:3 5:-2
a:gekozen 0:-11 1:-2 3:6 4:-2 5:-2 6:2 7:12 8:2
a:geld 0:4 1:-6 4:5 7:2
a:geldt 0:5 2:-1 6:4 7:-2 8:-2
a:geldzorgen 0:1
a:geloof 0:-5 4:10 5:-4 8:6
a:gelukt 0:1
a:gemaakt 0:2 4:5 7:-1
a:gemengde 0:3 8:-2
a:gemiddeld 0:6 3:-2 5:4
a:gemiddelde 0:6 1:-2 2:5 3:7 4:-1 7:-3 8:-1
a:gemiste 0:-2 5:-2 7:8
a:geneeskunde 0:-2 1:3 4:-4 7:7 8:4
a:genoeg 0:-3 1:5 2:-2 3:-2 5:5 6:6 7:-10 8:1
a:genomen 0:2 4:6 7:-3 8:-2
a:gepland 0:1
a:gereedschap 0:-1 1:7 3:-1
a:geregeld 0:3 3:2 6:-2 7:-5 8:8
a:gerust 0:20 1:2 6:-1 7:-4 8:-2
a:geschiedenis 0:2 2:-4 7:4
a:geschikt 0:-5 1:-4 4:-3 8:16
a:geslaagd 0:5
a:gesprek 0:11 2:-4 4:-4 5:6 6:15 7:10 8:-4
a:gesprekken 0:6 5:2 6:-3 7:-1
a:gespreksverslag 0:-3 1:5 2:-1 6:6
a:gesproken 0:-1 3:3 6:5 8:-3
a:gesteld 1:5 3:-1
a:gestopt 0:6 1:-3
a:gestudeerd 0:-1 1:-1 2:1 3:4 4:7
a:geven 0:-7 1:10 2:-2 4:-1 8:7
a:gevoel 0:7 1:4 5:-1
a:gevoerd 0:-2 6:4
a:gevolgen 0:-7 5:7 7:4
a:gevonden 0:-6 1:8 3:3
a:gevraagd 0:5 1:2
a:gevuld 0:-1 3:2 5:1 6:16
a:geweest 1:1 8:-1
a:gewend 0:14 3:-2 4:2 5:-3 7:-2
a:gewerkt 0:2
a:gewicht 0:-4 5:9 6:-2
a:gewone 0:7 4:5 6:-2 7:-2 8:-2
a:gewoon 0:4 1:10 2:-2 3:-7 4:6 5:-7 7:-2 8:13
a:geworden 0:-4 1:-3 3:8 4:-1 5:4 8:-1
a:gezakt 0:-1 2:1
a:gezegd 0:-7 3:10 4:-5 7:-1 8:6
a:gezet 0:2 3:-1 6:3 8:-1
a:gezien 0:1 6:2
a:gezin 0:-3 1:-3 4:6
a:gezocht 0:6 1:-2 8:-2
a:gezondheid 0:8 4:-3 5:-2 8:4
a:ging 0:9 1:-2 2:3 5:-1
a:gl 1:6 2:3 7:-3
a:goed 0:5 1:5 2:5 3:-2 4:-6 5:-12 6:-10 8:8
a:goede 0:10 1:-3 2:-5 4:1 8:3
a:graag 0:23 1:-3 4:-2 5:3 6:1 7:-7 8:-6
a:grens 1:2
a:groei 0:1
a:groeit 0:9 1:-1 3:-1
a:groen 0:-3 4:4 6:5 7:-1
a:groenvoorziening 0:-2 1:1 8:2
a:groep 1:2 2:3 3:16 7:5 8:-5
a:groepswerk 0:-2 1:3
a:groot 0:-6 1:-3 2:-1 3:6 4:1 7:1 8:3
a:grootste 0:4 1:-2 3:-1
a:grote 1:-2 4:7 7:-1
a:gymnasiasten 0:-3 4:6
a:haakt 0:-4 1:-3 7:14
a:haal 0:-6 1:2 7:8
a:haalbaar 0:-5 4:1 5:9 7:-1 8:3
a:haalbaars 0:-2 1:-3 7:4 8:5
a:haalde 0:-4 1:-2 2:2 3:3
a:haalt 0:5 1:6 2:3 6:-3 8:-4
a:haar 0:-5 1:10 2:1 3:12 5:13 7:-3 8:-4
a:had 0:-1 1:-3 2:7 3:14 4:1 5:-1 7:1
a:hadden 3:3
a:hakken 0:3 5:-2 6:-2 7:5
a:halen 0:-2 1:3 2:2 6:2 7:-2 8:1
a:half 0:-2 3:5 8:-1
a:halverwege 0:3 8:-2
a:hand 1:-5 3:5 4:18 5:2 6:1 8:-4
a:handel 4:5
a:handen 0:2 1:-3 3:-4 4:2 7:7
a:handig 1:-3 4:5 5:3 8:3
a:handigheid 1:-4 4:-2 8:8
a:handschrift 0:-3 1:4
a:handtekening 0:-2 6:4 7:5
a:handtekeningen 0:-3 6:9
a:hangt 0:-2 2:7
a:hard 0:2 1:-1
a:harder 0:-2 3:-2 8:2
a:haven 0:-1 3:3
a:havist 0:-2 3:4 4:10 6:1
a:havo 0:5 1:3 2:2 4:-1 5:-4 6:-8 7:-9 8:12
a:hbo 0:10 3:1 4:15 5:-1 6:-6 7:-4 8:1
a:hbo-opleiding 3:4 4:-3
a:he 0:-1 1:6 2:2 3:-2 6:-1 7:2
a:heb 0:-32 1:3 2:-5 3:1 4:12 5:-9 7:-5 8:19
a:hebben 1:-14 3:7 6:10 7:-8
a:hebt 1:3 2:8 3:-4 5:-4 6:18 7:12 8:-11
a:heeft 0:-36 2:-7 3:3 4:-18 5:3 6:-12 7:9 8:11
a:heel 0:4 1:1 3:-3 4:10 5:-2 6:-1 8:-5
a:heen 0:10 1:-3 3:2 7:-2
a:heftruckcertificaat 0:1
a:helder 0:3 8:2
a:hele 0:-2 3:5 5:3 6:-4 7:4
a:helemaal 0:6 3:-1 4:4 7:-1
a:helft 0:-4 1:4 3:6
a:help 0:1
a:helpen 0:1 1:-2 4:6 5:-1 7:-1
a:helpt 0:17 4:-3 5:2
a:hem 1:13 2:-1 3:-2 4:11 5:-3 6:1 8:14
a:herfstvakantie 0:-4 2:3 7:3
a:het 0:12 1:-11 2:-9 3:3 4:-6 6:25 7:-2 8:7
a:hielp 0:7 8:-4
a:hier 0:12 1:-3 2:1 3:10 6:5 7:-2 8:-4
a:hij 0:-18 1:27 2:16 3:2 4:-9 5:-7 6:-7 7:2
a:hobby 1:-2 6:-2 7:-2 8:10
a:hoe 0:3 2:21 3:7 4:-3 5:13 6:-5 8:-7
a:hoef 0:6 1:-3 6:3 7:-1 8:3
a:hoeft 0:13 1:-8 3:5 6:6 7:-8 8:3
a:hoeveel 1:-5 2:14 7:-2
a:hoeven 1:-1 6:4 7:-2
a:hoge 0:-5 4:6
a:hoger 2:3 4:-3 6:1 8:7
a:hogeschool 0:3
a:hoofd 0:6 1:-2 6:-2 8:7
a:hoofddoek 0:-5 1:-4 4:12
a:hoog 1:-5 4:4 5:-2 8:15
a:hoogvlieger 1:10 4:-3 8:-4
a:hoopte 0:1
a:hoor 0:-6 1:19 4:-1 5:-3 7:1 8:2
a:hoorde 0:4 5:7 8:-1
a:hoort 0:-14 1:-3 3:4 4:6 5:18 6:-2 7:-2 8:10
a:hopeloos 0:-5 1:3
a:hopen 0:5 3:-3
a:horeca 0:2 1:13 4:10 7:-2 8:-7
a:horen 0:4 1:-1 4:6 7:3 8:-3
a:houd 0:-6 1:5 3:-2 4:5 6:2 8:7
a:houden 0:2 3:-1 4:2 6:5 7:-2 8:5
a:houding 0:12 1:-1 2:3 6:-4
a:houdt 1:3 3:-2 7:5 8:3
a:huidige 0:3 1:-3 8:3
a:huis 5:-2 7:6
a:hulp 0:4 1:3 3:3 4:-2 5:-1 7:-1
a:hun 0:2 1:2 2:3 3:17 4:-1 5:-2
a:ict 0:4 1:-2 4:3 5:4 6:-1 7:-2
a:idee 0:2 3:5 4:-5 6:-1 7:-4 8:11
a:ideeen 0:8 4:7 8:-4
a:iedere 1:1
a:iedereen 0:14 1:8 3:-1 4:-7 5:-1 6:1 7:2 8:-4
a:iemand 0:18 1:4 3:-3 4:-3 5:-3 6:-1 8:7
a:iets 0:3 1:1 2:-10 3:-16 4:5 5:-15 7:-14 8:2
a:ik 0:-15 1:-5 2:-3 5:18 6:20 7:16 8:47
a:in 0:8 1:-12 2:-7 3:9 4:5 5:-2 6:-7 8:3
a:indirecte 0:4
a:informatica 0:-3 1:-6 3:2 4:4 5:2 7:4 8:-1
a:informatie 0:6 7:-2 8:-1
a:ingedeeld 7:3
a:ingeleverd 0:-5 7:9 8:-1
a:ingeloot 0:4 1:-1
a:ingenieur 3:9 4:-1 8:-4
a:ingenieurs 0:-7 5:1 7:1
a:ingeschreven 6:-1 8:2
a:ingevuld 0:-4 7:7
a:initiatief 0:-4 1:7 3:-1
a:inleveren 0:-3 7:2
a:inschrijving 0:-1 5:-1 7:15
a:inspectie 0:-4 6:11
a:instroomt 0:4 7:-2
a:intake 0:-3 7:5
a:interessant 0:-1 6:1
a:interesse 0:3 4:-2 5:4 8:1
a:interesses 0:11 1:-1 6:2 8:-7
a:interessetest 0:-5 3:6 8:3
a:internationale 1:5 7:-1 8:-1
a:interview 0:4
a:interviewen 0:2
a:invullen 0:3
a:invult 0:-4 6:11 8:-4
a:inzicht 0:-1 1:7 7:-1
a:is 0:1 2:-17 3:-18 4:7 5:-2 6:10 8:24
a:isk 1:-2 4:3
a:isk-groep 3:1
a:isk-leerlingen 0:-2 3:4 4:-2
a:jaar 0:-18 1:9 2:-1 3:14 4:-10 5:-6 6:13 7:23
a:jaargenoten 0:-2 1:-2 3:6
a:januari 7:10 8:-5
a:jaren 0:-8 1:3 7:6
a:je 0:-5 1:12 2:16 3:-18 4:-7 6:-2 7:23 8:13
a:jezelf 0:11 1:-2 2:6 7:-2 8:-1
a:jij 0:-1 1:10 3:34 4:26 5:-9 7:-5 8:40
a:jongen 0:-2 4:3
a:jongens 0:-5 1:-5 3:-4 4:23 8:-4
a:jongere 3:2
a:jongeren 0:-2 7:2
a:jou 0:-29 1:9 2:-6 4:7 5:-6 6:-7 8:21
a:journalisten 0:5 1:-1 4:-3
a:jouw 0:-6 2:2 3:18 4:13 6:-2 7:-5 8:14
a:jouwe 0:2
a:juist 0:2
a:juiste 8:3
a:jullie 0:5 2:-2 3:-2 4:-4 5:5 6:5 8:-5
a:kader 0:-2 2:2 3:1
a:kaderberoepsgerichte 0:-4 1:2 3:-3 4:4 7:-1 8:4
a:kaderleerling 1:-3 4:5 8:-1
a:kaderleerlingen 1:-1 4:2
a:kamers 0:2 4:-2
a:kan 0:9 1:9 3:-5 5:6 6:18 8:-4
a:kans 0:-14 1:-3 6:-3 7:28 8:-1
a:kansen 0:-5 3:-3 4:2 7:5 8:4
a:kant 0:9 1:5 4:-2 7:-5 8:-3
a:kanten 0:10 1:-1 3:-2 7:-2
a:kantoorbaan 0:-5 1:9 4:2 7:-2 8:-3
a:kantoorfunctie 1:2 4:-2
a:kantoorwerk 0:-6 4:8
a:kapper 0:5 1:-2 4:-1 7:-2 8:4
a:kappersopleiding 0:-2 8:5
a:karakter 0:-2 1:-3 4:-2 8:9
a:keer 0:14 1:-4 2:4 3:6 7:9
a:ken 0:4 1:3 8:-1
a:kende 0:8 1:-1 7:-3
a:kennen 0:7 4:-3
a:kent 0:16 1:-3 7:-2 8:-2
a:kern 0:3
a:kerntaak 6:2
a:kernvraag 0:3 6:-1
a:kerst 6:3 7:7 8:-3
a:kerstvakantie 0:-3 2:-2 6:6 7:3
a:keuken 0:-6 1:5 5:3
a:keuze 1:-13 2:1 3:-7 4:-2 5:15 6:-5 7:28 8:6
a:keuzedeel 0:1
a:keuzedelen 0:1
a:keuzeformulier 6:-2 7:3
a:keuzegesprek 0:1
a:keuzemoment 0:3
a:keuzemomenten 0:2
a:keuzes 0:4 3:9 7:-4
a:keuzevak 0:7
a:kies 0:1 1:2 3:-3 4:-4 5:-2 6:-2 7:15 8:23
a:kiesmbo 0:4
a:kiest 0:-8 1:-5 4:-3 5:2 6:3 7:16 8:8
a:kiezen 0:8 1:-16 3:2 4:24 5:-1 6:-2 7:-1 8:5
a:kijk 0:-21 2:2 3:22 5:3 6:2 7:-7 8:-1
a:kijken 0:15 5:4 7:-2 8:-1
a:kijkt 0:8 8:-2
a:kind 0:-14 1:3 2:-3 3:2 6:-6 7:-5
a:kinderen 0:-6 1:-8 3:-2 4:7 8:10
a:kinderopvang 3:4 4:3 5:1
a:klaar 0:-8 3:-3 6:16 7:-2 8:8
a:klant 0:4
a:klantcontact 1:5
a:klanten 0:6 8:-4
a:klas 0:6 1:-3 2:4 3:10 4:9 7:-4 8:-2
a:klasgenoot 0:3
a:klasgenoten 0:3 1:-1 3:3
a:klassengemiddelde 0:-2 3:5 6:-1
a:klein 1:4 3:-2 4:5 7:-3
a:kleine 0:5 5:-2 6:-1 8:5
a:kleiner 0:1 7:2
a:kleins 0:6 4:-1 6:-1
a:kleuren 5:2
a:klik 0:3 4:-5 6:9
a:klinkt 0:2
a:klok 0:-1 2:1 4:1 6:-2 7:12
a:klonk 0:1
a:kloppen 6:2
a:klopt 0:5 6:7 8:-2
a:knap 0:13 4:1 7:-2
a:kok 0:-14 1:8 3:-2 7:-2 8:16
a:koken 0:6 5:-1
a:kom 0:-14 1:8 2:3 3:-2 4:-2 7:8 8:2
a:komen 0:1 3:-1 4:4 6:-2 7:4 8:-5
a:komende 0:2
a:komt 0:-14 1:3 2:-2 4:8 6:-5 7:10 8:6
a:koos 0:5 1:-3 3:2 7:-4 8:7
a:kopieer 6:8 7:-1 8:-1
a:koppelt 0:11 6:-1
a:kort 1:2 6:18 8:-3
a:korte 0:-2 1:5 4:3 8:-2
a:kortste 7:-4 8:7
a:kost 0:4 1:-1 2:2 3:-2 7:3 8:-2
a:kracht 0:2
a:kreeg 0:-2 2:5
a:krijg 0:-10 1:9 4:-1 7:7
a:krijgen 0:-7 1:3 7:6
a:krijgt 1:-4 3:-3 4:-3 6:7 7:8 8:4
a:kritiek 0:3 1:2
a:kruis 0:-7 1:-1 6:17 7:-3 8:-4
a:kun 0:-12 2:2 3:-1 4:23 5:-2 6:-2 7:10 8:2
a:kunnen 0:18 1:-7 3:-7 4:-5 5:4 7:-7
a:kunst 1:-2 5:5 6:-2 8:8
a:kunstacademie 0:-1 1:-2 3:2 4:-2 8:7
a:kunt 0:2 1:13 2:3 3:-1 4:-7 5:-3 6:-1 8:12
a:kwaliteit 0:13 2:1 4:-1
a:kwaliteiten 0:6 1:-2 6:10 8:-4
a:kwaliteitenreflectie 0:1
a:kwam 3:4
a:kwartier 0:1 1:2 6:-1
a:kwijt 3:-1 7:9 8:-1
a:laag 0:-16 1:8 2:6 4:-4 5:-2
a:laat 0:7 1:-7 3:-4 4:-7 5:-5 6:10 7:6 8:6
a:laatst 0:4 1:-1
a:laatste 0:-5 2:12 4:3 5:3 7:6
a:laborant 8:3
a:ladders 0:5 4:-1
a:lager 0:-2 1:2 3:2 6:-1 8:1
a:land 0:9 1:-2 3:-2
a:landt 0:1 1:4 8:-2
a:lang 0:7 1:4 2:-1 4:-2 6:1 8:-5
a:lange 0:-2 1:9 2:1 4:7 6:1
a:langer 3:-1 6:-1 7:10 8:-1
a:langs 0:5 1:-2 3:-2 6:6
a:langzaam 0:-5 1:7
a:langzaamste 0:-3 3:7
a:lastig 0:-2 1:7 4:8 5:6 7:-2 8:-5
a:lastige 0:2
a:laten 0:-10 1:20 5:-2 6:2 7:-6 8:-1
a:later 0:18 1:-7 2:2 3:-2 4:-1 6:-2 7:3 8:21
a:latere 0:2
a:leeft 0:8 1:-3
a:leeftijd 0:-10 1:-3 3:11 4:7
a:leeftijdsgenoten 0:-1 3:10 6:-1
a:leeg 0:-5 1:4 3:-2 6:10 7:-3 8:-1
a:leer 0:-2 8:5
a:leerbaan 7:8
a:leerbedrijf 0:-8 1:-10 3:4 4:-1 7:21 8:10
a:leerjaar 0:9 8:-2
a:leerling 0:1 1:3 3:-12 4:-6 5:9 6:-4 7:-14 8:3
a:leerlingen 0:4 1:-5 3:18 4:5 8:-3
a:leermeester 0:4 1:-3
a:leert 0:6 3:1 4:-1 7:-2
a:leerweg 0:-2 1:2 3:-3 4:4 6:-1 7:-1 8:7
a:leerwerkloket 8:2
a:lees 0:6 2:-2
a:leest 0:2 1:1
a:lef 0:4 7:-1
a:leg 0:4 1:3 2:2 3:9 4:-5 7:-2 8:-1
a:legde 0:5
a:lege 0:-1 1:-1 3:-3 7:8
a:leggen 4:5 6:3 8:-3
a:legt 0:2
a:leiden 4:2
a:leiding 0:-10 1:12
a:lekker 0:-5 8:10
a:lens 0:6 6:-2
a:leraar 8:3
a:leren 0:8 1:2 3:2 4:2 7:-4 8:-5
a:les 0:8 1:1 2:-1 3:3 7:-2 8:-3
a:let 0:-6 7:3
a:letten 0:-2 1:4 5:5
a:leuk 0:12 1:7 2:3 3:-1 4:-3 6:-1 7:-2 8:2
a:leuke 0:-4 6:-1 7:9
a:leukst 0:2
a:leukste 0:-1 7:4
a:leven 0:7 6:-2 7:5
a:lever 0:-4 2:1 6:9 7:7 8:-2
a:levert 1:-2 8:8
a:lezen 0:-2 1:6 4:-2
a:lezer 0:-5 1:6
a:lezers 1:-2 4:2
a:lichamelijke 0:-1 1:8 3:-2
a:lichting 0:-3 2:-1 3:10 4:-4
a:liefst 0:4
a:liep 0:4 1:-1 3:-1
a:liet 0:4 1:-1 8:-1
a:liever 0:6 1:1 3:-2 7:-4 8:10
a:lig 0:-3 5:5 7:10
a:liggen 1:-3 2:3 4:7
a:ligt 0:-3 1:14 3:5 4:9 6:-2 7:-4 8:-5
a:lijken 1:-2 3:2
a:lijkt 1:14 3:-5 4:-5 5:3 7:-1 8:3
a:lijn 0:6 2:2 5:-1 6:-3
a:lijst 1:-2 3:2 6:6
a:lijstje 0:-6 1:7 6:9 7:-1 8:-1
a:link 0:2
a:linkerhanden 1:5 4:-3
a:ll 0:-5 1:7 3:1
a:lo 0:2 1:3
a:lob 3:3 6:13 7:-3 8:-2
a:lob-formulier 6:1
a:lob-gesprek 5:1 6:-1
a:lob-opdrachten 3:2 6:-2
a:lob-uren 0:-3 6:5
a:lob-week 0:2
a:logboek 0:-2 7:4
a:logische 1:-2 8:6
a:logistiek 0:1 1:1 6:-1 7:-2 8:6
a:loondienst 8:2
a:loop 0:2 6:3 7:2
a:loopbaan 0:10 6:-3 7:-1
a:loopbaanbegeleider 0:5 6:-4
a:loopbaanbegeleiding 0:14 1:-3 6:-2 7:-1 8:-2
a:loopbaandossier 0:-3 3:1 5:5 6:5
a:loopbaangesprek 0:-4 2:6 5:7 6:-8 7:3 8:-1
a:loopbaangesprekken 0:-11 1:12 4:-1 6:5
a:loopbaanplan 0:-4 5:3 7:3
a:loopt 0:-3 1:5 3:4 6:-2 7:2
a:lopen 0:9 1:-3 3:2 6:1
a:los 8:2
a:loting 0:2
a:luchtkasteel 0:-1 1:-1 4:-3 8:7
a:lui 0:-3 4:1
a:luister 0:12 7:-1 8:-3
a:luisteren 0:5 6:-1 7:-2
a:lukken 0:5 1:-4
a:lukt 0:-6 1:22 4:-5 7:-3 8:-1
a:lukte 0:3 1:-1 7:-1
a:m 7:-1 8:6
a:maak 0:-10 1:5 2:5 7:3 8:6
a:maakt 0:27 1:1 2:-3 4:-2 6:15 7:-7 8:-8
a:maakte 0:2
a:maand 0:1 6:4 7:6 8:-6
a:maandag 0:-4 1:-1 3:-2 6:-5 7:16
a:maanden 1:-1 7:3 8:-1
a:maar 0:-31 1:14 2:-2 3:2 4:-2 6:23 7:-2 8:45
a:maart 7:9 8:-4
a:maat 1:6 8:-2
a:maatschappij 0:6 4:-1 7:-2 8:5
a:machine 0:3 1:4 3:-5 4:-1
a:mag 0:36 1:-5 2:3 3:-2 5:-1 6:3 7:13 8:-7
a:magazijn 0:-2 1:-2 4:3 8:3
a:mager 1:-2 5:4
a:magister 0:-6 6:9 7:2 8:-1
a:mail 0:-4 6:5 7:2
a:maken 0:12 1:-2 6:2 7:2 8:-2
a:makkelijker 8:1
a:manier 1:6 4:-4 8:-1
a:map 0:-1 6:8 8:-1
a:marokkaanse 0:-6 4:8
a:matig 2:4
a:mbo 0:13 1:-12 2:-2 3:3 7:-3 8:19
a:mbo-diploma 0:-5 1:2 8:3
a:mbo-opleiding 0:-5 1:11 8:3
a:me 0:4 1:6 3:-4 5:-7 6:5 7:-12 8:4
a:medicijnen 0:-4 5:6
a:mee 0:-7 1:-9 2:-7 3:-8 4:2 5:3 6:3 8:2
a:meedenkt 0:2
a:meeloopdag 1:3 3:-2 6:4 7:5
a:meeloopdagen 0:-5 2:-1 3:6 6:5 7:2
a:meelopen 0:7 7:-6
a:meeneemt 0:2 8:-1
a:meer 0:-12 1:-7 2:-5 5:4 6:-4 7:15
a:meerdere 0:6
a:meest 0:3 4:-3 8:6
a:meestal 0:-11 1:-2 3:-5 4:25 7:2
a:meeste 0:-1 2:2 3:8 4:-4 7:-1 8:2
a:meetlat 0:6 6:-2
a:mei 0:18 2:-3 3:1 5:1 7:11 8:-2
a:meid 4:5
a:meiden 2:-2 3:-6 4:16
a:meisje 0:-4 4:16
a:meisjes 0:3
a:meld 0:-5 1:-1 6:-3 7:11 8:4
a:melding 0:-5 3:-2 6:10 7:2
a:mens 0:10 8:-2
a:mensen 0:9 1:2 3:-2 4:8 7:-2 8:-6
a:mensenmens 1:-4 7:-2 8:9
a:mentor 0:13 1:-2 3:-1 5:5 6:-3 7:3
a:mentoren 0:-2 1:-1 8:4
a:mentorgroep 3:5 4:-2
a:mentoruur 0:-1 6:4
a:merk 0:2 5:5 7:-2 8:-5
a:merkt 0:5 1:-1 7:-2
a:merkte 0:2 1:-2
a:met 0:-1 1:25 4:14 5:-5 6:-9 7:-2 8:18
a:meteen 0:6 1:-3 4:-2 7:-2 8:9
a:migratieachtergrond 0:-6 4:9
a:mij 0:-13 1:-2 5:1 7:5 8:23
a:mijn 0:-6 1:-4 2:1 6:13 8:14
a:minder 0:-2 1:-2 3:3 4:8 7:2 8:-2
a:minimaal 2:5
a:minst 0:-1 3:4
a:minste 0:-4 3:6
a:minstens 2:3
a:minuten 0:-3 6:4
a:mis 0:-1 1:5 3:5 6:-1 7:12 8:-5
a:misging 0:6 1:-2 8:-1
a:mislukking 0:6 7:-2 8:-2
a:mislukt 0:1
a:mislukte 0:-4 1:-2 2:6
a:misschien 1:3 2:4 4:6 5:14 7:-2 8:-3
a:mist 0:-21 1:34 3:-1 7:13 8:-3
a:mocht 0:1
a:module 2:4 5:-1 6:3
a:moe 0:-3 3:-1 5:8
a:moed 0:6
a:moeder 0:-3 1:-1 5:2 8:9
a:moedig 0:10 1:-2 8:-5
a:moeilijk 0:-3 1:9 4:4 8:-5
a:moeite 1:11 3:3 5:-2 8:-2
a:moet 0:-6 3:-7 4:-4 5:-4 7:11 8:15
a:moeten 0:-5 2:2 5:2 8:2
a:mogelijk 1:1
a:mogelijke 0:2
a:mogelijkheden 0:5 7:-1
a:mogen 1:-3 2:4 3:3 8:-1
a:moment 0:18 3:2 4:-3 8:-2
a:momenten 0:3
a:monteur 1:-4 4:-2 8:8
a:mooi 0:13 1:-2 3:4 4:4
a:mooie 0:4 1:8 2:1 5:3
a:morgen 0:-10 7:23 8:-5
a:moslim 1:-7 4:10 8:-2
a:moslima 0:-3 4:4
a:motief 0:13 1:-2 4:-3
a:motieven 0:11 4:-1
a:motivatie 0:5 1:2 3:-1 8:-2
a:motivatiebrief 6:5 7:4 8:-1
a:muziek 8:3
a:muziekdroom 0:-2 8:3
a:n 0:-2 2:1 5:-2 8:14
a:na 0:13 1:-14 2:-1 3:12 4:-5 6:-5 7:4 8:20
a:naam 6:7 7:-2
a:naar 0:-11 1:-5 3:14 4:-8 5:1 6:-14 7:13 8:6
a:naast 0:17 1:1 3:12 5:2 7:-2 8:-6
a:nachtje 0:2 7:-2
a:nadelen 0:1
a:nadenken 4:3 7:5 8:-4
a:nadenkt 0:3 7:-2
a:najaar 0:3 1:-1
a:nam 0:2
a:namen 0:1
a:natuur 0:16 4:-1 7:-2 8:6
a:natuurkunde 0:1 1:5 3:8 4:2 7:-3 8:-7
a:natuurlijk 0:-5 2:2 4:10 8:-1
a:nederlands 1:2 3:7 4:11 5:-1 7:-7 8:-2
a:nederlandse 0:2
a:nee 0:-3 6:4
a:neef 0:-8 1:-2 3:14 4:-1 8:-2
a:neem 0:16 1:-1 3:7 7:-4 8:15
a:neemt 0:-2 1:-2 3:-2 5:7 6:1 7:4 8:-2
a:negen 0:-1 3:5 4:-2
a:nemen 0:-10 1:10 2:2 4:-2 5:4 6:-1 7:-1 8:12
a:nergens 0:-7 1:5 3:2 4:-3 5:2 7:6
a:net 0:6 3:1 4:3 5:-1 8:3
a:netjes 1:3 7:-1
a:netwerk 0:17 4:2 7:-2 8:-3
a:netwerken 0:-2 2:3
a:nichtje 3:8
a:niemand 0:7 1:-3 4:6 7:1 8:-4
a:niet 0:-7 1:43 2:-7 3:-29 5:-2 6:15 7:20 8:13
a:niets 0:7 3:-1 4:-2 5:4 6:-6 7:5 8:6
a:nieuw 0:2 4:-1
a:nieuwe 0:8 3:-2 4:1 5:3 8:-2
a:nieuwkomers 0:-9 4:11
a:nieuwsgierig 0:5
a:nieuwsgierigheid 0:7 8:-3
a:niks 0:-3 1:7 3:6 4:-1 5:-1 8:9
a:niveau 0:-7 2:-3 4:3 8:19
a:nodig 0:9 2:9 3:-3 4:-4 5:4 6:7 7:-4
a:nodigen 0:5 5:-2 6:-1
a:noem 0:10 4:3 7:-3 8:-5
a:noemde 0:6
a:noemen 0:9 1:-1
a:nog 0:-11 1:-9 2:2 3:-2 4:3 5:2 7:36 8:-30
a:nogal 0:-3 1:12 4:-1 8:-4
a:nooit 0:-7 1:16 4:-2 7:12
a:normaal 0:3 3:3 7:-3
a:noteer 0:-5 1:7 5:11 6:7 7:-2 8:-2
a:noteren 5:1 6:1
a:nou 0:-6 1:8 3:-1 6:-2 8:13
a:november 0:-1 2:1 3:1
a:nt 8:3
a:nu 0:-3 1:5 2:2 3:-1 4:1 7:49 8:-7
a:numerus 0:6 1:-2 7:4 8:-1
a:oefenen 0:1
a:of 0:9 1:-6 2:2 3:-14 4:13 5:30 7:-4 8:-26
a:oke 1:6 7:-2
a:om 0:31 2:11 3:-6 5:-8 6:-4 7:6 8:-1
a:omdat 0:-19 1:24 2:2 3:2 4:31 6:-1 7:-6 8:-11
a:omgeving 0:3 4:-1
a:omhoog 0:-5 2:10
a:omweg 0:6 8:-2
a:omwegen 0:2
a:onder 0:-12 2:3 3:7 4:-1 6:4 7:1 8:-3
a:onderaan 0:-2 3:2
a:onderbouw 0:2
a:onderdeel 0:-5 6:8
a:onderdelen 1:1 6:5
a:ondermaats 0:-6 1:2
a:ondernemen 0:11 4:3 7:-1 8:-3
a:ondernemer 0:2 1:-2 3:-2 4:1 8:5
a:ondernemerschap 0:1 8:1
a:ondersteuningsteam 0:1
a:ondertekend 0:-1 6:2
a:onderwerp 0:8 7:-1
a:onderwijs 0:3 1:1 3:-2 6:-2 8:5
a:onderzocht 0:-4 3:2 6:3
a:onderzoek 0:2
a:onderzoeken 0:2
a:onhandig 0:-3 1:15 3:-1 4:-3 8:-4
a:onlangs 0:-1 5:5
a:ons 0:1 4:-2 8:9
a:ontbijt 0:-3 5:5
a:ontbreekt 0:-3 1:3 6:3
a:ontbreken 6:4
a:ontdek 0:2
a:ontdekken 0:9 1:-2 7:-2 8:-2
a:ontdekking 0:2 8:-1
a:ontdekt 0:2
a:onthouden 0:4 1:4 4:-2 8:-2
a:ontwerpen 0:3
a:onvoldoende 0:-4 2:3 7:4
a:onvoldoendes 2:1
a:onzeker 0:-3 1:8 8:-2
a:ook 0:27 1:3 2:-4 3:7 4:-9 5:5 6:-12 8:-13
a:oom 0:4 8:-1
a:oordeel 0:3 1:-1
a:op 0:1 1:-9 2:-5 3:2 4:6 5:-13 6:8 8:-3
a:opbloeit 0:1 2:-1
a:opdracht 0:-3 3:-2 6:7
a:opdrachten 0:4 1:3 6:2 7:-1
a:open 0:1 1:-8 2:-7 3:6 4:-6 6:2 7:-8
a:openen 0:4 1:-3
a:opent 0:15 2:1 4:-1
a:opgeeft 1:7 4:-2 8:-2
a:opgeven 0:3 1:-2
a:ophalen 0:-2 2:5 7:-2
a:opleiding 0:8 1:-8 2:-3 3:-6 4:8 7:4 8:20
a:opleidingen 0:22 1:3 2:1 4:-2 8:-3
a:oplossen 0:1
a:oplossing 0:4 1:-1
a:opnieuw 0:-2 7:5
a:oppakt 0:3 1:5 3:-3 4:-4
a:opschiet 0:-2 7:5 8:-1
a:opschrijven 0:-2 1:6
a:optie 0:-1 1:2 4:4 7:3 8:-2
a:opties 8:4
a:opvallen 1:3
a:opvalt 0:3
a:opviel 0:2
a:opvoeding 0:-1 1:8 3:-2
a:opzichte 3:3
a:orde 1:1 3:3 6:3 8:-1
a:organiseren 0:1 1:2 8:-1
a:orientatie 0:7 3:-1
a:orientaties 0:1
a:orienteren 0:-2 7:4
a:oud-leerling 0:9 4:-4
a:oud-leerlingen 0:1
a:ouder 0:-3 8:7
a:ouderavond 0:-5 1:5 4:4 5:1 6:-1 7:-2 8:3
a:oudere 3:2 4:2
a:ouders 0:15 5:-6 6:-2 7:11 8:7
a:over 0:19 1:-20 3:-11 4:6 5:11 6:-6 8:4
a:overal 0:4 7:3 8:-2
a:overblijft 1:4 7:1 8:-3
a:overdracht 0:4 4:-1
a:overgang 1:-2 2:2 6:2
a:overgangsvergadering 7:2
a:overheid 4:2
a:overleg 1:2 8:5
a:overslaan 0:-1 4:2
a:overstap 0:5
a:overstappen 0:4 1:-2 7:-2 8:2
a:overweegt 0:3
a:overzicht 0:2 1:5 5:-2 6:13 8:-2
a:overzien 0:-3 1:-2 4:7
a:paar 0:6 1:-2 3:-2 4:3 7:5 8:-3
a:pabo 0:-3 1:3 2:3 4:-2 6:-1 7:-1 8:8
a:pak 0:-3 2:4
a:pakken 0:-5 3:6
a:paraaf 0:-4 6:7 7:-1
a:pas 0:3 1:2 4:1 5:-2 6:4 7:-1 8:-2
a:passen 0:5 1:4
a:passend 0:3 4:-1
a:passie 0:-1 8:4
a:past 0:17 1:-3 2:4 4:-2 5:-3 6:1 7:-7 8:11
a:pech 0:-4 7:7
a:per 0:-6 2:14 6:4 7:-1
a:perfect 1:-1 8:5
a:periode 0:3 2:6 5:-1 6:4 7:-1
a:persoon 0:2
a:pijn 0:1
a:piloot 0:3 8:4
a:pittig 0:2
a:plaats 0:5
a:plaatsgevonden 6:2
a:plan 0:13 1:-4 2:1 3:-6 5:-1 6:-3 8:5
a:plannen 0:1 1:21 3:-4 4:-1 8:-1
a:planner 0:1
a:planning 0:3
a:plek 0:-7 1:6 4:-2 7:15 8:3
a:plekken 0:3
a:plezier 0:10 1:-3
a:podium 0:3
a:polen 3:-3 4:6
a:politie 0:-3 1:-3 3:5 8:4
a:politieacademie 8:2
a:politieopleiding 0:1 1:-1
a:portfolio 0:2 1:-2 5:-2 6:16 7:2 8:-2
a:positief 1:-2 2:2 7:3 8:-1
a:praat 0:15 1:2 7:-1 8:-4
a:praatje 0:1
a:praktijk 0:12 2:-1 4:-4 8:3
a:praktijkbegeleider 0:8 1:2 3:-2 6:-2 7:3
a:praktijkdag 6:1
a:praktijkexamen 0:4
a:praktijkles 0:2 8:2
a:praktijklessen 0:-2 5:4
a:praktijkonderwijs 0:-8 1:-3 3:5 4:8 8:1
a:praktijkopleider 0:2 1:3 2:3 4:-2 6:4 7:-1
a:praktijkvak 3:3
a:praktisch 0:3 1:5 8:-4
a:praktische 0:3 1:-6 4:1 6:-2 8:8
a:praten 0:15 1:-3 2:-1 3:1 4:7 5:2 6:-2 8:-4
a:prater 0:-9 1:11
a:precies 0:-5 3:14 5:-2
a:precisie 0:4 5:-2
a:presentatie 0:4
a:presenteren 0:-2 1:7 8:-2
a:prima 0:10 1:-2 4:-2 7:-3 8:8
a:probeer 0:2 1:-2 7:-1 8:2
a:proberen 0:5 1:-1 8:-2
a:probleem 0:-6 1:15 4:-5
a:problemen 0:-3 5:4
a:procent 0:-1 2:3
a:proefstudeerdag 0:5 4:-2 8:-1
a:proefstuderen 0:2
a:proeve 0:-3 2:3 3:3
a:profiel 0:4 1:-3 2:-2 4:-3 5:-2 7:4 8:3
a:profielen 1:5 4:-1
a:profielkeuze 1:8 2:-1 3:-3 6:3 7:3 8:-4
a:profielwerkstuk 0:-2 2:1 3:2
a:programmeren 1:1
a:project 0:5 1:-1
a:psycholoog 0:-5 5:7
a:punt 0:1 1:3 7:-2
a:punten 0:-5 1:1 2:11
a:qompas 0:-1 6:4
a:qua 0:-3 1:11 8:-2
a:raad 1:3 7:-2 8:9
a:raakt 0:7 1:2 3:-3 4:-2 7:5 8:-1
a:raakten 0:2
a:raken 0:10 1:-4
a:ramp 0:3 1:4 4:-4
a:rapport 0:-6 2:13 5:-2 6:3 7:2
a:rapportcijfers 2:2 6:-1
a:rapportvergadering 6:5 7:-1
a:realistisch 0:-2 1:2 2:3 3:-1 6:-1 8:8
a:realistischer 1:-3 4:3
a:recente 0:2
a:recept 0:-9 1:10
a:receptie 0:-7 1:-2 4:10
a:recht 0:12 7:-9
a:rechten 0:-3 1:-5 3:3 8:14
a:redden 0:-6 1:5 3:-1 4:9 7:-2
a:reden 0:2
a:reflectie 7:6
a:reflecties 2:-2 6:6
a:reflectieverslag 6:3 7:-1
a:reflectieverslagen 1:-1 6:5 7:-3
a:regel 0:6 7:-3
a:regelen 0:-5 1:6
a:regelt 0:-3 7:3
a:regio 0:-2 8:7
a:regionale 0:2
a:registreer 6:2
a:registreren 6:4 7:-1 8:-1
a:reken 2:7 7:2
a:rekenen 0:4 1:8 4:-2 6:-3 7:5 8:-3
a:rekening 1:-1 4:7
a:rekentoets 2:4
a:ren 0:4 3:-2
a:rest 0:-3 1:-3 3:12 7:5 8:2
a:resultaat 0:16 1:-1 3:-1 7:-2
a:resultaten 0:-11 2:9 3:2
a:richt 0:3 1:3
a:richten 8:4
a:richting 0:32 1:-2 2:1 6:3 7:3
a:richtingen 0:2 1:3 4:-2
a:rij 1:2
a:rijker 0:5 7:-2
a:rijtje 2:3 6:2
a:risico 0:3 3:-1
a:risicoleerling 0:-9 1:11
a:roc 1:1 3:3 6:-2 7:1
a:rode 0:-3 2:4
a:rol 0:6 1:-1 8:-1
a:rond 0:9 1:-2 5:5 6:4 7:-3 8:-1
a:ronde 0:-4 6:5
a:rood 0:-4 2:3 6:4
a:route 0:12 1:1 3:-1 4:-2 6:-1 7:-8 8:5
a:routes 0:13 1:-1 8:-1
a:ruimte 0:14 4:1 6:-2 7:9 8:-1
a:rust 7:-1 8:2
a:rustig 0:18 1:3 5:2 7:1 8:-9
a:rustige 0:-4 1:-2 4:7
a:rustigs 0:-2 1:2
a:ruzie 5:2
a:ruzies 0:-2 5:5 8:-2
a:samen 0:19 1:-3 2:14 3:3 5:13 6:-4 7:-5 8:-6
a:samenwerken 0:-6 1:12 8:-1
a:sanne 0:-7 3:16 6:-3
a:schaamde 0:1
a:scheiding 0:-1 5:2
a:scheikunde 0:4 1:-3 2:5 5:5 7:-1
a:schiet 0:-4 1:8 7:7
a:schieten 1:-2 4:2 8:5
a:school 0:13 1:1 2:-1 3:-3 4:-1 6:-2 7:11 8:2
a:schoonmaak 0:-6 3:-1 4:6 7:3
a:schrap 0:-2 6:-1 7:-1 8:8
a:schrappen 1:4 8:3
a:schreef 0:2
a:schrijf 0:7 1:6 3:-2 6:13 7:2 8:-7
a:schrijven 1:1 3:4 4:-4 6:-2 7:4
a:schuift 0:-3 7:5
a:schulden 0:-3 5:12
a:schuldhulpverlener 0:1
a:schuren 0:2 4:-1
a:scoorde 0:-1 2:4 3:2
a:score 2:-2 6:2
a:scoren 2:5
a:sector 0:-11 3:4 4:-5 6:5 7:11 8:8
a:sectorkeuze 0:4 3:-3 6:4 7:1
a:selectie 0:4
a:sem 0:-3 1:5 3:1 7:-1
a:serieus 0:5 4:5 7:-4 8:-2
a:simpel 0:-3 1:3 6:-3 7:5 8:2
a:sinds 0:-5 2:6 5:4
a:site 0:8 6:-4
a:slaan 1:-1 4:2
a:slagen 0:3 1:-3 2:1 3:-1 8:3
a:slapen 0:5 4:-2
a:slb'er 0:7 6:-3
a:slecht 0:-8 1:10 2:4 4:-5 5:3 8:-1
a:slim 0:7 1:-4 4:1 5:3 8:3
a:slimme 4:6 8:-2
a:slordig 1:3
a:sluit 0:-6 1:-3 5:-1 6:-1 7:14 8:5
a:sluiten 0:-2 6:10 7:-3
a:snap 0:-3 1:8 4:2 5:7 7:-3 8:-5
a:snapt 0:-1 1:7 3:-2
a:snel 0:-8 1:30 3:-5 5:-1 6:5 7:8 8:-9
a:sneller 0:-5 3:8 4:-1 8:5
a:snuffelstage 0:7 2:-4 6:2
a:snugger 1:4 8:-3
a:sociaal 1:2
a:sollicitatie 0:4 1:-2
a:sollicitatiegesprek 0:4 1:-2
a:sollicitaties 8:2
a:sommige 0:9 3:-6 4:-2
a:soms 0:37 1:-2 2:4 3:-2 4:-2 5:2 6:3 7:-1
a:soort 0:9 4:5 8:-2
a:soorten 0:2
a:spaans 0:2
a:spannend 0:11 4:-1 8:-2
a:spanningsboog 0:-3 1:5 4:-2
a:sparren 0:2 7:-1
a:spelling 0:-3 1:6 4:-1 7:-1
a:sport 0:5 4:-1 8:7
a:sportopleiding 1:2
a:spreekt 0:5 4:-1
a:spreken 3:4 4:6 7:-4
a:springt 6:3
a:sta 0:-5 1:-3 6:6 7:11
a:staan 0:-3 1:2 3:-2 6:7 7:-1 8:3
a:staat 0:5 1:-3 4:6 5:-2 7:-7 8:-2
a:stage 0:-12 1:-19 2:-1 3:6 4:6 5:19 6:-5 7:7
a:stage-ervaring 0:4 3:-1
a:stagebedrijf 0:2
a:stagebedrijven 0:-3 5:3
a:stagebegeleider 1:3
a:stagedag 0:4
a:stagegesprek 0:-2 1:-1 6:4
a:stageplek 0:3 2:-3 3:3 4:-5 6:-5 8:2
a:stageplekken 0:-4 6:-1 7:12
a:stageverslag 3:3
a:stageweek 0:-1 6:4
a:stagiair 0:-5 3:10
a:stagiairs 0:-5 3:6
a:stand 0:1
a:stands 0:2 3:-1 6:1
a:stap 0:16 1:-4 2:1 3:-3 4:5 7:-4 8:8
a:stappen 0:4 1:-3 3:2 8:2
a:stapt 7:-1 8:6
a:start 0:6 6:-1 7:-2
a:startkwalificatie 0:2
a:startpunt 0:3
a:steeds 0:-4 1:9 5:3 7:3 8:-1
a:stel 0:5 1:-5 4:5 7:4 8:2
a:stellen 0:6 1:-2 4:-2
a:stelt 0:3 1:-1
a:stem 0:2 1:9 8:-1
a:stemmen 0:3 5:2 7:-2
a:stempel 0:-3 6:5 7:-1
a:sterk 0:6 1:2 8:2
a:sterke 0:6 1:-2 3:-2 6:1
a:sterker 0:3 1:-1 6:-1 8:4
a:sterkste 0:-1 1:4 4:-2
a:steviger 0:2
a:stil 0:2 1:-3 3:-5 4:12 5:2 7:-1 8:-2
a:stilte 0:13 7:-2
a:stilzitten 0:-2 1:1 4:3
a:stond 2:1 3:1
a:stop 0:-6 7:-1 8:14
a:stoppen 0:2 1:-3 7:2 8:5
a:stopt 0:-5 1:-1 7:14 8:-2
a:straat 0:-2 7:4
a:strakke 0:5 1:-1 4:-3
a:straks 1:-1 2:4 3:-4 4:5 6:-2 7:26 8:-5
a:streng 0:2
a:stromen 0:-5 1:-1 8:7
a:student 0:-6 1:-6 4:-4 7:-8 8:2
a:studenten 0:6 2:-4 3:2
a:studeren 1:-1 3:3 4:3 8:1
a:studie 0:8 1:6 2:-3 3:5 8:6
a:studieadvies 0:2 1:-2 2:7 7:3
a:studiebol 0:-1 1:4 4:-2
a:studiefinanciering 7:4
a:studiekeuze 0:4 1:-2 5:13 6:-2 7:-4
a:studiekeuzecheck 0:13 4:-2 7:1
a:studielink 7:2
a:studiepunten 1:-1 2:7 5:-1
a:studies 1:6 5:-1
a:stuk 0:-1 3:5 8:2
a:stukken 0:5 1:-2
a:sturen 1:-2 3:-1 7:-1 8:7
a:stuur 0:-3 5:-1 6:6
a:supermarkt 8:3
a:switchen 0:4
a:systeem 0:-2 6:9 7:-2
a:systemen 4:1
a:taak 0:2
a:taal 0:15 1:14 4:-7 5:1 7:-1 8:-3
a:tafel 5:5 6:-3
a:tak 0:-3 7:6
a:talen 0:6 1:-5 4:3
a:talenstudie 1:-4 4:9 8:-2
a:talent 0:8 1:6 4:-2 8:5
a:te 0:-5 1:16 2:-6 3:-13 4:-7 5:5 6:8 8:12
a:team 0:2 3:-2 7:-1 8:11
a:teamleider 0:-4 1:2 3:-2 7:15 8:-1
a:techniek 0:-10 3:-2 4:9 5:-3 7:-3 8:9
a:techniekdag 0:1
a:technische 1:5 4:-2 7:-1 8:3
a:tegen 0:-3 1:6 4:-1 7:7 8:6
a:tegenvalt 1:4 6:-1
a:tegenwoordig 5:5
a:teken 0:-3 7:7 8:-2
a:tekenen 0:-3 1:4 3:2 4:-2 6:6 7:-1
a:tekening 0:1
a:tekeningen 5:4 6:-2
a:tekent 0:-2 3:4 6:3
a:tekort 0:-2 1:9
a:tekortkomt 1:-2 2:6
a:tekortschiet 0:-3 1:12
a:tekst 4:4 6:2 8:-3
a:teksten 0:-3 1:7 4:2 5:-2
a:teleurgesteld 0:4 4:-1
a:telkens 1:3
a:telt 0:-5 6:20 7:-4
a:tempo 0:3 1:5 3:2 4:-3 6:-1 7:3 8:-2
a:ten 3:3
a:terecht 0:-6 1:7 3:-1 4:4
a:terechtkunt 0:4
a:terug 0:7 1:-1 6:2 7:-3
a:terugkijken 0:1
a:terugkomen 0:-2 7:2
a:terwijl 0:1 1:2
a:tevreden 0:-6 1:-2 2:5 5:-1 6:10
a:theoretische 8:4
a:theorie 0:-1 1:11 4:4 7:-3 8:-3
a:thuis 0:-9 1:-5 4:18 5:15 6:-4 7:5
a:tien 3:4 4:-3 6:1
a:tijd 0:9 2:2 3:-5 4:-2 6:-5 7:19 8:4
a:tijdens 0:5 3:-1 5:4
a:tik 0:-3 7:6
a:tikt 0:-5 2:1 4:1 6:-2 7:17
a:timmerman 0:2 8:2
a:tip 0:12 7:-2
a:tl 0:-3 1:7 2:8 3:2 7:-2
a:toch 2:-3 4:-3 6:7 7:-3
a:toe 1:11 5:-2 7:-3
a:toegelaten 0:1 1:-1 2:2
a:toegewezen 0:-1 7:3
a:toekomst 1:-2 4:3 7:-2 8:7
a:toelating 1:-1 7:4 8:-2
a:toen 0:7 4:-1 5:-1
a:toets 0:2 2:6 4:-3
a:toetsen 0:-3 1:8 2:2 5:-1
a:toetsresultaten 0:-2 2:5
a:tonen 6:6 8:-2
a:toont 1:5 8:-1
a:top 0:3 3:13 4:-4 6:3 8:-5
a:tot 0:4 1:8 2:-5 3:5 4:-1 5:-3 6:-1 7:13
a:totaal 0:-1 1:4
a:traag 0:-4 1:7 4:-1
a:trager 0:-4 1:4 3:7 6:-1
a:trainer 0:4
a:trekt 0:4 1:-3 2:-2 4:3
a:trots 0:13 6:-3 8:-2
a:turkse 0:-1 4:2
a:tussen 7:5 8:-1
a:tussenjaar 0:-3 2:1 3:1 8:21
a:twee 0:4 1:-2 3:2 4:-4 5:-1 6:3 7:12 8:-2
a:tweede 0:16 1:-4 2:3 5:1 7:5
a:tweetallen 0:2 3:8
a:twijfel 0:-1 5:2 7:8 8:3
a:twijfelen 0:10 1:-2 3:1 4:-2 7:8
a:twijfels 5:5 8:-2
a:twijfelt 0:-2 1:-1 3:4 5:-1 7:6
a:twintig 0:2
a:type 0:-3 1:2 3:-5 4:4 7:-3 8:7
a:typisch 0:-5 1:-2 3:-1 4:18 6:1
a:typische 0:-7 1:-3 4:16 8:-4
a:u 0:-19 1:3 2:-9 3:2 4:-16 5:-13 7:8 8:5
a:uit 0:-10 2:6 3:6 4:20 6:7 7:-15 8:-6
a:uitdrukken 0:-2 1:4 8:-1
a:uiterlijk 0:-3 7:7
a:uitgeloot 0:7 1:-2
a:uitleg 0:1
a:uitleggen 0:4
a:uitpakt 0:4 7:-3
a:uitslag 2:4
a:uitstellen 0:-2 7:4
a:uitstroomprofiel 7:1
a:universitaire 0:2 3:-1
a:universiteit 0:3 1:-6 3:5 6:-1 7:-1 8:7
a:upload 0:-3 6:9 7:-4
a:uren 6:4 7:-3
a:urenbriefje 6:4
a:urenkaart 6:2
a:uur 0:-2 1:-2 2:-2 5:6 6:4 7:11 8:-4
a:uw 0:-16 2:-1 3:3 4:-8 5:-2 6:2 7:11
a:vaak 0:29 1:-9 2:4 3:-1 4:33 5:-2 6:2 8:-4
a:vader 0:-2 1:-2 2:1 3:9 4:5 5:-3 7:-1 8:11
a:vak 0:6 2:10 3:-2 4:1 6:-3 8:-4
a:vaker 0:3 8:-1
a:vakgebied 0:1
a:vakje 0:-6 6:11 8:-3
a:vakken 0:2 1:5 2:1 8:-2
a:vaktaal 0:2
a:val 7:3 8:-2
a:vallen 0:7 1:-2 2:2 7:-5 8:2
a:valt 0:-10 1:5 2:-2 5:2 6:-2 8:6
a:van 0:4 1:-3 3:9 4:4 5:-12 6:13 7:-5 8:-12
a:vanavond 0:-1 7:8 8:-3
a:vandaag 0:4 1:-3 2:2 4:-1 5:-2 6:2 7:19 8:-2
a:vandaan 0:1
a:vanuit 0:4
a:vanzelf 0:5 1:-1
a:varen 0:-6 7:-2 8:11
a:vast 0:-13 2:1 3:-9 4:23 6:-2 8:-9
a:vaste 0:-2 3:5 7:-3 8:3
a:vat 0:5
a:veel 0:23 1:13 2:-4 5:-5 6:-5 7:-9 8:11
a:veilig 0:-1 8:9
a:veld 1:-2 6:11 7:-2 8:-2
a:ver 0:-11 1:18 2:-1 3:10 4:-5 5:3 8:-5
a:veranderen 0:13 3:-3 7:-2 8:-2
a:verbinden 0:4
a:verbindt 0:6
a:verder 0:7 1:-1 2:2 3:11 5:-2 7:-4 8:7
a:verdien 8:2
a:verdienen 0:-3 1:-3 4:3 7:-2 8:6
a:verdient 0:-2 8:6
a:vergat 0:1
a:vergeet 0:2 1:6 8:8
a:vergeetachtig 1:1
a:vergeleken 0:-1 1:-1 2:1 3:19 4:-1 5:1
a:vergelijken 0:-6 3:8
a:vergelijking 3:5
a:vergeten 0:-6 1:3 4:1 7:15 8:2
a:verhaal 0:25 2:1 4:1 5:-1 6:-1 8:-9
a:verkeerde 0:-10 1:-4 7:18
a:verkennen 0:9 8:-3
a:verkenning 0:6 1:-3 8:-2
a:verklaart 0:-2 5:3
a:verklaren 0:-2 1:-3 5:8 8:-2
a:verkoop 1:-7 8:10
a:verlaten 0:-2 1:-1 7:2 8:4
a:verleden 7:4 8:-3
a:verlegen 0:-2 1:-2 3:-5 4:2 8:9
a:verliest 7:3
a:verpest 1:-1 6:-1 7:6 8:-2
a:verpleegkunde 1:-1 2:-3 4:5 8:3
a:verpleegkundige 0:4 3:-3 8:2
a:verplicht 0:-4 1:-1 6:6
a:verplichte 0:-5 6:9
a:verrassende 0:-2 4:5
a:verrassingen 0:7 4:-4
a:verrast 0:1
a:verraste 0:6
a:verschil 0:3 3:3 4:-1 6:-1
a:verschillend 0:4 3:-2
a:verschillende 0:4
a:verslag 0:-4 1:4 3:-1 6:10 8:-1
a:verslavingszorg 0:1
a:verstandig 0:-1 1:-1 8:5
a:verstandiger 0:-2 7:-2 8:4
a:vertalen 0:3
a:vertel 0:7 1:-8 2:3 4:-1 5:23 6:-4 7:-1 8:4
a:vertelde 0:7 5:5 6:1 8:-1
a:vertellen 0:6 5:6 8:-1
a:vertelt 0:5 4:-1 5:-5 8:4
a:vertraging 0:-5 7:6
a:vervalt 7:2
a:vervolg 0:-3 1:7 2:-3 3:-1 4:-2 8:4
a:vervolgopleiding 0:-2 1:4 3:3 6:2 7:-1
a:vervolgopleidingen 1:2
a:vervolgstap 0:1
a:verwacht 0:4 1:6 3:5 5:-1 6:-2 8:-4
a:verwachten 0:3
a:verwachtingen 0:5
a:verwachtte 0:4 2:-2
a:verzorgers 0:11 4:-2 5:-2 7:-1 8:-2
a:verzorging 3:-7 4:7
a:via 0:6 4:-3
a:viel 0:13 1:1 3:-3 5:-4
a:vier 0:2 1:1 3:10 6:-5 7:2
a:vijf 2:-2 6:14 7:-2 8:-2
a:vind 0:-8 1:2 4:7 7:-2 8:5
a:vinden 0:9 1:-5 2:-2 4:-2 7:1 8:3
a:vindt 0:14 1:3 2:-1 3:7 4:-5 7:8 8:-6
a:vink 0:-2 6:7 7:-1
a:vinken 0:10 1:-3 6:-2 8:-2
a:vinkje 0:3 1:-3 2:-1 6:7
a:vluchtelingen 4:1
a:vmbo 0:3 1:5 3:-1 4:3 6:-1 7:-2
a:vmbo'er 0:-1 1:-4 4:16 8:-4
a:vmbo-mbo-hbo 0:1
a:voelde 0:3
a:voelen 0:3
a:voelt 0:8 3:-1 5:2
a:voert 0:4 6:-2
a:vol 0:-5 1:3 6:8 7:2 8:-2
a:voldoende 1:4 4:1
a:voldoening 0:9 8:-2
a:volgen 0:-8 1:9 8:1
a:volgend 0:-7 7:10 8:6
a:volgende 0:10 1:-1 6:-2 7:2 8:-2
a:volgens 0:-4 1:-1 2:1 3:-1 5:1 6:1 8:17
a:volgt 0:5 1:-3 4:-3 7:5
a:volledig 6:4
a:voltooid 0:-5 6:13
a:volwaardig 0:4
a:vond 0:14 1:-3 3:-1
a:voor 0:-12 1:4 3:-23 4:4 5:-10 6:-5 7:5 8:17
a:vooral 0:-4 1:10 3:-1 4:6 5:-2 7:-4 8:2
a:voorbeeld 0:-2 3:6 8:-1
a:voorbij 0:-3 7:14 8:-5
a:voordat 2:2 5:20
a:voorjaar 0:3
a:voorkeuren 0:5 4:-1
a:voorlichting 0:6 1:-1
a:voortgang 0:-6 2:2 6:5
a:vooruit 0:4
a:voorzichtig 0:-2 5:3
a:vorig 0:1 1:-2 3:5 6:6 7:-3 8:-2
a:vorige 0:-6 1:1 3:15 4:-1
a:vraag 0:-9 1:5 2:6 3:6 5:18 6:-3 7:-16
a:vraagstukken 0:2
a:vraagt 0:11 1:8 7:-2 8:-2
a:vragen 0:11 1:-4 4:5 5:3 6:6 7:-4 8:-1
a:vriend 0:-1 5:2
a:vrienden 0:6 1:-5 3:5 4:-1
a:vrijblijvend 0:4 8:-1
a:vrijdag 0:-12 6:11 7:14 8:-4
a:vrijwilligerswerk 0:2
a:vroeg 0:7 8:-1
a:vroege 0:-4 1:3 5:4
a:vso 1:-1 3:-1 4:5
a:vul 0:-7 6:13 7:4 8:-2
a:vullen 0:9 7:-2 8:-1
a:vult 0:1
a:vwo 1:7 3:8 4:-2 6:-1 7:-3 8:2
a:vwo'er 4:5 8:-1
a:waar 0:17 1:12 2:-4 3:1 4:3 5:-8 6:-8 7:-4
a:waarbij 0:-6 1:13 7:-1 8:-2
a:waard 0:9 3:-2
a:waarden 0:12 1:-2
a:waardevol 0:6
a:waardevolle 0:1
a:waarin 1:9
a:waarom 0:-9 1:14 2:1 3:14 4:-1 5:5 8:-7
a:waarop 0:6
a:waarschijnlijk 0:-7 1:6 4:6 8:-2
a:waarschuw 7:2
a:waarschuwing 2:-2 7:5
a:wacht 0:-7 7:15
a:wachten 3:-2 7:10
a:wachtlijst 7:2
a:wandelend 0:4 6:-1
a:wanneer 0:6 3:-2 6:-1 8:-1
a:want 0:-17 1:3 3:-2 4:-1 5:7 6:7 7:14 8:-6
a:waren 0:5 3:2 4:-1
a:warme 0:4 4:-1
a:warming-up 0:5 1:-1
a:was 0:4 1:-6 2:9 3:6 5:-3 7:-3 8:7
a:wat 1:7 3:-7 4:-5 5:2 7:-29 8:6
a:water 0:3 1:-2
a:we 0:14 1:13 3:-6 4:-4 5:16 6:13 7:-12 8:-1
a:website 0:2
a:week 0:5 2:4 4:1 6:-1 7:14
a:weer 0:1 2:3 5:-1 7:7 8:-2
a:weet 0:11 1:-9 2:-2 3:4 4:4 7:-9 8:4
a:weg 1:4 3:-3 4:5 5:2 7:5 8:-4
a:wegen 0:3 4:-2
a:wegwerkt 0:-4 2:6
a:weinig 0:-20 1:35 3:-1 4:8 7:-3 8:5
a:weken 0:-3 4:1 5:1 6:-3 7:19
a:wel 1:5 3:2 4:10 6:-3 7:16
a:weleens 0:2 4:-1
a:welk 0:-5 1:-5 2:9 3:-2 5:14 6:9 7:-1 8:12
a:welke 0:-8 1:5 3:-7 4:-7 6:5 7:-9 8:6
a:welkom 0:12 5:-1
a:welzijn 0:8 1:-2 2:1 6:3 7:-1
a:werd 0:7
a:wereld 1:-3 4:-2 8:6
a:werk 0:11 1:-4 2:-5 3:2 4:-5 6:-7 8:4
a:werken 0:-11 1:1 3:-2 4:19 5:-3 7:-4 8:15
a:werkervaring 0:-1 3:4
a:werkexploratie 0:3
a:werkgever 0:3 1:-4 8:4
a:werkgevers 5:5 7:2
a:werkhouding 0:-4 1:14 3:-1 8:-2
a:werkplaats 1:5 3:2 4:-2
a:werkplek 0:2 1:-3 4:4 6:3 7:-2 8:-1
a:werkstuk 0:2 1:-2 2:6 3:-1 8:-1
a:werkt 0:-2 1:8 3:11 4:-4 8:-1
a:werkte 0:4 3:1
a:werkveld 0:2
a:werkvelden 0:5
a:werkvloer 0:-2 4:7
a:weten 0:5 3:-1 4:2 5:30 6:-2 7:-11 8:-5
a:wezenlijk 0:8 1:-1 4:-3
a:wie 0:-10 1:-8 2:2 3:6 5:10 6:-4 7:56 8:-4
a:wij 0:-5 3:-1 7:5 8:9
a:wijk 0:-1 3:-1 4:3
a:wijs 0:2 5:-1
a:wijst 0:11 8:-2
a:wijzen 0:3
a:wil 0:-25 1:-12 2:-7 3:-2 4:7 5:4 7:10 8:6
a:wilde 0:11 1:-3 3:4 7:-2
a:willen 0:3 1:-6 4:9 5:4 7:-4 8:1
a:wilt 0:24 1:-2 2:2 5:24 6:-2 7:-7 8:-12
a:winkel 1:2 8:-1
a:wiskunde 0:4 1:-2 3:5 5:3 7:-3 8:9
a:wisselen 0:2 1:-2 7:5
a:wist 0:-3 3:4
a:woensdag 0:-2 7:9 8:-5
a:wonen 0:4 5:3
a:woorden 0:13 1:4 2:1 4:-3 7:-1
a:woordenschat 0:-2 1:6 7:-3
a:word 0:-10 1:-5 3:-3 4:4 7:5 8:17
a:worden 0:-8 2:-2 4:3 5:-4 6:-6 7:14 8:4
a:wordt 0:-6 1:7 2:1 3:-7 4:-2 5:-2 7:7 8:9
a:workshop 0:2
a:zaak 0:2
a:zag 0:12 1:2 2:4 3:-1 5:3 8:-4
a:zakt 0:-3 1:1
a:zal 1:-5 4:6
a:zat 0:-1 3:3
a:ze 0:3 1:12 2:-2 3:6 5:8 8:-10
a:zeg 0:-4 3:-2 7:16 8:6
a:zeggen 0:8 1:-3 2:1 3:6 8:-3
a:zegt 0:19 3:-6 4:-3 5:2 7:-7 8:2
a:zei 0:25 1:-11 2:8 6:2 8:-3
a:zeker 0:-4 1:-1 3:2 8:5
a:zekerheid 1:-1 4:-1 8:5
a:zelden 0:-2 4:9 8:-3
a:zelf 0:29 4:5 5:-3 6:-10 7:7 8:-3
a:zelfstandig 1:11 4:-1 8:-4
a:zelfstandigheid 1:5
a:zelfvertrouwen 0:-1 1:2
a:zes 3:-1 6:3
a:zet 0:-4 1:-4 2:6 3:8 5:-2 6:7
a:zetten 0:-3 1:-2 3:2 6:8 7:-2 8:8
a:zich 0:-5 4:8 5:3
a:zicht 2:5 5:-1
a:zichtbaar 0:8 6:4 7:-2 8:-2
a:zichzelf 0:-5 1:4 3:-2 4:-3 7:8
a:zie 0:-7 1:2 4:-2 5:-1 6:5 7:2 8:12
a:ziekenhuis 0:-9 3:-1 4:9 5:-5 7:4 8:5
a:ziekte 0:-4 5:5
a:zien 0:18 1:7 2:4 4:-3 5:-3 6:6 7:-4 8:-7
a:ziet 0:11 1:-3 6:5 7:-3 8:-6
a:zij 0:-8 1:5 3:16 5:-1
a:zijn 0:7 1:-15 3:-8 4:23 5:17 6:6 8:-6
a:zijpaneel 0:2
a:zin 0:-2 1:-4 3:2 5:2 8:5
a:zinnen 0:-3 6:8 7:-1
a:zit 0:-18 1:6 3:-2 4:-1 5:-5 7:3 8:3
a:zitten 0:7 1:10 2:-1 3:-3 4:-2 5:6 7:5 8:-4
a:zo 0:-6 1:27 2:4 3:-3 5:11 6:-2 7:13 8:-5
a:zo'n 1:4 3:-5 4:14 5:-2 7:3 8:-2
a:zoals 0:-5 1:1 2:1 3:-3 4:22 7:-3 8:5
a:zodat 0:-13 1:8 2:5 4:-3 6:9 7:-6 8:-4
a:zoek 0:-5 1:10 4:-3 6:-1 7:-5 8:16
a:zoeken 0:1 1:11 3:-1 5:3 6:-4 7:-8 8:2
a:zoekt 0:5 1:-4
a:zomer 0:-5 1:-1 3:4 5:2 6:-1 7:5 8:3
a:zonde 0:-7 2:1 3:-2 5:1 8:24
a:zonder 0:17 2:3 3:8 4:-2 5:-2 6:-2 7:39 8:-14
a:zoon 1:3 3:4 4:-3
a:zorg 0:-3 1:1 4:-5 5:-5 6:14 7:-2 8:11
a:zorgcoordinator 0:3 5:-2
a:zorgzaam 0:-2 2:4 4:2 8:-1
a:zou 0:-16 1:-10 4:11 5:8 7:-3 8:25
a:zoveel 0:1 3:5 4:-1 6:7 8:-4
a:zulke 2:1
a:zus 0:-4 1:-1 3:18 4:-3 8:-4
a:zwaar 0:2 1:7 7:-1
a:zwaarder 0:1
a:zwak 0:-3 1:7 4:2 7:-4 8:-1
a:zwakke 0:-2 1:10 3:-1
a:zware 1:2
b:%_gevuld 2:-2 6:5
b:%_van 2:5 3:2
b:/_<grade> 0:-2 6:4
b:<grade>_/ 0:-2 6:4
b:<grade>_? 0:-2 2:2 8:4
b:<grade>_al 1:8 4:-3
b:<grade>_april 0:11 7:-7
b:<grade>_daarna 0:1
b:<grade>_de 0:15 1:1 4:2 6:-2 8:-2
b:<grade>_een 0:-5 2:6
b:<grade>_en 0:3 2:-4 7:-2 8:5
b:<grade>_f 0:-2 1:4 2:8 6:-3
b:<grade>_februari 0:6 7:-1
b:<grade>_gemiddeld 0:-2 2:8 3:-1
b:<grade>_haalt 2:6
b:<grade>_havo 0:-4 1:-2 3:15 7:2
b:<grade>_is 1:-2 7:-2 8:5
b:<grade>_kader 0:-2 3:4
b:<grade>_kun 0:5 8:-2
b:<grade>_loopbaanopdrachten 2:-1 6:2
b:<grade>_maart 7:9 8:-4
b:<grade>_mei 0:17 2:-3 5:2 7:14 8:-1
b:<grade>_naar 2:3
b:<grade>_of 0:-8 2:6 4:6
b:<grade>_onderdelen 6:4
b:<grade>_opdrachten 6:5
b:<grade>_over 0:-3 2:3
b:<grade>_staat 6:3
b:<grade>_te 0:-5 2:4 6:2
b:<grade>_tot 0:5 2:-6 6:2
b:<grade>_uit 0:-6 2:2 6:2
b:<grade>_van 0:-11 1:-1 2:3 3:5 4:-4 6:28
b:<grade>_vmbo 0:-2 1:4
b:<grade>_voor 0:-12 1:-13 2:50 4:-3 8:4
b:<grade>_vwo 0:-4 1:4 3:7
b:<grade>_wat 6:2
b:<num>_% 0:-5 1:-2 2:5 5:-3 6:16 7:-2
b:<num>_e 7:6
b:<num>_januari 7:10 8:-5
b:<num>_lob-uren 0:-2 6:3
b:<num>_procent 0:-2 3:2 5:-1 6:5
b:<num>_uur 0:-1 2:-1 6:4 7:3 8:-2
b:<num>_van 0:-2 2:3 3:-2 6:3
b:^_<grade> 2:-3 6:5
b:^_aan 0:3 7:-2 8:3
b:^_aanmelden 0:10
b:^_achter 0:2 4:-1
b:^_als 1:-19 2:8 3:2 4:66 5:-5 6:-3 7:39 8:-4
b:^_andere 0:-9 3:18 4:-1 7:-3
b:^_anderen 0:-3 3:6
b:^_anders 0:-2 6:4
b:^_autisten 4:1
b:^_bakkers 0:3 4:-2
b:^_balen 0:1
b:^_bbl'ers 0:-1 1:-2 4:5
b:^_beantwoord 0:3 8:-1
b:^_bedenk 0:-2 7:6
b:^_begin 0:-4 6:-1 8:9
b:^_bekijk 0:13 1:-4 2:-2 4:-2
b:^_bel 0:-2 7:2
b:^_ben 0:-3 1:-3 3:5 4:-5 5:25
b:^_bent 5:7
b:^_beschrijf 0:5 8:-2
b:^_besef 0:-6 7:16
b:^_bespreek 1:11 2:7 5:4 7:-3 8:-3
b:^_bij 0:31 1:5 2:9 3:-1 4:3 5:-11 6:-1
b:^_bijna 3:7
b:^_blijf 3:1 7:4
b:^_blow 0:-1 1:-3 5:8 8:-2
b:^_boos 0:2
b:^_contact 0:6 1:-1
b:^_contacten 0:4 4:-1
b:^_creatief 1:7 7:-2 8:-4
b:^_daar 0:16 2:7 3:-2 4:-2 5:2 7:-1
b:^_daarna 4:-3 5:3 6:-2 7:12 8:-1
b:^_dan 0:-13 1:-6 3:2 4:-7 5:28 6:3 7:2
b:^_dat 0:8 1:-18 3:-2 4:-2 5:35 7:-7 8:23
b:^_de 0:19 1:3 3:28 4:-11 6:-10 7:26
b:^_deel 0:2
b:^_denk 0:-5 1:2 2:1 5:1 7:20 8:-3
b:^_deze 0:-12 3:5 4:5
b:^_die 0:-17 1:-2 4:1 7:6 8:27
b:^_dit 0:-13 1:-2 2:6 3:-1 4:5 6:11 7:20 8:-3
b:^_doe 0:-18 5:3 6:-2 7:2 8:20
b:^_doorstromen 0:-2 8:2
b:^_draag 0:-2 5:5
b:^_drie 0:-1 2:3 6:2
b:^_drink 0:-1 5:7
b:^_drinkt 0:-2 5:4
b:^_dus 1:-1 4:-1 7:6
b:^_echte 1:-2 4:9 8:-3
b:^_economie 0:10 8:-3
b:^_een 0:36 1:-11 2:6 3:-3 4:38 5:-3 8:13
b:^_eerlijk 0:-12 1:7 4:-4 8:12
b:^_eerlijke 0:1
b:^_eerst 1:-1 8:1
b:^_eerstegeneratiestudenten 0:10 4:-1
b:^_eet 0:-3 1:-2 4:-2 5:17
b:^_elke 0:3 1:-2 6:-1 7:5
b:^_en 0:-2 5:4
b:^_energie 0:1
b:^_er 0:9 1:2 3:-2 4:-4 5:-1 7:2 8:-3
b:^_even 0:-2 2:1 5:-1 6:6
b:^_ff 6:2
b:^_fijn 0:-4 2:2 5:-1 6:2 7:3 8:-2
b:^_foute 0:2
b:^_fouten 0:2
b:^_ga 0:9 1:-6 3:5 4:-2 5:-2 7:-3 8:12
b:^_gaat 0:-1 5:1 7:4
b:^_gamen 0:-2 4:-1 5:12
b:^_gebruik 0:-2 5:9
b:^_geef 0:6 1:6 2:-3 8:4
b:^_geen 0:-3 1:18 2:1 4:-9 6:-3 7:16 8:-1
b:^_gefeliciteerd 0:5
b:^_geloof 0:-2 7:-1 8:6
b:^_geneeskunde 0:-4 1:-3 8:17
b:^_gezien 0:-9 1:16 3:-3 4:2 5:-1
b:^_goed 0:9 5:-1 8:-1
b:^_groei 0:1
b:^_gymnasiasten 0:-3 4:6
b:^_haalt 0:-2 5:9
b:^_havisten 0:-3 3:-5 4:16
b:^_havo 0:8 7:-1
b:^_hbo 0:3
b:^_heb 0:-18 1:-2 4:5 5:26 6:26
b:^_hebben 0:-1 5:2 6:1
b:^_heeft 0:-7 1:-4 3:-2 5:19 6:5 7:-3
b:^_helpt 0:-4 5:8
b:^_herken 0:-5 1:8 4:5 5:-1
b:^_het 0:58 1:-6 2:5 4:-4 5:-11 6:7 7:-10 8:4
b:^_hij 0:-11 1:16 4:6 7:-2 8:-3
b:^_hoe 0:11 1:13 3:3 4:-22 5:12 6:-13 7:-8 8:-7
b:^_hoeveel 0:2 1:-3 2:2 3:-2 4:-2 6:15
b:^_hoor 0:13 2:1
b:^_iedereen 1:-7 3:-2 7:19 8:1
b:^_iets 0:4 1:-2
b:^_ik 0:14 1:-12 2:-1 3:-4 4:-7 6:15 8:11
b:^_in 0:30 1:4 3:3 4:-11 5:-5 6:-3
b:^_indirecte 0:4
b:^_ingenieurs 0:-7 5:1 7:1
b:^_initiatief 0:-2 1:3
b:^_is 0:-16 1:-6 2:4 4:3 6:22 7:4 8:-12
b:^_isk-leerlingen 4:1
b:^_je 0:9 1:23 2:12 3:46 4:-60 6:-14 7:-20 8:-22
b:^_jij 0:-5 1:17 3:-6 4:22 5:-5 6:2 7:-3 8:21
b:^_jongens 0:-3 1:-7 3:-4 4:20
b:^_jongeren 4:1
b:^_journalisten 0:5 1:-1 4:-3
b:^_jouw 0:-12 1:17 2:2 3:13 4:-10 5:-2 7:-4
b:^_jullie 2:4 3:-2 4:7 5:-4 6:3 7:3 8:-2
b:^_kaderleerlingen 1:-1 4:2
b:^_ken 0:2
b:^_kent 0:2 5:-2
b:^_keuzes 0:3
b:^_kies 0:-5 1:-5 2:1 4:-6 5:-2 6:4 7:18 8:21
b:^_kiezen 0:10 1:-3 4:-1 5:-1
b:^_kijk 0:-15 2:5 3:30 5:7 6:5 7:-2 8:-2
b:^_kinderen 0:-4 3:-1 4:8
b:^_klaar 0:-3 6:7
b:^_klopt 1:1 3:-2 4:3 6:1
b:^_knap 0:12 7:-2
b:^_kom 0:3 4:2
b:^_kopieer 6:8 7:-1 8:-1
b:^_koppelt 0:11 6:-1
b:^_krijg 0:-4 5:8
b:^_krijgen 0:-1 4:-2 5:6 7:-1
b:^_kritiek 0:1
b:^_kruis 0:-7 6:14 7:-1 8:-3
b:^_kun 0:-5 2:2 5:9
b:^_kunnen 0:-2 4:-2 5:7
b:^_kunstacademie 8:3
b:^_kwaliteiten 0:8 2:-2 6:-3
b:^_laat 0:3 1:-5 2:1 4:-6 5:-5 6:12 7:-19 8:10
b:^_laten 1:8 2:10 6:-2
b:^_leerlingen 0:-2 1:-5 4:15 8:-2
b:^_leg 0:-5 1:2 2:2 3:10 6:-2 7:-1
b:^_leren 0:2 1:4 4:-4
b:^_let 0:-11 5:8 7:2
b:^_leuk 0:-13 1:13 2:4 4:-2 8:-2
b:^_lever 0:-4 3:-1 6:9 7:4 8:-3
b:^_lijkt 0:11 1:-4 4:-2
b:^_lijn 0:8 5:-1 6:-3
b:^_loop 0:4 6:3 7:-1
b:^_loopbaanbegeleiding 0:2
b:^_loopbaansturing 0:5
b:^_los 0:2 2:-2
b:^_luister 0:11 7:-1 8:-2
b:^_lukt 1:-2 3:4
b:^_maak 0:-15 1:8 2:3 6:3 7:10 8:-2
b:^_maakt 0:6 6:-1 7:-1
b:^_mag 0:-2 5:3
b:^_meiden 0:-1 2:-1 3:-6 4:21 6:2 7:2
b:^_meisjes 4:3
b:^_meld 0:-4 7:8 8:2
b:^_mens 0:10 8:-2
b:^_mensen 0:-2 4:3
b:^_met 0:-13 1:13 2:22 3:-4 4:34 5:-13 7:-5 8:14
b:^_mijn 0:-5 7:-2 8:18
b:^_mis 0:-2 6:-1 7:4
b:^_misschien 2:2 5:3 7:-1
b:^_mist 6:2
b:^_moet 0:-3 4:-3 5:8 6:-4 7:7
b:^_mooi 0:5 3:3 8:-2
b:^_mooie 5:4
b:^_motieven 0:3
b:^_na 0:17 4:-1 6:1 8:7
b:^_naar 0:-2 1:-2 8:7
b:^_natuur 0:15 1:1 8:-2
b:^_nederlands 0:10 1:-2 4:-2
b:^_neem 0:4 1:-1 3:6 5:3 7:-4 8:15
b:^_negen 0:-1 3:5 4:-2
b:^_netwerken 0:1
b:^_niemand 0:12 7:-2 8:-2
b:^_niet 0:7 1:-3 7:-2 8:4
b:^_nieuwe 0:2
b:^_nieuwkomers 0:-9 4:13
b:^_nieuwsgierigheid 0:6 8:-3
b:^_niveau 1:-1 7:-2 8:4
b:^_nodig 0:5 4:-3
b:^_noem 0:8 1:3
b:^_nog 0:-13 2:-4 6:14 7:15
b:^_noteer 0:-4 1:5 2:-1 5:8 6:7 7:-1 8:-1
b:^_nu 0:3 1:7 2:-5 4:-3 5:4 6:-2
b:^_omdat 0:-18 1:25 2:3 3:3 4:33 7:-6 8:-10
b:^_ontdekken 0:1
b:^_onthouden 1:3
b:^_ook 0:6 1:-1 3:2 7:-2
b:^_op 0:2 1:-2 2:-6 3:11 5:-2 6:3 7:-6 8:3
b:^_opent 0:4 7:-1
b:^_ouders 0:9 5:-2 7:-2 8:-2
b:^_over 0:6 1:-3 4:-1 7:4
b:^_overstappen 0:3 8:-2
b:^_pak 0:-3 2:4
b:^_past 0:8 1:-5 3:-1 4:1 5:-1 8:1
b:^_plannen 0:-3 1:9 7:-1 8:-2
b:^_praat 0:2 4:-1 5:1
b:^_praktijkleerlingen 0:-3 1:-1 4:5
b:^_praktijkonderwijsleerlingen 1:-3 4:4
b:^_probeer 0:2 1:-2 7:-1 8:2
b:^_rechten 1:-2 4:-6 8:10
b:^_reken 2:7 7:3
b:^_rekenen 0:3
b:^_ren 0:4 3:-2
b:^_rond 2:-2 6:2
b:^_rook 0:-3 5:3
b:^_ruimte 0:4
b:^_samen 0:2
b:^_samenwerken 0:-3 1:6
b:^_sanne 0:-4 3:9 6:-3
b:^_schiet 3:-3 7:11
b:^_schrap 0:-2 6:-1 8:6
b:^_schrijf 0:6 1:8 3:-2 6:15 7:-5 8:-6
b:^_sinds 5:2
b:^_slaap 1:-2 5:9 7:-2
b:^_slagen 0:8 1:-2 3:-1
b:^_slik 0:-5 5:6
b:^_snel 1:2 4:-1 6:2
b:^_sociaal 1:4 4:-3
b:^_sommige 0:9 3:-6 4:-2
b:^_soms 0:11 2:1
b:^_speelt 4:1
b:^_spreekt 0:8 4:2 5:-2
b:^_sta 0:2 3:-4 6:7
b:^_staat 2:2 5:4 6:-4
b:^_stage 5:-2 8:7
b:^_stagebedrijven 0:-3 5:3
b:^_stap 0:-4 3:-2 6:3 8:9
b:^_stel 0:11 1:-2 4:7 7:-3 8:-2
b:^_sterk 0:2
b:^_stilzitten 0:-5 1:6
b:^_stop 0:-3 8:9
b:^_stoppen 0:1 8:1
b:^_straks 3:-3 7:7
b:^_studeren 4:-1 8:1
b:^_stuur 0:-4 5:-1 6:6
b:^_switchen 8:3
b:^_taal 1:1
b:^_te 0:7 1:-1
b:^_techniek 0:-3 1:2 4:2
b:^_teken 6:3 8:-2
b:^_teleurgesteld 0:3 7:-2
b:^_theorie 1:10 4:-2 7:-3 8:-1
b:^_thuis 0:3 3:3 4:-1 5:-4
b:^_tijd 0:-5 2:1 7:5
b:^_tijdens 0:2 1:1 5:-1
b:^_tik 0:-3 7:6
b:^_tip 0:12 7:-2
b:^_toch 8:1
b:^_trialoog 0:3
b:^_turkse 0:-3 4:5 5:-1
b:^_twee 0:-2 1:7 3:-2
b:^_twijfel 0:15 5:-2 7:-6
b:^_twijfelen 0:7 7:-2 8:-2
b:^_typisch 0:-5 1:-1 4:20 6:1 7:1
b:^_u 0:3 1:4 2:-5 3:-7 4:2 5:-5 7:-7 8:4
b:^_uit 0:-3 8:9
b:^_upload 0:-3 6:9 7:-4
b:^_uw 0:-2 1:4 2:2 3:8 4:-3 5:-1 6:-2
b:^_van 0:10 1:2 3:6 4:-3 6:-3 8:-3
b:^_vandaag 0:2 1:-2 7:3
b:^_veel 0:11 1:-2 3:-4 4:5 5:-1 6:-1 8:3
b:^_verbindt 0:6
b:^_verder 0:-2 1:-1 6:-1 8:7
b:^_vergeet 0:-2 1:-1 8:7
b:^_vergeleken 0:-3 1:-3 3:24 4:-2 5:1
b:^_vergelijk 0:2 1:-2 3:1
b:^_verpleegkunde 1:-1 8:2
b:^_verrassingen 0:3
b:^_vertel 0:-15 2:9 3:3 4:-2 5:27 6:-2 8:-2
b:^_verwachtingen 0:4
b:^_vink 0:-2 6:6
b:^_vmbo 0:2
b:^_voel 0:-2 5:4
b:^_volgens 0:-4 1:-1 2:1 3:-1 5:1 6:1 8:17
b:^_voor 0:-17 4:46 6:7 7:-2
b:^_voorkeuren 0:5 4:-1
b:^_vorig 0:-2 3:10
b:^_vraag 0:-26 1:2 2:5 4:-4 5:24 6:-5 7:-12 8:3
b:^_vso-leerlingen 0:-5 1:-1 4:7
b:^_vul 0:-4 6:14 7:-2
b:^_vwo 0:-4 3:-2 8:9
b:^_vwo'ers 0:-2 3:-5 4:10 8:-2
b:^_waar 0:34 2:-2 3:7 5:-11 6:-3 8:-7
b:^_waarom 0:-33 1:17 3:15 4:-7 5:5 6:-2 8:15
b:^_wacht 0:-3 3:-1 7:8 8:-1
b:^_wanneer 0:11 1:-3 5:-2 6:8 7:11 8:2
b:^_wat 0:44 1:45 2:28 3:6 4:-6 5:-24 6:-6 7:-10
b:^_we 0:14 1:4 2:6 4:-1 5:-3 7:-5 8:-6
b:^_weet 0:-12 1:9 5:-2 7:15
b:^_welk 0:27 1:6 2:7 3:-8 4:11 5:-13 6:-7 8:-8
b:^_welke 0:32 1:-15 2:4 4:11 5:-7 6:5 7:-11 8:-1
b:^_werk 0:6
b:^_werken 0:4 1:-2 4:-2 8:2
b:^_werkexploratie 0:6 1:-1 4:-1
b:^_werkgevers 5:5 7:2
b:^_wie 0:10 1:-4 3:6 4:5 5:-7 6:-1 7:36 8:-2
b:^_wij 0:-5 3:-1 8:9
b:^_wil 1:-3 2:2 3:-3 4:-2 6:5 7:19
b:^_wiskunde 0:-4 1:5
b:^_wist 0:-13 5:2 7:2
b:^_woon 0:-8 5:12
b:^_word 0:-3 2:3 5:1 7:-1 8:3
b:^_ze 0:-6 1:16 2:-1 6:-1
b:^_zeg 0:-3 2:1 4:2 6:-2 7:16 8:7
b:^_zegt 0:6
b:^_zelfstandig 0:1 1:5 8:-3
b:^_zet 0:-6 1:-1 2:2 3:15 5:-2 6:3 8:-3
b:^_zie 1:-1 4:2 5:-5 6:2 7:1
b:^_zij 0:-22 1:8 3:10 4:2
b:^_zijn 0:-4 3:6 4:-1 6:6
b:^_zit 0:6 1:-2 3:-2 4:1 5:5 6:-2
b:^_zo 6:1 7:4
b:^_zo'n 0:-4 3:-5 4:12 8:3
b:^_zoals 0:-5 3:-1 4:7
b:^_zoek 0:7 1:2 4:-1 7:-2 8:4
b:^_zonder 0:-10 1:11 3:-2 4:-3 6:-2 7:24
b:^_zorg 0:11 1:-3 4:-3 6:13 8:-8
b:^_zou 0:-10 1:5 2:11 3:9 6:-2 7:1 8:-2
b:^_zullen 1:-3 2:6 3:1 5:-1 8:15
b:aan_? 0:-21 1:-3 3:3 4:11 5:2 6:-6 7:3 8:-5
b:aan_als 0:3
b:aan_anders 0:-3 7:5
b:aan_beroepen 0:7
b:aan_bij 8:3
b:aan_dat 0:7 1:-4 2:5
b:aan_de 0:-2 1:-1 2:-3 3:4 4:19 5:3 7:3 8:-3
b:aan_die 0:-1 6:-1 7:2 8:3
b:aan_dit 0:3
b:aan_doen 0:-5 1:6 4:-3 7:5
b:aan_doorzettingsvermogen 0:-1 1:4
b:aan_een 1:-4 2:7 5:6
b:aan_en 0:2
b:aan_gedacht 0:-2 4:5
b:aan_het 0:10 1:-4 2:2 4:-2
b:aan_iemand 0:7 1:-3
b:aan_iets 4:5 8:-4
b:aan_in 0:12 1:-6 4:2 5:-3 8:1
b:aan_je 0:-7 1:19 3:-2 4:-1 5:8 6:2 7:3
b:aan_jezelf 0:3 1:-1
b:aan_jou 1:2 4:-1
b:aan_kiezen 0:2 4:-1
b:aan_later 1:-1 5:4
b:aan_lob 0:-1 3:3 5:4 6:3
b:aan_loopbaanbegeleiding 0:4 1:-1
b:aan_motivatie 0:-2 1:7 5:-1
b:aan_nemen 3:2
b:aan_op 8:5
b:aan_tafel 0:2
b:aan_te 0:-5 1:3 5:4 6:2 7:10 8:-7
b:aan_vast 0:2 7:2
b:aan_volgend 0:1
b:aan_wat 6:5 8:-3
b:aan_welke 0:-8 1:2 4:1 6:16 7:-4 8:-2
b:aan_werk 1:5 5:-4
b:aan_wie 0:6 6:-1 7:-3
b:aangenomen_bij 0:4
b:aankan_zodat 0:-4 1:7 6:-1
b:aankunt_? 0:-2 2:2 4:-1 5:5
b:aanleiding_om 0:2 2:-2
b:aanleiding_zijn 0:3
b:aanmelden_? 8:6
b:aanmelden_kan 0:2
b:aanmelden_voor 0:8 6:-1 7:-2 8:3
b:aanmelding_en 0:-1 7:2
b:aanmelding_voor 7:3
b:aanmeldt_? 7:3
b:aanmeldt_heeft 0:11 2:-1 7:-9
b:aanmeldt_voor 0:-2 2:3 7:3 8:-3
b:aanpakken_? 0:2
b:aansluiten_bij 0:1 1:-1
b:aanspreken_? 0:3 5:-1
b:abstracte_denkvermogen 1:2
b:achter_? 3:1
b:achter_bij 0:-6 3:4
b:achter_de 0:17 1:5 3:-1 4:-4
b:achter_een 0:2 3:-5 4:7 7:-1
b:achter_het 4:-1 7:4
b:achter_je 0:4 6:2 7:4 8:-5
b:achter_met 1:2
b:achter_op 0:-4 1:3 3:4
b:achter_te 1:-1
b:achteraf_anders 0:3 7:-2
b:achterblijft_bij 1:-2 3:4
b:achtergrond_ligt 4:3
b:achtergrond_lijkt 0:-2 4:3
b:achterstand_in 0:10 1:-3 2:5 3:-1 4:-2 5:-1
b:adhd_ben 1:-6 4:10 8:-2
b:adhd_is 1:-6 4:10 8:-2
b:advies_is 0:-2 8:3
b:advies_laat 0:-1 7:-1 8:4
b:advies_over 0:-1 4:-2 8:7
b:advies_van 0:17 1:-2 3:-5 4:-1 8:-2
b:af_? 0:-8 1:2 2:9 4:-1 6:4
b:af_als 0:-4 1:-4 7:9
b:af_bij 0:-3 1:7 3:-1 4:-2
b:af_dan 1:-2 7:7 8:-2
b:af_en 0:-3 1:7 3:4 6:-2 7:-1
b:af_in 6:2
b:af_te 0:-8 1:4 5:-1 6:4 7:-3 8:6
b:af_van 0:-1 2:2
b:afgebroken_stage 7:9
b:afgeleid_en 0:-1 1:2
b:afgelopen_jaar 0:1
b:afgelopen_week 0:2
b:afgerond_en 0:-2 5:-1 6:4
b:afgerond_waar 0:2
b:afgerond_wat 0:3
b:afgevallen_sinds 5:2
b:afgewezen_en 0:1
b:afgewezen_voor 0:2
b:afhaakt_als 0:-3 1:6 7:-1
b:afronden_? 2:-2 6:5
b:afronden_van 7:2
b:afspraak_met 7:3
b:afstuderen_met 0:1
b:aftekenen_? 6:1
b:aftekenen_door 6:2
b:afvinken_voor 0:-2 6:5 7:-1
b:afwezig_bent 0:-1 1:-1 5:5
b:afwijzing_is 0:4 7:-2
b:afwijzing_voor 0:6 5:-3
b:afwijzing_zegt 0:2
b:al_? 0:3 3:-1 4:-1 6:3
b:al_aan 1:-4 3:6 4:4 5:2 6:-2
b:al_af 3:1
b:al_afgerond 0:-2 5:-1 6:4
b:al_afgevinkt 0:1
b:al_bekeken 0:5 1:2 4:-1 6:-3
b:al_beter 0:-2 3:4 4:-2
b:al_bij 0:-4 3:9 5:2
b:al_compleet 5:-1 6:8 7:-1
b:al_die 0:8 1:-1 3:-2 5:-2 6:-2 7:2
b:al_door 0:-2 6:2
b:al_drie 0:-5 1:2 3:11 6:-4
b:al_een 0:-4 1:6 3:11 4:-5 6:-3 7:-5 8:6
b:al_eens 0:1 4:5
b:al_gedaan 0:3
b:al_gekozen 1:-1 7:5
b:al_geregeld 0:-2 3:2 7:2
b:al_geregistreerd 6:1
b:al_geupload 6:1
b:al_gezien 0:1
b:al_heeft 0:-2 3:-3 6:10 7:-2
b:al_heel 0:-6 4:8
b:al_helemaal 6:1
b:al_in 0:-2 1:4 3:2 4:-2 7:4
b:al_ingeleverd 0:-1 6:2
b:al_is 0:9 1:-2 3:5 6:-3 8:-1
b:al_jaren 0:-3 1:3 3:3
b:al_je 0:-2 6:1 7:1
b:al_kent 0:2
b:al_laten 0:-1 6:3
b:al_met 7:-1 8:8
b:al_naar 0:-1 3:-2 5:6
b:al_op 3:1 6:9
b:al_over 4:4
b:al_precies 0:-2 3:3
b:al_rond 3:1
b:al_te 0:3 5:-2
b:al_twee 0:-8 1:14 6:-2
b:al_van 0:5 3:-1
b:al_veel 0:11 3:-2 4:-2
b:al_voor 0:-2 6:-1 8:8
b:al_wandelend 0:4 6:-1
b:al_was 0:1
b:al_wat 0:2
b:al_weet 0:8 3:-1
b:al_wel 0:-6 1:-2 3:8
b:al_welk 0:-2 1:-1 2:-1 3:7
b:al_weten 0:9 3:5 7:-2 8:-2
b:al_zelfstandig 1:-1 3:2
b:allang_wat 0:-1 3:1
b:alle_kanten 0:2 7:-1
b:alle_leerlingen 0:-5 3:6
b:alle_leuke 7:4
b:alle_onderdelen 3:-3 6:4
b:alle_routes 0:1
b:alle_stappen 6:2
b:alle_vijf 6:2
b:alle_vragen 5:-2 6:3
b:allebei_is 0:9 3:-5 5:-2
b:allebei_je 5:1
b:allebei_welkom 0:5 4:-4
b:alleen_doen 0:-2 1:4
b:alleen_een 0:-7 1:-1 6:10 7:3
b:alleen_of 0:2 5:-2 6:2
b:alleen_te 0:3 5:-2 6:2
b:alleen_uit 0:7 7:-1 8:-1
b:alleen_zien 0:2
b:allemaal_al 3:2
b:allemaal_in 1:-1 5:6
b:allemaal_naar 0:-3 1:-1 3:11 4:-3
b:allemaal_niet 0:-4 1:5
b:alles_over 0:3 1:-1 8:-1
b:alles_van 0:-2 2:7 3:-3 4:4
b:alles_vol 6:-2 7:4
b:alles_wat 0:-11 1:11 8:5
b:als_anderen 0:5
b:als_autist 4:3
b:als_bewijs 0:-3 6:4
b:als_dat 0:-3 1:-4 4:-1 8:12
b:als_de 0:15 2:1 3:6 4:-6
b:als_deze 0:3
b:als_die 0:-8 2:8 3:8 5:-1
b:als_dyslect 0:-2 1:-2 4:8 7:-2
b:als_echte 4:1
b:als_een 0:28 1:-5 3:1 4:-2 6:3 7:-4
b:als_eerste 0:-9 1:4 2:5 3:-2 4:2 6:6 7:-2
b:als_eerstegeneratiestudent 0:-6 4:9
b:als_enige 0:-1 1:-4 3:7 7:4
b:als_er 0:-1 1:4 3:-1
b:als_falen 0:1
b:als_geld 0:4 1:-2 4:-1
b:als_het 0:16 1:-4 2:2 3:13 4:-1 5:-2 6:22 8:-2
b:als_hij 7:6 8:-1
b:als_hobby 0:-2 1:-2 6:-2 7:-2 8:9
b:als_iemand 0:5 1:-2 4:-1
b:als_iets 0:5 1:4 4:-1
b:als_ik 0:-8 3:6 4:-1 8:9
b:als_je 0:30 2:3 3:-5 4:-36 5:10 6:-16 7:44 8:-9
b:als_jij 0:-4 1:5 2:-4 3:-7 4:16 5:5 7:5 8:-5
b:als_jongen 4:3
b:als_jouw 0:4
b:als_jullie 0:-2 6:4
b:als_kind 0:-1 4:4
b:als_meisje 0:-8 1:-3 4:16
b:als_mentor 0:4
b:als_moslima 0:-5 4:9
b:als_niemand 0:2
b:als_oudere 1:-1 4:4
b:als_schuldhulpverlener 0:1
b:als_student 0:-3 1:7 3:-2
b:als_tweede 0:10 1:-2 4:-2
b:als_typische 1:-2 4:3
b:als_u 1:-2 4:-3 7:11 8:-1
b:als_verpleegkundige 8:1
b:als_vmbo'er 0:-1 1:-3 4:7
b:als_voorbeeld 0:-4 3:5
b:als_vrouw 0:-1 4:8 7:-2 8:-1
b:alsof_iedereen 0:6 3:-1
b:alsof_je 0:1
b:altijd_als 0:-3 1:7 3:-1 4:-2
b:altijd_bij 0:3 7:-2
b:altijd_een 0:7 3:-1 7:-5
b:altijd_iets 4:6 7:-1
b:ambitieus_als 0:-2 3:9 5:-2
b:ander_beroep 0:1
b:ander_en 7:2
b:ander_je 0:-2 1:5 7:-1 8:-1
b:ander_resultaat 0:2 1:-1
b:ander_werk 0:-5 1:7
b:andere_? 0:3 3:-1
b:andere_bbl'ers 3:6 7:-3
b:andere_bbl-studenten 1:-1 3:2
b:andere_eerstejaars 0:-6 3:9
b:andere_isk-leerlingen 0:-2 3:4 4:-2
b:andere_kant 0:7 1:-2 7:-4
b:andere_leerlingen 0:-1 3:4 4:-1
b:andere_mensen 0:4 5:-3
b:andere_opleiding 0:6 3:-2 8:-2
b:andere_richting 0:-6 1:-4 4:2 8:11
b:andere_stad 0:-1 5:3
b:andere_stagiairs 0:-5 3:6
b:anderen_daar 0:-2 3:3
b:anderen_dat 0:5 3:-4
b:anderen_in 0:-5 3:6
b:anderen_jou 0:1
b:anderen_maar 0:4
b:anderen_nog 0:6 3:-5
b:anderen_op 0:-2 1:-1 3:4
b:anderen_uit 0:-2 3:5
b:anderen_van 0:-4 3:7
b:anders_? 0:5 2:-1 3:18 4:-4 5:-1 7:1 8:1
b:anders_aan 0:-2 4:2
b:anders_aanpakken 3:2
b:anders_ben 7:2
b:anders_bent 0:-2 3:-3 4:6
b:anders_dan 0:16 3:6 5:-4 6:-1 7:-2 8:1
b:anders_doen 2:3
b:anders_heb 7:2
b:anders_in 0:-1 3:2
b:anders_kan 0:-2 6:6 7:-1
b:anders_kiezen 0:6 3:-5 7:4 8:-2
b:anders_liep 0:2 2:-2
b:anders_loopt 0:10 3:-3 7:-2
b:anders_moeten 0:-5 2:6
b:anders_over 5:2
b:anders_telt 0:-5 6:11 7:-4
b:anders_uitpakt 0:4 7:-3
b:anders_willen 0:2 1:-1
b:anders_wordt 7:5 8:-2
b:angsten_? 5:2
b:antwoord_komt 0:2
b:architecten_en 0:1
b:arts_worden 0:-1 4:3 7:2
b:autisten_zijn 4:1
b:b_<grade> 2:2
b:b_? 0:2 1:-3 4:3 8:4
b:b_zijn 0:9 1:-5 3:-1 4:-2
b:baan_? 0:-5 1:-1 4:10
b:baan_achter 1:8 4:-5 8:-1
b:baan_in 0:-14 1:6 4:2 8:11
b:baan_met 0:-5 1:6 8:-1
b:baan_of 0:1
b:baan_past 0:-2 1:2
b:balen_dat 0:1
b:band_met 0:-2 5:3
b:bang_bent 0:2
b:bang_dat 0:5 1:-5 3:2
b:basisvaardigheden_voor 0:-1 1:4 2:-1
b:bbl'ers_zijn 0:-1 1:-2 4:5
b:bbl-studenten_van 1:-1 3:2
b:bbl_? 0:2 1:-3 4:5 5:-1
b:bbl_gaan 8:1
b:bbl_nog 5:3
b:bed_? 0:-1 5:4
b:bedenken_of 0:3 5:-2
b:bedrijf_? 0:-1 1:2
b:bedrijf_dat 0:3 7:-1
b:bedrijf_druk 0:2
b:bedrijf_in 0:2
b:bedrijf_je 0:1
b:bedrijf_niet 0:-3 8:5
b:beeld_van 0:5 4:-3 5:2
b:beetje_een 0:-2 1:12 4:-2
b:begin_jij 0:-1
b:begin_van 0:4
b:beginnen_meestal 0:-4 4:5
b:beginnen_met 2:4 6:-2
b:beginnen_we 0:3 1:-3 8:4
b:begint_? 0:3 6:-1
b:begint_bij 0:5
b:begint_in 8:4
b:begrijp_ik 0:-5 5:7
b:begrip_dus 0:-2 1:2
b:behaalde_diploma 0:4
b:behalve_jij 0:-4 1:-1 3:10
b:behandeling_bij 1:-3 4:-2 5:7
b:beheerst_zodat 0:-2 1:5
b:beinvloedt_? 0:-1 5:2
b:bekeken_? 0:6 1:2 4:-1 6:-2
b:bekijk_met 0:9 1:-4 4:-2
b:bekijken_? 1:4
b:bel_ik 6:-2 7:3
b:bel_je 0:9 7:-2
b:bel_vandaag 0:-2 7:2
b:belangrijk_is 0:3 2:-1
b:belangrijk_vindt 0:1
b:belangrijk_voor 5:2
b:bellen_voor 0:11 1:-3
b:ben_benieuwd 0:15 8:-9
b:ben_ik 7:2
b:ben_je 0:-11 1:3 2:-2 4:9 5:10 6:-5 8:2
b:ben_jij 0:-10 1:-3 2:6 3:17 4:-6 8:5
b:benieuwd_hoe 0:1
b:benieuwd_naar 0:13 8:-8
b:benieuwd_wat 0:2
b:bent_? 0:15 1:9 3:-8 5:-2
b:bent_afgewezen 0:1
b:bent_al 0:3 1:-9 3:-1 4:8 6:-2 7:8
b:bent_als 1:-7 4:11
b:bent_bang 0:12 1:-8
b:bent_best 1:7 3:-1
b:bent_blijven 0:-6 1:3 5:2
b:bent_de 0:-4 1:-4 3:20
b:bent_echt 0:-1 1:-7 4:4 8:5
b:bent_een 0:-11 1:5 4:16 8:-7
b:bent_en 0:-2 7:3
b:bent_geen 0:-8 1:20 4:-10 7:-2 8:9
b:bent_geslaagd 0:5
b:bent_gestopt 0:2 1:-2 5:2
b:bent_geweest 1:2
b:bent_gewoon 0:-2 1:8 4:-5
b:bent_in 0:-5 1:10 3:-2
b:bent_lijkt 0:-3 1:9 4:-3 8:-2
b:bent_meer 1:6 4:-5
b:bent_met 0:2 1:-1
b:bent_na 0:3 1:-1
b:bent_niet 1:4 4:-5 8:11
b:bent_nogal 0:-3 1:12 4:-1 8:-4
b:bent_nou 0:-3 1:8 3:-1 4:-4
b:bent_over 0:-6 2:2 6:10 8:-1
b:bent_snel 0:-1 1:2
b:bent_te 1:19 4:-4 8:-3
b:bent_toch 1:-6 3:4 4:-2 5:8 8:-1
b:bent_u 1:-2 4:2 5:6
b:bent_uitgeloot 0:7 1:-2
b:bent_vaak 5:2
b:bent_van 0:2 4:1
b:bent_veel 1:-4 5:1 8:4
b:bent_voor 0:19 1:-5 3:1 5:-2 6:2 7:1
b:bent_wat 0:3
b:bent_wil 0:4 1:-4 4:4
b:bent_zo 1:2 3:-1 5:4
b:bent_zo'n 1:-2 4:7 5:-1 8:-2
b:beoordeling_? 0:2 2:-1
b:bepaald_jouw 1:2
b:bepaalt_mee 0:4
b:bepaalt_of 0:4 2:2 5:-5
b:bepaalt_wat 0:3
b:bereid_te 0:2 1:-1
b:bereiden_in 0:6
b:bereik_? 2:3
b:beroep_? 0:4 1:-2 4:-2 8:2
b:beroep_dat 0:11 1:-6 2:2 3:-1
b:beroep_heb 0:4 1:-2 6:1
b:beroep_heeft 0:3
b:beroep_hoef 0:-2 1:6
b:beroep_kiezen 4:1
b:beroep_kun 0:-4 1:7
b:beroep_kwam 0:5 1:-2
b:beroep_met 0:-6 1:5 4:2
b:beroep_noemen 0:2
b:beroep_of 0:5
b:beroep_past 0:-9 1:3 3:2 4:5
b:beroep_te 1:8 3:-1 4:-6
b:beroep_trekt 0:3 1:-1 4:-2
b:beroep_uit 6:6 8:-2
b:beroep_van 1:-1 6:-2 7:-1 8:9
b:beroep_voor 8:1
b:beroep_waar 0:2 1:1 5:-3
b:beroep_waarbij 0:1
b:beroep_zie 0:3
b:beroep_zijn 0:2 4:-2
b:beroep_zonder 0:-1 1:-6 4:8
b:beroep_zou 0:2 4:-1
b:beroepen_afvallen 0:-2 1:3
b:beroepen_die 0:6 6:2
b:beroepen_en 0:1
b:beroepen_in 0:14 1:-2 4:-3
b:beroepen_ken 0:4 1:-3
b:beroepen_met 0:1 1:-1 4:1
b:beroepen_op 0:2 8:-1
b:beroepen_passen 0:-8 4:10
b:beroepen_vallen 0:-7 1:6 2:2
b:beroepen_vragen 0:-2 1:3
b:beroepen_waarin 1:2
b:beroepen_zie 0:2
b:beroepen_zijn 0:-2 1:7 4:-4
b:beroepen_zonder 0:-2 1:3
b:beroepenmarkt_in 6:4 7:-4
b:beroepenmarkt_voor 0:5 4:-1
b:beroepentest_is 0:3
b:beroepentest_word 0:-3 3:-2 8:9
b:beroepskeuze_? 0:-5 2:4 5:3
b:beschrijf_een 0:5 8:-2
b:beschut_werk 0:-9 1:-4 4:18
b:besef_je 0:-4 7:10
b:beslis_dus 7:2
b:beslissen_daarna 0:-2 1:-1 7:5
b:beslissing_over 7:1
b:beslist_? 0:2
b:beslist_de 0:-1 7:4
b:beslist_wat 0:-4 7:5
b:besloot_je 0:4 1:-1 3:-1
b:besloten_dat 0:-3 8:9
b:bespreek_dat 4:2 8:-1
b:bespreek_het 0:-2 3:3
b:bespreek_in 0:6 1:-2 2:2 6:-2 8:-2
b:bespreek_je 0:2
b:bespreek_met 0:-4 1:8 2:5 5:4 6:1 7:-2
b:bespreken_? 0:5 1:-2 3:-1
b:bespreken_we 6:-1
b:best_? 0:-5 1:2 4:4
b:best_bij 8:2
b:best_leert 0:1
b:best_op 4:4
b:best_slim 0:-1 1:1 4:3
b:best_slimme 0:-1 4:7 8:-2
b:bestaan_geen 0:2
b:bestaan_hier 0:5 8:-1
b:bestaat_eigenlijk 0:2
b:beste_begin 0:1
b:beste_keuze 1:-2 4:-5 8:10
b:beste_leert 0:2
b:beste_resultaat 0:5 7:-2
b:beste_van 0:-3 3:4
b:beste_voor 6:-1 8:4
b:beste_vriend 0:-2 3:5
b:besteed_dus 1:2 4:-1
b:betalen_? 0:-3 1:-3 4:-1 5:11
b:betalen_of 5:3
b:betekent_dat 0:-4 1:-3 2:2 3:8 5:10
b:betekent_die 0:-4 2:4
b:betekent_geen 0:-1 6:-3 7:10
b:betekent_het 0:4 3:-1
b:beter_? 0:-1 1:-4 4:9 8:-2
b:beter_af 0:2 8:2
b:beter_alleen 0:3 4:-1
b:beter_bij 0:-15 1:14 3:4 4:-5 8:17
b:beter_dan 0:7 1:-3 3:4 4:-2
b:beter_een 0:-2 1:-4 4:8
b:beter_geen 0:-2 1:-4 4:11 7:-2
b:beter_iets 1:4 4:-1 8:-1
b:beter_in 0:16 1:-4 5:-4
b:beter_kan 0:-2 8:7
b:beter_kunt 1:2
b:beter_laten 1:7
b:beter_leren 0:1
b:beter_met 1:-1 4:2
b:beter_nederlands 0:-1 3:4 4:-2
b:beter_niveau 1:-1 7:-2 8:7
b:beter_over 0:2 1:-1
b:beter_voor 8:3
b:beter_worden 0:3
b:bevalt_je 0:5
b:beveiliging_dus 8:1
b:bewegen_aan 0:1 5:1
b:bewijs_dan 0:-3 6:5 7:-1
b:bewijs_van 0:-9 6:4 7:6
b:bewijzen_dat 0:-1 3:-4 4:6 6:2
b:bezig_? 0:7 1:-1
b:bezig_bent 0:10 1:-5 3:-1 4:-3
b:bezocht_? 3:2 6:3
b:bezocht_wat 3:2
b:bezoeken_? 0:-4 2:3 4:5
b:bieden_om 0:2 1:-2
b:biedt_je 1:2
b:bij_? 3:5
b:bij_aan 0:-2 5:5
b:bij_alle 0:-2 1:2 3:-3 6:4
b:bij_allebei 5:1
b:bij_dat 0:-3 1:-2 3:1 8:5
b:bij_de 0:18 1:-10 2:16 3:22 4:-2 6:-8 7:1 8:-9
b:bij_deze 0:1 4:3 7:-1
b:bij_die 0:-2 1:-2 2:1 4:2 8:2
b:bij_dit 0:-3 3:6
b:bij_drama 3:2
b:bij_duits 3:2 6:2
b:bij_dyslexie 0:6 5:-5
b:bij_economie 0:-3 1:7 2:3 3:-1 5:-2
b:bij_een 0:5 1:-2 2:7 3:8 4:2 5:-3 7:-1
b:bij_elk 0:3 1:2 3:-1 5:-1
b:bij_elke 0:-7 1:5 6:10 8:-4
b:bij_en 0:-3 2:4
b:bij_haar 1:4 3:2 8:-2
b:bij_hem 0:-13 4:3 8:18
b:bij_het 0:16 1:-2 2:6 4:-2 5:10 6:-2
b:bij_hoe 0:2
b:bij_huis 0:-1 4:2 5:-3 8:4
b:bij_iemand 0:-14 1:18 4:-4 5:-1 8:5
b:bij_iets 1:1
b:bij_informatica 0:-2 1:-3 3:2 5:3 7:5
b:bij_je 0:11 1:-7 3:-5 5:19 6:-8 7:-12 8:6
b:bij_jezelf 0:-1 4:4 5:-1
b:bij_jou 0:-43 1:9 2:-7 3:4 4:13 5:7 6:-7 7:-3
b:bij_jouw 0:-9 1:4 4:10
b:bij_jullie 0:-1 4:1 5:5
b:bij_kiezen 0:8 7:-1 8:-2
b:bij_lange 1:3
b:bij_lichamelijke 0:-1 1:8 3:-2
b:bij_lo 0:1 1:2
b:bij_maatschappijleer 1:2 3:-2
b:bij_mensen 4:4 8:-4
b:bij_mij 0:4 1:-1 4:-1 7:7 8:-4
b:bij_mijn 0:-6 1:-4 6:16 7:-2
b:bij_natuurkunde 0:2 3:9 8:-4
b:bij_nederlands 1:5 3:-3
b:bij_past 0:-2 1:5 7:-1
b:bij_rechten 0:-1 6:-1 8:4
b:bij_scheikunde 1:-4 5:6 8:-1
b:bij_sport 8:1
b:bij_te 0:-3 3:2 5:1
b:bij_techniek 0:-3 2:2 4:-1 5:-1 6:3 7:4 8:-2
b:bij_twee 0:1 7:-1
b:bij_u 1:2
b:bij_uw 0:2 1:-3 5:-1 8:4
b:bij_wat 0:21 1:-3 3:-2 6:1 7:2 8:-3
b:bij_welk 0:8 1:-3 2:7 7:1 8:1
b:bij_welke 0:24 1:-5 2:-2 5:-2 6:-1
b:bij_wie 0:8 1:-2 3:-2 4:-1 7:4
b:bij_wiskunde 0:-5 1:2 2:-2 3:5 5:-2 6:2
b:bij_zijn 0:-2 1:1 3:3
b:bij_zo 1:-1 4:3
b:bij_zorg 1:-1 6:5
b:bijbaan_? 0:9 1:-2 2:-1 5:-1
b:bijbaan_in 0:1
b:bijgebleven_? 0:8 5:-1
b:bijna_iedereen 0:-4 3:10
b:bijvoorbeeld_bij 0:2
b:bindend_studieadvies 2:5 5:-2
b:binnen_bereik 2:3
b:binnen_de 0:2 6:-1
b:binnen_een 0:3 4:-3 7:3
b:binnen_en 0:1
b:binnen_hebben 3:-1 6:3
b:binnen_te 2:1
b:binnen_zien 0:1
b:bleef_het 0:3
b:blij_mee 0:1
b:blij_van 0:10 2:-2 3:-2 4:1 6:-2 7:3
b:blijf_bij 8:5
b:blijf_je 7:4 8:-2
b:blijf_jij 0:-5 1:5 2:-1 3:7 4:-1
b:blijf_lekker 8:3
b:blijf_maar 5:-1 8:5
b:blijft_? 0:1
b:blijft_bij 0:11 7:-8
b:blijft_en 1:2
b:blijft_er 0:-15 1:11 2:2 5:4 7:2 8:-1
b:blijft_twijfelen 7:2
b:blijft_voor 0:-4 1:3 7:3
b:blijkt_dat 0:-6 1:2 8:8
b:blijven_er 1:8 2:-6 3:2
b:blijven_steken 1:6 6:-2
b:blijven_zitten 0:-6 1:3 5:2
b:blok_op 0:2
b:blow_je 0:-6 1:-3 5:13 8:-2
b:boos_als 7:3
b:boos_of 0:7 5:-1
b:boos_worden 7:2 8:-1
b:bouw_? 0:-2 4:9 5:-2
b:bouw_in 0:3 1:-2 5:-1 8:3
b:bouw_of 0:-3 4:4
b:bouw_voor 4:2
b:bouwen_wonen 0:3 2:2
b:boven_de 0:-7 1:4 2:8 3:-2 4:8 5:-3 6:-1
b:boven_een 0:1
b:boven_het 0:1
b:bracht_je 0:2
b:breedte_van 0:5 6:-3
b:broer_deed 0:-3 1:-2 3:8
b:broer_is 1:-2 3:5 4:-1
b:broertjes_als 0:-5 5:7
b:broertjes_en 5:2
b:brood_mee 0:-3 7:-2 8:10
b:brug_te 0:-1 1:5 8:-3
b:buiten_beschouwing 1:4
b:buiten_de 0:4 7:2
b:buiten_school 0:10 2:-2
b:buitenland_? 5:-2 8:4
b:buitenland_te 1:-1 8:1
b:c_m 4:1 8:3
b:centraal_examen 0:-1 2:3
b:chaotisch_werkt 1:1
b:chaotische_manier 1:6 4:-4 8:-1
b:check_met 6:1
b:cijfer_heb 2:1
b:cijfer_mag 0:3
b:cijfer_of 0:7 1:-2 2:-1
b:cijfer_te 0:5 1:-2
b:cijfer_verwacht 0:-1 2:2
b:cijfer_voor 0:7 1:-1 2:4 5:-3
b:cijfer_zou 0:2
b:cijferlijst_er 0:-1 2:2
b:cijferlijst_van 0:-2 2:3
b:cijfers_? 0:-1 2:3 3:-2
b:cijfers_ben 2:2
b:cijfers_en 0:5 2:-3
b:cijfers_ervoor 0:-2 2:2
b:cijfers_van 0:-1 2:2 3:1
b:cijfers_wil 0:-1 2:2
b:collega's_op 0:4
b:combineert_u 0:-3 5:8
b:competenties_een 2:-2 6:4
b:competenties_recente 0:2
b:competenties_zijn 0:6 6:-2
b:compleet_? 5:-1 6:8 7:-1
b:compleet_is 0:-2 5:-1 6:6
b:compliment_geven 0:3
b:compliment_van 0:2
b:concentratie_is 0:-2 1:3
b:concentratie_tijdens 0:-3 1:2 5:3
b:conclusie_na 8:7
b:concrete_ervaring 0:1
b:contact_gezocht 0:3 1:-1
b:contact_hebt 0:3 8:-2
b:contact_in 0:1
b:contact_met 5:2
b:contacten_uit 0:4 4:-2
b:contactgegevens_in 0:1
b:creatief_ben 1:7 7:-2 8:-4
b:cultuur_en 0:-9 1:-1 4:9 8:4
b:cultuur_is 4:2 5:-1
b:daar_? 0:5 1:3
b:daar_al 4:7 5:-1
b:daar_anders 0:-1 3:2
b:daar_beginnen 0:3 1:-3 8:4
b:daar_ben 0:1 4:-2 8:4
b:daar_bij 4:7 8:-2
b:daar_dan 0:-4 1:5 4:2
b:daar_een 0:-2 1:2 3:4 8:-1
b:daar_eens 5:1
b:daar_eigenlijk 1:-2 4:1
b:daar_fijn 0:3
b:daar_gaan 0:2 1:-2 4:-4 8:5
b:daar_heb 7:-1 8:4
b:daar_het 0:2 1:6 5:-1 8:-2
b:daar_hoef 8:3
b:daar_hoor 1:5 4:-2 8:2
b:daar_is 0:-1 1:-3 8:12
b:daar_kun 0:1 7:-2 8:6
b:daar_leuk 0:2
b:daar_maar 1:-1 8:1
b:daar_mag 0:5
b:daar_met 0:-5 5:6
b:daar_moet 1:20 8:-15
b:daar_niet 0:-2 3:3
b:daar_nog 0:-3 3:6
b:daar_nu 0:-4 2:10 3:-4
b:daar_over 0:1
b:daar_precies 0:1
b:daar_rekening 1:-1 4:4
b:daar_toch 0:1 1:-2 4:3
b:daar_twijfel 7:-2 8:4
b:daar_valt 0:-5 7:1 8:6
b:daar_volgens 0:-4 2:2 3:4
b:daar_zelf 0:1 1:-4 2:1 4:5
b:daar_zit 0:9 1:-1 3:-2 4:-2 8:1
b:daar_zou 8:1
b:daaraan_? 0:-4 2:3 3:2
b:daaraan_doen 3:1 7:2
b:daarachter_? 0:5 1:-2 4:-1
b:daarbij_? 0:-2 1:-2 3:2 4:4
b:daarbij_helpen 0:-1 1:6 4:-5
b:daarbuiten_? 0:2 5:-1
b:daarin_? 0:4 5:-1
b:daarin_en 0:1
b:daarmee_? 0:2 2:-2 3:1
b:daarmee_aan 0:-4 2:4
b:daarmee_om 0:1 5:1
b:daarmee_omgaan 0:3 5:-1
b:daarmee_omgaat 0:1
b:daarmee_wel 0:-1 5:3
b:daarna_? 1:1 2:-1
b:daarna_ben 6:1 7:1
b:daarna_beslist 0:-1 7:3
b:daarna_de 0:3 5:-1
b:daarna_is 0:-2 7:4
b:daarna_volgt 0:7 4:-3 7:-2
b:daarnaar_? 0:-2 2:3 4:1
b:daarop_af 0:-4 1:9 5:2
b:daarover_? 4:2
b:daarover_met 0:2 1:-2
b:daartegen_aan 0:3 1:-1 5:-1
b:daartegenaan_? 4:3
b:daaruit_wil 0:2
b:daarvan_? 0:-12 4:14
b:daarvan_mee 0:3 4:-2
b:daarvan_vindt 0:-4 3:8
b:daarvoor_aanmelden 8:6
b:dacht_? 0:5 1:-2
b:dag_? 0:8 1:-2 4:-1
b:dag_anders 0:7 4:-1 5:-3 6:-2
b:dag_behalve 1:-2 3:2
b:dag_gedaan 0:-2 6:4
b:dag_hebt 3:2
b:dag_het 2:2 6:2 8:-1
b:dag_in 0:3 1:-1
b:dag_je 0:5 6:-4
b:dag_met 0:3
b:dag_niet 6:6 7:-5
b:dag_nog 0:3 7:-2
b:dag_of 3:3 4:-2
b:dag_op 0:7 4:-1 5:-3 6:-2
b:dag_van 0:5 1:2 6:-3 8:2
b:dag_voor 0:2 1:4 7:-2 8:-1
b:dag_willen 0:1
b:dag_zin 0:2 1:-2
b:dagen_? 0:-2 1:-2 3:1 5:6
b:dagen_bezocht 3:6 6:-2
b:dagen_en 0:-3 3:6 5:-2
b:dagen_heb 0:-2 5:-1 6:4
b:dagen_in 6:2
b:dagen_je 0:-3 6:4
b:dagen_wil 0:2
b:dagje_mee 0:3 7:-1
b:dan_? 0:16 1:-3 2:-4 4:9 5:-3 7:-3 8:8
b:dan_aan 0:4 4:-2
b:dan_anders 0:3
b:dan_begrijp 0:-5 5:7
b:dan_bellen 0:-2 7:2
b:dan_ben 0:-6 3:-2 7:7 8:10
b:dan_de 0:5 3:16 4:-3 5:-1
b:dan_denken 4:2
b:dan_die 3:1
b:dan_doen 0:2
b:dan_doorleren 0:-4 4:3 8:4
b:dan_een 0:18 1:3 3:-7 4:3 7:-3 8:-1
b:dan_gaan 1:2 7:1
b:dan_geldt 0:2 6:4 7:-1 8:-2
b:dan_gepland 0:2
b:dan_heb 0:-5 6:5 7:2 8:4
b:dan_hebben 6:2
b:dan_het 0:1 2:-3 3:2 4:-1 6:1 8:3
b:dan_iets 1:3 2:6 4:-2 8:-3
b:dan_ik 0:16 1:1 3:-2 4:1 5:-3 8:1
b:dan_in 1:6 3:-1 4:-3 8:1
b:dan_is 0:-8 5:3 6:10 7:11 8:-5
b:dan_je 0:33 1:-2 2:-2 3:4 6:2
b:dan_jij 0:-11 1:-2 3:32 4:-4
b:dan_jouw 0:9 1:-5 3:-1 4:-2
b:dan_kan 0:-7 6:14 7:-2
b:dan_kijken 0:2 8:-1
b:dan_komt 0:-4 6:-2 8:7
b:dan_kun 1:-1 7:8 8:-1
b:dan_kunnen 6:2
b:dan_met 4:3
b:dan_naar 1:4 3:-8 4:5
b:dan_nemen 0:-2 5:4 6:-1
b:dan_niet 0:-2 1:-2 3:6
b:dan_niets 7:5
b:dan_nog 0:-13 1:6 2:8 6:-2 7:6
b:dan_ooit 0:-3 1:4
b:dan_ook 0:1
b:dan_op 0:-3 8:3
b:dan_over 0:-6 1:6 2:-1 3:2
b:dan_precies 0:1
b:dan_regel 0:6 7:-5
b:dan_snap 5:7 8:-2
b:dan_springt 6:3
b:dan_sta 6:2 7:-1
b:dan_staat 0:-2 6:9 7:-2
b:dan_telt 6:2
b:dan_u 0:-6 3:8
b:dan_voor 0:5 1:-4 2:7 3:-3 4:5 7:-2 8:-6
b:dan_wat 0:6
b:dan_weet 0:-4 5:3 7:-3 8:6
b:dan_wel 0:-7 1:15 2:5 4:4 7:-5 8:-1
b:dan_werktuigbouwkunde 0:-2 1:-1 4:3
b:dan_weten 0:-2 1:5
b:dan_zet 0:-2 6:2 7:4
b:dan_zij 0:-1 3:2
b:dan_zit 5:-1 8:6
b:dapper_dat 0:4 8:-1
b:dat_? 0:-30 3:13 4:5 5:-3 6:-1 7:8 8:10
b:dat_aan 1:-2 3:7 4:-2
b:dat_aanpakken 1:2
b:dat_anders 0:4 7:-1
b:dat_beeld 3:3 5:-2
b:dat_beroep 1:-2 8:6
b:dat_bij 2:7 4:20 5:-3 6:2 7:5 8:-7
b:dat_cijfer 0:3 2:-2
b:dat_dan 0:3 1:-2 3:3 7:3
b:dat_dat 4:2
b:dat_de 1:-8 3:-2 4:8 5:-3 6:7 7:15 8:4
b:dat_deed 0:4 5:-2
b:dat_denk 0:-1 3:2
b:dat_deze 0:14 1:-2 6:1 7:-2 8:-6
b:dat_dit 6:2
b:dat_echt 0:-2 7:3
b:dat_een 0:-6 1:4 4:-2 5:9
b:dat_elke 0:-3 7:5
b:dat_en 0:3
b:dat_er 0:-4 2:1 6:9 7:6 8:-3
b:dat_fijn 0:6 6:-3
b:dat_gat 0:-3 1:1 2:7
b:dat_genoeg 0:-4 2:7
b:dat_gesprek 0:4 3:-2
b:dat_gevoel 0:3 5:-2
b:dat_ging 3:1
b:dat_goed 0:4 1:-1
b:dat_graag 0:5 5:3 7:-6
b:dat_heb 8:7
b:dat_helpt 5:2
b:dat_het 0:21 1:-4 2:3 3:-4 4:3 6:2 8:-7
b:dat_hij 3:2 4:-2 5:-2 7:13 8:7
b:dat_hoort 0:10 5:-1 7:-2 8:-3
b:dat_hun 1:7 3:4 8:-3
b:dat_idee 0:8 1:-4 8:2
b:dat_iedereen 0:1 1:-2 3:2
b:dat_iemand 0:4 1:-3
b:dat_iets 0:7 8:-1
b:dat_ik 1:-3 6:2 7:9 8:-3
b:dat_in 0:2 1:-2 2:1
b:dat_inhalen 0:-3 1:-1 3:6
b:dat_invloed 0:-3 5:3
b:dat_is 0:3 2:-1 3:-2 4:1 5:5 6:-2 7:-4 8:13
b:dat_je 0:50 1:4 2:17 3:-14 4:-15 5:-6 8:-15
b:dat_jij 0:-7 1:12 3:2 4:4 5:-1 7:-1 8:4
b:dat_jou 0:2 1:-1
b:dat_jouw 1:10 4:-2 5:3
b:dat_kan 0:11 5:13
b:dat_klopt 0:4
b:dat_komt 0:-5 3:6 5:1
b:dat_leren 1:2
b:dat_maar 8:2
b:dat_mag 0:3 1:-1
b:dat_mee 0:-5 1:9 3:-1 5:3
b:dat_met 0:3 1:-3 3:-1 4:2 5:4 8:-1
b:dat_naar 2:2
b:dat_niet 1:-5 3:16 4:-3 8:-2
b:dat_nog 0:5 1:-1 5:-1
b:dat_nu 0:3
b:dat_ook 0:-15 1:7 3:9 4:9 5:-2 6:4 8:-1
b:dat_op 0:-3 1:6 4:5
b:dat_oplossen 0:-1 1:3
b:dat_over 0:-2 3:6
b:dat_past 0:-5 1:9 3:-2 4:-2 8:5
b:dat_plannen 0:1
b:dat_profiel 8:2
b:dat_raad 8:4
b:dat_rechtzetten 3:1
b:dat_redden 0:-2 2:2
b:dat_rekenen 0:2 1:6 5:-1 6:-1
b:dat_risico 0:3
b:dat_snap 0:-1 1:-1 4:5 7:-1
b:dat_staat 0:-1 8:7
b:dat_straks 0:-2 1:10 3:-1 5:-2 7:-1
b:dat_tempo 0:5 1:3 4:-5
b:dat_toch 0:-3 1:-4 4:-2 8:12
b:dat_tussenjaar 7:-1 8:6
b:dat_u 0:-6 1:2 5:-2 6:9 7:6
b:dat_uit 0:3
b:dat_uw 7:3
b:dat_vak 0:2 1:-2 2:2
b:dat_van 3:5 4:1 6:-1
b:dat_vertellen 0:3 7:-2
b:dat_viel 0:3
b:dat_volgens 1:2 2:5
b:dat_voor 0:16 1:-11 2:-5 3:2 4:-1 5:10 6:2 8:-7
b:dat_vraagt 0:6 7:-2
b:dat_wat 0:-7 1:-1 4:7 7:4
b:dat_we 3:1 4:1 6:15 8:-3
b:dat_wel 3:-3 4:5
b:dat_werk 0:14 1:-5 4:-2 5:-2
b:dat_weten 0:-1 1:2
b:dat_wil 3:1 4:-2 5:5
b:dat_willen 5:2
b:dat_wilt 0:2 5:-1
b:dat_wiskunde 8:2
b:dat_wordt 0:-3 1:-2 2:1 4:7 6:1 8:12
b:dat_ze 0:-2 1:-2 7:3 8:3
b:dat_zegt 0:-8 1:12 2:-2 3:-1
b:dat_zelf 0:1 1:-3 3:2 4:2
b:dat_zie 0:-1 1:-1 8:10
b:dat_zien 0:-3 6:5 7:1
b:dat_zijn 3:5 7:6
b:dat_zit 1:-2 4:6
b:dat_zo 0:3 1:4 3:2
b:dat_zou 0:-5 1:-3 5:7 8:3
b:de_<grade> 0:3 1:-3 3:-4 5:-1 6:12 7:-2
b:de_<num> 0:-3 2:6 3:-3 5:-4 6:11 7:5 8:-2
b:de_aanleiding 0:3
b:de_aanmelddatum 0:2 1:-1 7:8
b:de_aanmelddeadline 0:2
b:de_aanmelding 0:-2 7:6
b:de_achterhoede 0:-6 3:8
b:de_administratie 4:2 6:1
b:de_afdeling 0:11 3:-1 4:-2 5:-3
b:de_afgelopen 0:2 1:-1
b:de_afweging 0:2
b:de_alumniavond 0:2
b:de_ander 0:1
b:de_andere 0:-4 3:12 4:-4 6:2
b:de_anderen 0:-12 1:-2 3:18
b:de_bakker 0:1 8:1
b:de_bakkerij 1:3 8:-1
b:de_bank 1:-2 4:6 5:-2 7:5
b:de_basis 0:-7 1:7 4:1
b:de_basisvaardigheden 0:-1 1:4 2:-1
b:de_bbl 0:7 1:-2 4:2 8:5
b:de_bbl-groep 3:3
b:de_bbl-route 8:5
b:de_bedoeling 0:2
b:de_beoordeling 0:2 2:-1
b:de_beroepen 0:3 5:-1
b:de_beroepenmarkt 0:-3 6:4 7:4
b:de_beroepentest 1:-2 3:3 5:1 6:2 8:13
b:de_beste 0:-2 1:-2 2:2 3:8 4:-4 8:6
b:de_betere 0:-1 3:1 6:1 8:9
b:de_beveiliging 0:-6 4:8 5:7 6:-1 7:-1 8:5
b:de_bijstand 0:-7 7:9
b:de_boeken 1:-1 4:3 5:1 8:-1
b:de_bol 8:2
b:de_boot 0:-5 3:1 7:2
b:de_bouw 0:-5 1:-6 3:-2 4:20 5:7 8:2
b:de_bouwplaats 1:3
b:de_bovenbouw 0:-3 1:2 2:4
b:de_bpv 0:3 8:-1
b:de_brandweer 0:6 1:-2 3:-1 5:-1
b:de_breedte 0:5 6:-3
b:de_brugklas 0:-1 2:3
b:de_brugklassers 0:3
b:de_buurt 4:7 5:-5
b:de_checklist 0:-11 2:-1 6:12 7:2
b:de_chef 0:1
b:de_cijfers 2:-1 3:1
b:de_cito-toets 1:-2 2:3
b:de_colleges 0:3 1:-1 5:-2
b:de_competenties 0:6 7:-1
b:de_computer 1:7 4:-6 5:3
b:de_deadline 0:-6 1:-1 7:12
b:de_decaan 0:1 3:-3 4:-2 5:-1 6:12 8:4
b:de_decanen 0:2
b:de_deelnemer 1:-2 3:2 7:5 8:-1
b:de_derde 0:-2 3:5 7:1
b:de_detailhandel 0:-5 1:8 5:-2
b:de_dierenarts 0:5
b:de_dierenzorg 0:4 8:-1
b:de_discipline 1:8 2:-1 8:-2
b:de_doorslag 0:3 3:-1
b:de_draad 0:-3 1:11 4:-3
b:de_drie 0:-7 1:6 3:-1 6:4
b:de_echte 0:1
b:de_eerste 0:8 7:-1
b:de_eersten 0:7 4:-4
b:de_eigen 0:4 4:-1
b:de_enige 0:-9 1:-3 3:14 4:-3 8:4
b:de_entreeopleiding 8:2
b:de_examencommissie 0:-2 6:1 7:4 8:-1
b:de_examenklas 0:-1 7:2
b:de_excursie 0:6 3:-2 7:5
b:de_familie 0:3 5:-3
b:de_feedback 0:3
b:de_gang 0:2
b:de_garage 0:1 3:4
b:de_gastles 0:4
b:de_gastspreker 0:1
b:de_gemengde 0:3 8:-2
b:de_gemiddelde 2:-5 3:14 4:-1
b:de_gezondheidszorg 0:4 4:-1
b:de_grens 1:2 2:2
b:de_groenvoorziening 0:-2 1:1 8:2
b:de_groep 0:3 1:-1 2:-3 3:18 4:1 5:-1 7:8 8:-4
b:de_hand 0:-2 1:-6 3:12 4:18 5:2 6:2 8:-4
b:de_handel 3:-1 4:4
b:de_handtekening 5:-2 6:3
b:de_handtekeningen 0:-2 6:4
b:de_haven 0:2 1:-1 3:2
b:de_havo 1:2 2:1 3:-6 4:7 5:-2 6:-1 7:-6 8:22
b:de_hele 3:5 5:3 6:-4 7:6
b:de_helft 1:5
b:de_herfstvakantie 0:-4 2:4 6:3 7:2
b:de_herkansing 0:-1 2:2
b:de_hogeschool 4:3
b:de_horeca 0:-14 1:19 4:15 5:-1 8:-5
b:de_huisarts 0:-1 3:-2 5:8
b:de_huur 1:-2 3:-1 5:5
b:de_ict 0:6 1:-3 4:1 5:-1 6:-1
b:de_inhoud 1:-1 6:2
b:de_inschrijving 0:-3 6:-2 7:5 8:2
b:de_inspectie 0:-4 6:14
b:de_interessetest 0:-5 2:-2 3:9 6:3
b:de_isk 1:-2 4:3
b:de_jaarlaag 2:6 3:-5
b:de_jouwe 0:1 4:2
b:de_juiste 8:3
b:de_kaderberoepsgerichte 0:-4 1:2 3:-3 4:4 7:-1 8:4
b:de_kans 0:10 1:-3
b:de_kappersopleiding 0:-3 1:-1 4:5 8:4
b:de_kassa 0:3 4:-1
b:de_kennistoets 2:3 3:-1
b:de_kern 0:3
b:de_kernvraag 0:3 6:-1
b:de_kerst 5:-1 6:6 7:10 8:-4
b:de_kerstvakantie 1:-1 2:-3 6:5 7:4
b:de_keuken 0:-5 1:5 2:3 3:-2 5:3
b:de_keuze 0:25 3:-1 5:7 7:-15
b:de_kinderopvang 0:-1 3:4 4:6 8:3
b:de_klas 1:-6 2:1 3:25 4:5 5:-3 7:-1
b:de_klok 0:-1 2:1 4:1 6:-2 7:12
b:de_komende 0:9 1:-3 2:-1
b:de_kortste 7:-4 8:7
b:de_kritiek 0:3
b:de_kunstacademie 0:3 1:-5 5:-2 8:7
b:de_laagste 0:-2 3:4
b:de_laatste 0:-14 3:8 5:14 6:-1 7:-3
b:de_landbouw 3:-3 4:4
b:de_langzaamste 0:-3 3:7
b:de_leerling 0:28 2:6 3:-17 4:-7 5:11 7:-4 8:12
b:de_leerlingen 0:-8 3:12 4:-1
b:de_leiding 0:2
b:de_les 0:3 1:4 3:3 8:-2
b:de_leukste 0:-1 7:4
b:de_lijst 0:-8 2:-1 3:2 6:8 8:2
b:de_link 0:2
b:de_lob-uren 0:-1 6:2
b:de_lob-week 0:2
b:de_logistiek 1:-1 3:-1 4:6 7:-2 8:1
b:de_loopbaan 0:9 5:-2 6:-2 7:-1
b:de_maat 0:-1 1:11 2:6 3:-1 5:-2 8:-2
b:de_map 6:2
b:de_mavo 0:-2 8:6
b:de_meeloopdag 0:10 1:4 3:-1 6:-2 7:-2 8:-2
b:de_meeste 0:2 3:14 4:-3 8:4
b:de_mentor 0:19 4:1 6:-1 7:-2 8:-1
b:de_mentorgroep 0:-1 3:3
b:de_minste 0:-4 3:6
b:de_module 0:1
b:de_moeite 0:2
b:de_mogelijkheden 0:4 1:-2
b:de_nacht 0:-2 4:-1 5:12
b:de_nieuwe 0:5 3:-2
b:de_onderbouw 0:2
b:de_onderste 0:-6 3:12
b:de_oorzaak 0:-2 2:3
b:de_opdracht 0:-1 6:4
b:de_opdrachten 1:1
b:de_open 0:-3 1:5 2:2 3:3 4:-3 5:12 6:-1
b:de_opleiding 0:4 2:13 3:-7 4:-7 5:-11 6:-1 7:11 8:5
b:de_opvang 0:-2 5:5
b:de_orientatie 1:2 8:3
b:de_ouderavond 0:-5 1:5 4:4 5:1 6:-1 7:-2 8:3
b:de_ouders 0:-7 1:12 2:3 3:5 4:-3 5:9 8:-3
b:de_overgang 1:-2 2:2 6:2
b:de_overgangsvergadering 2:1 7:2
b:de_overheid 4:2
b:de_overstap 0:8
b:de_pabo 0:-5 1:3 2:10 3:-3 4:-3 7:-2 8:7
b:de_periode 0:4 6:-1
b:de_planning 0:3
b:de_plek 0:2
b:de_politie 0:-3 1:-3 3:5 8:4
b:de_politieacademie 8:2
b:de_politieopleiding 0:1 1:-1
b:de_praktijk 0:13 1:3 2:-2 4:-4 8:-2
b:de_praktijkbegeleider 0:3
b:de_praktijkdag 6:1
b:de_praktijkles 0:3 1:3
b:de_praktijklessen 0:-4 1:2 3:-1 4:-1 5:7
b:de_praktijkopdracht 0:-2 6:3
b:de_praktijkopleider 0:2 2:4
b:de_presentatie 0:2
b:de_proeve 0:-3 2:3 3:3
b:de_profielkeuze 0:4 1:-3 3:-4 4:-1 5:2 7:2 8:-3
b:de_propedeuse 0:1
b:de_psycholoog 0:-7 2:-1 5:13
b:de_rapportvergadering 6:5 7:-1
b:de_receptie 0:-7 1:-2 4:10
b:de_reden 0:-5 5:6
b:de_reflectie 6:2
b:de_regio 0:-4 4:2 8:7
b:de_rekentoets 0:3
b:de_relatie 0:-1 5:4
b:de_rest 0:-9 2:-3 3:14 4:-1 5:-1 6:4 7:1
b:de_richting 0:5 1:3 3:-1 8:3
b:de_rondleiding 0:4
b:de_route 0:3
b:de_routes 0:2 5:-2
b:de_rug 0:3 1:2 3:-1
b:de_ruimte 0:2
b:de_ruzies 0:-9 5:13 8:-2
b:de_scheiding 0:-6 2:-1 5:9
b:de_schermen 0:8 4:2 5:-3
b:de_school 0:-6 7:11 8:7
b:de_schoonmaak 0:-8 3:-1 4:8 7:3
b:de_sector 0:3 8:-1
b:de_sectorkeuze 0:6 3:-3
b:de_selectie 0:2
b:de_sfeer 0:2
b:de_site 0:8 6:-4
b:de_slag 3:1 6:1
b:de_slimste 3:5 4:-3
b:de_snuffelstage 0:1 6:2
b:de_sollicitatie 0:2 1:-1
b:de_stad 0:1
b:de_stage 0:20 1:-5 4:-2 5:2
b:de_stagebegeleider 0:-2 1:4
b:de_stageplek 0:2
b:de_stap 0:5 4:2 8:-2
b:de_start 0:7 7:-1
b:de_stilte 0:2
b:de_student 0:-3 1:-3 2:5 4:-1 5:4 6:4 7:-5 8:6
b:de_studenten 0:-2 3:4
b:de_studie 0:4 2:3
b:de_studiekeuze 0:-7 3:4 5:9
b:de_studiekeuzecheck 0:2 6:1 7:4
b:de_supermarkt 0:1 5:2 6:-2 8:3
b:de_taal 0:7 1:4
b:de_teamleider 0:-2 1:-1 3:-2 7:15
b:de_techniek 0:-12 1:9 2:3 4:5 8:12
b:de_techniekdag 0:6 4:-4
b:de_theorie 0:-5 2:4 4:9
b:de_thuiszorg 5:5
b:de_tien 0:-2 3:4 4:-2 6:1
b:de_tijd 0:43 1:-4 2:2 3:-2 4:2 5:-2 7:6 8:-7
b:de_toelating 1:-1 7:4 8:-2
b:de_toets 0:2 2:-1
b:de_toetsweek 2:-3 5:1 6:4
b:de_top 0:-3 1:-2 2:10 3:13 4:-5 7:1 8:-3
b:de_twee 0:2 1:-1 4:1 5:1
b:de_tweede 0:5 2:2 3:-2 6:-1 7:-2
b:de_uitslag 0:4
b:de_universiteit 1:-4 4:13 8:10
b:de_urenkaart 6:2
b:de_veertig 1:-2 4:8 5:-2
b:de_verkeerde 0:-4 1:-2 7:7 8:1
b:de_verkoop 1:-5 4:-4 8:12
b:de_verplichte 0:-2 6:7
b:de_verschillen 0:-2 3:5
b:de_verslavingszorg 0:1
b:de_verzorging 3:-7 4:8
b:de_vijf 2:-2 6:5
b:de_voedselbank 0:-2 5:11
b:de_volgende 0:4 1:-2 2:9 3:-2 7:-1
b:de_voor 0:2
b:de_vorige 1:-2 3:6
b:de_vraag 0:7 1:-2
b:de_vragen 0:2
b:de_wachtlijst 7:2
b:de_warming-up 0:5 1:-1
b:de_weg 0:-10 1:16 2:3 4:7 6:-2 8:-1
b:de_werkplaats 0:5 1:1 3:2 4:-1
b:de_werkplek 0:4
b:de_werkvloer 1:1 4:7 5:-1
b:de_winkel 0:2 4:2 5:-2
b:de_zaak 0:2
b:de_ziekte 0:-5 5:8
b:de_zomer 0:-6 1:5 2:2 4:-2 6:-2 7:4 8:2
b:de_zorg 0:-6 1:8 2:-3 4:5 6:-7 7:-6 8:21
b:de_zorgcoordinator 0:3 5:-2
b:deadline_van 0:1 3:-1 7:2
b:decaan_en 0:1 7:3
b:decaan_is 0:3 8:-2
b:deed_? 0:5
b:deed_de 1:-1 3:4
b:deed_die 0:2
b:deed_het 0:-4 3:9
b:deed_je 0:11 1:-1 2:-2
b:deel_ervan 0:1
b:deel_gerust 0:2
b:deel_ik 3:-1 7:2
b:deel_van 0:8 2:-2
b:definitieve_keuze 0:-4 7:6
b:delen_? 0:-4 5:7
b:delen_voor 0:5 7:-2
b:denk_dat 8:3
b:denk_eens 0:2
b:denk_erom 0:-4 7:9 8:-2
b:denk_goed 0:-2 7:9 8:-1
b:denk_graag 0:6 8:-1
b:denk_je 1:-2 3:9 4:8 5:-14 6:-4 7:9 8:-4
b:denk_jij 0:-3 3:-2 4:6
b:denk_maar 1:6 4:-1 8:-2
b:denken_? 0:-3 2:3 5:5
b:denken_graag 0:2
b:denkt_? 0:-6 1:-3 2:12 5:15 8:1
b:denkt_en 0:3 2:-1
b:denkt_er 0:9 5:-8
b:denkt_met 0:8 5:-7
b:denkt_u 2:-3 3:5
b:denkvermogen_voor 1:2
b:derde_klas 0:3
b:deur_openen 0:4 1:-3
b:deur_staat 0:4 6:-2 8:-2
b:deuren_open 0:-2 6:-2 8:6
b:deze_keer 1:3
b:deze_keuze 0:1 3:-2 6:-2 7:6
b:deze_klas 3:3 4:-1
b:deze_leerling 0:-2 3:3 4:3
b:deze_maand 0:3 1:-1 6:4 7:2 8:-4
b:deze_opdracht 0:1
b:deze_opleiding 1:-2 2:-4 3:14 5:3
b:deze_periode 0:-4 2:11 5:-1 6:5 7:-1
b:deze_richting 0:13 1:-2 6:-1 8:-5
b:deze_route 0:2
b:deze_school 0:-1 3:2
b:deze_stage 3:-2 7:5
b:deze_student 0:-6 3:3 4:3
b:deze_toets 0:1
b:deze_vraag 0:1
b:deze_week 0:4 1:-2 2:4 3:-2 5:-5 6:9 7:3
b:dezelfde_opleiding 7:-3 8:6
b:diagnose_heb 0:-2 1:-1 5:8 6:-1
b:dicht_bij 0:2 4:2 5:-3 8:4
b:dichtbij_gezien 0:2 5:-2
b:dichten_? 0:-3 1:1 2:7
b:die_<grade> 0:-12 2:15
b:die_? 1:5 3:-2
b:die_achteraf 0:1
b:die_al 0:-8 1:-3 3:13
b:die_als 0:-6 1:8 2:-1
b:die_anders 0:4 2:-1 3:-1
b:die_bij 0:2 1:2
b:die_cijfers 0:-2 2:2
b:die_dag 0:3 7:-1
b:die_de 0:-3 1:2 3:-1 5:4 8:4
b:die_droom 0:-4 7:2 8:6
b:die_druk 0:2
b:die_echt 0:2
b:die_een 0:5 1:7 8:-2
b:die_ervaring 0:1
b:die_gaat 0:-2 2:5 5:-1
b:die_graag 0:3 5:-3
b:die_heeft 0:-2 3:9 6:-1 8:-1
b:die_het 0:-2 3:3
b:die_hij 0:7 1:-1
b:die_houding 1:-1 4:2
b:die_ik 0:-2 3:2
b:die_in 0:9 1:-4 2:-2 6:5 7:-2
b:die_invloed 5:2
b:die_jaren 0:2 1:-1
b:die_je 0:52 1:-4 2:8 3:-4 4:2 6:7 7:-5 8:-3
b:die_jij 0:5 1:5 3:-2 4:-2 7:-2
b:die_jou 0:2
b:die_kant 0:-3 1:2 3:4
b:die_meedenkt 0:6 5:-1
b:die_mislukte 0:2
b:die_moeite 0:-3 1:8 5:-1
b:die_muziekdroom 0:-2 8:3
b:die_neem 1:-2 7:-1 8:5
b:die_net 0:3 4:-2
b:die_niet 0:-6 1:4 3:-2 7:9 8:-2
b:die_nog 0:-8 1:-2 3:16 5:-2
b:die_nu 0:6 4:-2 6:3
b:die_op 0:-4 5:6
b:die_opdracht 6:1
b:die_open 0:1
b:die_opleiding 1:-1 7:-1 8:5
b:die_pabo 0:-1 6:-1 8:4
b:die_past 8:1
b:die_persoon 0:5 3:-2
b:die_richting 0:-1 4:6 7:-2 8:1
b:die_slecht 0:3 1:-2 2:-1
b:die_stage 0:-3 1:-4 5:6 8:11
b:die_stap 0:6
b:die_tegenvalt 0:-4 1:-2 2:7
b:die_twee 0:1 4:1
b:die_van 0:2 3:10 5:-2 7:1 8:1
b:die_vandaan 0:-3 4:6 5:-1
b:die_veel 0:3
b:die_voor 1:6 8:-4
b:die_we 1:-2 5:4
b:die_weet 0:-7 3:10
b:die_wegwerkt 2:2
b:die_wel 0:-4 3:6 4:-1
b:die_wens 0:3
b:die_werken 0:2 5:-2
b:die_zich 0:-2 1:2
b:die_zo 0:-3 1:7 4:-3
b:diep_in 0:-2 4:-1 5:12
b:dieren_ken 0:1
b:dieren_of 0:-4 4:6
b:dieren_techniek 0:2
b:dierenarts_? 0:3
b:dierenarts_maar 0:-2 8:2
b:digitale_dossier 6:2
b:ding_dat 0:5
b:ding_dus 1:1
b:ding_he 0:-1 1:3
b:dingen_die 0:8 1:4 3:-2 7:-1
b:dingen_heb 0:3 6:-1
b:dingen_maken 0:3 5:-2
b:dingen_op 0:4
b:dingen_waar 0:-7 1:9 3:-1
b:diploma_? 0:-1 4:3
b:diploma_behaald 0:2
b:diploma_en 7:1
b:diploma_meteen 8:2
b:diploma_op 0:4
b:diploma_willen 4:3 7:-1
b:discipline_voor 1:8 2:-1 8:-2
b:dit_gesprek 1:-5 5:4 6:13 7:-2
b:dit_ging 0:2
b:dit_haalt 0:10 6:-2 7:-1
b:dit_is 0:-5 3:1 4:5 6:-1 7:21 8:-2
b:dit_jaar 0:-5 1:16 2:10 3:-4 4:-1 6:12 7:-5 8:6
b:dit_keer 0:2
b:dit_leerbedrijf 0:1
b:dit_loopbaangesprek 0:-3 2:6 6:-2
b:dit_maakt 0:2
b:dit_moment 0:-11 2:12 3:2 5:4 6:-3
b:dit_niet 0:7 7:-1 8:-1
b:dit_nog 0:1 1:-2 5:-2 7:3
b:dit_onderdeel 0:-5 6:8
b:dit_onderwerp 0:3 2:-3
b:dit_profiel 0:5 1:-2 2:-1
b:dit_resultaat 0:4 3:-2
b:dit_schooljaar 0:-3 2:-2 5:-3 6:10
b:dit_te 0:3
b:dit_vak 0:2 1:-2 2:-2 7:1
b:dit_verhaal 0:1
b:dit_voorjaar 0:4 6:-1
b:dit_was 0:-7 2:6
b:dit_werk 0:3
b:dit_werkstuk 0:1
b:docent_op 1:1
b:docenten_doen 0:4 1:-1
b:doe_gewoon 0:-5 5:-1 8:10
b:doe_je 0:8 1:-3 2:2 3:-9 5:4 6:5 7:-4
b:doe_jij 0:-6 1:-1 3:10 4:-1 8:1
b:doe_nou 0:-3 6:-2 8:9
b:doel_maakt 0:1
b:doel_voor 0:-1 2:2
b:doen_? 0:-18 1:14 3:9 4:-6 5:5 6:-2 7:19
b:doen_aan 0:-4 1:12 2:-1
b:doen_al 0:4 1:-1
b:doen_als 0:16 1:-4 4:-1 8:-1
b:doen_dan 0:-3 4:6
b:doen_dat 0:5
b:doen_de 0:-1 3:2
b:doen_dit 0:1
b:doen_en 1:-2 3:6
b:doen_het 0:-1 4:3
b:doen_je 0:1 8:1
b:doen_met 0:-2 5:3
b:doen_of 0:2
b:doen_om 0:-12 1:-3 2:12 4:4 5:-1 6:7
b:doen_stel 0:1
b:doen_voor 0:-1 1:-1 2:1 4:1
b:doen_zij 3:1
b:doen_zonder 1:6 4:-2
b:doener_dan 1:1
b:doener_dus 1:-5 3:6 4:-3 8:3
b:doeners_geen 0:-1 1:-2 4:5
b:doet_? 0:3 1:-2 7:2
b:doet_dat 5:2
b:doet_die 0:-2 3:4
b:doet_een 0:5 1:-3 2:-1 8:3
b:doet_het 0:20 2:1 5:1 8:-3
b:door_de 0:3 2:-2 6:4
b:door_elkaar 0:7 1:-2 2:-1
b:door_iemand 1:-2 7:3
b:door_je 0:-2 6:3
b:door_naar 0:-1 1:-1 6:-2 7:8
b:door_te 0:8 1:-6 2:8 3:-2 5:-2 6:-2 7:4 8:1
b:door_uw 0:-3 6:3
b:doorlopen_? 6:2
b:doorstromen_naar 0:-3 1:1 3:3 4:-3 7:-1 8:5
b:doorstroom_naar 2:3
b:doorstuderen_? 0:2
b:doorzetter_bent 1:3
b:doorzettingsvermogen_voor 1:1
b:dossier_is 1:5 3:-2 7:-1
b:dossier_noem 6:2 8:-1
b:draad_kwijtraakt 0:-3 1:8 4:-3
b:draagt_zou 0:-3 1:-4 4:7
b:draait_? 0:-2 5:5
b:drie_bedrijven 3:2 6:-2 7:1
b:drie_beroepen 0:-3 6:6
b:drie_cijfers 2:1
b:drie_dagen 6:-2 7:3
b:drie_dingen 0:8 1:9 3:-3 4:-2 7:-1
b:drie_keer 1:5 2:3
b:drie_kwaliteiten 0:-1 6:1
b:drie_meeloopdagen 0:-4 3:5 6:3 7:-2
b:drie_momenten 0:1
b:drie_onvoldoendes 2:2
b:drie_open 0:-4 3:5 6:1
b:drie_opleidingen 0:9 7:-2
b:drie_talen 0:6 1:-1
b:drie_tekorten 1:-2 2:3
b:drie_weken 0:2 2:-1 6:-3 7:7
b:drie_woorden 0:4 1:-3
b:driegesprek_met 0:6 5:-3 6:2 8:-2
b:drijft_mij 0:1
b:dringt_echt 7:2
b:dromen_over 0:-1 8:5
b:droom_van 0:-4 8:5
b:droomt_van 0:2 3:-1
b:druk_of 0:2
b:druk_om 0:3 5:-2
b:duidelijk_dat 0:-5 7:8
b:duidelijk_is 0:-3 1:7
b:duidelijk_niet 1:4 8:-1
b:duits_? 0:-1 2:2
b:duits_en 0:-2 7:2
b:durf_je 0:6 1:-2
b:durf_jij 0:2 1:2 3:-1
b:durfde_te 0:5 1:-2
b:durft_niet 0:4 1:-1 7:-1
b:durft_te 0:4 1:-1
b:dus_begin 8:2
b:dus_bij 1:2 3:8 4:3 7:-2 8:-5
b:dus_daar 1:-7 4:-4 7:2 8:14
b:dus_dat 1:-1 2:1 8:9
b:dus_de 0:-2 4:2 8:3
b:dus_denk 0:-1 1:5 4:4 7:-2 8:-4
b:dus_een 1:5 2:-1 3:5 4:3 7:-5
b:dus_geen 3:7 4:-3 6:-1 7:6 8:-1
b:dus_hoe 1:-5 7:8
b:dus_ict 1:-2 4:3
b:dus_iets 1:-4 4:8 8:-2
b:dus_ik 8:2
b:dus_je 0:-1 3:-2 4:7 5:-2 7:-2 8:5
b:dus_jij 1:4 3:2 4:-4
b:dus_kies 0:-3 1:7 3:-1 4:5 7:5 8:-9
b:dus_laten 1:5 4:-2 6:3 8:-2
b:dus_maar 1:6 4:2 8:-5
b:dus_misschien 1:2 4:-2
b:dus_niet 0:3 7:-1
b:dus_nooit 0:7 1:-2 2:-1
b:dus_nu 7:2
b:dus_ook 0:3 1:-2
b:dus_regel 7:2
b:dus_richt 1:3
b:dus_techniek 1:1
b:dus_vooral 0:-5 1:6
b:dus_vraag 1:-1 4:2
b:dus_we 0:-3 6:4 7:-2 8:4
b:dus_welk 1:-1 4:3
b:dus_welke 0:-3 1:4 3:4 6:-1
b:dus_werken 0:-2 1:-4 4:7
b:dus_zet 6:3
b:dus_zoek 1:1
b:dus_zoeken 1:4 8:-3
b:dus_zorg 1:-2 7:5
b:dyslect_kun 0:-1 1:-1 4:7 7:-2
b:e_m 7:-1 8:3
b:echt_als 8:3
b:echt_bij 0:1 3:-2 4:3
b:echt_de 1:-1 3:2 7:13 8:-2
b:echt_dus 1:2
b:echt_een 0:-3 1:-7 4:6 8:5
b:echt_goed 0:-5 1:11 4:-3
b:echt_iets 1:1
b:echt_in 1:5 4:-1 8:-2
b:echt_is 0:3 4:-1
b:echt_je 0:-3 1:7 8:-2
b:echt_keuzemoment 0:2
b:echt_leuk 0:2 1:-1
b:echt_naar 8:3
b:echt_niet 0:-7 1:4 4:-3 7:2 8:5
b:echt_nuttig 0:5
b:echt_op 0:6
b:echt_te 1:-4 6:-1 7:6 8:4
b:echt_wilt 0:5 1:-2
b:echt_zo'n 1:-1 4:2
b:echte_keuze 0:1
b:echte_wereld 0:1
b:economie_en 0:9 7:-2 8:5
b:economie_over 2:2
b:economie_past 2:3 4:-2
b:economie_zit 4:2
b:economische_studie 1:-2 2:6 4:-2
b:een_<grade> 0:-14 1:-8 2:64 4:-2 8:2
b:een_aanwijzing 0:2
b:een_achterstand 0:7 1:-3
b:een_afwijzing 0:11 5:-2 7:-1
b:een_ander 0:2 1:3 7:4
b:een_andere 0:17 1:-8 3:-7 4:-3 5:9 7:-9 8:11
b:een_antwoord 0:-3 7:4
b:een_arbeidersgezin 0:-5 4:7
b:een_baan 0:-5 1:22 3:-3 7:3 8:4
b:een_bakker 0:7 5:-3
b:een_bank 1:2 4:-2
b:een_bbl-baan 0:1 4:-2 5:3 7:-2
b:een_bbl-plek 0:-5 1:6
b:een_bbl-traject 0:-3 1:2 4:-3 5:3 8:7
b:een_bedrijf 0:11 7:-2
b:een_beeld 0:4 4:-4
b:een_beetje 0:-7 1:9 3:-5 4:-1 5:12 7:5
b:een_begin 0:3
b:een_bekende 0:4
b:een_beoordeling 0:4 1:-2
b:een_beroep 0:16 1:9 2:2 3:-1 4:-4 5:-2 6:7 8:-3
b:een_bewijs 0:-8 6:10
b:een_bezoek 0:7 3:-2
b:een_bijbaan 0:-1 5:3
b:een_bijbaantje 1:-2 3:4
b:een_brede 0:1
b:een_brug 0:-1 1:5 8:-3
b:een_buschauffeur 0:2
b:een_cijfer 0:16 1:-1 2:-6
b:een_collega 0:2
b:een_compliment 0:4
b:een_computer 3:-5 4:7
b:een_concrete 0:2
b:een_dag 0:7 1:-1 7:-2
b:een_dagje 0:3 7:-1
b:een_deadline 0:5 3:-2
b:een_denker 0:-6 1:17 4:-6 7:-3
b:een_deur 0:4 1:-3
b:een_diagnose 0:-2 4:-1 5:5
b:een_dietist 0:3 1:-2 2:-1
b:een_ding 0:7 7:-2
b:een_diploma 7:-4 8:7
b:een_doener 0:-1 1:-5 3:6 8:3
b:een_drukke 1:-3 4:4
b:een_echt 3:1 4:6
b:een_echte 0:-7 1:-11 3:3 4:27 8:-5
b:een_economische 1:-2 2:6 4:-2
b:een_eerste 0:1
b:een_eerstejaars 0:3 3:-2
b:een_eigen 0:1 1:-3 3:-1 4:8 5:2
b:een_ervaring 0:3
b:een_filmpje 0:3 1:-1
b:een_flinke 0:-2
b:een_foto 0:-5 6:9 7:-2
b:een_fout 0:1
b:een_functie 1:9 4:-3 7:-2 8:-2
b:een_gemiddelde 0:2 1:-2 2:2
b:een_gemiste 0:-2 5:-2 7:8
b:een_gesprek 0:10 1:-2 4:-2 6:-4 7:7
b:een_gewone 0:5 4:5 7:-2 8:-2
b:een_gezin 1:-3 3:-2 4:9
b:een_goed 0:11 1:-6 3:5 4:-1 8:-1
b:een_goede 0:9 1:4 2:-2 4:-4 7:4 8:2
b:een_groep 0:3 1:2 4:-2
b:een_groepsopdracht 0:2
b:een_groot 0:-2 3:7 4:-5 7:2 8:5
b:een_grote 0:5 1:-4 4:2 8:-2
b:een_half 0:-4 1:-1 2:4 3:5
b:een_hbo-opleiding 3:4 4:-3
b:een_hbo-studie 1:4
b:een_heel 0:-2 7:4
b:een_hoofddoek 0:-7 1:-5 4:14
b:een_idee 0:3 3:-1
b:een_internationale 0:-2 1:8
b:een_jaar 0:2 1:-4 3:2 4:-2 5:-2 7:15
b:een_jongere 0:1
b:een_kamer 0:-2 5:3
b:een_kans 6:-1 7:4
b:een_kantoorbaan 0:-5 1:8 3:3 4:1 7:-2 8:-3
b:een_kantoorfunctie 1:2 4:-2
b:een_keer 0:11 1:-3 3:4 4:-4 7:11
b:een_keuze 0:10 3:-2 5:-5 7:6 8:-2
b:een_klant 0:5 5:-1
b:een_klasgenoot 0:4 3:-2
b:een_klein 0:-1 1:-2 3:-1 4:6
b:een_kleine 0:4
b:een_klik 0:7 4:-5 6:5
b:een_kort 1:1
b:een_korte 1:-4 4:7
b:een_kwaliteit 0:8 6:-1
b:een_kwartier 0:1 1:2 6:-1
b:een_laag 0:-2 1:1
b:een_lager 0:-2 1:2 8:1
b:een_lange 1:-1 4:7 7:-1
b:een_lastig 0:-1 1:6 4:-2 7:2
b:een_leerbaan 0:5 1:-5 3:2 4:-2 7:8
b:een_leerbedrijf 0:-5 1:-3 3:5 4:-3 7:6 8:3
b:een_leerling 0:24 1:-3 2:-1 3:2 4:-2 5:2
b:een_lens 0:6 6:-2
b:een_lijst 0:9 1:-2 6:-2 8:-2
b:een_lijstje 0:-5 1:8 3:3
b:een_logische 0:-2 4:3
b:een_luchtkasteel 0:-1 1:-1 4:-3 8:7
b:een_maand 0:-1 7:4 8:-1
b:een_magazijn 0:-2 1:-2 4:3 8:3
b:een_marokkaanse 0:-2 4:2
b:een_mbo-diploma 0:-5 1:2 8:3
b:een_mbo-opleiding 0:-4 1:11 8:3
b:een_meeloopdag 0:4 1:-3 3:8 5:-2
b:een_meisje 0:-3 1:-1 4:6
b:een_melding 0:-5 3:-2 6:10 7:2
b:een_migratieachtergrond 0:-6 4:9
b:een_minor 0:1
b:een_mislukking 0:2
b:een_mogelijke 0:1
b:een_moment 0:6
b:een_mooi 0:4 2:-1
b:een_mooie 0:7 1:9 2:-1 5:-2
b:een_motief 0:4
b:een_nachtje 0:2 7:-2
b:een_netwerk 0:5
b:een_nieuw 0:2 1:-2 4:-1 7:1
b:een_nieuwe 0:4 5:-1
b:een_numerus 0:2
b:een_omweg 0:5 8:-1
b:een_onderwerp 0:3
b:een_onvoldoende 0:-1 1:-3 2:2 7:4
b:een_opdracht 0:7 3:-2 4:-2
b:een_open 0:5 7:-1
b:een_opleiding 0:2 1:18 2:-13 3:1 4:-7 5:11 7:-2
b:een_oplossing 0:4 1:-1
b:een_opvang 0:-3 5:4
b:een_oud-leerling 0:9 4:-4
b:een_paar 0:7 1:-3 3:-2 4:3 7:5 8:-3
b:een_passende 0:-7 1:-1 5:10
b:een_plan 2:2
b:een_plek 1:7 2:2 3:-1 4:-2 7:2 8:-5
b:een_praatje 0:1
b:een_praktische 1:-7 8:8
b:een_prima 1:-5 4:-2 7:-1 8:10
b:een_probleemleerling 0:-8 1:7
b:een_product 0:4 1:-2
b:een_proef 0:2 1:-1
b:een_proefles 0:4 1:-1
b:een_proefstudeerdag 0:3 8:-1
b:een_profiel 0:9 1:2 2:2 7:-2 8:-8
b:een_psychische 1:-2 5:3
b:een_psycholoog 5:1
b:een_rapportcijfer 0:8 2:-5
b:een_richting 0:-4 1:2 3:1 4:-1 7:6 8:-1
b:een_rij 1:2 3:2
b:een_route 0:2 1:4 7:-1 8:-1
b:een_rustige 0:-4 1:-2 4:7
b:een_score 2:-2 6:2
b:een_sector 0:-6 1:11 4:-2 7:5 8:-1
b:een_sollicitatiegesprek 0:-5 1:3 5:3
b:een_sportclub 0:2
b:een_sportopleiding 0:-6 2:2 4:-1 5:10
b:een_stage 0:-8 1:9 2:-1 3:1 4:11 5:5 7:-4 8:-2
b:een_stageplek 0:18 1:4 3:9 5:-4 7:-6 8:3
b:een_stap 0:5 8:-1
b:een_startpunt 0:3
b:een_sterk 0:6
b:een_student 0:10 1:-2 4:-2
b:een_studie 0:-5 1:10 2:-5 3:3 4:-2 8:2
b:een_studiekeuzecheck 0:11 4:-3 7:-5
b:een_stuk 1:-2 3:4 8:2
b:een_talenstudie 1:-4 4:9 8:-2
b:een_talent 0:4
b:een_talige 0:-2 4:5
b:een_tegenvaller 0:2
b:een_theoretische 0:-2 1:2 8:3
b:een_tijd 0:2
b:een_timmerman 0:3 2:-2
b:een_toets 0:5 2:-1 4:-1
b:een_tussenjaar 0:-1 1:-2 4:-1 8:14
b:een_tussenstap 0:2 4:-2
b:een_tweede 0:-1 1:-3 5:2 7:5
b:een_typisch 0:2 1:-1
b:een_typische 0:4 1:-1 4:7 5:-3 6:-2 8:-2
b:een_uitkering 0:-4 4:-2 5:10 7:-2
b:een_universitaire 0:-3 1:8 3:-1
b:een_vader 0:-2 4:5 8:-1
b:een_vak 0:-3 1:18 4:-4 5:-1
b:een_van 6:2
b:een_vast 5:2
b:een_vaste 0:-2 1:-2 3:5 7:-3 8:4
b:een_verkeerde 0:-4 1:-3 7:11
b:een_verpleegkundige 0:10 2:-1 3:-4 4:-2
b:een_verrassende 0:-2 4:5
b:een_verslaving 4:-1 5:3
b:een_vervolgopleiding 0:-3 1:-6 2:4 3:5 4:-2 5:5
b:een_vinkje 0:-2 6:3
b:een_vmbo'er 0:-1 1:-1 4:9 8:-2
b:een_voldoende 0:-6 1:-3 2:8 4:1 5:-1 6:2
b:een_volgende 0:5 1:-1
b:een_voorbeeld 3:6
b:een_vraag 0:8 1:-4 2:4 5:-3
b:een_vriend 0:4
b:een_vso-leerling 0:-4 3:-2 4:7
b:een_vwo'er 4:3 8:-1
b:een_warme 0:4 4:-1
b:een_website 0:2
b:een_week 4:-1 7:5
b:een_werkdag 0:8 1:-2 5:-1
b:een_werkgever 0:-3 1:9
b:een_werkplek 0:3 5:-2
b:een_wezenlijk 0:8 1:-1 4:-3
b:een_ziekenhuis 4:9 5:-5
b:een_zin 1:2 3:-2
b:een_zwak 4:2
b:een_zware 1:2
b:eenmaal_beter 4:2
b:eenmaal_geen 0:-1 1:3 3:-1 4:1
b:eenmaal_minder 3:-1 4:3
b:eenmaal_niet 0:-6 1:13
b:eens_? 0:1
b:eens_aan 0:4 1:-1 3:-1
b:eens_achter 0:1
b:eens_bij 0:-3 2:4
b:eens_doen 0:1
b:eens_een 1:9 2:-4 7:-2
b:eens_goed 4:5 7:-2 8:-1
b:eens_hoe 0:-9 2:6 5:7
b:eens_kunnen 0:3 5:-3
b:eens_langs 0:2
b:eens_met 1:-1 3:3
b:eens_na 0:4 1:-3
b:eens_naar 0:-9 3:21 4:13 7:2 8:-3
b:eens_naast 0:-3 3:7 6:-2
b:eens_op 0:3 2:-2 3:2 5:-1 7:3
b:eens_over 0:-5 5:12 8:-2
b:eens_proberen 0:7 1:-4 8:-1
b:eens_rond 0:5
b:eens_te 0:3 5:-2
b:eens_uit 2:3 7:-2
b:eens_van 0:2
b:eens_waar 0:5 5:-4
b:eens_waarom 0:-5 1:5 2:2 5:-1
b:eens_wat 0:-3 2:4 5:7 8:-6
b:eens_welk 1:1
b:eens_willen 0:10 1:-5 4:-2
b:eens_zien 2:2
b:eenvoudig_werk 0:-10 1:5 4:5
b:eerlijk_bent 0:7 1:-3
b:eerlijk_gezegd 0:-7 1:-2 3:9 4:-6 8:12
b:eerlijk_is 0:-5 1:6
b:eerlijk_waar 0:-1 1:3
b:eerlijk_zegt 0:10 1:-2 8:-5
b:eerlijke_feedback 0:2 3:-2
b:eerst_? 2:-2 6:5
b:eerst_contact 0:2 1:-1
b:eerst_de 0:-1 4:1 8:3
b:eerst_een 0:-7 1:-2 4:4 8:8
b:eerst_even 0:5
b:eerst_je 0:-7 2:9 5:-3 7:6
b:eerst_kort 0:3
b:eerst_maar 0:-3 1:1 4:-2 8:4
b:eerst_naar 0:-3 5:8
b:eerst_niet 0:3 3:-2
b:eerst_over 0:-6 1:11 4:-1
b:eerst_praten 0:3
b:eerst_vertellen 0:1
b:eerst_zelf 0:4 5:-2
b:eerste_? 1:-2 2:-1 6:7 7:-1
b:eerste_baan 0:7 5:-3
b:eerste_blok 0:2
b:eerste_bpv-periode 0:2 8:-1
b:eerste_in 4:4
b:eerste_jaar 0:4 2:-1 3:2 7:3
b:eerste_keus 0:5
b:eerste_keuze 0:4 7:-2
b:eerste_periode 0:-2 2:2
b:eerste_stageweek 0:2 6:-1
b:eerste_uitzoeken 0:2 4:-1
b:eerste_uur 1:-4 5:7 7:6 8:-3
b:eerste_weken 0:4 2:-1
b:eerstegeneratiestudenten_zijn 0:7 4:-4
b:eerstejaars_van 3:2
b:eersten_in 0:7 4:-4
b:eet_je 0:-6 1:-3 4:-1 5:21
b:eigen_bedrijf 0:2
b:eigen_beeld 0:2
b:eigen_doel 0:2
b:eigen_kamer 1:-2 5:3
b:eigen_keuze 0:-9 1:10
b:eigen_loopbaan 0:2
b:eigen_omgeving 0:1
b:eigen_stem 0:3
b:eigen_tempo 0:2
b:eigen_vraag 0:2
b:eigen_waarden 0:3
b:eigen_woorden 0:5 1:-2 7:-1
b:eigen_zaak 0:-2 4:5 5:-1
b:eigenlijk_? 5:3
b:eigenlijk_genoeg 1:-2 5:3
b:eigenlijk_in 1:-2 4:1
b:eigenlijk_naar 0:-5 1:-1 5:5 8:3
b:eigenlijk_niet 0:10 1:-3 3:-4
b:eigenlijk_nog 0:3 1:-1 3:-1
b:eigenlijk_op 0:-3 4:3
b:eigenlijk_voor 0:7 2:-1 5:-2
b:eigenlijk_wel 0:-13 1:12 4:-3 5:9
b:eind_de 0:1
b:eind_van 1:-3 6:2 7:5
b:eindcijfer_voor 0:-2 2:6
b:elk_beroep 0:4 4:-4
b:elk_geval 0:3 1:-1
b:elk_van 0:2 5:-1
b:elkaar_een 0:7 1:-2 2:-1
b:elkaar_en 0:2
b:elkaar_in 0:3 3:-1
b:elkaar_vergelijken 0:2
b:elkaar_zijn 0:-4 5:4
b:elke_dag 0:10 1:-3 4:-2 5:-3 6:-3 7:5
b:elke_open 0:-9 6:11
b:elke_route 0:8 1:-2 8:-1
b:elke_stage 0:1
b:elke_week 0:-8 2:-1 5:8 7:10
b:en_afstuderen 0:1
b:en_bedenk 0:3 7:-2
b:en_bespreek 0:-7 2:4 3:8
b:en_bij 0:1
b:en_bouw 1:2
b:en_contactgegevens 0:1
b:en_daar 1:4 4:-2
b:en_daarmee 7:4 8:-1
b:en_daarna 0:-3 1:4
b:en_dan 0:-11 1:6 3:-3 7:10 8:3
b:en_dat 0:-7 1:6 3:1 7:12
b:en_de 0:6 1:-2 3:-2 7:-2 8:9
b:en_denk 0:-1 5:2
b:en_doet 0:-2 5:2
b:en_doorvragen 1:4 6:-1 7:-2
b:en_een 1:-2 2:1
b:en_ga 0:-6 8:8
b:en_geen 1:-5 4:7
b:en_geld 0:1
b:en_geupload 0:-1 6:5
b:en_gezondheid 4:-1 8:5
b:en_heb 0:-2 6:4 7:2
b:en_herken 0:1
b:en_het 0:-3 6:6
b:en_hoe 0:7 1:-4 2:3 3:-4 5:9
b:en_hoeveel 0:-5 5:3 6:5
b:en_houd 0:-3 1:6 5:1
b:en_iets 0:-4 7:-2 8:7
b:en_ik 1:1 5:-2 7:-2 8:14
b:en_interieur 0:3 2:2
b:en_is 1:-2 2:7 3:2 5:-2
b:en_je 0:-13 2:-4 3:-4 4:-1 5:4 6:2 7:27
b:en_jij 0:-8 1:-9 2:2 3:31 6:6
b:en_jongens 0:6 4:-5
b:en_jou 1:-2 3:3
b:en_kies 0:-5 1:2 7:-3 8:9
b:en_kijk 1:-1 8:3
b:en_kun 0:-1 5:3
b:en_laat 1:3 3:1 4:1 6:8
b:en_lijkt 0:2
b:en_luister 0:1
b:en_maatschappij 0:6 4:-1 7:-2 8:5
b:en_mag 0:-2 5:3
b:en_mbo 0:2
b:en_meisjes 0:7 4:-5
b:en_moeder 5:1
b:en_naar 0:2
b:en_nadelen 0:2
b:en_neem 0:-3 5:6
b:en_niet 0:-4 1:-3 4:10 7:-2 8:3
b:en_nu 0:10 1:-1 7:-1
b:en_of 0:-5 2:5 5:1
b:en_ondernemen 0:10 8:-3
b:en_opleiding 0:-2 1:-2 3:5
b:en_opleidingen 0:2 5:-1
b:en_past 0:-3 2:4
b:en_praat 0:-4 5:4
b:en_praktisch 1:3 8:-2
b:en_scheikunde 0:9 8:-2
b:en_schrijf 0:3
b:en_schrijven 0:-9 1:13
b:en_sta 3:-2 7:9
b:en_stel 1:-1 6:-1 8:6
b:en_stem 1:3
b:en_techniek 0:9 7:-1 8:2
b:en_toch 0:2 1:-1 3:2
b:en_u 0:-2 1:-2 3:5
b:en_van 0:2
b:en_vat 0:4
b:en_vergeet 1:5
b:en_vertel 0:13 1:-1 2:-3 4:1
b:en_verzorgers 0:1
b:en_vinden 0:2
b:en_vraag 1:1 2:2 3:6 5:-2
b:en_vwo 0:7 8:-2
b:en_waar 0:-8 1:-1 2:4 3:6
b:en_waardoor 0:3 1:-2
b:en_waarom 0:35 1:-10 2:-2 3:-5 5:-5
b:en_wacht 0:2
b:en_was 0:-3 3:3
b:en_wat 0:11 1:-2 2:14 3:-2 4:8 5:5 6:-2
b:en_we 6:3
b:en_weinig 0:-6 1:3 4:3
b:en_welk 0:3 1:-2 2:5 3:-1
b:en_welke 0:-1 1:8 2:7 5:7 6:-3
b:en_welzijn 0:6 1:2 2:1 5:-2 6:2 7:-1
b:en_werken 0:6
b:en_weten 0:2 5:-2
b:en_wie 0:-10 3:-1 5:16
b:en_wil 0:2 1:-1
b:en_zij 0:-5 3:10 5:-1
b:en_zijn 0:-2 2:3
b:en_zit 0:-1 2:7 3:-3 7:2
b:en_zoek 8:2
b:en_zonder 7:2
b:en_zou 0:3
b:energie_? 0:5 2:-2
b:energie_en 0:5 5:-1
b:energie_in 0:3
b:energie_is 0:-4 4:6
b:energie_van 0:6 1:-1 3:-2
b:engels_is 0:-2 1:8
b:engels_volgens 0:-1 2:1
b:enige_goede 0:-3 8:3
b:enige_in 0:-5 1:-3 3:12
b:enige_van 3:4
b:enthousiast_over 0:2 3:1 8:-2
b:er_? 0:-1 6:5
b:er_achter 0:12 1:-1 2:-1 5:-2
b:er_al 0:7 8:-2
b:er_altijd 0:3 7:-2
b:er_bestaan 0:1
b:er_bij 0:-26 1:21 3:9 4:-1 5:17 6:-1 8:-1
b:er_dan 0:-10 1:12 2:-1 3:5
b:er_de 1:-4 3:-1 5:6 6:-1 7:1
b:er_dit 0:4 1:-1 6:2
b:er_dus 0:7 1:-2 2:-1
b:er_een 0:-5 1:4 6:5 7:3
b:er_eens 2:4
b:er_eigenlijk 1:2 3:-1
b:er_elke 0:2 1:-2
b:er_gebeurde 0:1
b:er_gebeurt 0:-8 7:10
b:er_geen 0:-2 6:5
b:er_gerust 0:6 5:-1 7:-3
b:er_gewoon 0:2 1:6 5:-2 7:-4 8:2
b:er_iemand 0:8 5:1
b:er_iets 5:1 6:6
b:er_in 5:4
b:er_inmiddels 2:-2 5:-1 6:5
b:er_is 0:2 4:-1 7:4 8:-2
b:er_maandag 3:-2 7:5 8:-1
b:er_maar 0:-2 8:4
b:er_met 0:5 1:-4 2:4
b:er_mis 0:2
b:er_misging 0:6 1:-2 8:-1
b:er_niet 0:-4 1:4 4:-3 7:2 8:7
b:er_nog 0:-2 1:12 2:-6 3:2 5:-4 6:13 8:1
b:er_nu 0:-9 1:-2 2:4 5:1 7:8 8:-1
b:er_ook 0:2
b:er_over 0:2 2:3
b:er_overblijft 7:2
b:er_te 5:2
b:er_thuis 0:1 5:10 6:-3
b:er_toch 0:1
b:er_van 0:-3 6:4
b:er_veranderd 0:6 1:-1 7:-2
b:er_volgens 0:9 1:-2 2:-2 5:-1
b:er_voor 0:-10 1:4 2:-2 4:-3 5:11 7:5 8:1
b:er_weer 2:2
b:er_wel 0:5 1:-2 5:-2
b:er_zelf 0:4 3:-1
b:er_zijn 0:13 3:-1 4:-2 7:-1
b:eraan_? 0:4 1:-3
b:erg_als 0:4 7:-3
b:erg_dat 0:1
b:erg_op 0:-5 5:8
b:ergens_echt 0:1
b:ergens_mee 0:1
b:ergste_dat 0:3 2:-1
b:ermee_doet 0:3 8:-2
b:ernaar_? 0:4 3:-2
b:erom_dat 0:-4 6:6 7:3 8:-1
b:erom_zonder 7:3 8:-1
b:erover_? 5:2
b:eruit_bij 7:3 8:-1
b:eruit_waar 0:2
b:eruitziet_? 0:2
b:ervan_? 0:2
b:ervan_af 7:-1 8:3
b:ervaring_in 0:2
b:ervaring_is 0:1
b:ervaring_niet 0:7 7:-6
b:ervaring_uit 0:2
b:ervoor_dat 0:-3 3:4
b:ervoor_nodig 0:2
b:ervoor_zorgen 0:-1 1:4 2:2 3:-1 7:-1
b:eten_? 0:1 1:-2 2:-1 5:5
b:even_checken 0:-2 5:5 6:-2
b:even_een 0:-3 6:5
b:even_het 6:3
b:even_in 5:5 6:-4
b:even_je 6:5
b:even_over 2:1
b:even_voor 0:1 5:3 6:1 8:-2
b:exacte_vakken 0:-2 2:2
b:examen_niet 0:3 1:-1
b:examenjaar_aanmelden 0:1
b:excursie_naar 0:1 3:-2 7:4
b:f_is 1:6 6:-2
b:falen_het 0:7 7:-1 8:-2
b:falen_maar 0:4 8:-2
b:familie_buren 0:3
b:familie_die 0:3 5:-3
b:familie_in 0:5 4:-4 5:3
b:familie_of 0:-1 5:2
b:feedback_van 0:7 3:-2
b:feit_dat 0:-2 1:10 3:-1 5:-2
b:fietst_? 5:2
b:fijn_? 0:3 1:-1
b:fijn_aan 0:1
b:fijn_dat 0:-4 2:2 5:-1 6:2 7:3 8:-2
b:fijn_vindt 0:5 6:-3
b:filmpje_over 0:3 1:-1
b:fixus_? 0:2
b:fluiten_naar 0:-3 7:6
b:formulier_van 0:-1 6:3
b:formulier_voor 0:11 6:-6 7:-2
b:foto_van 0:-2 6:5 7:-1
b:fout_op 0:6 6:-2
b:foute_antwoorden 0:4 8:-1
b:foute_keuzes 0:7 3:-1 7:-2
b:fouten_maken 0:2
b:functie_met 1:5 7:-1 8:-2
b:functie_zonder 1:3 4:-2
b:ga_eens 0:4 1:-3
b:ga_eerst 4:-1 8:3
b:ga_gewoon 8:2
b:ga_je 0:-20 1:15 4:-3 6:2 7:4
b:ga_jij 2:2 3:-2 4:11 5:-3 7:-1 8:1
b:ga_na 0:-2 3:3 8:1
b:ga_voor 0:-5 1:-1 4:-2 8:12
b:gaan_? 2:12 3:-3 4:4 5:-4 6:-2 8:-4
b:gaan_allemaal 0:-3 1:-1 3:9 4:-2
b:gaan_dan 8:2
b:gaan_doen 0:6 1:-1 4:-3 8:3
b:gaan_en 1:-1 8:4
b:gaan_kijken 0:2 7:-1
b:gaan_meestal 0:-4 4:5
b:gaan_naar 3:2
b:gaan_samen 0:-6 1:10
b:gaan_vandaag 0:2
b:gaan_voor 2:-2 6:6
b:gaan_we 0:2 4:-4 8:5
b:gaan_welke 2:-1 6:2
b:gaan_werken 0:-11 1:1 5:10 8:5
b:gaat_? 0:7 2:4 3:4 5:-2
b:gaat_bij 0:-4 5:4
b:gaat_dan 0:3 3:1 5:-2
b:gaat_dat 0:-3 1:3 3:-2 5:2 7:4
b:gaat_doen 0:-5 1:-5 2:4 7:8 8:1
b:gaat_en 2:-2 5:4
b:gaat_er 0:-2 7:2
b:gaat_erom 0:4 1:-1 6:6 8:-2
b:gaat_het 0:-4 1:5 2:-3 3:1 5:19
b:gaat_je 0:-1 1:5 7:1
b:gaat_jou 0:-6 1:14 4:-4
b:gaat_na 8:2
b:gaat_naar 0:-4 3:6 7:2
b:gaat_om 0:2 3:7 6:-2 8:-1
b:gaat_ophalen 2:3 7:-2
b:gaat_over 0:9 1:-2 2:1 6:-2 8:-2
b:gaat_straks 0:-2 3:3 4:5 5:-1 8:-3
b:gaat_studeren 0:3
b:gaat_u 2:2 7:2
b:gaat_werken 0:-1 1:-4 4:2 7:-1 8:8
b:gaf_aan 0:4 1:-1
b:gaf_je 0:5
b:gamen_tot 0:-2 4:-1 5:12
b:gaven_je 0:1
b:gebeuren_als 0:6
b:gebeurt_? 0:3 1:-2
b:gebeurt_als 0:-2 7:3
b:gebeurt_er 0:1
b:gebeurt_met 0:-3 7:7
b:gebracht_? 0:2
b:gebrek_aan 0:-4 1:17 2:-1 5:-1
b:gebruik_je 0:-3 1:-1 5:11
b:gebruik_jij 0:2
b:gebruiken_? 0:4 1:-2
b:gebruiken_dit 0:-7 5:1 7:1
b:gebruiken_om 0:3 1:-3 2:1
b:gebruikt_wordt 0:1
b:gedaan_? 0:2 3:-1 7:3
b:gedaan_dat 0:4 7:-1
b:gedaan_om 0:7 6:-1
b:gedaan_waar 0:1
b:gedacht_? 0:-1 4:9 5:-2
b:gedachte_komt 0:3 2:-1
b:geef_de 0:1 8:4
b:geef_hem 0:6
b:geef_het 0:2
b:geef_je 0:-1 1:9 2:-3 7:6
b:geeft_? 0:-3 1:3
b:geeft_je 0:1
b:geeft_ruimte 0:5 7:-2
b:geeft_u 0:4
b:geen_brood 7:-2 8:6
b:geen_denkers 1:-3 4:6
b:geen_diploma 0:-2 1:-2 4:-2 6:-1 7:12
b:geen_doorzetter 0:-2 1:8 7:-1 8:-2
b:geen_eindpunt 0:4 1:-1
b:geen_enkele 0:2 1:3 3:-2 4:-1
b:geen_falen 0:10 7:-2 8:-4
b:geen_foute 0:5 3:-1 7:-2
b:geen_goed 0:-3 1:1 4:-4 7:-2 8:9
b:geen_hoogvlieger 0:-2 1:13 4:-4 8:-4
b:geen_idee 0:4 1:5 5:-2 7:-2
b:geen_keuze 0:1 1:-2 3:6 5:-2 7:4
b:geen_lezer 0:-5 1:5
b:geen_lezers 1:-2 4:3
b:geen_loopbaanbegeleiding 0:8 1:-2 8:-1
b:geen_mbo-opleiding 1:-1 4:5
b:geen_meeloopdag 6:-1 7:9
b:geen_meetlat 0:6 6:-2
b:geen_mislukking 0:6 7:-2 8:-2
b:geen_nederlands 0:-2 1:-2 4:8 7:-4
b:geen_oordeel 0:2 1:-1
b:geen_open 0:-1 3:2
b:geen_optie 0:-2 1:2 4:4 7:3 8:-2
b:geen_plek 7:1
b:geen_prater 0:-5 1:6
b:geen_probleem 0:-6 1:16 4:-5 7:-3 8:-1
b:geen_profiel 7:4 8:-2
b:geen_ramp 0:3 1:4 4:-4
b:geen_stage 0:-1 1:-4 4:7
b:geen_stageplek 0:-2 7:7 8:-1
b:geen_studiebol 0:-1 1:4 4:-2
b:geen_toekomst 1:-1 5:3
b:geen_type 1:-7 8:9
b:geen_vak 1:-3 4:3
b:geen_werk 0:-2 1:-3 4:-2 5:6 7:4
b:geen_zin 1:-3 7:3 8:3
b:gefeliciteerd_met 0:5
b:gegrepen_is 0:-3 1:5
b:gehaald_en 0:-6 2:10 5:-1
b:gehad_? 0:3 2:-1 5:-3 6:3
b:geholpen_? 0:6 1:-1 3:-2
b:geholpen_om 0:1
b:gekeken_? 4:6
b:geknipt_voor 8:1
b:gekozen_? 0:2 6:2
b:geld_? 0:2
b:geld_geen 0:4 1:-2 4:-1
b:geld_is 0:-3 5:5
b:geld_moet 5:2
b:geld_om 5:1
b:geld_van 0:-2 5:5 6:-1
b:geld_verdienen 1:-2 4:4
b:geld_voor 5:3
b:geldt_<grade> 0:7 8:-2
b:geldt_dat 0:-2 4:3
b:geleden_nog 0:4 1:-2
b:geleerd_? 0:15 1:-2 6:-2 8:1
b:geleerd_dat 0:10 1:-4 3:-2
b:geleerd_over 0:1
b:geleerd_van 0:4 1:-1 3:-2
b:gelukt_? 0:-5 1:8
b:gemaakt_? 0:2 6:6
b:gemaakt_en 0:1
b:gemaakt_waar 0:2 1:-1
b:gemengde_of 0:3 8:-2
b:gemerkt_over 0:2 2:-1
b:gemiddeld_? 0:-1 2:2
b:gemiddeld_een 2:2
b:gemiddeld_in 0:-2 2:-1 5:4
b:gemiddeld_voor 0:-2 2:3
b:gemiddelde_heb 0:-2 2:2
b:gemiddelde_het 2:1
b:gemiddelde_is 0:1
b:gemiddelde_leerling 0:-4 3:6
b:gemiddelde_omlaag 0:-4 2:5
b:gemiddelde_van 0:-3 3:5
b:gemiddelde_voor 0:-1 2:2
b:gemiddelde_werkdag 0:3 2:-2
b:gemiddelde_zegt 0:6 2:-1 7:-2
b:geneeskunde_? 0:-5 1:-1 4:4 8:6
b:geneeskunde_is 0:-1 1:-2 7:4 8:8
b:genoeg_? 0:-2 1:-1 2:2 5:5
b:genoeg_bent 0:9 1:-3 8:-1
b:genoeg_doen 4:5
b:genoeg_geld 0:-3 5:8
b:genoeg_om 0:-2 2:1 5:4
b:genoeg_voor 0:-13 1:10 2:12 4:-1
b:genoegen_nemen 0:-1 8:9
b:geprobeerd_dat 0:1 1:-1
b:geregeld_behalve 0:-1 3:4
b:gerust_aan 0:2
b:gerust_een 0:5 7:-2 8:-1
b:gerust_je 0:3 2:-2
b:gerust_wat 0:2
b:geschikt_voor 0:-5 1:-8 4:-3 8:17
b:geslaagd_voor 0:5
b:gesprek_? 6:3
b:gesprek_als 0:1
b:gesprek_een 0:1
b:gesprek_geen 0:6 6:-2
b:gesprek_heeft 6:2
b:gesprek_is 0:-4 6:12 8:-1
b:gesprek_maakt 0:1
b:gesprek_met 2:1 6:-1 7:21
b:gesprek_niet 6:2
b:gesprek_telt 0:-3 6:4
b:gesprekken_raakten 0:2
b:gesproken_hebben 6:6 8:-3
b:gestopt_? 0:-2 5:4
b:gestopt_met 0:3 1:-2 5:2
b:gestudeerd_hebben 0:-1 4:6
b:geupload_? 6:5
b:geven_en 0:2
b:geven_je 0:2
b:geven_zodat 0:3
b:gevoel_dat 0:5 1:-1
b:gevoel_voor 0:-1 1:6
b:gevoerd_en 5:-3 6:3
b:gevraagd_wordt 0:2
b:gevuld_is 0:-2 6:8 8:-1
b:geweest_? 0:-1 1:2
b:gewend_ben 0:12 3:-2 5:-4 6:-1 7:-2
b:gewend_bent 0:9 1:-2
b:gewerkt_aan 0:1
b:gewone_dinsdag 0:6 7:-2 8:-2
b:gewoon_bij 0:15 1:-3 3:4 5:-1 7:-3 8:-1
b:gewoon_de 0:-1 6:2 8:8
b:gewoon_door 0:-1 1:-1 3:2 8:1
b:gewoon_e 8:2
b:gewoon_geen 0:-1 1:2 4:3 8:-2
b:gewoon_iets 0:-2 6:4 7:3 8:-4
b:gewoon_niet 0:-9 1:26 3:-1 4:-8 8:-2
b:gewoon_om 0:2 8:-1
b:gewoon_over 0:3 1:-2 8:-1
b:gewoon_voor 7:5
b:gewoon_wat 0:-3 5:-2 8:15
b:gewoon_zeggen 0:2 8:-1
b:gezakt_? 2:6 5:-2
b:gezet_? 6:2
b:gezien_? 3:2 6:-1
b:gezien_je 0:-6 1:10 4:2 5:-2
b:gezin_? 4:1 5:3
b:gezin_en 0:-3 1:-2 5:11
b:gezin_met 1:-3 4:4
b:gezocht_met 0:5 8:-2
b:gezondheid_of 0:3 5:-2
b:gezondheid_sinds 0:-1 5:4
b:ging_anders 0:3
b:ging_er 0:7 1:-4 5:-1
b:ging_goed 0:3
b:ging_het 0:2
b:ging_je 0:5
b:ging_prima 3:1
b:ging_toch 0:4 2:-1
b:goed_? 0:6 1:-10 4:6 5:8 7:-2
b:goed_af 0:1
b:goed_afgaat 1:2 4:-2
b:goed_begin 0:2
b:goed_bij 0:-10 1:-2 4:12
b:goed_dat 0:1
b:goed_een 0:-7 7:10
b:goed_en 0:1
b:goed_gaat 0:-4 2:8 5:-1
b:goed_gebruiken 0:3 1:-1
b:goed_gedaan 0:3
b:goed_genoeg 1:7 4:-1 5:-1
b:goed_gevoel 0:2
b:goed_ging 0:-1 2:4
b:goed_idee 0:-3 1:1 4:-4 7:-2 8:9
b:goed_in 1:5 3:-2 4:7 5:-1 8:-5
b:goed_kunt 0:4
b:goed_met 0:-2 4:3
b:goed_na 0:-4 4:6 7:6 8:-3
b:goed_om 0:3 2:3 7:-1
b:goed_op 0:-4 3:4 5:2
b:goed_te 4:2
b:goed_voor 0:-2 7:-3 8:9
b:goed_wat 0:-1 3:2
b:goede_collega 0:2 1:-2
b:goede_keuze 0:-3 8:3
b:goede_vraag 0:3
b:graag_anders 0:-1 7:2
b:graag_doet 0:1
b:graag_een 0:-2 6:3
b:graag_eens 0:1
b:graag_en 0:1
b:graag_leert 0:2
b:graag_leren 0:1
b:graag_maken 0:-2 4:3
b:graag_met 0:10 1:2 4:-2 7:-1 8:-2
b:graag_nog 0:1
b:graag_weten 0:-3 5:3
b:grafieken_? 0:3 2:-3
b:groep_<grade> 0:-3 2:4
b:groep_? 3:5 4:-3
b:groep_als 0:-6 3:7
b:groep_die 3:-1 7:1
b:groep_heb 0:-4 3:5
b:groep_nog 3:1
b:groep_op 0:4 3:-3
b:groep_te 0:3 1:2 2:-3
b:groep_tijdens 0:5 3:-1
b:groepsopdracht_en 0:2
b:groot_of 0:2
b:grote_rol 0:3 1:-3
b:haal_je 0:-17 1:1 2:13 4:-2 5:-3 7:8
b:haalbaar_? 1:3
b:haalbaar_is 0:-4 2:4 4:1 5:12 8:2
b:haalbaar_zijn 1:5 4:-1
b:haalde_een 1:-1 2:3
b:haalt_? 0:-3 2:4
b:haalt_het 0:-6 1:7
b:haalt_voor 2:6
b:haar_een 0:-3 1:7
b:haar_leren 0:-1 3:2
b:haar_plek 0:2
b:haar_welke 1:2
b:had_? 0:1
b:had_de 3:2
b:had_en 0:-5 2:5 3:3 5:-1
b:had_gehoopt 0:2
b:had_je 1:-2 2:7 3:-2
b:had_jij 0:2 3:-1
b:had_verwacht 0:3 1:-1
b:hadden_in 3:2
b:halen_? 0:-6 2:8
b:halen_om 2:3 5:-1
b:half_jaar 0:-2 3:5 8:-1
b:halverwege_de 0:4
b:hand_? 0:-2 3:7 4:-2
b:handel_in 0:-1 4:3
b:handel_voor 4:3
b:handen_? 0:-9 1:14
b:handen_bezig 0:7 1:-3
b:handen_maakt 0:6 1:-3
b:handen_wat 0:-2 4:3
b:handig_dus 4:-2 8:4
b:handiger_zijn 1:4 3:-2 4:-1
b:handigheid_word 1:-4 4:-2 8:8
b:handtekening_van 5:-2 6:4
b:hangen_? 0:2
b:hangen_en 0:2
b:hard_gewerkt 0:1
b:harder_dan 0:1 3:2
b:hardop_te 0:3
b:havist_ben 4:1
b:havist_net 4:5
b:havisten_zijn 0:-2 3:-3 4:8
b:havo_<grade> 0:2 1:5 2:-6 6:-3 8:6
b:havo_? 0:-4 2:3 8:1
b:havo_ben 3:3 7:-1
b:havo_en 0:8 8:-2
b:havo_heb 0:5 3:1
b:havo_is 0:-4 8:6
b:havo_kan 0:3 8:-2
b:havo_of 0:5 3:-3
b:havo_te 0:-3 3:3 6:-1 8:2
b:hbo_? 1:-1 3:-1 4:3 8:4
b:hbo_en 0:5 3:-2 8:-1
b:hbo_gaan 0:-2 3:-6 4:12 8:-3
b:hbo_is 0:4 8:-2
b:hbo_of 0:9
b:hbo_ook 0:5 8:-2
b:hbo_voor 0:-2 4:-2 7:2 8:4
b:hbo_wel 4:2
b:hbo_zit 0:3 1:-1 8:2
b:he_? 5:8
b:heb_al 6:-3 8:9
b:heb_ik 7:-1 8:7
b:heb_je 0:-2 1:-5 3:-17 4:13 5:2 6:17 7:-6
b:heb_jij 3:12 4:-2 5:3 7:1
b:heb_nog 6:6
b:heb_voor 6:4 7:-3 8:3
b:hebben_? 1:11 2:-2 4:-2
b:hebben_al 0:-2 3:5 4:-2
b:hebben_allemaal 3:1
b:hebben_en 1:-4 2:2 3:2
b:hebben_gehad 6:3
b:hebben_het 3:-3 4:6
b:hebben_hun 1:-2 3:5 4:-1
b:hebben_je 0:-1 5:1
b:hebben_jullie 0:-2 5:2 6:1
b:hebben_na 3:5 7:-3
b:hebben_nog 3:-1 7:2
b:hebben_om 0:8 1:-3 5:-2
b:hebben_op 5:2
b:hebben_over 2:2
b:hebben_vaak 0:-3 4:10 8:-2
b:hebben_voordat 0:8 1:-3
b:hebben_we 0:-3 6:2 7:-2 8:5
b:hebt_<grade> 2:-1 3:-1 6:5
b:hebt_<num> 2:4
b:hebt_? 0:-2 3:5 7:3
b:hebt_afgerond 0:2
b:hebt_alle 0:4 6:-3
b:hebt_bekeken 0:-2 6:3
b:hebt_bezocht 0:-5 3:2 6:7 7:-1
b:hebt_de 0:10
b:hebt_drie 0:-4 1:-2 2:3 6:3
b:hebt_een 0:5 1:-3 2:1 5:2
b:hebt_gedaan 0:-1 6:2
b:hebt_gemaakt 0:3
b:hebt_gezien 0:1
b:hebt_gezocht 0:3 8:-2
b:hebt_hard 0:1
b:hebt_het 0:-10 1:11
b:hebt_ingeleverd 0:-1
b:hebt_je 0:15 1:-2 5:1 6:-2 8:1
b:hebt_met 1:3 4:-2
b:hebt_moeite 0:-2 1:3
b:hebt_nog 0:-4 1:-2 3:2 6:-3 7:10
b:hebt_nu 0:-2 6:3
b:hebt_op 0:-2 1:5 3:-1
b:hebt_over 0:2
b:hebt_tot 0:-4 7:7
b:hebt_vandaag 0:4
b:hebt_wat 0:-1 1:5
b:hebt_weinig 0:-2 1:4
b:heeft_? 1:-2 3:8 5:-2 7:-1
b:heeft_al 0:-7 1:-2 3:16 5:-1 6:-7 7:5
b:heeft_bijna 1:3 8:-1
b:heeft_blijft 7:2
b:heeft_dat 0:3 5:1
b:heeft_de 0:4 3:-2 5:1
b:heeft_die 0:4
b:heeft_een 0:1 1:1 3:5
b:heeft_en 0:-4 5:8 6:-1
b:heeft_ervaren 0:3
b:heeft_gedaan 6:2
b:heeft_geen 1:1 7:-3 8:6
b:heeft_haar 3:1
b:heeft_het 0:-4 1:-3 3:5 7:8
b:heeft_ingeleverd 0:-3 6:-1 7:8
b:heeft_je 0:12 1:-7 3:-3 5:7 6:8 7:-1
b:heeft_jou 0:3 3:-2
b:heeft_mag 0:-3 7:7
b:heeft_met 0:-5 1:8 5:-1
b:heeft_moeite 1:10 8:-1
b:heeft_om 0:2 2:7 3:-1
b:heeft_plaatsgevonden 6:2
b:heeft_recht 0:11 2:-1 7:-9
b:heeft_u 0:-4 2:5 3:-1 5:4 6:2
b:heeft_uw 0:1 5:2 6:3
b:heeft_veel 0:-4 4:6
b:heeft_voor 0:-3 5:7
b:heeft_weinig 1:8 4:-2 7:-2 8:3
b:heeft_zich 3:2
b:heeft_zijn 3:2
b:heel_<grade> 0:-2 1:-1 2:-1 3:8
b:heel_anders 0:3
b:heel_jaar 0:-2 7:4
b:heel_normaal 0:10 7:-2
b:heftruckcertificaat_behaald 0:1
b:helder_uit 0:4
b:hele_dag 0:-2 5:4
b:hele_groep 0:-1 3:5 7:-1
b:hele_klas 0:1
b:helemaal_ingevuld 6:1
b:helemaal_oke 0:3 7:-2
b:helemaal_vrij 0:3 4:-1
b:helft_van 0:-5 1:4 3:7
b:help_je 0:1
b:helpen_? 1:6 4:-5
b:helpen_bij 0:9 3:-2 5:-3
b:helpen_met 1:6 3:-1 4:-4
b:helpen_om 0:2 1:-2
b:helpt_bij 0:2
b:helpt_iedereen 0:1
b:helpt_je 0:4 5:-1
b:helpt_jou 0:-2 4:3
b:helpt_kiezen 0:3 4:-2
b:helpt_om 0:2
b:hem_dus 1:3
b:hem_eerst 0:7
b:hem_het 0:4
b:hem_in 0:-4 1:6 6:-3 8:1
b:hem_kunnen 0:4
b:hem_maar 0:-1 4:8 8:-4
b:hem_met 0:5 7:-1 8:-1
b:hem_of 0:-3 4:3
b:hem_past 0:-4 1:2 4:-1 8:6
b:hem_welk 0:-11 1:-3 8:16
b:hen_? 0:-3 1:-2 3:2 5:3
b:herfstvakantie_nog 0:-2 7:3
b:herken_je 0:5 1:6 2:-4 4:7 5:-2
b:het_? 0:-12 1:-9 4:5 6:3 7:14 8:3
b:het_aan 0:-4 1:-4 2:5 3:-2 4:3 7:8
b:het_abstracte 0:-5 1:10
b:het_advies 0:5 2:2 3:-1 4:-1 8:1
b:het_afgelopen 0:1
b:het_afronden 7:2
b:het_afvinken 6:1
b:het_andere 0:3 3:-1
b:het_anders 4:1 5:2
b:het_antwoord 0:2
b:het_bedrijf 0:3 1:2 3:-3 4:3 5:-1
b:het_begin 0:3
b:het_belangrijkste 2:2
b:het_beroep 0:8 1:-5 2:2 3:-2
b:het_best 0:-3 1:2 4:6 8:9
b:het_beste 0:-3 1:-2 2:1 6:6 8:24
b:het_bij 0:-13 1:6 2:-2 3:6 4:-5 5:3 6:-4 7:3
b:het_bindend 2:5 5:-2
b:het_bloed 0:-2 4:9 8:-2
b:het_buitenland 1:-3 5:-1 8:9
b:het_centraal 0:-1 2:3
b:het_cijfer 0:5 2:-4
b:het_collegegeld 5:1
b:het_contact 5:1
b:het_dat 0:-15 1:16 3:11 8:1
b:het_de 0:6 1:-2 3:5 5:-2 7:-2
b:het_denken 0:2
b:het_digitale 6:2
b:het_door 7:2
b:het_doorzettingsvermogen 1:1
b:het_dossier 0:-3 6:10 8:-2
b:het_driegesprek 0:4 3:-2 5:7 6:2 8:-1
b:het_echt 6:-1 7:6 8:-2
b:het_echte 0:6 4:-4
b:het_een 0:-1 1:-2 5:4 7:2
b:het_eens 0:-1 1:1 5:-2 7:-2 8:15
b:het_eerst 0:-9 1:15 2:3 4:-1
b:het_eerste 0:-2 1:-4 2:11 3:3 5:8 7:10 8:-2
b:het_eind 0:1 1:-3 6:2 7:5
b:het_einde 0:-4 7:5
b:het_engels 3:2
b:het_enige 0:-1 6:2 8:2
b:het_er 0:2 3:2 5:-3
b:het_ergste 0:3 2:-1
b:het_examen 0:8 1:-2 7:1
b:het_examenjaar 0:3
b:het_feit 0:-2 1:10 3:-1 5:-2
b:het_fijnst 0:1 1:-1 4:3
b:het_financieel 5:2
b:het_formulier 0:7 6:1 7:-2
b:het_gaat 0:2 1:-2 3:6 5:2 6:4 7:-1 8:-3
b:het_geen 0:-2 1:3
b:het_geld 0:-5 5:8
b:het_gemiddelde 2:-4 3:4
b:het_gerust 0:1 5:2 7:-1
b:het_gesprek 0:8 1:5 2:6 4:-2 6:-7 7:4 8:-4
b:het_gespreksverslag 1:6 2:-1 6:-1
b:het_gevoel 0:6 1:-2
b:het_gewoon 0:9 1:-2 8:-1
b:het_gezin 0:-2 5:5
b:het_goed 0:-3 6:-2 8:7
b:het_graag 0:3 6:-1 8:-1
b:het_groen 0:-2 4:4
b:het_groepsgemiddelde 0:-1 1:-3 2:-1 3:7
b:het_groepsproject 0:2
b:het_hardst 2:1
b:het_hbo 0:3 1:-6 3:4 4:23 5:-2 6:-6 7:-3 8:5
b:het_hem 0:-4 1:5
b:het_hoger 0:7 4:-4
b:het_hoofd 0:8 4:-2
b:het_idee 0:1
b:het_in 2:3 3:-2 4:5 5:-2 6:8 7:4
b:het_is 0:36 1:-12 2:2 4:4 5:-1 6:5 7:-2 8:-6
b:het_jaar 0:4 1:-3 7:6 8:-1
b:het_je 1:1 3:3
b:het_jou 0:-10 1:11 4:3 5:-1
b:het_kan 0:9 4:-3 6:-1
b:het_keuzedeel 0:1
b:het_keuzeformulier 0:-3 6:6 7:-2
b:het_kiezen 0:-10 1:2 3:6 5:9
b:het_klassengemiddelde 0:-2 3:5 6:-1
b:het_klinkt 0:2
b:het_kort 0:-2 1:-2 6:9 8:2
b:het_laagst 0:-3 2:3 3:4 6:-2
b:het_laat 0:2 7:-2
b:het_laatst 0:1
b:het_laatste 2:4 3:-2 4:2
b:het_land 0:-6 4:5 5:2
b:het_langst 3:2
b:het_lastig 5:1
b:het_leerbedrijf 0:-3 1:-1 3:-1 6:4 8:4
b:het_leerwerkloket 8:2
b:het_leren 0:4 2:-2
b:het_leuk 0:2 1:-1
b:het_leukst 0:14 2:-2 6:-3
b:het_leukste 0:-8 1:-1 4:10
b:het_liefst 0:14 1:-2 3:-2 4:4 5:-2
b:het_lijkt 0:6 1:-2 3:-1 8:4
b:het_lijstje 0:-3 6:10 8:-1
b:het_lob-formulier 6:1
b:het_loopbaangesprek 0:-2 1:1 2:3 5:8 6:-8 7:3 8:-1
b:het_lukt 0:2 1:-1
b:het_maakt 0:-6 1:-1 6:19 8:-5
b:het_maar 0:-6 1:-2 5:9 6:-3 8:8
b:het_maken 0:4 2:-2
b:het_makkelijkst 0:3 1:-3 2:3
b:het_mbo 1:-7 2:2 4:9 5:-3 7:-1 8:16
b:het_mee 5:1
b:het_meest 0:17 1:4 4:-3 5:-6 6:-9 7:-1 8:6
b:het_meeste 0:1 2:2 8:-1
b:het_mentoruur 0:-1 6:4
b:het_met 0:-7 1:-4 2:-3 4:-1 5:38 6:7
b:het_minst 0:-4 1:9 3:3 5:-2
b:het_moeilijk 1:1
b:het_moeilijkste 0:2
b:het_moet 0:-2 6:3
b:het_moment 0:3 2:-1
b:het_mooiste 0:1
b:het_nederlands 0:-1 1:4 5:-1
b:het_net 0:-2 7:4
b:het_netwerk 0:2
b:het_niet 0:8 2:6 3:-8 4:-6 5:-3 6:7 8:-1
b:het_niveau 0:6 1:-1 7:3
b:het_nog 0:11 1:-3 3:-2 5:-3 6:-2 7:6
b:het_nu 5:1
b:het_of 0:2 3:-1
b:het_om 0:7 2:-3 3:16 5:-8 7:-1
b:het_ondersteuningsteam 0:1
b:het_onderwerp 0:5
b:het_onderwijs 0:-5 4:7 8:5
b:het_onderzoek 0:1
b:het_ontwerpen 0:3 2:-2
b:het_ook 0:2
b:het_op 0:-8 1:4 3:6 4:13 5:-2
b:het_opnieuw 0:1
b:het_over 0:-5 1:18 4:1 6:2 7:6
b:het_overzicht 0:-7 1:2 6:8
b:het_podium 0:3
b:het_portfolio 0:-4 5:-1 6:9
b:het_praktijkexamen 0:-2 2:3
b:het_praktijkonderwijs 0:-8 1:-3 3:5 4:8 8:1
b:het_praktijkvak 1:-1 3:3
b:het_profiel 0:8 2:2 6:-3
b:het_project 0:5 1:-2 3:-1
b:het_rapport 2:-2 5:-1 6:4
b:het_reflectieverslag 6:2
b:het_resultaat 0:2
b:het_risico 0:2
b:het_roc 1:4 3:2 6:-2 7:1
b:het_samen 0:11 3:1 7:-1
b:het_samenwerken 0:2
b:het_schoolexamen 0:-2 2:5 5:-1 6:-1
b:het_soort 0:2
b:het_stagegesprek 0:-2 1:-1 6:4
b:het_stuk 0:2
b:het_systeem 0:-2 5:-2 6:13 7:-2
b:het_talent 0:1
b:het_te 1:-2 5:-2 6:-3 7:16
b:het_team 0:-1 3:-1 8:10
b:het_tempo 0:3 1:7
b:het_thuis 0:-11 2:-2 5:14
b:het_tijd 0:-5 8:4
b:het_toch 0:-1 1:2 5:1
b:het_tweede 0:-4 2:4 7:1
b:het_type 1:7 4:-3 7:-1 8:-1
b:het_urenbriefje 6:1
b:het_vaak 0:-4 1:-1 4:10 8:-1
b:het_vak 0:20 1:-3 2:2 3:2 6:-2
b:het_vakgebied 0:1
b:het_vakje 0:-6 6:11 8:-3
b:het_vandaag 7:2 8:-2
b:het_veld 1:-2 6:11 7:-2 8:-2
b:het_verhaal 0:4 5:-3
b:het_verplichte 5:-3 6:4
b:het_verschil 0:2 3:3 6:-1
b:het_verslag 0:-6 1:7 3:-2 6:7
b:het_verst 0:-15 3:21 5:-1
b:het_vertelt 0:6 5:-4
b:het_vinden 0:3 3:-1
b:het_vinkje 0:-2 1:-1 6:5
b:het_vmbo 0:-3 4:4
b:het_voelde 0:3 1:-1
b:het_volgende 0:7 5:-1
b:het_volgens 3:1
b:het_voor 0:12 1:-2 3:-1 8:1
b:het_vwo 0:-7 1:-2 2:4 3:15 7:-1 8:10
b:het_was 0:4 5:-1
b:het_water 0:3 1:-2
b:het_weekend 0:-4 4:-1 5:10
b:het_weer 6:-2 7:3
b:het_wel 0:-1 3:4
b:het_werk 0:15 1:-5 5:3
b:het_wo 0:-4 1:5 2:3
b:het_wordt 0:-7 1:2 4:-1 6:6 7:-2 8:7
b:het_zelf 0:5 2:-3 3:-2 6:-1 7:3
b:het_ziekenhuis 3:-3 5:3 7:4
b:het_zijpaneel 0:2
b:het_zit 0:-10 1:11 5:3 8:-2
b:het_zo 1:5 3:1
b:het_zou 0:-1 1:-1 8:5
b:het_zwaar 1:2
b:het_zwaarst 0:5 1:-2
b:hield_je 0:3 5:-2
b:hielp_je 0:8 1:-3
b:hier_even 0:-2 6:4
b:hier_in 0:-5 5:4 8:6
b:hier_niet 0:7 1:-2 8:-2
b:hier_niets 0:1
b:hier_nog 0:6 1:-2 3:-2
b:hier_ook 0:1
b:hieronder_kunnen 0:2 1:-2
b:hij_aan 0:2 1:-2 5:3
b:hij_achterblijft 1:-1 3:3
b:hij_allemaal 0:-2 1:3
b:hij_beter 0:-2 1:-1 8:9
b:hij_bij 0:-6 1:10 2:-1 7:9
b:hij_daar 4:1
b:hij_daarvan 0:-4 3:8
b:hij_dan 1:4
b:hij_dat 2:2 8:5
b:hij_de 0:2 5:3
b:hij_deze 0:-3 2:4
b:hij_een 0:-3 1:4 3:-2 6:10 7:-1
b:hij_graag 0:4 1:-1
b:hij_heeft 0:-3 1:5 8:-1
b:hij_het 0:6 6:-1 7:-3
b:hij_in 0:-2 3:4
b:hij_is 0:-4 1:3 4:7 7:-2 8:-3
b:hij_kan 0:-2 1:1
b:hij_lastig 0:1
b:hij_niet 0:-6 1:8 6:-1 7:5 8:-1
b:hij_nodig 0:15 2:4 3:-2 7:-1
b:hij_nog 0:-3 2:12 5:14 6:-2 7:-2
b:hij_waarschijnlijk 0:-2 1:5
b:hij_wil 0:-6 1:-5 3:5 7:11 8:3
b:hij_zelf 0:-6 1:-1 8:11
b:hij_zijn 2:9 5:-1 7:4
b:hij_zonder 7:8 8:-5
b:hobby_maar 0:-2 1:-2 6:-2 7:-2 8:9
b:hoe_belangrijk 0:3 2:-1
b:hoe_ben 0:11 1:-1 5:-7
b:hoe_bevalt 0:3
b:hoe_combineert 0:-3 5:8
b:hoe_dat 0:-6 3:6 5:2
b:hoe_de 2:2 5:-1
b:hoe_denk 0:-4 1:6 4:5 7:-1
b:hoe_die 0:-2 2:6 5:-3
b:hoe_doe 0:1
b:hoe_een 0:3 1:4 3:-2 4:-1
b:hoe_ga 0:10 1:15 4:4 5:-4 7:-1
b:hoe_gaan 1:1
b:hoe_gaat 0:-2 1:-2 5:19
b:hoe_ging 0:3
b:hoe_haal 0:-3 2:6 5:-2
b:hoe_heb 0:11 1:-2 2:-1 5:-1
b:hoe_het 3:2 5:19
b:hoe_hij 1:2 2:13 3:-2 5:-5
b:hoe_hoog 2:2
b:hoe_houd 2:1
b:hoe_hun 2:1
b:hoe_iemand 0:1
b:hoe_is 0:-12 1:4 2:-2 3:-3 5:35
b:hoe_je 0:10 1:-2 2:7 4:1 5:-3 7:-2
b:hoe_jij 0:12 1:-2 2:-2 3:-4 5:4
b:hoe_kan 0:-8 1:3 3:7
b:hoe_kijk 0:8 1:2 2:7 3:-9 4:3 5:-5
b:hoe_kom 0:6 1:-2 2:13 3:-5 5:-2 6:-1
b:hoe_komt 0:-13 1:14 3:17 4:-1 5:-2 7:-3
b:hoe_kreeg 0:2 2:-1
b:hoe_krijg 2:6
b:hoe_kun 0:3 1:-2
b:hoe_kunnen 0:12 3:-2 5:-3
b:hoe_kwam 0:4 4:-1
b:hoe_laat 1:-2 2:-2 5:14
b:hoe_lang 0:-5 1:-3 2:-1 5:-3 7:19 8:1
b:hoe_leer 0:2
b:hoe_los 0:-2 1:3
b:hoe_maak 2:2
b:hoe_merk 0:10 1:-3 5:-3
b:hoe_pak 0:-2 3:-1 4:5
b:hoe_pakte 0:4
b:hoe_reageer 0:6 1:-2
b:hoe_reageerde 0:1 2:-1
b:hoe_rustig 0:4
b:hoe_snel 1:-5 7:8
b:hoe_sta 0:-2 2:3
b:hoe_staan 0:-3 2:3
b:hoe_staat 0:-7 2:-1 3:6 6:8
b:hoe_vaak 0:-4 4:-1 5:8
b:hoe_ver 0:-1 3:1
b:hoe_verklaar 0:-5 1:-1 2:5 3:5 5:-1
b:hoe_verschillend 0:2
b:hoe_voelde 0:2
b:hoe_voelt 0:-6 3:17 5:-2
b:hoe_vond 0:5 2:-3
b:hoe_was 0:15 1:-3 2:-2 3:-2
b:hoe_weeg 0:4 1:-2 3:-1
b:hoe_weet 0:4 2:-2
b:hoe_wil 0:-5 1:26 2:3 4:-3 5:-3 6:2 8:2
b:hoe_zie 0:3 1:2 3:-2
b:hoe_ziet 0:-1 1:8 2:-1 4:3 5:-2
b:hoe_zij 0:1
b:hoe_zit 0:-11 3:13 4:5
b:hoe_zorg 0:-6 1:5 2:7 3:3 5:-5
b:hoe_zou 0:19 1:-5 3:-4 5:-1
b:hoef_alleen 6:5 8:-2
b:hoef_je 0:4 1:2 6:-3 8:5
b:hoeft_dit 0:7 7:-1 8:-1
b:hoeft_het 5:-2 6:5
b:hoeft_niet 0:5 1:-2 3:-3 6:4
b:hoeft_niets 0:7 1:-1 6:-1 8:-1
b:hoeft_nog 0:7 1:-4 8:-2
b:hoeft_nu 0:1 7:-1
b:hoeft_te 0:-3 1:5
b:hoeft_vandaag 0:4 7:-2
b:hoeveel_heb 2:-2 3:1 6:3
b:hoeveel_meeloopdagen 6:2
b:hoeveel_onvoldoendes 0:-4 2:6 5:-1
b:hoeveel_open 0:-2 5:-1 6:4
b:hoeveel_procent 0:-3 2:5 5:-2 6:1
b:hoeveel_punten 1:-3 2:15 5:-2 6:-3
b:hoeveel_tekortpunten 0:-6 1:-2 2:11 6:-2
b:hoeveel_uur 0:-2 2:-5 3:-1 5:18 6:2
b:hoeveel_van 0:-2 5:-2 6:7
b:hoeveel_verdienen 2:-1 5:3
b:hoeveel_voldoendes 2:4
b:hoeven_leren 1:3
b:hoge_cijfers 2:1
b:hoger_dan 0:-4 2:-2 6:2 8:2
b:hoger_onderwijs 0:7 4:-4
b:hogeschool_? 0:-3 4:3
b:hoofd_moet 8:5
b:hoofddoek_draagt 0:-3 1:-4 4:7
b:hoog_? 3:2
b:hoog_gegrepen 0:-5 1:5 8:10
b:hoog_genoeg 0:-1 2:4
b:hoog_grijpen 0:-3 1:-4 4:11
b:hoog_of 0:4 4:-2
b:hoogvlieger_dus 1:2 4:-1
b:hoogvlieger_maar 1:9 4:-2 8:-4
b:hoop_je 0:1
b:hoor_dat 0:7 8:-5
b:hoor_graag 0:3 8:-2
b:hoor_je 0:4 1:-5 3:6 4:7 5:-6 7:-4 8:12
b:hoor_niet 0:-6 1:16 4:-5 7:-3 8:-1
b:hoorde_dat 0:1 5:3
b:hoorde_ik 0:1 5:4
b:hoort_? 0:2
b:hoort_bij 0:11 3:8 4:-5 8:-1
b:hoort_erbij 0:5
b:hoort_in 0:-1 3:-1 4:2 8:4
b:hoort_op 3:-1 4:-1 8:4
b:hopen_op 0:5 3:-3
b:horeca_of 0:-9 1:10
b:horeca_werken 4:1
b:horen_? 0:4 1:-2
b:horen_aan 0:-2 3:-5 4:10
b:horen_bij 0:1
b:horen_dat 0:2 1:-1
b:horen_en 0:2 7:-2
b:hou_je 0:-3 1:-1 4:6
b:houd_het 0:-4 1:5 3:-2 4:2 6:2 8:4
b:houd_je 1:-4 3:2 4:-3 6:-1 8:3
b:houden_? 0:-7 2:6 5:7
b:houden_bij 0:-2 5:3
b:houden_de 1:2
b:houden_en 0:2
b:houden_het 2:2 6:4
b:houden_je 0:2 8:4
b:houding_? 1:-1 4:2
b:houdt_dat 0:-3 4:1 5:3
b:houdt_de 0:2
b:houdt_het 0:-3 1:6
b:houdt_je 0:9 1:-4 5:-1 7:6
b:houdt_jou 0:-13 1:7 3:10
b:huidige_werkgever 1:-2 8:4
b:huiswerk_? 0:-2 4:-2 5:5
b:hulp_bij 0:1
b:hulp_en 0:1
b:hulp_vragen 0:4 5:-1
b:hun_dochter 1:4 2:2 8:-2
b:hun_eerste 0:6 5:-3
b:hun_familie 0:7 4:-4
b:hun_handen 0:-3 1:-3 4:12 8:-2
b:hun_kind 0:-4 1:-1 2:1 4:2 8:6
b:hun_plek 4:2
b:hun_sector 1:-2 3:5 4:-1
b:hun_stage 3:2
b:hun_zoon 1:3 3:4 4:-2
b:ict_is 1:1 7:-1
b:ict_ligt 1:-2 4:3
b:ideaal_voor 4:2
b:idee_gebracht 0:2 3:-1
b:idee_hebt 0:3 1:4 7:-2
b:idee_is 0:-2 4:-1 8:5
b:idee_voor 0:-1 1:-1 3:5
b:idee_wat 0:-3 1:6 5:-2
b:ideeen_over 4:4 7:-1 8:-1
b:iedereen_al 0:9 3:-2
b:iedereen_een 1:-2 3:-3 6:4 7:4
b:iedereen_heeft 0:2 1:-2 3:-3 7:5
b:iedereen_het 0:1
b:iedereen_in 0:-4 3:6
b:iedereen_is 0:-2 1:16 2:1 4:-4 5:1 6:1 7:-2
b:iedereen_kent 0:6 1:-2 7:-1
b:iedereen_uit 3:6
b:iedereen_verwacht 0:-2 7:5
b:iemand_? 1:-1 4:3
b:iemand_anders 0:-1 1:-2 7:4
b:iemand_bij 5:4
b:iemand_die 0:1 1:25 3:-2 4:-4 5:-2 8:-2
b:iemand_drijft 0:1
b:iemand_in 0:1 5:2
b:iemand_kan 0:4 1:-3
b:iemand_met 0:-2 1:3 4:4 5:-3
b:iemand_over 0:-5 5:6
b:iemand_thuis 0:4 5:-3
b:iemand_uit 0:2 4:5 6:-2
b:iemand_zoals 0:-3 4:-7 8:13
b:iets_aan 1:-2 5:4
b:iets_anders 0:14 3:-1 7:-2 8:5
b:iets_dat 0:3 3:-2
b:iets_en 3:3 7:-1
b:iets_geprobeerd 0:1 1:-1
b:iets_goed 0:2
b:iets_haalbaars 0:-2 1:-3 7:4 8:5
b:iets_heel 0:3
b:iets_in 0:-1 2:1 4:7 6:9
b:iets_je 7:3 8:-3
b:iets_kleins 0:6 4:-1 6:-1
b:iets_mee 0:2
b:iets_met 0:-10 1:-10 3:2 4:8 7:-2 8:19
b:iets_moet 0:-5 1:8 5:-1
b:iets_niet 0:4 7:-1
b:iets_nieuws 0:3
b:iets_om 0:3 1:-1 5:7 8:-4
b:iets_op 1:-2 6:5 7:-2
b:iets_opgeleverd 0:5 6:-1
b:iets_over 0:12 1:-1 6:3 8:-1
b:iets_praktisch 1:2 8:-1
b:iets_rustigs 0:-2 1:2
b:iets_te 0:2 6:-2 7:8
b:iets_tegenzit 1:1
b:iets_uitleggen 0:1
b:iets_van 0:9 6:-2 7:-1
b:iets_voor 0:-14 1:6 2:8 3:11 4:11 5:-5 7:-2 8:-14
b:iets_waar 0:-6 1:2 8:5
b:iets_waarbij 0:-2 1:7
b:iets_wat 0:11 1:-3 7:2 8:-1
b:ik_aan 0:-2 1:4 4:4 8:-5
b:ik_al 8:7
b:ik_ben 0:18 8:-8
b:ik_bij 3:4 5:-2 6:2 8:-1
b:ik_daar 0:5
b:ik_dat 0:7 5:4 6:-3 7:-6
b:ik_de 0:-3 1:-2 4:2 6:4
b:ik_denk 0:5 4:-1 7:-2 8:1
b:ik_een 0:2 7:4 8:-2
b:ik_eerlijk 3:9 4:-1 8:-4
b:ik_eerst 0:-4 4:4 5:-3 7:7
b:ik_geef 0:-1 7:6 8:-1
b:ik_geen 0:-2 1:-3 4:4 7:3
b:ik_gewend 0:4 5:-3
b:ik_heb 0:-3 1:-2 6:7 8:15
b:ik_help 0:1
b:ik_het 0:-6 6:3 7:10 8:-2
b:ik_hoe 0:3 8:-2
b:ik_hoef 6:5 8:-2
b:ik_hoor 0:10 8:-7
b:ik_hoorde 5:4
b:ik_in 1:1 8:-1
b:ik_je 0:-13 1:4 5:2 6:3 7:16
b:ik_jou 0:-7 2:1 3:7 7:-3 8:14
b:ik_me 0:2 1:-4 4:6 8:-2
b:ik_meld 8:2
b:ik_merk 0:1 1:-2 5:5 7:-1 8:-3
b:ik_meteen 0:-1 8:9
b:ik_moet 6:6
b:ik_niet 0:15 1:1 2:1 3:-2 4:-2 5:-1 7:-4 8:6
b:ik_nog 0:2 1:-2
b:ik_nu 0:2 8:1
b:ik_van 0:7 1:8 3:-2 4:1
b:ik_vind 0:-4 7:-2 8:10
b:ik_vooral 1:3 5:-2
b:ik_vragen 0:-2 5:3
b:ik_wat 0:2
b:ik_weet 0:-3 5:4 6:-1 7:-1 8:5
b:ik_weten 0:-2 5:5
b:ik_wil 0:-11 2:8 6:-2 7:7 8:-1
b:ik_zag 0:12 2:4 8:-5
b:ik_zelf 7:4
b:ik_zet 6:2 7:-1 8:2
b:ik_zie 1:-3 4:-1 7:-2 8:8
b:ik_zijn 0:-1 1:1 5:-2 7:-2 8:15
b:ik_zo 8:4
b:ik_zou 0:-7 8:9
b:in_<grade> 0:-5 1:8 2:-2 3:4 4:-2
b:in_? 0:-2 1:-5 2:-2 4:3 5:7 6:3 7:5
b:in_aanraking 1:3
b:in_anders 0:-3 6:-1 7:6
b:in_bed 0:-1 5:4
b:in_bent 0:-7 1:15 3:-2 4:-4
b:in_beroepen 0:4 8:-1
b:in_beschut 0:-6 1:-3 4:13
b:in_bij 0:-2 3:-2 4:3 5:-2 6:4
b:in_cijfers 0:7 2:-5
b:in_dan 0:-3 6:9 7:-2
b:in_dat 0:1 1:-2 3:1 8:1
b:in_de 0:-7 2:2 3:9 4:37 5:-11 6:-10 7:-7 8:11
b:in_deze 0:3 2:-3 3:5 4:-2 5:3
b:in_die 0:8 1:-2 3:-1
b:in_dit 0:6 1:-5 2:8 5:5 6:-9 7:4 8:-1
b:in_een 0:23 1:-6 4:3 5:8 7:-5 8:7
b:in_elk 0:4 1:-1
b:in_en 0:-7 1:8
b:in_groep 0:-3 2:4
b:in_groningen 6:-1 8:4
b:in_haar 1:2
b:in_het 0:-4 1:8 2:6 3:-3 4:-6 5:24 6:8 8:-3
b:in_hun 0:6 3:3 4:-5
b:in_ict 5:4
b:in_iets 0:2
b:in_jaar 0:1
b:in_je 0:-5 1:-4 3:6 4:6 5:6 6:21 7:-7 8:-10
b:in_jou 4:1
b:in_jouw 0:1 3:6 4:2 5:-1 8:-2
b:in_jullie 0:-1 4:3
b:in_korte 0:1
b:in_leerjaar 0:5 1:10 3:-2 4:1 5:1
b:in_loondienst 8:2
b:in_magister 0:-7 2:5 5:-2 6:7 7:2 8:-1
b:in_nederland 0:-4 1:-3 5:10
b:in_november 1:-1 2:1 3:1
b:in_om 1:3 8:-2
b:in_plaats 0:-1 1:5 7:-2 8:6
b:in_qompas 6:2
b:in_september 0:-4 1:6 5:-2
b:in_taal 1:4
b:in_te 0:4 1:3 5:2 7:-3 8:-1
b:in_tweetallen 0:2 3:8
b:in_uw 0:4 3:1 5:-1
b:in_veel 0:15 1:-2 4:-1 6:-3 8:-3
b:in_vergelijking 0:-1 3:6
b:in_voor 0:-4 6:-1 7:7 8:3
b:in_waar 0:-3 3:4
b:in_wat 0:4 3:-2
b:in_welk 0:1 1:14 2:-3 4:-3 5:-1
b:in_welke 0:5 4:-1
b:in_werk 0:-1 7:4
b:in_werken 0:3 1:-1
b:in_wilt 0:-2 1:2 4:1
b:in_zelfstandigheid 1:2
b:in_zicht 2:5 5:-1
b:in_zijn 0:1 3:3 5:-1 6:2
b:in_zit 0:-2 1:2 3:2
b:in_zodat 0:-2 1:2
b:indirecte_routes 0:4
b:informatica_niet 0:-1 1:-3 3:2 7:5
b:informatie_mis 0:7 1:-1
b:informatie_over 0:2
b:ingeleverd_? 0:-2 3:-1 6:8
b:ingeloot_? 0:6 1:-3 7:-1
b:ingenieur_zou 3:2
b:ingeschreven_voor 6:-1 8:2
b:ingevuld_? 6:5 7:-2
b:inhalen_? 0:-3 1:-1 3:7
b:inmiddels_op 2:-2 5:-1 6:5
b:inschrijving_en 5:-2 6:-1 7:8
b:interessant_? 0:4 4:-1
b:interessant_vindt 0:4 1:-4 6:2
b:interesse_in 5:4
b:interesseert_? 0:1 1:-1
b:interesses_passen 0:4 1:-2
b:internationale_handel 0:1
b:internationale_opleiding 0:-2 1:8
b:invloed_hebben 5:2
b:invloed_op 0:-2 3:-1 5:8 6:-1
b:inzetten_? 0:7 5:-4
b:is_<grade> 1:-1 2:5
b:is_? 0:12 1:-4 2:-4 4:-5 6:7 7:5 8:17
b:is_al 0:3 1:2 3:-3 4:-1 7:4
b:is_alles 6:-2 7:4
b:is_altijd 0:-3 8:3
b:is_anders 0:10 3:-2
b:is_arts 0:-2 3:5
b:is_belangrijk 0:-1 5:3
b:is_beter 8:2
b:is_bijgebleven 0:3
b:is_blijven 1:6 6:-2
b:is_daar 0:-2 2:3
b:is_dan 0:3 3:3 4:-2 5:-2 6:2
b:is_dapper 0:3
b:is_dat 0:-8 1:2 2:2 4:8 5:9 6:-4 8:-5
b:is_de 1:-4 2:-2 3:-3 5:1 6:5 7:-1 8:15
b:is_die 0:-1 7:4 8:-2
b:is_dit 6:2
b:is_echt 0:-3 1:3 4:1 7:9 8:-4
b:is_een 0:-1 2:3 4:23 5:1 6:-4 7:6 8:-3
b:is_eerlijk 0:-5 1:6
b:is_eigenlijk 0:-5 4:3 8:5
b:is_elke 0:8 4:-1 5:-3 6:-2
b:is_en 0:-6 3:4 7:8
b:is_er 0:5 3:13 4:-2 5:2 8:-3
b:is_familie 4:2 5:-1
b:is_geen 0:33 1:-3 2:2 3:-2 4:-2 8:-7
b:is_genoeg 0:3 1:4 4:-1 6:3 7:-5 8:-1
b:is_gewoon 0:-7 4:6
b:is_goed 0:8 5:-1 8:2
b:is_handig 5:2
b:is_heel 0:17 3:-5 4:1 7:-2
b:is_helemaal 0:3 1:-2 4:3 7:-2 8:-2
b:is_het 0:-21 1:-17 2:-5 3:2 5:10 7:20 8:12
b:is_hopeloos 0:-5 1:3
b:is_iets 0:3 4:7 8:-1
b:is_in 7:-1 8:8
b:is_je 0:-22 1:-13 2:1 3:-4 4:-7 5:4 6:11 7:1
b:is_jouw 2:5 4:2
b:is_kort 1:4 5:-2
b:is_kun 1:-3 4:5 7:1 8:-1
b:is_lastig 0:8 1:-7 4:5 5:-2
b:is_leuk 0:-2 1:-2 6:-2 7:-2 8:9
b:is_maar 0:5 8:-2
b:is_mag 0:-2 7:3
b:is_met 1:-2 3:-2 4:2 7:5
b:is_misschien 0:-1 1:-3 3:-1 4:7 8:-1
b:is_moedig 0:10 1:-2 8:-5
b:is_netwerken 0:4
b:is_niet 1:7 4:-2 6:-2 7:-5 8:9
b:is_niets 0:-1 1:-2 4:3 7:-1 8:2
b:is_niks 1:-1 4:-2 8:7
b:is_nog 0:-10 1:29 2:2 5:8 7:-5
b:is_nooit 0:4
b:is_nou 0:-4 1:5
b:is_nu 0:-3 1:-2 3:2 6:3 7:5
b:is_oke 0:-2 1:7
b:is_om 0:-6 1:4 5:2 7:-1 8:5
b:is_ook 0:4 1:-2 3:10 4:-3 8:-5
b:is_op 2:1
b:is_pittig 0:2
b:is_prima 0:9 1:2 4:-1 7:-2
b:is_spannend 0:8
b:is_te 0:-8 1:16 4:-4 8:3
b:is_toch 0:-1 1:-1 5:4
b:is_van 0:9 1:-2 3:-2
b:is_verplicht 0:-4 1:-1 6:6
b:is_vol 6:4 7:-2
b:is_voor 0:-3 1:9 2:-3 3:-2 5:3 6:5 7:-4 8:8
b:is_vooral 6:6 8:-1
b:is_waardevol 0:2
b:is_waardevolle 0:1
b:is_wat 0:-3 1:6 6:1
b:is_welke 1:2
b:is_werk 1:-2 5:-2 8:5
b:is_zo 1:3 7:-1
b:is_zonde 0:-3 2:1 5:1 8:13
b:is_zwaar 0:2 1:-2
b:jaar_? 2:4
b:jaar_al 0:-1 3:4 4:-2 6:1
b:jaar_beter 0:3
b:jaar_bij 1:-3 2:2 3:-2 7:5
b:jaar_denkt 0:1
b:jaar_een 0:8 2:-5 3:5 4:-1 7:-3
b:jaar_eens 0:-1 2:3
b:jaar_en 0:-8 2:6 3:4
b:jaar_geleden 0:4 1:-2
b:jaar_had 0:-2 3:4
b:jaar_hadden 3:2
b:jaar_het 6:6
b:jaar_in 2:5 3:-4 6:1
b:jaar_is 0:4 7:2 8:-4
b:jaar_koos 2:-1 3:4
b:jaar_mee 7:2
b:jaar_merkt 0:3 1:-1
b:jaar_naar 7:-1 8:4
b:jaar_niet 0:-6 1:7
b:jaar_nog 1:-2 5:3 6:-2
b:jaar_op 0:1 3:-1 7:5
b:jaar_opnieuw 0:-2 7:3
b:jaar_over 7:-1 8:6
b:jaar_thuis 0:-4 5:-3 7:12
b:jaar_van 0:3
b:jaar_vast 7:1
b:jaar_vertraging 0:-5 7:6
b:jaar_voor 0:1
b:jaar_willen 0:3
b:jaar_zijn 0:3
b:januari_mis 0:-1 7:7 8:-3
b:jaren_in 3:2
b:je_<grade> 0:-2 1:-4 2:14
b:je_? 0:-18 1:-5 2:-4 3:24 4:40 5:-1 7:7 8:12
b:je_aan 1:-3 2:9 3:-4 4:16 6:-4 7:8
b:je_aandacht 0:1 1:6 5:-4 7:-2
b:je_aankunt 5:5
b:je_aanmelden 0:-2 2:2 8:3
b:je_aanmelding 0:-2 5:-1 6:4
b:je_aanmeldt 2:3 7:-1
b:je_aanspreekt 0:2 1:-1
b:je_achter 0:6 7:4
b:je_achteraf 0:3
b:je_achterloopt 0:2 1:-1
b:je_achttien 0:-2 7:3
b:je_adhd 0:-5 1:-4 4:10 5:6 8:-1
b:je_af 2:1
b:je_afgerond 0:2
b:je_afspraken 0:-3 1:11 3:-3
b:je_afvinken 0:-1 6:4 7:-1
b:je_al 0:5 1:9 2:-5 3:-9 4:-3 5:5
b:je_alle 0:-4 5:-2 6:5 7:3 8:4
b:je_alleen 0:-1 1:3
b:je_allemaal 0:-8 1:11
b:je_als 0:13 2:13 3:-6 6:8 8:2
b:je_altijd 0:3 7:-2
b:je_anders 0:-3 2:5
b:je_angsten 5:2
b:je_bang 0:2
b:je_bbl-contract 7:2
b:je_bbl-werkplek 1:-3 4:-1 5:5
b:je_begeleider 0:-10 1:-2 2:3 6:12
b:je_begint 7:-3 8:8
b:je_begon 0:3
b:je_behaalde 0:5
b:je_bekeken 0:2
b:je_bekijken 0:-2 1:5 4:-2
b:je_bent 0:-14 1:24 2:-6 3:14 5:8 6:-4 7:-1 8:3
b:je_beperkte 0:-7 1:11 5:-1
b:je_bereid 0:2 1:-1
b:je_beroep 1:-2 6:-2 7:-1 8:8
b:je_beroepskeuze 0:-4 1:-2 2:4 5:3
b:je_beslist 1:-1 7:3
b:je_best 0:-1 1:-2 4:10 8:-2
b:je_beste 0:4 3:1 7:-2
b:je_beter 0:7 1:-4 3:-2 4:20 5:-6 7:-3 8:3
b:je_bezocht 6:1
b:je_bezoek 6:5 7:-3
b:je_bezoeken 0:-7 1:5 4:5
b:je_bij 0:9 2:5 3:2 4:-4 5:-7 6:5 7:-1 8:-4
b:je_bijbaan 0:13 1:-6 2:-1 4:-1 5:5 6:-1 8:2
b:je_bijgebleven 0:2
b:je_bleef 0:3 1:-2
b:je_blij 1:4
b:je_blijft 0:-2 1:-2 2:-1 7:5 8:10
b:je_bloed 0:-3 4:6
b:je_bpv 0:-1 3:2 5:2
b:je_bpv-beoordeling 0:4 2:-1
b:je_bpv-plek 0:2 1:-2 3:-2 7:3
b:je_bpv-uren 0:-4 6:8 7:-2
b:je_broer 0:-6 1:-6 2:1 3:22 4:-2 6:1 7:-2 8:5
b:je_broertjes 0:-3 5:5
b:je_brood 0:-3 8:4
b:je_cijfer 0:6 5:-3
b:je_cijferlijst 0:-2 2:12 4:1 7:-1
b:je_cijfers 0:-12 2:22 5:-3 6:-2
b:je_concentratie 0:-4 1:3 5:4
b:je_contact 0:2
b:je_cv 7:3 8:3
b:je_daar 0:-7 1:-5 2:5 3:-5 4:4 5:4 6:-5 7:1
b:je_daaraan 0:-4 1:-2 2:3 3:7 4:1 5:-1 7:2
b:je_daarachter 0:5 1:-2 4:-1
b:je_daarbij 0:6 1:6 2:-2 3:3 4:-5 7:-1
b:je_daardoor 5:3
b:je_daarin 0:6 5:-2
b:je_daarmee 0:1 1:-3 2:2 4:-1 5:4
b:je_daarna 0:6 2:-1 3:-2 7:-1
b:je_daarom 0:-3 1:1 4:7 5:-4
b:je_daarover 0:4 1:-2
b:je_daartegen 0:4 1:-1 4:-1
b:je_daarvan 0:-3 4:4
b:je_daarvoor 0:3 8:6
b:je_dacht 0:10 1:-4 7:-1
b:je_dan 0:17 1:20 3:-3 4:-6 5:-5 7:2 8:1
b:je_dat 0:-4 1:9 2:14 3:-10 4:2 5:-29 6:-10
b:je_de 0:-7 1:-5 2:-4 4:-4 5:3 6:13 7:14 8:9
b:je_definitieve 0:-4 7:5
b:je_depressie 0:-6 5:13 6:-1
b:je_depressief 5:6
b:je_deze 0:3 4:2 6:4 7:19 8:-3
b:je_die 0:-4 1:-4 2:8 5:4 6:4 8:-3
b:je_ding 0:-2 1:7 4:-2 7:-1 8:-2
b:je_diploma 0:5 1:-3 4:2 5:-1 7:1
b:je_dit 0:7 1:7 2:-2 6:-1 7:2
b:je_doel 0:2
b:je_doen 1:12 2:1 4:-1 6:8 7:-2
b:je_doet 0:18 3:-2 4:1 6:-1 8:-2
b:je_dokter 0:1 4:1
b:je_door 0:2 3:-2 7:4 8:-2
b:je_doordeweeks 0:-1 5:3
b:je_doorstroom 2:3 7:3 8:-2
b:je_dorp 0:2
b:je_dossier 0:-4 1:4 3:-2 5:-2 6:6
b:je_drie 0:-3 2:-1 6:6
b:je_droombaan 0:1
b:je_droomberoep 0:2 1:-2 7:2
b:je_droomopleiding 0:1
b:je_droomstudie 0:-4 7:3 8:4
b:je_duidelijk 1:4 8:-1
b:je_durft 0:7 1:-1 7:-1
b:je_dus 1:3 2:3 7:-1
b:je_echt 0:9 1:-2 3:-2 4:3 7:4 8:3
b:je_een 1:-3 3:-5 5:14 6:-9 7:2 8:4
b:je_eens 0:7 2:-2 5:-2
b:je_eentje 0:-2 1:2
b:je_eerlijk 0:17 1:-5 8:-3
b:je_eerst 0:3 2:-2 5:-2 6:4
b:je_eerste 0:22 2:-2 4:1
b:je_eetpatroon 5:3
b:je_eigen 0:14 1:8 2:2 8:-2
b:je_eigenlijk 0:-16 1:32 4:-2 5:3
b:je_eindelijk 0:-3 5:-3 7:8
b:je_en 0:10 1:-1 2:-4 5:1
b:je_energie 0:9 2:-3
b:je_engels 0:-2 1:10 2:-1
b:je_er 0:6 1:-7 2:-1 6:1 8:4
b:je_eraan 0:-5 1:8 7:2
b:je_erg 0:1 5:1
b:je_ergens 0:3 1:8 5:-2 7:-3
b:je_erin 0:6 1:-2
b:je_ermee 0:4 8:-2
b:je_erover 5:2
b:je_eruit 0:-2 1:-2 4:-1 7:10
b:je_ervan 0:4 1:-1 7:-1 8:3
b:je_ervoor 0:-4 1:5 3:3 7:-2
b:je_examen 0:-1 1:-4 8:8
b:je_familie 4:5
b:je_formulier 7:1
b:je_gaan 0:-1 1:-2 7:3
b:je_gaapt 0:-2 5:5
b:je_gaat 0:6 1:-4 2:-1 7:5 8:10
b:je_gaf 0:7 1:-1
b:je_gebracht 0:2
b:je_gebrek 0:-3 1:9 2:-1
b:je_gedaan 0:2
b:je_geen 0:5 4:-4 5:3 6:-1 7:-6 8:6
b:je_gekozen 0:2 6:2
b:je_geleerd 0:6 1:-3 3:-2
b:je_gemiddeld 2:-1 5:3
b:je_gemiddelde 0:-4 2:18 4:1 7:-2
b:je_gewend 0:14 1:-1 3:-2 4:1 5:-2
b:je_gewicht 0:-2 5:3
b:je_gewoon 0:-1 1:13 7:1 8:-5
b:je_gezin 0:-1 5:3
b:je_gezondheid 0:-2 5:2
b:je_goed 0:14 1:-2 5:1 7:-1 8:2
b:je_graag 0:7 1:-4 2:-1 4:6
b:je_groep 0:-2 3:8
b:je_groepje 3:1
b:je_groot 0:2
b:je_grotendeels 0:-2 1:2
b:je_haakt 1:4 5:-1
b:je_haalde 1:-1 2:3
b:je_haalt 0:-3 1:4 8:-1
b:je_had 0:10 1:-2 3:-2
b:je_handen 0:-2 1:9 3:-2 4:3 5:-1 8:2
b:je_handschrift 0:-3 1:4
b:je_hebt 0:5 3:-11 4:-6 5:-7 6:8 7:8 8:-8
b:je_heen 0:-1 1:-1 3:6 7:-1
b:je_heftruckcertificaat 0:1
b:je_helemaal 0:3
b:je_helpen 0:2 1:-2
b:je_hem 0:4 1:-1 2:1
b:je_herkansen 0:-3 2:4
b:je_het 0:29 1:4 3:-7 4:10 5:-5 6:-15 7:19 8:-3
b:je_hier 0:7 1:-2 3:-2
b:je_hoe 0:5 2:-3
b:je_hoeft 0:32 1:-4 2:2 3:-1 4:1 6:1 7:-2 8:-1
b:je_hoofd 1:4 4:2 5:-1 6:-3 8:4
b:je_hoopte 0:1
b:je_hoorde 0:3
b:je_hoort 0:-29 5:21 8:1
b:je_houden 0:4 1:-4
b:je_houding 0:-8 1:9
b:je_huiswerk 0:-2 4:-1 5:5
b:je_ideeen 0:2 7:-1
b:je_iets 0:3 1:5
b:je_in 0:-8 2:2 3:-5 5:21 6:-5 7:9 8:3
b:je_interessant 0:1 6:1
b:je_interesses 0:7 1:3 3:-2 6:2 8:-8
b:je_invult 0:-5 6:11 8:-4
b:je_is 1:4 7:-2 8:5
b:je_jaar 3:2
b:je_jaargenoten 0:-2 3:4
b:je_je 0:14 1:-11 2:5 3:-3 4:-8 5:7 7:12 8:-3
b:je_jezelf 0:4
b:je_jouw 0:-2 1:6 5:-2
b:je_juist 0:7
b:je_kans 0:-4 7:5
b:je_kansen 0:-10 2:3 7:9
b:je_ken 0:4
b:je_keuze 0:10 1:-3 5:8 6:-1 7:-1
b:je_keuzeformulier 7:2
b:je_keuzes 3:4
b:je_kiest 1:-2 5:1 6:3
b:je_kiezen 0:7 1:-2 3:4 4:-3 5:-2
b:je_klaar 0:3 5:-1 6:2
b:je_klas 0:-6 3:14 5:-1
b:je_klasgenoot 0:2
b:je_klasgenoten 0:-7 1:-3 3:15
b:je_komt 0:-3 4:2 7:3
b:je_koos 0:6 1:-2 8:-1
b:je_kreeg 0:-1 2:3
b:je_krijgt 0:-3 6:-1 8:5
b:je_kunt 1:13 4:-3 5:-2 7:-1 8:3
b:je_laagste 0:-9 2:9
b:je_laat 0:-4 5:5
b:je_laatst 0:8 5:-2
b:je_laatste 2:6 6:-1 7:5 8:-1
b:je_lage 0:-3 1:6 5:-1
b:je_lager 2:-3 3:5
b:je_land 0:-8 1:-2 3:-2 5:16 6:-1
b:je_lang 0:1
b:je_last 0:-2 5:6 6:-2
b:je_lastig 0:4 1:-3 4:2
b:je_laten 0:6 1:-2
b:je_later 0:-13 2:5 5:-2 6:-2 7:9 8:12
b:je_leerbedrijf 0:-5 1:4 5:-1 7:9 8:1
b:je_leermeester 0:7 1:-5
b:je_leert 0:3 7:-2
b:je_leest 1:3 4:-1
b:je_legde 0:4 2:-1
b:je_leidinggevende 0:1
b:je_leren 0:-10 1:-2 3:8 4:6
b:je_les 0:1
b:je_leuk 0:-9 1:13 4:4 8:-1
b:je_leven 0:-3 6:-1 7:7
b:je_liep 0:2 3:-1
b:je_liet 0:2
b:je_liever 1:6 3:2 4:-2 5:-1
b:je_lijkt 0:-1 1:2 5:4 7:-1
b:je_lijst 0:4 1:-1
b:je_lob 6:3 7:-2
b:je_lob-dossier 6:1
b:je_lob-portfolio 6:1
b:je_lob-punten 0:-3 2:-2 5:-3 6:11
b:je_lob-uren 6:1
b:je_loopbaandossier 0:-1 5:5 6:4
b:je_loopbaanplan 0:-2 5:3
b:je_maar 3:1 4:-1 6:-3 7:-2 8:12
b:je_mag 0:27 1:-2 5:-2 7:-5 8:-4
b:je_map 6:6
b:je_medeleerlingen 0:-2 1:-1 3:5 4:-1
b:je_medicijnen 0:-6 5:13
b:je_mee 0:30 2:7 5:-15 7:-2 8:-2
b:je_meeloopdag 0:1
b:je_meenemen 0:1
b:je_meer 0:2 1:-1 4:-2 5:-2 7:3 8:7
b:je_meestal 4:-1 5:1
b:je_mentale 0:-2 5:2
b:je_mentor 0:-12 1:-3 3:-2 4:-2 5:4 7:5
b:je_mentorgroep 0:-2 3:3
b:je_merkt 0:11 1:-2 5:-1 7:-1
b:je_merkte 0:1
b:je_met 0:22 1:-13 2:-3 3:-2 5:-1 7:2 8:5
b:je_meteen 0:-2 1:5 8:-1
b:je_minder 0:1 4:-2 5:3 6:-1
b:je_misschien 1:2 5:1 8:-1
b:je_mist 0:-10 1:22 2:-2 6:5 7:-4 8:-1
b:je_mocht 0:2
b:je_moeder 0:-8 1:-1 4:-2 5:15 8:9
b:je_moeilijk 0:2 1:3 4:-3
b:je_moeite 0:2
b:je_moet 0:-7 1:-3 6:2 7:5 8:5
b:je_moslim 1:-8 4:12 8:-2
b:je_na 0:4 1:-8 3:-3 4:2 5:8 6:-2 7:1
b:je_naam 6:5 7:-2
b:je_naar 0:-7 1:9 2:-1 5:8 7:-4 8:3
b:je_naast 5:1
b:je_natuurlijk 0:-2 4:5
b:je_nederlands 0:-5 1:16 4:-3 6:-1
b:je_nederlandse 0:2
b:je_neef 0:-8 1:-3 3:17 4:-2 8:-2
b:je_nergens 1:-1 4:-2 7:6 8:1
b:je_net 0:-3 3:4
b:je_netwerk 0:6 1:-1 7:-1
b:je_niet 0:-5 1:36 2:1 3:11 4:13 6:-3 8:-6
b:je_niets 0:2 7:-1
b:je_nieuwsgierig 0:4
b:je_niks 0:2 3:-1 7:1
b:je_niveau 0:-5 8:2
b:je_nodig 0:-5 1:4 2:7 3:-2 5:-4 6:3
b:je_noemde 0:4
b:je_nog 0:18 1:-2 2:10 4:-3 5:-1 6:-2 7:13 8:9
b:je_nooit 0:-4 1:9 4:-1 7:-1
b:je_nu 0:22 2:-3 4:-2 5:-3 6:7 7:6 8:2
b:je_of 0:1
b:je_om 0:7 1:13 2:-12 3:-4 4:-2 5:5 6:2 7:-2
b:je_omgeving 0:3 5:-2
b:je_onder 1:-3 3:1 4:-1 5:4
b:je_onderzoeken 0:3 1:-6 4:4
b:je_onlangs 0:7 1:-2
b:je_ontbijt 0:-3 5:5
b:je_ooit 0:4 1:4 4:-2
b:je_ook 1:2
b:je_oom 0:3 8:-1
b:je_op 0:15 1:-14 2:12 3:-1 4:-2 5:-5 7:2 8:3
b:je_opa 0:-8 5:12
b:je_opleiding 0:1 1:-6 2:-1 3:2 5:10
b:je_opviel 0:2
b:je_orientatie 0:-1 1:-1 3:5 5:-1 8:1
b:je_oudere 3:2
b:je_ouders 1:-19 2:-8 3:-12 4:4 5:14 6:-2 7:16 8:12
b:je_over 0:11 1:5 2:-6 3:6 4:2 6:-4 8:-2
b:je_overweegt 0:2
b:je_overzicht 2:-1 6:6 8:-1
b:je_pakket 8:2
b:je_paniekaanvallen 0:-6 5:11
b:je_paraaf 6:5
b:je_passen 0:-2 1:2 4:1
b:je_past 0:22 1:-4 2:6 3:-2 4:5 8:-3
b:je_paste 0:2 1:-1
b:je_per 0:-3 2:4 5:1
b:je_plan 0:-7 1:-6 3:3 5:6 6:-3 7:2 8:6
b:je_plannen 0:-2 1:-2 5:7
b:je_plek 0:-5 1:3 3:-1 7:11 8:9
b:je_portfolio 0:7 1:-2 2:-2 3:5 4:1 6:12
b:je_praktijkbegeleider 3:-2 6:2 7:3
b:je_praktijkexamen 0:5
b:je_praktijkopleider 0:2 1:2 6:5 8:1
b:je_precies 0:-4 1:-3 5:12 6:-1
b:je_presentatie 0:8 2:-4
b:je_proberen 0:-5 1:1 4:5
b:je_profiel 0:5 1:-5 2:5 5:-1 6:-1 7:4
b:je_profielkeuze 1:12 2:-2 5:-2 6:2 7:-1
b:je_profielkeuzeformulier 0:-1 6:3
b:je_profielwerkstuk 2:2
b:je_rapport 0:-10 1:-2 2:26 6:-3
b:je_rapportcijfers 0:-6 2:9 6:-1
b:je_reflectie 0:-1 6:2
b:je_rekentoets 1:-3 2:8 6:-1
b:je_resultaten 0:-11 2:8
b:je_risico's 0:2
b:je_rug 0:-1 5:5 6:-1
b:je_rustig 0:2 1:-2 4:-1 5:3
b:je_s 0:2 1:-1 5:3
b:je_schaamde 0:1
b:je_scheikunde 0:-2 8:4
b:je_schiet 1:3 5:-1
b:je_school 0:1
b:je_scoorde 3:2 6:-1
b:je_se-cijfers 0:-3 1:-2 2:9 4:-1
b:je_sector 0:6 1:-2 7:2
b:je_sectorkeuze 0:1
b:je_serieus 0:3 7:-2
b:je_slecht 0:-1 1:4 4:-1 8:-1
b:je_snel 1:4 5:1
b:je_snuffelstage 0:5 2:-4 4:3 6:2
b:je_sollicitatie 0:2
b:je_soms 0:3 1:-2 3:-1 7:3
b:je_spelling 0:-3 1:6 4:-1 7:-1
b:je_spreekt 0:5 4:-1
b:je_staat 0:10 1:2 2:3 3:-4 6:3 7:-2 8:-4
b:je_stage 0:16 1:3 3:-4 4:-4 5:9 6:-3 7:-5 8:5
b:je_stage-uren 5:-1 6:4
b:je_stagebedrijf 0:5 3:-1 6:3
b:je_stagebegeleider 0:4 1:2
b:je_stagebeoordeling 0:-6 2:11 5:-2
b:je_stageplek 5:2 7:3
b:je_stageverslag 0:2 1:1 5:-1
b:je_steeds 0:5 4:-1 7:-1 8:-2
b:je_stellen 0:1
b:je_sterk 8:2
b:je_sterke 0:3 1:-2 6:1
b:je_sterkste 0:-4 1:6
b:je_stiefvader 0:-5 2:-1 5:8
b:je_stiekem 0:3 1:-2
b:je_straks 0:-9 1:2 4:-4 5:3 6:-2 7:2 8:-2
b:je_streefcijfer 0:-2 2:3
b:je_studie 0:4 1:-2 5:2
b:je_studiekeuze 1:-3 2:3 3:8 4:-1 7:-2
b:je_talenten 0:2 5:-1
b:je_te 0:-14 1:15 2:-1 5:4 6:-1 7:5 8:5
b:je_team 0:3 1:-2
b:je_tegen 0:10 1:-5 3:-2 5:3
b:je_tegenop 0:1
b:je_tekening 0:1
b:je_tekortkomingen 0:-12 1:17
b:je_telefoon 0:2
b:je_tempo 1:-3 3:5
b:je_terecht 0:4
b:je_terug 0:2
b:je_thuis 0:-4 2:1 3:-2 5:16 6:2 8:9
b:je_tijd 0:-6 3:-1 6:-1 7:-1 8:15
b:je_tijdens 0:2
b:je_toch 0:-9 1:14 4:7 5:-2
b:je_toekomst 0:14 1:-5 4:4 8:-3
b:je_toen 0:8 1:-2 2:-1
b:je_toetsresultaten 2:2
b:je_tot 1:3 5:-2 7:4
b:je_trekken 0:4 1:-1
b:je_trekt 0:10 1:-2 2:-3
b:je_trots 0:11 1:-1
b:je_tussen 7:3 8:-2
b:je_tweede 0:3
b:je_tweelingbroer 0:-4 3:10 5:-2
b:je_twijfel 0:-1 5:2
b:je_twijfels 5:5 8:-2
b:je_twijfelt 7:4 8:1
b:je_uit 0:5 1:-3 4:3 8:-1
b:je_uiteindelijk 0:3 1:-1
b:je_uitstroomprofiel 7:1
b:je_vaak 1:13 2:-2 4:-4 5:-2
b:je_vader 0:-9 1:-8 3:6 5:18 6:1 7:-5 8:11
b:je_vak 0:3
b:je_van 1:-6 3:3 4:-7 5:-5 6:3 7:-4 8:5
b:je_vandaag 0:5 2:-1 5:-2 6:2 7:2
b:je_vast 0:-9 1:-2 2:4 4:17
b:je_veel 5:5 8:5
b:je_verder 0:2 1:5 3:-3 5:-2 7:-2 8:2
b:je_verhaal 0:3 6:-1 8:-1
b:je_verkennen 1:2
b:je_verrast 0:1
b:je_verraste 0:6 5:-1
b:je_verslag 0:2 1:-1
b:je_vertelde 0:9 5:1 8:-2
b:je_vertellen 0:6 5:-2
b:je_vertelt 0:-4 8:5
b:je_vervolgopleiding 1:6 3:-1 5:-1
b:je_verwachtte 0:5 2:-2
b:je_vindt 0:3 1:-1
b:je_voelt 0:1
b:je_volgend 0:-4 7:7
b:je_volgende 0:3
b:je_voor 0:-6 1:-4 2:12 3:-2 4:8 6:7 7:4 8:-4
b:je_vooral 0:1 1:-2 4:3
b:je_voortgang 0:3 1:-1 6:3
b:je_voortgangsbalk 0:-2 2:-4 6:11
b:je_vorig 0:2 1:-1
b:je_vragen 0:8 5:-4
b:je_vrienden 0:2 1:-8 3:18 4:-2 5:-2
b:je_vriendin 3:1
b:je_vriendinnen 0:-2 3:3
b:je_vrije 0:3 1:-1
b:je_waarin 0:2
b:je_wacht 0:-4 7:5
b:je_was 0:6 1:-2 8:-1
b:je_wat 0:-19 1:12 4:-3 5:6 7:7 8:2
b:je_weer 5:1 7:3 8:-2
b:je_weet 0:-7 1:-2 3:-6 4:4 6:3 7:17
b:je_weinig 0:-1 1:2 3:2
b:je_wel 0:15 1:-10 2:-2 3:-3 5:14 7:6 8:-3
b:je_weleens 0:-4 1:-4 4:-1 5:21
b:je_werk 1:-2 5:5
b:je_werken 0:6 8:-1
b:je_werkgever 0:3 1:-2
b:je_werkplek 0:2 6:3
b:je_werkstuk 0:3 2:2
b:je_werkt 1:2
b:je_weten 0:2
b:je_wilde 0:15 1:-2 7:-1
b:je_willen 0:-3 1:8 4:1
b:je_wilt 0:-14 1:-1 2:9 3:-4 5:19 6:1 8:-2
b:je_woordenschat 0:-2 1:6 7:-3
b:je_wordt 7:7
b:je_zag 5:2
b:je_ze 0:8 1:-4 4:-2 6:-1 7:4
b:je_zeggen 0:1
b:je_zegt 0:6 1:-2
b:je_zei 0:18 1:-6 8:-3
b:je_zeker 1:-1 4:4 5:-1 7:1
b:je_zelf 0:-5 1:15 2:-4 4:3 5:3 7:3 8:-3
b:je_zenuwachtig 0:1
b:je_zieke 3:-1 5:2
b:je_zien 0:1 1:-1
b:je_ziet 0:5 1:-1 3:5 5:6 6:-2 8:-4
b:je_zijn 2:5 4:2
b:je_zit 0:-17 1:3 2:1 4:-3 5:-3 6:-3 7:6
b:je_zitten 0:-2 1:3
b:je_zo 0:-9 1:6 4:-5 5:8 7:11 8:-1
b:je_zo'n 0:8 4:-5 7:4 8:-1
b:je_zoekt 0:4 1:-2 7:-1
b:je_zoiets 0:-2 1:-3 4:7
b:je_zonder 7:5 8:-1
b:je_zou 0:-3 8:3
b:je_zoveel 0:-1 5:3
b:je_zus 0:-7 1:-2 2:3 3:36 4:-1 5:-1 6:3 7:2
b:je_zwakke 0:-10 1:19
b:je_zwanger 0:-2 5:9
b:jeugdzorg_? 5:7 6:-5
b:jezelf_? 0:-3 3:-1 4:12 5:-1
b:jezelf_als 0:1
b:jezelf_daarin 4:1
b:jezelf_dan 0:4
b:jezelf_dat 0:3 1:-2
b:jezelf_eens 0:-4 1:-1 3:8 5:-1
b:jezelf_en 0:1
b:jezelf_is 0:3
b:jezelf_ontdekt 0:3 1:-2
b:jezelf_op 0:3
b:jezelf_wat 0:2
b:jij_? 0:-9 1:6 3:4 4:5
b:jij_aan 5:3
b:jij_achter 0:-1 1:1 4:-2 5:3
b:jij_als 1:-3 3:5
b:jij_altijd 0:-5 1:14 3:-4 4:-2
b:jij_anders 0:-11 3:9 4:5
b:jij_beginnen 0:-2 4:2
b:jij_belangrijk 0:1
b:jij_bent 0:-9 2:-1 3:3 4:5 5:-2 7:-2 8:14
b:jij_bepaalt 0:14 5:-4
b:jij_beslist 0:2 8:-1
b:jij_bij 1:7 2:4 3:-8
b:jij_blij 0:3
b:jij_daar 0:-4 1:-6 2:6 3:4 4:5
b:jij_daarnaar 0:-2 2:3 4:1
b:jij_daarover 4:2
b:jij_daartegenaan 4:3
b:jij_daarvan 0:2 4:-2
b:jij_dan 0:3 1:-2 3:-1 4:6 8:-2
b:jij_dat 0:11 1:-2 3:-3 4:5 7:3
b:jij_de 0:7 1:-4 2:-1 3:6 4:2 5:-3 6:-1
b:jij_degene 0:-2 3:3
b:jij_denk 0:-12 1:-1 3:14
b:jij_doen 0:-1 1:6
b:jij_droomt 0:2 3:-1
b:jij_echt 1:2 3:2 4:-3
b:jij_een 0:3 3:-2
b:jij_eens 0:-1 4:6 8:-3
b:jij_eigenlijk 0:-1 3:1 5:3
b:jij_en 0:5 5:-1
b:jij_er 0:12 1:-4 3:2 6:-1 8:-1
b:jij_ernaar 0:4 3:-2
b:jij_ervan 0:1
b:jij_ervoor 1:-1 2:2
b:jij_gaan 1:-2
b:jij_gaat 3:-2 4:5 5:-3 7:-1 8:7
b:jij_geleerd 0:3 3:-2
b:jij_goed 0:1
b:jij_graag 0:1
b:jij_hebt 1:1 8:-1
b:jij_het 0:-5 1:10 2:-2 5:-1 7:3
b:jij_hier 0:1
b:jij_hoort 0:-3 3:6 4:8 8:3
b:jij_horen 0:-2 4:4 8:-1
b:jij_iets 0:-2 3:3
b:jij_in 3:1
b:jij_is 0:-1 1:9 4:-6
b:jij_je 0:12 1:-3 2:-5 3:-7 5:1 7:8
b:jij_jezelf 0:-11 1:9 3:-2 4:6
b:jij_komt 0:-3 1:3 3:-6 4:13 8:-3
b:jij_kunt 1:3 3:2 8:-1
b:jij_later 0:-3 3:-1 4:6
b:jij_leuk 0:9 1:-1 3:-2 8:-5
b:jij_mag 0:3
b:jij_met 3:-3 5:4 7:6
b:jij_minder 3:2
b:jij_moet 1:-3 4:3 8:8
b:jij_mooi 0:4 1:-2 4:-1
b:jij_na 0:-4 1:4 4:-2 5:5 8:2
b:jij_naar 0:5 1:-1 3:-2 4:-1
b:jij_net 0:-1 3:5 4:-2
b:jij_niet 0:-10 1:-19 3:32 4:-6 7:5 8:1
b:jij_nog 0:-9 1:10 3:13 4:-2
b:jij_nooit 0:-4 1:6 3:-1
b:jij_nou 0:5 1:-4 2:-1 3:5 4:-2
b:jij_nu 0:3 7:-1
b:jij_of 0:-1 1:-2 3:10 5:-4
b:jij_om 0:3 1:6 3:-1 4:-6 5:-1
b:jij_ook 0:-2 1:5 3:-9 4:10
b:jij_op 0:3 1:-4 7:5
b:jij_per 3:2
b:jij_straks 0:-2 2:1 5:5
b:jij_te 0:5 1:-1
b:jij_ten 0:-2 3:2
b:jij_tevreden 0:-4 2:9 3:-1
b:jij_thuis 0:-2 5:7 6:-2
b:jij_toch 3:4 4:-3
b:jij_twijfelt 0:4 3:-2
b:jij_uitzoeken 0:1 1:-1
b:jij_van 0:-1 3:4
b:jij_vast 3:-1 4:2
b:jij_vraagt 0:3
b:jij_willen 4:2
b:jij_wilt 0:7
b:jij_wordt 0:-2 8:7
b:jij_zelf 0:6 1:3 3:-2 4:-2
b:jij_zie 0:-5 3:6
b:jij_zijn 4:2
b:jij_zit 1:-1 3:2 4:5 7:-2
b:jij_zo 0:-1 1:11 3:-5 5:-2
b:jongen_in 4:2
b:jongens_als 0:-3 4:3
b:jongens_en 0:7 4:-5
b:jongens_in 0:2 3:-1
b:jongens_kiezen 0:-2 3:-2 4:5
b:jongens_met 4:1
b:jongens_willen 1:-2 4:7
b:jongens_zijn 1:-3 4:4
b:jongens_zoals 0:-3 4:4
b:jongere_leerling 0:1
b:jongeren_uit 4:1
b:jou_? 0:13 2:-2 3:22 4:6 6:-2
b:jou_aan 0:5 1:-5 2:4 3:6 4:-5
b:jou_af 0:-9 1:5 2:8 4:-1
b:jou_alleen 0:-3 7:6 8:-1
b:jou_als 0:3 1:3 2:-2 3:-2 4:2 5:-2
b:jou_anders 0:-2 1:-2 3:5
b:jou_besteed 1:2 4:-1
b:jou_betekenen 0:3 1:-1
b:jou_bezighoudt 0:3 1:-2 8:-1
b:jou_bieden 0:2 1:-2
b:jou_bij 0:4 1:-2 3:4
b:jou_daarin 0:1
b:jou_dan 0:-5 4:4 8:1
b:jou_dat 0:-13 1:10 3:5
b:jou_de 0:-4 1:1 3:-1 7:-1 8:7
b:jou_dit 0:-2 1:7 2:-1 3:-2
b:jou_dus 1:-1 8:3
b:jou_echt 0:-3 1:-2 8:9
b:jou_een 0:2 1:5
b:jou_en 0:9 1:-3 2:1 3:-5
b:jou_geen 1:-4 4:2 7:2
b:jou_gewoon 1:3
b:jou_hebben 0:3 1:-2
b:jou_helpen 1:6 3:-1 4:-4
b:jou_het 0:14 1:-4 3:4 4:-1 5:-2
b:jou_in 0:10 1:-5 4:6 5:-1 8:-2
b:jou_interesseert 0:1 1:-1
b:jou_is 0:-3 1:-4 4:-4 8:17
b:jou_kies 0:5 1:-2 3:-1
b:jou_kunnen 0:2 1:-2
b:jou_los 0:2
b:jou_meer 1:-1 7:-2 8:4
b:jou_minder 1:-6 4:7
b:jou_naast 0:-2 3:7
b:jou_neem 8:1
b:jou_niet 0:7 1:-8 3:3 4:-1 6:-2 7:-2 8:7
b:jou_nog 0:1 1:2
b:jou_nooit 0:-9 1:14 3:-2 5:-1
b:jou_om 0:-9 1:15
b:jou_omschrijven 0:3
b:jou_ooit 1:-2 5:3
b:jou_ook 0:-2 3:-2 4:8
b:jou_op 0:4 6:1
b:jou_over 0:-2 2:2
b:jou_passen 0:2 1:-3 4:2
b:jou_steeds 0:-5 1:8 5:-1
b:jou_te 1:6 8:-4
b:jou_tegen 0:-17 1:13 2:-1 3:9
b:jou_thuis 0:-5 5:12
b:jou_voor 0:4
b:jou_was 0:-5 7:-3 8:12
b:jou_wat 0:2 1:-4 4:4
b:jou_zeggen 0:2
b:jou_zijn 0:-4 1:-2 3:8 4:1 8:-3
b:jou_zo 1:-1 3:5
b:journalisten_werken 0:5 1:-1 4:-3
b:jouw_<grade> 0:-2 2:3
b:jouw_achtergrond 1:-1 4:3
b:jouw_adhd 1:-10 4:14 8:-2
b:jouw_beste 0:-2 3:4
b:jouw_chaotische 1:6 4:-4 8:-1
b:jouw_cijfer 0:-3 2:6
b:jouw_concentratie 0:-1 1:9 4:-4
b:jouw_cultuur 0:-8 4:12 5:-2
b:jouw_ding 0:-3 1:3
b:jouw_dyslexie 1:-3 4:3
b:jouw_eigen 0:2 1:-1
b:jouw_gebrek 0:-2 1:7 5:-1
b:jouw_groep 0:-2 3:2
b:jouw_handigheid 1:-4 4:-2 8:8
b:jouw_ideale 0:5 1:-1 3:-1
b:jouw_interesses 0:4 1:-2
b:jouw_karakter 0:-2 1:-3 8:9
b:jouw_keuze 0:6 1:-2 5:5 7:2
b:jouw_klas 0:-1 4:4
b:jouw_klasgenoten 3:1
b:jouw_korte 0:-2 1:8 4:-4
b:jouw_leeftijd 0:-11 1:-4 3:14 4:6
b:jouw_opleiding 0:5 1:-3
b:jouw_plan 0:12 1:-7 3:-1 7:5 8:-2
b:jouw_plek 0:4 3:-1 7:-1 8:7
b:jouw_profiel 2:-1 3:5 4:-2
b:jouw_richting 0:3 1:-1 5:-1 8:5
b:jouw_rol 0:6 3:-2
b:jouw_score 0:-1 1:-2 2:4
b:jouw_sterkste 0:2 1:4 2:-2 4:-1
b:jouw_talent 1:-1 8:5
b:jouw_tempo 0:-5 1:7
b:jouw_verhaal 0:20 8:-8
b:jouw_vrienden 3:2 4:-2
b:jouw_wereld 1:-3 4:-2 8:6
b:jouw_wijk 3:-1 4:2
b:jouw_zus 3:3 8:-2
b:jouwe_? 0:1
b:juist_dat 0:7 1:-1 3:-2
b:juist_die 0:3 3:-1
b:juist_energie 0:1
b:juist_niet 0:1
b:juist_wel 0:1
b:jullie_bereiden 0:6
b:jullie_cultuur 0:-1 4:3
b:jullie_elkaar 0:5 3:-1 5:-1
b:jullie_gaan 0:2
b:jullie_gezin 0:-1 1:-1 5:15 6:-4
b:jullie_groep 0:1 3:4 4:-4
b:jullie_hebben 3:-1 7:2
b:jullie_het 0:-3 3:3 6:3
b:jullie_in 5:3
b:jullie_krijgen 0:-4 7:4
b:jullie_lopen 0:-1 3:3
b:jullie_moeten 6:2
b:jullie_mogen 0:4
b:jullie_over 0:2
b:jullie_thuis 0:-4 4:1 5:8
b:jullie_zijn 0:-3 1:1 5:4
b:kaderberoepsgerichte_leerweg 0:-4 1:2 3:-3 4:4 7:-1 8:4
b:kaderleerlingen_zijn 1:-1 4:2
b:kamer_in 0:-1 5:2
b:kan_afvinken 6:1
b:kan_dan 0:-2 1:3
b:kan_dat 3:2
b:kan_de 0:-4 5:7
b:kan_een 0:11 1:-5
b:kan_en 0:1
b:kan_er 0:3
b:kan_gaan 0:-2 1:-1 8:8
b:kan_gebeuren 0:3 2:-1
b:kan_helpen 0:1
b:kan_het 0:-10 1:3 3:5 7:3
b:kan_iets 0:6 4:-1 6:-1
b:kan_ik 0:7 1:-3 2:1 4:7 6:16 7:-4 8:-3
b:kan_je 0:5 1:3 4:-5 7:3
b:kan_jouw 0:4 1:-4 5:2
b:kan_later 0:-2 7:2
b:kan_niet 0:-7 1:11 8:-2
b:kan_ook 0:8 4:-1 8:-4
b:kan_schuren 0:2 4:-1
b:kan_tot 0:10
b:kan_veel 0:2
b:kan_ze 0:-3 1:11 4:-2 8:-3
b:kan_zich 0:-1 1:2
b:kans_dat 0:4 1:-1
b:kans_klein 0:4 1:-2
b:kans_op 0:-3 7:5
b:kansen_mee 8:1
b:kansen_op 0:-6 2:3 7:5
b:kant_is 0:2 4:-1
b:kant_op 0:5 1:-2 3:4 7:-4
b:kant_van 0:13 1:-5 2:-2 4:1
b:kanten_op 0:2 7:-1
b:kantoorbaan_lastig 0:-1 1:3 4:-2
b:kantoorwerk_lastig 0:-3 1:9 4:-4
b:kapper_worden 0:3 1:-3 4:3 7:-2
b:keer_aan 0:-1 2:2
b:keer_anders 0:6 2:-3
b:keer_dat 1:-2 7:8 8:-2
b:keer_mee 0:2 8:-1
b:keer_over 0:1
b:keer_te 0:-2 1:-5 7:8
b:keer_uitstellen 0:-2 7:4
b:keer_van 0:-8 1:11 3:-1
b:keer_wilt 0:7 7:-6
b:ken_? 0:2 1:-2
b:ken_ik 1:3 8:-1
b:ken_je 0:6 1:4 2:-1 4:4 5:-2
b:kende_en 0:2 7:-1
b:kennen_? 0:2
b:kent_? 0:2 1:-1
b:kent_de 0:2 5:-2
b:kent_ze 1:5 7:-1
b:kern_van 0:3
b:kernvraag_van 0:3 6:-1
b:keuken_of 0:2
b:keuze_? 0:-9 1:10 3:2
b:keuze_beinvloedt 0:-2 5:3
b:keuze_bestaat 0:2
b:keuze_blijft 0:11 7:-8
b:keuze_dan 0:-1 6:-2 7:6
b:keuze_die 0:15 1:-2 7:-7 8:-2
b:keuze_durf 0:2
b:keuze_en 0:11 2:-2 5:-3
b:keuze_gemaakt 0:-2 4:5
b:keuze_heb 0:2
b:keuze_hoeft 0:3
b:keuze_horen 0:-4 7:6
b:keuze_in 7:2
b:keuze_is 0:1
b:keuze_komt 0:2
b:keuze_maakt 0:-1 5:-3 7:7
b:keuze_maken 0:-12 7:13
b:keuze_met 0:1
b:keuze_niet 0:4 1:-3
b:keuze_nu 0:-6 7:7
b:keuze_te 0:1 1:3 7:-1
b:keuze_van 5:8 7:5 8:-6
b:keuze_vind 0:3 1:-1
b:keuze_voor 0:7 1:-7 2:-1 4:-1 5:6 8:9
b:keuzes_? 0:7 5:-2 6:-2
b:keuzes_bestaan 0:2
b:keuzes_die 0:3
b:keuzes_maken 0:-2 3:2
b:kies_bij 0:-3 1:3 6:6 8:-4
b:kies_de 7:-4 8:6
b:kies_dus 1:-3 4:-2 7:1 8:8
b:kies_een 1:8 4:-2 7:-6
b:kies_er 0:1
b:kies_gewoon 0:-4 5:-1 7:4 8:9
b:kies_iemand 0:3 4:-1
b:kies_iets 0:-9 1:2 4:4 7:-4 8:14
b:kies_je 0:-8 4:2 7:18 8:1
b:kies_jij 0:-2 1:-3 3:7 4:2 8:-2
b:kies_liever 0:-1 8:3
b:kies_nu 0:-2 7:11 8:-6
b:kies_samen 0:2
b:kies_snel 1:-3 7:9 8:-2
b:kies_voor 7:5
b:kies_zelf 0:11 1:-1 4:1 5:1 6:-3
b:kiesmbo_en 0:2
b:kiest_? 0:3 1:9 5:-2 7:-4
b:kiest_en 1:-1 6:3 7:-2
b:kiest_voor 3:2 5:1
b:kiezen_? 0:-3 1:12 2:2 3:10 4:-10 5:-4
b:kiezen_als 0:2
b:kiezen_dan 0:4 3:-3
b:kiezen_dat 0:-2 1:-1 4:5 7:-2
b:kiezen_en 0:-2 3:4
b:kiezen_is 0:5 5:-1
b:kiezen_je 0:-4 5:6
b:kiezen_meestal 0:-1 3:-2 4:5
b:kiezen_tussen 0:6 1:-1 5:-2
b:kiezen_vaak 0:-9 1:-1 4:15 5:-2
b:kiezen_van 0:-10 1:2 2:-1 3:1 4:3 5:7
b:kiezen_voor 1:-3 3:-1 4:2 8:5
b:kiezen_waar 0:-3 1:5
b:kiezen_wat 0:2 1:-1 8:2
b:kijk_deze 0:2
b:kijk_eens 0:-6 2:-1 3:22 8:-1
b:kijk_ik 0:2
b:kijk_in 0:-2 5:7 6:-2
b:kijk_je 0:5 1:6 2:4 3:-3 4:-2 5:-3
b:kijk_jij 0:8 1:-5 2:2 3:-7 4:12 8:-3
b:kijk_naar 0:-3 3:3 8:3
b:kijk_samen 0:-10 2:6 3:6
b:kijken_? 1:-2 4:5
b:kijken_of 0:2
b:kijken_wat 0:3
b:kijken_we 0:1 1:-2 2:3 5:3 8:-2
b:kijken_welk 0:2 1:-1
b:kijken_welke 0:4 1:-2
b:kijkt_? 0:-5 1:8
b:kind_van 4:4
b:kinderen_uit 0:-4 4:11 8:-2
b:kinderen_van 0:-2 3:-1 4:4
b:kinderopvang_? 4:1 8:3
b:kinderopvang_is 4:3
b:klaar_met 0:-2 6:5 7:1
b:klant_in 0:2
b:klas_ben 3:1
b:klas_een 2:3
b:klas_gaan 0:3 3:-1 8:-1
b:klas_hebben 0:-1 3:4 4:-2
b:klas_heeft 0:-3 3:2
b:klas_hoor 1:-1 3:7 4:-2 5:-1
b:klas_op 0:-3 3:5
b:klasgenoot_heeft 0:5 3:-3
b:klasgenoten_die 0:-4 3:6
b:klasgenoten_met 3:1
b:klasgenoten_wel 1:-2 3:3
b:klasgenoten_weten 0:6 3:-5
b:klein_? 0:3 1:-1
b:klein_bedrijf 0:2
b:klein_stapje 0:1
b:kleine_stap 0:4
b:kleiner_te 0:1 7:-1
b:kleins_zijn 0:6 4:-1 6:-1
b:klik_leg 0:9 4:-5
b:klinkt_alsof 0:2
b:klok_tikt 0:-1 2:1 4:1 6:-2 7:12
b:klopt_dat 1:2 4:9 5:-3
b:klus_op 0:1
b:knap_dat 0:6 8:-1
b:knap_gedaan 0:3 7:-1
b:knap_hoe 0:4
b:kom_ik 0:5
b:kom_je 0:-13 1:15 2:13 3:-2 4:-2 7:9 8:5
b:kom_jij 1:2 2:6 3:-6
b:komen_? 0:5 1:-3 2:-3 3:2 5:-1 6:7
b:komen_meestal 0:-2 4:3
b:komen_vaak 0:1
b:komende_weken 0:2
b:komt_? 2:1
b:komt_als 0:-4 1:-1 3:3 7:5 8:-1
b:komt_bij 0:-6 1:5 3:2
b:komt_dat 0:6 1:-6 3:13 4:-1 7:-3 8:-2
b:komt_die 0:4 5:2
b:komt_er 1:5 3:-1
b:komt_het 0:-11 1:15 3:4 5:-2 6:-2 8:8
b:komt_is 0:-1 4:4 8:-1
b:komt_later 0:1 1:-1 3:4 7:-5 8:6
b:komt_op 2:-2 7:4
b:komt_uit 0:-2 1:-3 3:-5 4:16 8:-1
b:komt_vaak 0:2
b:komt_van 0:5 6:-1
b:kon_? 0:6 1:-3
b:koos_ik 0:-5 7:-3 8:11
b:koos_je 0:3
b:koos_vorig 0:3
b:koppelt_het 0:3
b:kort_en 0:-2 1:3 6:3 8:-2
b:kort_genoeg 1:4 5:-2
b:kort_hoe 0:3
b:kort_houden 6:2 8:2
b:korte_opleiding 1:-3 4:7 8:-1
b:korte_route 0:-5 1:7
b:korte_spanningsboog 0:-4 1:8 4:-2
b:kost_je 0:3
b:kosten_je 5:3
b:kreeg_een 0:-4 2:6
b:kreeg_je 0:8 1:-1 2:-2 5:-1
b:krijg_je 0:-1 1:5 2:-1 4:-1 5:6 6:-2 7:6
b:krijg_jij 0:3 2:1 3:-3
b:krijgen_? 0:-1 1:1 2:5 3:-1 5:-2
b:krijgen_deze 0:-4 7:4
b:krijgen_jullie 0:-1 5:3
b:krijgt_? 0:-1 5:1
b:krijgt_een 0:-2 7:3
b:krijgt_er 0:6 1:-2 2:-2 7:1
b:kritiek_op 0:4 1:-3
b:kritiek_van 0:7 1:-2
b:kruis_op 0:-6 6:8 7:-1
b:kun_je 0:-30 1:2 2:6 4:10 5:-8 6:-9 7:8 8:-7
b:kun_jij 0:4 1:2 2:-2 3:3 4:-2
b:kunnen_? 0:-2 1:6 3:-2
b:kunnen_beinvloeden 0:-1 5:1
b:kunnen_helpen 0:3
b:kunnen_het 0:6 5:-2 6:-2
b:kunnen_je 0:4 1:-1 3:-1 4:-3 5:3 6:3
b:kunnen_jouw 1:-2 3:2
b:kunnen_jullie 0:5 3:-1 5:-1
b:kunnen_kiezen 0:-1 5:3
b:kunnen_net 0:7
b:kunnen_twijfelen 0:-2 7:5
b:kunnen_vragen 0:2 7:-2
b:kunnen_we 1:-1 6:4 7:-1
b:kunnen_worden 0:-6 1:6
b:kunnen_ze 0:-2 5:2
b:kunnen_zitten 0:2 1:-2
b:kunnen_zoeken 0:-7 1:-1 5:10
b:kunstacademie_? 8:3
b:kunt_? 0:3
b:kunt_beter 0:-2 1:-4 7:-2 8:15
b:kunt_dat 3:2
b:kunt_doen 0:3
b:kunt_en 1:2
b:kunt_gaan 8:2
b:kunt_het 0:1 1:-2 4:-1 8:4
b:kunt_je 0:-4 1:1 7:7 8:-2
b:kunt_kiezen 0:2
b:kunt_niet 0:-9 1:12 8:-1
b:kunt_slecht 0:-5 1:9
b:kunt_u 0:-7 1:1 5:7 7:3
b:kunt_werken 1:-2 5:6
b:kwaliteit_die 0:2
b:kwaliteit_in 0:1
b:kwaliteit_ziet 0:3
b:kwam_? 0:-10 1:14 5:-1
b:kwam_je 0:5 4:-2
b:kwam_jij 0:-4 3:5
b:kwijt_te 0:5
b:laag_niveau 0:1 4:-3
b:laagste_cijfer 0:-9 2:9
b:laagste_van 0:-2 3:4
b:laat_alleen 0:2
b:laat_de 1:3 4:-5 5:-2 6:1 7:-12 8:-2
b:laat_die 0:-5 8:9
b:laat_en 7:2
b:laat_ga 0:-3 1:-1 2:-1 5:8
b:laat_hem 0:5
b:laat_het 0:1
b:laat_in 0:3
b:laat_is 0:-3 1:-1 3:-1 5:-2 7:16
b:laat_je 1:6 5:-1 6:15 7:-6
b:laat_lig 0:-3 2:-1 5:8
b:laat_me 0:3 2:2 6:3 7:-6
b:laat_motieven 0:1
b:laat_om 0:3 1:-3 6:-2 7:7
b:laat_voor 0:6 1:-1 7:2
b:laat_zien 0:11 2:4 3:2 6:3 7:-2 8:-2
b:laatst_de 0:7 1:-2 5:-1
b:laatst_echt 0:2
b:laatst_iets 0:2
b:laatst_met 0:1
b:laatste_drie 0:-3 2:5 5:-1
b:laatste_kans 6:-2 7:5
b:laatste_te 0:-1 3:9 5:-2 7:-2
b:laatste_tijd 0:-9 2:1 3:-1 5:17 7:-2
b:lager_dan 2:-3 3:7 6:-2
b:land_waar 0:-2 5:3
b:lang_denk 0:-5 1:-3 2:-1 5:-3 7:19 8:1
b:lang_hebt 0:2 1:-6 7:5
b:lang_te 1:2 6:3 7:-2 8:-2
b:lange_opdrachten 1:3
b:lange_opleiding 1:-5 3:-1 4:8
b:lange_studie 1:4 7:-1
b:lange_teksten 0:-3 1:7 5:-1
b:langer_dan 0:-2 1:1 3:-2 7:5
b:langzaamste_van 3:3
b:last_van 0:-4 5:9 6:-2
b:lastig_? 0:5 1:-2
b:lastig_aan 0:2 2:-1
b:lastig_en 0:2 1:-1
b:lastig_maar 0:4 1:-3
b:lastig_om 1:-1 5:1
b:lastig_voor 0:-1 1:4 4:-2
b:lastig_wordt 0:-3 1:2 4:6 7:-1 8:-2
b:laten_aftekenen 0:-1 6:6
b:laten_schieten 1:-1 4:2 8:3
b:laten_tekenen 0:-2 6:4
b:laten_vallen 1:5 2:2 4:-2
b:laten_we 0:-4 1:13 2:10 3:3 4:2 6:-2 7:-3 8:-2
b:laten_zien 0:-3 1:9 6:3
b:later_? 0:1 1:3 3:-1 8:-1
b:later_de 8:2
b:later_denkt 0:2
b:later_doen 1:5 4:-4
b:later_een 8:5
b:later_gehad 0:3 5:-2
b:later_graag 1:-2 4:2
b:later_in 0:-1 4:2
b:later_je 0:-1 8:2
b:later_meer 0:-2 8:3
b:later_nog 0:2 7:-1
b:later_ook 0:-1 4:2 7:7 8:-4
b:later_toch 8:2
b:later_wel 0:-2 7:-4 8:10
b:later_wilt 0:8 5:-4
b:later_worden 0:-21 1:4 3:-2 4:3 5:2 6:-2 8:2
b:latere_keuzes 0:2
b:leeft_voor 0:6 1:-3
b:leeftijd_al 3:4
b:leeftijd_weten 0:-3 3:5
b:leer_je 0:1 1:-1 8:5
b:leer_jij 0:2
b:leerbaan_te 0:7 1:-5 3:-1 4:-2 7:1
b:leerbedrijf_? 0:-5 1:11 3:-2 6:5 7:-2
b:leerbedrijf_een 7:2
b:leerbedrijf_en 7:1
b:leerbedrijf_heeft 7:2
b:leerbedrijf_maar 0:-5 8:7
b:leerbedrijf_vindt 0:-3 1:-2 4:-2 7:9
b:leerde_je 0:3
b:leerde_jij 0:1
b:leerjaar_<grade> 0:5 1:10 3:-2 4:1 5:1
b:leerling_? 0:3
b:leerling_al 0:3
b:leerling_als 0:2
b:leerling_blijft 0:7 7:-2
b:leerling_dat 0:-4 3:4 5:-1 7:10
b:leerling_de 0:4 5:-3 6:6
b:leerling_die 1:6 3:-2 4:-4
b:leerling_een 0:1 1:7
b:leerling_eerst 0:1
b:leerling_graag 0:-2 6:3
b:leerling_hebt 0:1
b:leerling_heeft 0:-8 1:2 5:8 6:-1
b:leerling_het 0:2 8:3
b:leerling_hoe 0:2 1:-1 2:2
b:leerling_in 0:-1 1:9 3:-1 4:-6
b:leerling_krijgt 0:7 1:-2 2:-1
b:leerling_met 0:-5 4:6
b:leerling_naast 0:-2 3:6
b:leerling_niet 0:13 1:-5 3:-2
b:leerling_of 0:-12 4:5 5:13
b:leerling_ontdekt 0:1
b:leerling_op 0:2 1:7 2:2 3:-3
b:leerling_opschrijven 0:-2 1:6
b:leerling_praat 0:3
b:leerling_uit 0:-10 2:3 3:9 4:1
b:leerling_van 1:-1 4:2
b:leerling_vertellen 5:4
b:leerling_waarom 0:-4 1:2 3:4
b:leerling_wat 0:10 3:-2 7:-2
b:leerling_welk 2:3
b:leerling_welke 0:-10 1:5 5:-1 8:10
b:leerling_wie 0:3
b:leerling_zelf 0:7 1:-1
b:leerling_zijn 0:5 1:-3 4:-3 6:4
b:leerling_zit 0:6 1:-3
b:leerlingen_die 0:-3 3:6 4:-2
b:leerlingen_in 0:-7 3:10
b:leerlingen_kennen 0:5 4:-3
b:leerlingen_met 1:-3 3:1 4:2
b:leerlingen_uit 0:-3 1:-2 3:8 4:3 8:-2
b:leerlingen_van 0:-4 3:3 4:4
b:leert_? 0:6 2:-1 3:-1
b:leert_er 0:3 7:-2
b:leert_je 0:3
b:leerweg_dan 0:-1 8:4
b:leerweg_gaat 3:-1 8:3
b:leerweg_kan 0:3 8:-2
b:leg_de 0:-2 3:4
b:leg_eens 2:3 7:-2
b:leg_je 0:7 3:6 4:-4 6:-1
b:lege_handen 0:-1 1:-1 3:-3 7:8
b:leggen_? 1:-1 7:2
b:lens_voor 0:6 6:-2
b:leren_? 0:-9 1:12 2:-2 3:7 4:5 5:-2
b:leren_als 0:3 4:-1
b:leren_dat 0:4 1:-3
b:leren_en 0:7
b:leren_in 0:5
b:leren_is 0:3 1:-1 4:-2 8:2
b:leren_kennen 0:2
b:leren_lukt 0:-3 1:8 4:-4
b:leren_van 0:-5 1:-2 3:8
b:les_? 5:1
b:les_door 0:-1 5:1
b:les_ruimte 0:1
b:let_je 0:-4 5:8
b:let_op 0:-7 7:3
b:leuk_? 0:-7 1:6 4:5
b:leuk_aan 0:8 1:-3 2:-1
b:leuk_als 0:-2 1:-2 6:-2 7:-2 8:9
b:leuk_dat 0:-13 1:14 2:4 4:-2 8:-1
b:leuk_om 0:2 1:-1
b:leuk_vinden 0:-5 1:8 2:-1
b:leuk_vindt 0:22 1:-3 5:1 6:1 8:-4
b:leuk_vond 0:6
b:leuke_kant 0:4 1:-3
b:leuke_stageplekken 0:-4 6:-1 7:8
b:leukst_? 0:8 4:-1 6:-4
b:leukst_aan 0:2
b:leukst_om 0:1 2:-1
b:leukst_vond 0:2
b:leukste_aan 0:-8 1:-1 4:10
b:leven_aan 7:2
b:lever_het 0:-3 6:8
b:lever_je 1:-1 6:-6 7:16 8:-1
b:lezen_? 0:1
b:lezen_en 0:-9 1:13
b:lezers_dus 1:-2 4:2
b:lichamelijk_zwaar 0:3 1:-2
b:lichamelijke_opvoeding 0:-1 1:7 2:3 3:-2 4:-1
b:liefst_? 0:2
b:liefst_door 0:2
b:liefst_in 0:-2 4:4
b:liefst_nog 0:1
b:liefst_zien 0:3
b:liep_anders 0:1
b:liep_dan 0:2 2:-2
b:liet_zien 0:3 1:-1
b:liever_doen 0:-2 4:6
b:liever_een 1:5 7:-1
b:liever_iets 0:-3 1:-2 4:-3 8:9
b:liever_in 1:-1 4:8 5:-4
b:liever_met 0:-5 1:8 4:3
b:liever_naar 0:-1 4:-3 8:5
b:liever_niet 0:7 1:-1 4:1 8:-5
b:liever_op 3:3 4:-2
b:lig_je 0:-3 5:5 7:10
b:liggen_? 0:-1 1:3 4:-1
b:ligt_dan 2:3
b:ligt_dat 0:-2 1:-1 3:7 4:-2
b:ligt_de 0:3 4:2 8:-2
b:ligt_een 1:-3 4:6
b:ligt_je 0:-3 1:17 2:3 4:-5 7:-5
b:ligt_meer 3:-1 4:5
b:ligt_voor 1:-8 2:-1 3:6 4:6
b:lijkt_dat 0:14 1:-4 4:-7
b:lijkt_de 0:-2 4:3 5:3
b:lijkt_een 0:-2 1:5 8:-1
b:lijkt_het 1:2 3:-1
b:lijkt_je 1:-6 3:-2 4:6 8:7
b:lijkt_jou 0:-5 1:-2 4:9
b:lijkt_me 0:-4 4:-2 8:10
b:lijkt_soms 0:6 3:-1
b:lijn_<grade> 0:8 5:-1 6:-3
b:lijst_aan 0:-4 6:7 7:-1
b:lijst_voor 0:-2 7:3 8:3
b:lijstje_langs 0:-2 6:3
b:lijstje_met 0:2 3:3
b:lijstje_van 0:-5 1:9
b:link_tussen 0:2
b:lob-opdrachten_van 6:1
b:lob-portfolio_al 6:1
b:logische_stap 0:-2 1:-2 4:2 8:5
b:logistiek_daar 7:-1 8:3
b:logistiek_is 4:1
b:logistiek_me 0:-2 1:2
b:loop_eens 0:3 7:-1
b:loop_je 0:-9 1:7 7:3
b:loopbaan_zoals 0:1
b:loopbaanbegeleiding_is 0:2
b:loopbaanbegeleiding_zonder 0:4 1:-1
b:loopbaandossier_is 6:1
b:loopbaangesprek_hoe 2:1
b:loopbaangesprek_vooral 2:2 6:-2
b:loopbaansturing_hoe 0:5
b:loopt_? 0:7 5:-3
b:loopt_dan 0:10 3:-3 7:-2
b:loopt_in 1:1 3:4 4:-1
b:lopen_achter 0:-1 3:3
b:lopen_in 0:7 1:-2 2:-1
b:los_je 0:2 1:2
b:los_van 0:10 2:-5 3:-1
b:lui_hoe 0:-2 3:-3 4:8
b:lukken_? 0:-3 1:2 3:-1 7:4
b:lukt_? 0:2 1:4 5:-1
b:lukt_het 0:-8 1:-3 3:6 5:7
b:lukt_je 0:-4 1:15 4:-5 7:-1
b:lukt_jou 0:-2 1:-2 3:6
b:lukt_niet 0:-2 1:3
b:lukt_om 1:8 3:-2 4:-1 5:-1
b:lukte_? 0:5 1:-2 3:-2
b:lukte_en 0:2 7:-1
b:maak_een 0:1
b:maak_er 0:-3 1:-2 6:3 7:-2 8:8
b:maak_je 0:3 1:-1 2:1 5:4 6:-2
b:maak_met 0:-4 1:2 2:3
b:maak_samen 0:-5 1:7 2:2
b:maakt_? 0:-7 1:2 5:-4 7:12
b:maakt_beroepen 0:2
b:maakt_dat 1:-2 3:4
b:maakt_de 0:6
b:maakt_deze 0:3
b:maakt_dit 0:3 2:-3
b:maakt_een 0:3 1:-1
b:maakt_haar 0:2
b:maakt_het 1:7 3:4 6:-4 7:-1
b:maakt_je 0:3 1:-2
b:maakt_kiezen 0:2 1:-1
b:maakt_niet 0:-8 1:-2 6:21 8:-5
b:maakt_wordt 0:-5 1:6 4:-2
b:maakt_zichtbaar 0:2
b:maakte_het 0:2
b:maakte_je 0:4
b:maand_bij 0:-4 6:5
b:maand_een 7:3
b:maand_iets 0:1
b:maandag_niet 3:-2 7:7 8:-1
b:maar_aan 0:-7 6:5 8:6
b:maar_dat 0:-3 1:-3 3:4 4:2 6:-1 8:2
b:maar_de 0:-2 7:2 8:2
b:maar_economie 7:-1 8:3
b:maar_een 0:-2 1:-1 3:3 4:2 6:4 7:5 8:-2
b:maar_geen 0:3
b:maar_gevuld 0:-2 6:8 8:-1
b:maar_gewoon 7:3 8:-2
b:maar_hoe 0:5 2:-3
b:maar_iets 0:-3 1:1 4:-2 6:2 8:3
b:maar_in 1:5 4:-2 7:-1 8:3
b:maar_je 0:-5 1:5 8:5
b:maar_kort 0:-1 1:3 6:3 8:-1
b:maar_los 8:2
b:maar_met 0:-3 8:7
b:maar_meteen 4:2
b:maar_niet 0:-2 1:8 4:1 6:2 7:-2 8:-3
b:maar_op 0:3 1:-2 7:1
b:maar_snel 0:-1 6:-1 7:1 8:3
b:maar_thuis 0:4
b:maar_toch 0:7 1:-3
b:maar_van 6:6
b:maar_vergeten 0:-2 8:4
b:maar_vertel 0:-11 1:-3 8:16
b:maar_wat 0:-4 1:-2 6:6 8:5
b:maar_wel 0:5 8:-2
b:maar_wilt 0:2 6:-1
b:maar_zitten 1:8 4:-1 7:-2 8:-4
b:maart_geen 7:4 8:-3
b:maat_is 1:12 5:-2 8:-1
b:mag_alles 0:2 1:-2
b:mag_best 0:11 5:-1 7:-2 8:-3
b:mag_de 0:5 7:-2
b:mag_er 0:2
b:mag_ik 0:-2 5:3
b:mag_je 0:6 1:8 2:2 4:-1
b:mag_niet 0:-13 1:-2 3:-1 6:3 7:18 8:-1
b:mag_nog 0:1
b:mag_ook 0:2
b:mag_twijfelen 0:2
b:mag_zelf 0:1
b:maken_? 0:-11 3:-3 5:-1 6:2 7:5 8:-2
b:maken_dat 0:3 8:-2
b:maken_heeft 0:-2 1:2
b:maken_krijgt 0:2
b:maken_met 0:1
b:maken_van 0:2
b:maken_voor 0:-5 7:5
b:maken_ze 0:2 6:-1
b:manier_van 0:1 1:6 4:-4 8:-1
b:marokkaanse_achtergrond 0:-4 4:5
b:marokkaanse_jongen 0:-2 4:2
b:marokkaanse_jongens 4:2
b:matig_naar 0:-4 2:11 5:-3
b:mbo-opleidingen_heb 0:2
b:mbo_<grade> 0:8 2:-1 4:-1 7:-2 8:4
b:mbo_? 0:4 3:2 4:-1
b:mbo_en 0:-1 2:2
b:mbo_hbo 0:5 3:-2 8:-1
b:mbo_kan 8:3
b:mbo_naar 0:2
b:mbo_niveau 1:-1 8:2
b:mbo_voor 0:1
b:me_de 6:4
b:me_een 0:-4 1:-2 4:7
b:me_eens 0:1
b:me_even 0:-3 6:6
b:me_geen 1:3 4:-2
b:me_je 0:-2 2:3
b:me_lastig 0:-3 4:3
b:me_liever 0:6 7:-2
b:me_niks 1:1 4:-1
b:me_op 0:8 5:-4
b:me_over 0:3
b:me_weten 0:6 7:-6
b:medecursisten_in 3:5
b:medicijnen_die 5:3
b:mee_? 0:-2 1:9 3:3 4:-2 5:-2
b:mee_bij 0:-3 5:7
b:mee_eens 0:4 1:-2
b:mee_houden 1:-1 4:4
b:mee_in 0:-2 1:3 5:5 6:-2
b:mee_met 0:-5 2:8 8:-1
b:mee_moet 0:-7 1:2 5:6
b:mee_moeten 0:-2 5:3
b:mee_naar 0:10 4:1 6:1 7:13 8:-2
b:mee_op 0:-3 3:-1 7:8
b:mee_over 0:16 5:-12
b:mee_te 0:2 8:4
b:mee_uit 0:3 2:-1
b:mee_verdienen 7:-2 8:4
b:mee_verdient 0:-3 8:4
b:mee_voor 6:1
b:mee_waar 0:4
b:mee_willen 0:1
b:meedenkt_? 0:6 5:-1
b:meegenomen_? 0:-9 6:10
b:meekijkt_? 7:6
b:meeloopdag_? 1:-1 3:6 5:-2
b:meeloopdag_al 0:-4 3:-2 6:12 7:-2
b:meeloopdag_bij 0:4 1:-1 8:5
b:meeloopdag_gedaan 7:3
b:meeloopdag_in 6:4 8:-2
b:meeloopdagen_gedaan 0:-3 3:7 6:-2
b:meeloopdagen_heb 6:2
b:meelopen_? 0:3 6:-2
b:meelopen_dan 0:6 7:-6
b:meelopen_met 0:1
b:meenemen_naar 0:2
b:meer_? 0:2 1:2 4:2 7:-2
b:meer_aan 7:5
b:meer_beroepen 0:2
b:meer_bij 0:4 1:-1
b:meer_dan 0:12 2:1 8:-2
b:meer_een 1:5 3:6 4:-7 8:-2
b:meer_hebben 7:1
b:meer_iets 0:-4 3:-1 4:11 8:-4
b:meer_in 7:4 8:-3
b:meer_kunt 0:7 1:-2 7:-4
b:meer_om 7:9 8:-7
b:meer_op 0:-6 3:5 4:-1 8:8
b:meer_over 0:3 5:3 7:-1 8:1
b:meer_past 0:2
b:meer_te 7:2
b:meer_van 3:2 4:6 8:-4
b:meer_voor 0:-10 3:-1 4:4 7:12
b:meer_willen 0:-9 1:10
b:meest_? 0:5 2:-1 4:2 6:-2
b:meest_bijgebleven 0:4 6:-1
b:meest_geleerd 0:7 6:-2
b:meest_in 0:-7 1:11
b:meest_naar 0:7 1:-1
b:meest_op 0:2
b:meest_over 0:-3 2:5
b:meest_realistisch 0:-2 8:7
b:meestal_de 0:-3 4:4
b:meestal_een 0:7 4:-3 7:-2
b:meestal_eerst 4:1
b:meestal_in 0:-5 3:-3 4:10
b:meestal_niet 0:-3 4:5
b:meestal_voor 4:2
b:meeste_kansen 8:1
b:meeste_leerlingen 3:10 4:-7
b:meeste_praten 0:3 8:-1
b:meeste_voldoening 0:5
b:mei_aanmeldt 0:3
b:meid_als 4:4 8:-1
b:meiden_zijn 2:-3 4:6
b:meisje_in 4:2
b:meisje_is 4:4
b:meisje_kun 0:-2 4:3
b:meisjes_en 0:6 4:-5
b:meisjes_kiezen 0:-2 4:3
b:meisjes_kunnen 0:4 4:-4
b:meisjes_vaak 0:-2 4:4
b:meisjes_zoals 4:1
b:meld_je 0:-1 1:-2 7:3 8:5
b:mening_van 0:2 7:-2
b:mens_en 0:10 8:-2
b:mensen_die 2:-1 5:2 7:8
b:mensen_in 0:1
b:mensen_met 0:-1 4:2
b:mensen_thuis 0:5 5:-3
b:mensen_zijn 0:2 1:3 4:-3
b:mentale_gezondheid 0:-2 5:5
b:mentor_laat 0:1
b:mentor_of 0:8 5:-2 6:-2
b:mentor_vertel 0:3
b:mentorgroep_heeft 3:1
b:mentorgroep_nog 3:1
b:merk_dat 0:1 1:-2 5:5 7:-1 8:-3
b:merk_je 0:8 1:-3 5:5
b:merk_jij 0:4 1:-2
b:merken_dat 0:-2 8:5
b:merkt_dat 0:15 1:-3 5:-1 7:-1
b:merkte_dat 0:1
b:merkte_je 0:5
b:met_aan 0:1
b:met_adhd 0:-5 1:-2 4:8
b:met_auto's 4:3
b:met_baanzekerheid 4:-2 8:4
b:met_beroepen 0:2
b:met_cijfers 0:6 2:-4 4:-1
b:met_computers 1:-2 4:7 8:-4
b:met_de 0:-22 1:9 2:3 3:6 4:-14 7:6 8:-15
b:met_die 3:-2 5:5 7:-1 8:8
b:met_dieren 0:-3 1:5 4:4 8:-4
b:met_drie 0:2
b:met_dromen 0:-4 8:5
b:met_dyslexie 1:-3 4:6
b:met_een 0:24 1:-19 2:11 3:-7 4:9 5:-11 7:-1 8:3
b:met_elkaar 0:2
b:met_geld 0:-2 1:6 5:-1
b:met_gereedschap 0:-1 1:7 3:-1
b:met_gezondheid 0:3 4:-1
b:met_haar 0:-3 1:8 8:-1
b:met_hem 0:5 1:5 8:-3
b:met_het 0:-11 1:3 2:2 4:-2 5:13 6:-7
b:met_hoe 0:2 1:-1
b:met_hun 0:-7 1:-3 3:5 4:11 8:-2
b:met_ideeen 0:3 8:-1
b:met_iemand 0:6 4:-1 5:6
b:met_iets 0:5 1:-2
b:met_je 1:-16 2:-1 3:14 4:4 5:38 6:6 7:-6 8:-1
b:met_jou 0:-2 3:1
b:met_jouw 0:-16 1:14 2:-2 3:2 4:9 5:-3 7:-2 8:20
b:met_kiezen 0:-4 1:4 3:4 4:-4
b:met_kinderen 0:-2 1:-8 4:-3 8:13
b:met_klanten 0:2
b:met_lange 0:-3 1:7 5:-1
b:met_lege 0:-1 1:-1 3:-3 7:8
b:met_leren 1:3
b:met_lob 6:2
b:met_meer 0:9 1:-3 7:-3 8:5
b:met_mensen 0:-10 4:5 7:8
b:met_muziek 3:2
b:met_numerus 0:7 1:-2
b:met_ouders 0:-3 7:3
b:met_plezier 0:10 1:-4
b:met_toekomst 0:-1 8:4
b:met_twijfelen 8:2
b:met_uw 0:2 5:2
b:met_vaste 0:-1 1:2 4:2
b:met_veel 0:-9 1:13 4:5 8:-3
b:met_wat 0:1
b:met_weinig 1:1 4:1 8:-1
b:met_welk 0:-2 2:8 4:-1
b:met_welke 0:1 2:1
b:met_wie 0:11 5:-5
b:met_zekerheid 4:-1 8:2
b:met_zijn 0:2 1:-2 5:4 8:-1
b:met_zo 1:5 4:-2
b:meteen_aan 8:1
b:meteen_een 0:4 1:-1
b:mij_? 0:7 1:-2 4:-1
b:mij_aan 0:-4 6:-2 7:7 8:4
b:mij_betreft 0:-3 8:8
b:mij_vast 8:3
b:mijn_advies 0:-5 7:-2 8:11
b:mijn_bureau 7:2
b:mijn_conclusie 8:7
b:mijn_deur 0:4 6:-2 8:-2
b:mijn_eigen 0:4
b:mijn_kwaliteiten 0:-5 1:-2 6:12 8:-4
b:mik_jij 3:2
b:minder_? 0:2
b:minder_aan 0:1 1:-2 4:-1 5:3
b:minder_bekend 0:4
b:minder_flexibel 1:-2 4:4
b:minder_leuk 0:1
b:minder_leuke 0:4 1:-3
b:minder_uren 5:1
b:minder_ver 3:4 4:-3
b:minimaal_moet 2:5
b:minor_een 0:1
b:minst_mee 0:-1 1:3
b:minstens_een 2:3
b:mis_als 0:-5 1:8 5:-1
b:mis_bij 0:2
b:mis_je 0:-2 1:12 6:-1 7:9 8:-4
b:mis_jij 0:-2 1:5 7:2
b:misgaat_? 0:-2 1:4 3:-1
b:misging_? 0:2 2:-1
b:mislukken_? 0:-6 1:9
b:mislukking_het 0:2 7:-1
b:mislukking_maar 0:3 8:-2
b:mislukt_? 0:2 1:-1
b:mislukte_sollicitatie 0:2
b:misschien_als 0:2
b:misschien_beter 0:-1 1:9 4:-5 8:-2
b:misschien_een 0:1 1:-2 4:5
b:misschien_iets 0:1 1:1 8:-1
b:misschien_is 0:-1 1:2 4:-1 8:3
b:misschien_liever 4:1
b:misschien_past 0:2 8:-2
b:misschien_wat 0:-1 1:-3 3:-1 4:7 8:-1
b:mist_? 0:4 3:-3
b:mist_de 0:-7 1:16 2:-2 8:-2
b:mist_het 0:-3 1:8
b:mist_nog 0:-2 1:2 6:6 7:-4
b:mist_voor 1:5 2:4 6:-5
b:mocht_kiezen 0:4 4:-2
b:moe_uit 0:-7 3:-2 5:13
b:moed_en 0:3 3:-1 8:-1
b:moeder_? 0:-1 5:2
b:moeder_en 0:-4 5:6
b:moeder_of 0:-3 5:5
b:moeilijk_? 3:2
b:moeilijk_aan 0:3
b:moeilijk_is 0:2 1:5 8:-5
b:moeilijk_wordt 0:5 1:-3
b:moeite_en 0:3 1:-2
b:moeite_heeft 0:-5 1:8 5:-1
b:moeite_met 0:-2 1:12 8:-1
b:moeite_waard 0:2
b:moeite_zei 0:1
b:moet_doen 8:2
b:moet_echt 8:3
b:moet_een 0:15 1:-9 4:-2 5:-1 7:5
b:moet_er 0:4 2:3 5:-4 6:5 7:-1
b:moet_gewoon 1:-1 8:6
b:moet_hebben 0:7 1:-3
b:moet_het 1:18 8:-14
b:moet_houden 0:-9 1:2 5:6 8:4
b:moet_je 0:-16 1:1 2:2 3:-3 4:10 6:-3 8:6
b:moet_jij 4:-2 5:7 6:-2
b:moet_kiezen 0:-9 1:7 5:-1 8:7
b:moet_kunnen 1:-2 2:1 3:4
b:moet_scoren 2:4
b:moet_verdienen 5:1
b:moet_voor 5:-3 6:6
b:moet_werken 0:1 5:1
b:moet_weten 0:-1 5:2
b:moeten_doen 0:-7 2:8
b:moeten_houden 0:-2 5:3
b:moeten_we 0:3
b:mogelijk_wat 0:-1 4:1
b:mogelijke_vervolgstap 0:1
b:mogen_houden 2:3 5:-1
b:mogen_naar 2:5
b:moment_? 0:-8 2:7 5:4 6:-2
b:moment_dat 0:3 2:-1
b:moment_je 2:1 8:-1
b:moment_op 0:3
b:moment_van 0:2
b:moment_vast 0:9 4:-5
b:moment_waarop 0:1
b:momenten_waarop 0:2
b:mooi_? 0:4 1:-3 2:1 4:-1
b:mooi_cijfer 0:2 2:-2
b:mooi_dat 3:3 8:-1
b:mooi_resultaat 0:1
b:mooi_werk 0:2
b:mooie_aanleiding 0:3 2:-3
b:mooie_kwaliteit 0:4
b:morgen_een 0:-4 7:6
b:morgen_je 7:1
b:morgen_wil 0:-4 7:6
b:moslim_bent 1:-8 4:12 8:-2
b:moslima_wil 4:2
b:motief_om 0:3
b:motieven_wat 0:1
b:motieven_zien 0:1
b:motivatie_bij 0:-7 1:6 3:7 5:-2
b:muziek_en 8:3
b:n_g 0:-2 5:-2 8:13
b:n_t 0:-1 3:1 4:1
b:na_<grade> 7:2
b:na_de 0:3 1:2 2:-2 3:-2 4:-4 5:2 6:-4 7:8
b:na_die 0:-1 5:3
b:na_dit 0:-2 7:-2 8:14
b:na_drie 0:-4 1:7
b:na_een 0:9 1:-4 3:8 4:-3 7:-3 8:-2
b:na_elke 0:4 7:-1 8:-1
b:na_het 0:2 4:-1 7:2 8:2
b:na_je 0:4 1:-7 4:2 7:-2 8:11
b:na_mbo 0:5 8:-2
b:na_over 0:-1 4:6 7:-2 8:-2
b:na_overleg 7:-2 8:6
b:na_school 5:1
b:na_schooltijd 4:-2 5:4
b:na_te 0:-10 7:-1 8:13
b:na_twee 1:6 5:-2 7:-2
b:na_twintig 0:2
b:na_voor 1:-1 7:3 8:-2
b:na_want 0:-3 7:5
b:naar_<grade> 2:1 6:-1 7:2
b:naar_? 0:6 1:-4 3:-2 4:3
b:naar_bed 0:-1 1:-2 2:-1 5:8
b:naar_beroepen 0:-1 1:3
b:naar_dat 0:5 3:-2 4:-1
b:naar_de 0:-29 2:-4 3:-14 4:7 6:-11 7:7 8:13
b:naar_een 2:4 3:-2 4:-2 8:5
b:naar_goed 0:-4 2:11 5:-3
b:naar_haar 3:-2 5:4
b:naar_het 0:3 1:-5 2:2 3:2 4:8 5:-8 6:-4 7:-2
b:naar_huis 0:2 1:-1 5:-2 7:6 8:-3
b:naar_hun 0:6 5:-3
b:naar_iets 0:-2 1:4 4:-1 7:-1 8:3
b:naar_je 0:-1 2:3 3:5 5:10
b:naar_jezelf 0:-4 1:8
b:naar_jouw 0:15 1:-2 8:-8
b:naar_meer 0:2
b:naar_motieven 0:2
b:naar_opleidingen 1:1
b:naar_sanne 0:-3 3:6 8:-1
b:naar_uit 0:6 1:-1
b:naar_wat 0:2 1:7 8:-3
b:naar_werk 1:4 4:2 5:-1 8:-1
b:naar_zijn 0:-5 2:3 5:6
b:naast_de 0:14 1:-3 2:1 3:9 5:3 7:-2 8:-6
b:naast_die 0:1 2:-1 3:1
b:naast_elkaar 0:3
b:naast_het 3:3
b:naast_je 0:-3 1:4 5:5
b:naast_school 5:3 7:-1
b:naast_uw 0:4 1:-2
b:nacht_? 2:-2 5:4
b:nacht_is 0:-1 1:-1 4:-2 5:7
b:nacht_slaap 5:5
b:nachtje_over 0:2 7:-2
b:nagedacht_? 4:4
b:nam_je 0:1
b:nam_jij 0:5 3:-1 4:-2
b:namen_en 0:1
b:natuur_en 0:5 8:8
b:natuurkunde_in 0:3 8:-1
b:natuurlijk_weinig 0:-4 4:6
b:nederland_? 0:-4 1:-2 5:10
b:nederlands_? 0:-2 1:6 2:1 4:-1 5:-1
b:nederlands_als 0:9 1:-3 2:2 4:-2 7:-1
b:nederlands_dan 0:-1 3:5 4:-3
b:nederlands_een 0:3 1:-3
b:nederlands_en 0:1
b:nederlands_is 0:-5 1:16 4:2 7:-2
b:nederlands_niet 1:-6 4:6
b:nederlands_nog 1:1
b:nederlands_spreken 0:-2 1:-2 4:8 7:-4
b:nederlandse_teksten 0:2
b:neef_werkt 0:-4 3:5
b:neef_zit 3:3
b:neem_daar 0:8 3:3 8:-8
b:neem_de 0:13 3:-1 7:-6
b:neem_een 0:-3 1:2 3:3
b:neem_er 0:1
b:neem_gerust 0:4 2:-1
b:neem_het 0:-5 8:7
b:neem_ik 7:1
b:neem_je 0:6 1:-3 2:-2 4:3 5:8 7:-1 8:4
b:neem_rustig 0:2 7:-1
b:neem_van 0:-3 6:-1 8:7
b:neemt_? 1:1 3:-1
b:negen_van 0:-1 3:5 4:-2
b:nemen_? 1:-2 3:2 4:3
b:nemen_als 0:3 1:-1 2:-2 8:5
b:nemen_bij 0:-2 3:4
b:nemen_in 8:3
b:nemen_met 0:-1 8:4
b:nemen_om 0:2
b:nemen_voor 0:-2 1:17 2:-4 5:-3
b:nemen_we 0:-2 5:5 6:-2
b:nergens_dus 1:2 4:-2 7:2 8:-1
b:nergens_echt 0:-5 1:13 4:-4 8:-2
b:nergens_meer 0:-4 5:3 7:5
b:net_als 0:3 3:-3 8:3
b:net_genoeg 4:5
b:net_vist 0:-2 7:4
b:net_zo 1:-2 3:13 4:-4
b:net_zoveel 0:4
b:netwerk_dat 0:3
b:netwerk_delen 0:5 7:-2
b:niemand_er 0:1
b:niemand_je 0:-1 7:4
b:niemand_weet 0:3 1:-1
b:niet_? 0:30 1:-28 2:-2 3:32 4:9 5:-2 7:-2
b:niet_aan 0:-9 1:3 3:2 6:-2 7:-1 8:9
b:niet_aangenomen 0:1
b:niet_aankan 0:-4 1:7 6:-1
b:niet_af 6:-2 7:6 8:-2
b:niet_allebei 0:6 3:-5
b:niet_alleen 0:18 1:1 3:2 6:-2 7:-1
b:niet_alles 0:10 7:-2
b:niet_altijd 0:6 1:-5
b:niet_beheerst 0:-6 1:12
b:niet_bent 0:1 1:-1
b:niet_bepaald 1:2
b:niet_beter 0:-4 1:3 3:2 4:1
b:niet_bij 0:13 1:-16 3:-6 4:-5 6:-2 7:5 8:21
b:niet_bijhoudt 0:-1 1:2
b:niet_dan 2:1 3:-1 4:1 5:1 6:-2 7:15 8:-4
b:niet_dat 1:-1 3:4 7:2
b:niet_de 0:-2 3:5
b:niet_doen 0:-4 1:-1 3:4 4:-2 7:-2 8:8
b:niet_doet 7:3
b:niet_door 0:10 6:-1 7:-4
b:niet_doorgaat 0:6
b:niet_doorpakt 0:-3 4:-1 7:6
b:niet_dus 0:-2 1:21 3:3 4:-11 8:-4
b:niet_echt 0:-7 1:17 7:-2 8:-5
b:niet_elke 0:3
b:niet_en 1:2
b:niet_erg 0:11 1:-3 7:-3
b:niet_ervoor 0:12 1:-3 3:-1 8:-3
b:niet_gehaald 2:3 6:-1
b:niet_gelukt 0:1
b:niet_geschikt 0:-5 1:-8 4:-3 8:17
b:niet_gestudeerd 4:8
b:niet_goed 0:-5 1:17 3:-1 4:-2 5:2 8:-2
b:niet_haalbaar 1:-2 8:4
b:niet_had 0:2 1:-1
b:niet_harder 0:4 3:-2
b:niet_hebt 0:-4 3:6
b:niet_heeft 0:-2 6:-1 7:4
b:niet_het 0:4 1:4 4:-2
b:niet_iedereen 0:2 1:14 4:-5 7:-5 8:-2
b:niet_iets 0:-5 1:-1 3:10 4:-1 8:-2
b:niet_in 0:-18 1:28 2:3 4:-7 7:-7 8:11
b:niet_ingeloot 0:4 1:-1
b:niet_je 0:-3 4:4 6:-2 7:-3 8:6
b:niet_jouw 0:-2 1:3 3:-2 4:-3 8:6
b:niet_kan 0:-2 1:3
b:niet_ken 0:2 1:-2
b:niet_kende 0:9 1:-1 7:-3
b:niet_kent 0:7 1:-2 7:-1
b:niet_kiest 0:-1 1:-1 7:4
b:niet_klopt 0:3 8:-1
b:niet_kon 0:8 1:-5
b:niet_kunt 0:-2 1:2
b:niet_landt 0:1 1:4 8:-2
b:niet_leeg 0:-5 1:-1 6:10 7:-2 8:-1
b:niet_leren 0:-11 1:3 4:10
b:niet_ligt 0:2 1:4
b:niet_lukt 0:12 1:2 3:-1 4:-1
b:niet_lukte 0:8 1:-3 3:-2 7:-1
b:niet_mee 0:-13 1:-3 3:-2 6:10 7:15
b:niet_meer 0:11 1:-9 4:5 7:-6 8:1
b:niet_meteen 0:4 1:-2
b:niet_naar 1:3 8:2
b:niet_net 1:-2 3:2
b:niet_nodig 0:-2 8:5
b:niet_ook 1:-2 3:4 8:-1
b:niet_op 0:-15 3:-2 4:12 5:1 7:12 8:-4
b:niet_opschiet 0:-2 7:3
b:niet_over 0:9 1:-5 4:-1 6:-1 7:3 8:8
b:niet_past 0:2
b:niet_realistisch 0:5 1:-2 4:-1
b:niet_serieus 4:6 7:-2 8:-1
b:niet_slim 0:9 1:-3 5:2 8:-1
b:niet_slimmer 0:-2 7:2 8:3
b:niet_snapt 0:-1 1:3
b:niet_snel 0:-2 4:-3 7:11 8:-1
b:niet_te 0:19 1:-15 4:12 6:-1 7:-2
b:niet_teleur 0:-3 7:4
b:niet_toegelaten 0:1 1:-1 7:2
b:niet_uit 0:-5 1:7 4:-5 6:14 8:-4
b:niet_van 1:-3 3:-1 4:5 8:1
b:niet_vanzelf 0:2
b:niet_veel 0:-4 1:2 6:5
b:niet_ver 0:-4 1:7 4:-2
b:niet_verder 0:2 1:7 3:-2 4:3 7:-1 8:-5
b:niet_verwachtte 0:1
b:niet_vol 0:-3 1:-1 4:6
b:niet_voor 0:-1 1:-2 3:-4 4:10 7:13 8:-7
b:niet_wat 0:-15 1:-6 3:4 4:7 8:17
b:niet_weet 0:11 1:-3 2:1 7:6 8:-1
b:niet_weten 0:2
b:niet_wilt 0:10 1:-4 8:-2
b:niet_wist 0:10 1:-3 3:-1 6:-1 7:-2
b:niet_wordt 0:5
b:niet_zitten 1:2 4:-1 7:-2 8:2
b:niet_zo 0:-9 1:17 7:-3 8:-3
b:niet_zo'n 0:-5 1:11 4:-1
b:niet_zoals 0:3
b:niet_zoveel 0:-2 6:7 8:-3
b:niets_aan 8:2
b:niets_af 0:10 1:-3 6:-2 8:-2
b:niets_heeft 0:-2 7:9
b:niets_meer 7:2
b:niets_over 0:-3 8:6
b:niets_te 0:9 7:-6
b:niets_voor 0:-8 3:-1 4:-3 7:-2 8:15
b:nieuw_land 0:1
b:nieuwe_kwaliteiten 0:2
b:nieuwe_leerling 0:3 8:-2
b:nieuwe_techniek 0:7 1:-3
b:nieuwkomers_beginnen 0:-7 4:9
b:nieuwkomers_uit 3:1
b:nieuwkomers_zoals 0:-2 4:2
b:nieuwsgierig_? 0:2
b:nieuwsgierig_maakt 0:1
b:nieuwsgierig_naar 0:1
b:nieuwsgierigheid_is 0:6 8:-3
b:niks_hebt 7:3
b:niks_kies 4:-1 8:2
b:niks_te 0:-3 3:6
b:niks_van 0:-5 1:9
b:niks_voor 0:2 1:-3 3:-2 4:3 5:-1 7:-2 8:8
b:niveau_<grade> 0:-3 1:5 2:-4 3:1 4:7 6:-4 7:-2 8:13
b:niveau_bij 0:5 1:-1 5:-1
b:niveau_is 0:-4 1:1 8:5
b:niveau_van 0:5 1:-1 4:-3
b:nodig_? 2:-1 3:5
b:nodig_een 0:4 4:-2
b:nodig_hebben 0:1
b:nodig_hebt 0:1
b:nodig_heeft 0:14 1:2 2:8 3:-4 7:-2 8:-1
b:nodig_is 0:2
b:nodig_om 0:-11 1:5 2:8 5:2 6:-2
b:nodig_op 1:-1 2:3
b:nodig_voor 0:-3 2:1 5:-1 6:6
b:noem_drie 0:6 1:3 7:-1
b:noem_ze 0:3
b:noemde_en 0:3
b:noemen_dat 0:2
b:noemen_die 0:4 1:-1
b:noemen_en 1:-1 3:2
b:nog_<grade> 0:-4 2:-4 6:15 7:2
b:nog_<num> 7:1
b:nog_? 0:2 2:-3 3:1 6:4
b:nog_aan 0:-3 1:-3 4:-1 8:12
b:nog_bezig 0:4 1:-1
b:nog_bij 0:-4 2:-3 3:4 5:4 6:4
b:nog_drie 0:-2 7:5
b:nog_een 1:-7 5:4 6:3 7:28 8:-2
b:nog_eens 0:7 1:-5 4:6 7:-2 8:-1
b:nog_elke 0:2 7:-1
b:nog_erg 3:4
b:nog_gebrekkig 1:4 4:-1 6:-2
b:nog_geen 0:-2 1:1 3:21 5:-2 7:-3
b:nog_haalbaar 2:5
b:nog_halen 2:3 5:-1
b:nog_het 7:1
b:nog_iets 1:-2 7:8
b:nog_in 0:-9 1:-2 5:5 6:10
b:nog_langer 6:-1 7:6
b:nog_leren 0:1
b:nog_meer 0:-3 1:11 4:2 7:-2
b:nog_mist 0:5 2:6 6:-2 7:-2
b:nog_niet 0:42 1:-21 7:-14 8:-9
b:nog_niets 0:7 7:-4
b:nog_nodig 2:6
b:nog_nooit 0:1 1:2
b:nog_om 1:10 6:3 8:1
b:nog_onder 0:1 5:1
b:nog_ontdekken 0:7 1:-2 7:-2
b:nog_op 0:-10 1:4 3:-3 5:-1 6:9 7:5
b:nog_open 0:-1 2:-1 6:4
b:nog_over 0:-3 1:5 2:1 7:-1
b:nog_plek 3:-1 7:2
b:nog_precies 7:2
b:nog_samen 0:-8 5:10
b:nog_schulden 5:4
b:nog_slapen 0:3 4:-2
b:nog_steeds 0:3 1:-3 3:-2 5:11 6:-3 7:4
b:nog_te 0:-9 1:10 2:-2 3:3 5:-4 7:15
b:nog_tegen 0:-4 7:5
b:nog_tekort 1:1 2:1
b:nog_tekortkomt 1:-2 2:4
b:nog_tot 7:3
b:nog_twee 0:-6 1:-3 6:5 7:5
b:nog_twijfelen 0:10 5:-1 7:-2 8:-3
b:nog_twijfelt 0:-5 3:5 7:1
b:nog_uitzoeken 0:2
b:nog_vaak 0:3 1:-1
b:nog_van 0:8 1:-2 7:2
b:nog_verder 0:2
b:nog_voor 0:-4 1:8 2:-5 3:4 6:-1
b:nog_wat 0:-4 1:4 4:9 5:-2 7:-1
b:nog_wel 0:-2 1:13 3:-1 5:-1
b:nog_weten 0:3 5:-1
b:nog_willen 0:-5 1:1 4:-1 7:7
b:nogal_chaotisch 1:3
b:nogal_onhandig 0:-1 1:7 4:-1 8:-4
b:nooit_echt 0:-2 1:3
b:nooit_een 0:4 1:-4 2:-2 7:6
b:nooit_iets 0:-4 1:6
b:nooit_lukt 0:-5 1:10 3:-1 5:-1
b:nooit_meer 0:2 1:-3 7:4
b:nooit_te 0:3 1:-1
b:normaal_om 0:6
b:noteer_drie 0:-2 1:2
b:noteer_in 0:-2 1:6 2:-1
b:nou_? 0:-3 1:-2 2:-1 3:8
b:nou_eenmaal 0:-7 1:10 3:-2 4:-1
b:nou_maar 0:-3 6:-3 7:-1 8:13
b:nu_? 0:1 1:-2 2:-4 3:-1 4:-3 5:4 6:6
b:nu_al 1:5 2:7 3:-4 5:-3 7:-2 8:1
b:nu_anders 0:1
b:nu_beter 0:3 1:-1
b:nu_bij 0:-2 5:3
b:nu_de 0:4 1:-3 7:3
b:nu_die 0:2 1:-2
b:nu_duidelijk 0:-3 1:7
b:nu_eenmaal 0:-3 1:-1 3:-2 4:16 6:1
b:nu_en 0:-9 2:2 5:-3 6:5 7:7
b:nu_geen 7:1
b:nu_goed 7:2
b:nu_het 1:3 3:-1
b:nu_in 0:2 5:-1
b:nu_je 0:3 1:1 2:-6 4:-1 5:14 6:-3
b:nu_maar 7:5 8:-3
b:nu_niet 1:-2 7:10
b:nu_nog 1:1 5:3 7:-1
b:nu_of 0:-3 1:-3 7:8
b:nu_op 0:3 2:3
b:nu_over 0:1
b:nu_toe 0:5 1:9 2:4 5:-5 7:-3
b:nu_vanuit 0:2
b:nu_verkennen 0:2 7:-1
b:nu_voor 0:-2 2:4
b:nu_want 0:-2 7:5 8:-3
b:nu_wat 0:4 1:-2 7:-1
b:nu_zin 0:5
b:numerus_fixus 0:8 1:-1 7:4
b:nuttig_? 0:5
b:oefenen_? 0:6
b:of_achter 0:5 4:-2
b:of_alleen 0:-2 5:2
b:of_andere 0:-1 5:3
b:of_ben 0:-1 5:3
b:of_bij 0:-6 3:9
b:of_blow 0:-4 5:5
b:of_daarbuiten 0:2 5:-1
b:of_dat 1:-2 4:1 5:3
b:of_de 0:-12 3:-3 4:10 5:13 6:10 7:-3
b:of_dit 0:4 5:-2
b:of_doorstromen 0:5 8:-2
b:of_doorstuderen 0:1
b:of_een 4:-2 5:8 7:-1
b:of_er 0:-7 5:15 6:-3
b:of_gaat 0:2
b:of_geld 0:4 5:-3
b:of_haar 0:2 5:7
b:of_heb 5:2
b:of_het 0:-4 2:1 4:11 5:7 6:2 8:-2
b:of_hij 0:-4 1:-2 2:-1 5:12
b:of_hobby 0:1
b:of_hoger 0:-4 2:6
b:of_iedereen 0:2 3:-1
b:of_iets 0:7 1:-2 3:-1 4:-1
b:of_in 0:11 4:4 5:-12
b:of_is 0:5 4:-2 6:-2
b:of_je 0:-7 2:8 3:9 4:-1 7:3
b:of_juist 0:1
b:of_klein 0:2
b:of_laag 0:4 4:-2
b:of_niet 0:3 1:-2
b:of_nooit 0:-3 1:-2 7:6
b:of_op 0:5 5:-3
b:of_opleiding 0:5 5:-1 8:-1
b:of_rustig 0:2
b:of_samen 0:6 1:-1 4:-1
b:of_slb'er 0:4 6:-2
b:of_te 0:2
b:of_techniek 2:3
b:of_theoretische 0:3 8:-2
b:of_thuis 0:2 5:-2
b:of_tl 1:7 4:-1 7:-3 8:-1
b:of_universiteit 0:2
b:of_vanuit 0:2
b:of_verder 0:4
b:of_verkopen 0:-3 1:6 8:-2
b:of_vinkje 0:7 1:-2 2:-1
b:of_voorlichting 0:2
b:of_vwo 0:5 3:-3
b:of_wel 1:-1 4:3
b:of_welke 0:3
b:of_wil 0:4
b:of_ze 4:1
b:of_zijn 0:-5 4:14 5:-4
b:of_zitten 5:1
b:of_zo 5:2
b:oke_als 0:4 1:-1 7:-2
b:om_? 0:2
b:om_aan 0:-3 1:-1 5:5
b:om_als 3:3
b:om_bij 0:-4 2:9 3:2
b:om_dat 0:6 1:-1 2:3 5:-1
b:om_de 0:-3 1:-3 3:7 6:1 7:-2 8:2
b:om_deze 0:4 7:-2
b:om_die 0:4 1:-3 2:3
b:om_dit 0:3
b:om_door 2:5
b:om_een 0:5 1:2 4:-3
b:om_eens 0:2 8:-1
b:om_eerst 0:-1 1:-3 2:9
b:om_er 0:5 1:-4
b:om_het 0:9 1:3 2:2 7:-2
b:om_hulp 0:2
b:om_hun 0:2
b:om_iets 0:3
b:om_in 0:-4 5:9
b:om_je 0:7 3:4 5:-3 6:4 7:-2 8:2
b:om_jezelf 0:-1 5:4
b:om_jou 0:4 1:-3
b:om_jouw 0:6
b:om_mee 8:4
b:om_meer 0:1
b:om_met 0:22 1:3 2:-13 3:-4 4:-2 5:5 7:-2
b:om_na 8:4
b:om_naast 0:4 1:-2
b:om_niet 1:-2 8:2
b:om_nog 0:2 1:-2 6:-2 7:8 8:-1
b:om_nu 0:3 5:-2
b:om_ook 0:-4 1:-2 3:9
b:om_op 0:-5 1:6 2:-2 4:5 6:8 7:-1 8:6
b:om_over 0:-3 2:8 4:4 5:-2
b:om_rond 0:-2 5:4
b:om_rustig 0:-3 5:4
b:om_te 0:10 1:-4 2:-1 3:-2 5:6 6:1 7:5 8:-2
b:om_toch 1:8 3:-1 4:-6
b:om_uit 0:6 1:-2 4:-1
b:om_uitleg 0:1
b:om_van 0:-3 2:9
b:om_verder 0:5 1:-2 8:-1
b:om_voor 0:2 1:-1 2:-3 8:4
b:om_werk 0:-2 1:-2 3:5
b:om_zelf 0:-2 1:4
b:om_zijn 0:-3 1:5
b:omdat_je 0:-13 4:29 5:1 8:-8
b:omdat_plannen 1:2 4:-1
b:omdat_rekenen 1:8 6:-1 8:-2
b:omdat_u 1:3 4:-1 7:-1
b:omdat_ze 0:2
b:omgaan_? 0:3 5:-1
b:omgeving_met 0:2 5:-2
b:omhoog_? 1:-2 2:4
b:omhoog_krijgt 2:1
b:omhoog_moeten 0:-1 2:2
b:omlaag_en 0:-4 2:5
b:omschrijven_en 0:2
b:omweg_is 0:5 8:-1
b:onder_behandeling 1:-3 4:-2 5:7
b:onder_de 1:9 2:11 3:-2 5:-2 8:-2
b:onder_druk 0:3 1:-2 7:3
b:onder_het 0:-1 1:-3 2:-1 3:7
b:onderdeel_klaar 0:-1 6:2
b:onderdeel_van 0:4 3:-1
b:onderdelen_van 0:-1 3:-3 6:6
b:onderdelen_voltooid 6:4
b:ondernemend_als 0:-1 3:4 4:-2
b:onderste_helft 0:-5 3:7
b:ondersteuningsteam_als 0:1
b:onderwerp_? 0:1
b:onderwerp_bij 0:2
b:onderwerp_dat 0:3
b:onderzoeken_? 0:4 1:-4 4:2
b:ongeveer_zodat 2:-1 5:3
b:onhandig_met 0:-1 1:7 3:-1
b:ons_gesprek 0:1 6:3
b:ons_volgende 0:2
b:ontbijt_voordat 0:-2 5:4
b:ontbreekt_er 0:-12 1:6 3:4 6:5
b:ontbreken_nog 6:4
b:ontdek_je 0:2
b:ontdekken_? 0:2
b:ontdekken_wat 0:2 7:-1
b:ontdekt_? 0:3 1:-2
b:ontdekt_over 0:2
b:ontdekt_wat 0:1
b:ontdekte_je 0:2
b:onthouden_is 1:5 4:-2 8:-1
b:ontwikkelen_? 0:2
b:onvoldoende_voor 0:-1 2:-3 5:1 7:4
b:onvoldoendes_mag 2:3 5:-1
b:ooit_een 0:-5 1:4 5:2
b:ook_? 1:-4 3:6 4:7
b:ook_al 0:12 1:-3 3:-4 4:2
b:ook_als 0:1
b:ook_bij 0:-3 1:13 3:-1 4:-4
b:ook_buiten 0:3 2:-1
b:ook_dan 0:5 8:-2
b:ook_de 0:3 8:-2
b:ook_die 0:-2 3:4
b:ook_een 0:14 2:2 5:1 6:2 8:-1
b:ook_even 0:-4 5:13 6:-5
b:ook_het 0:3 3:-3 4:3 8:-2
b:ook_iets 0:-7 3:11 4:7 5:-2
b:ook_in 0:-6 1:-2 3:4 5:11
b:ook_je 3:2
b:ook_met 0:1
b:ook_na 0:2
b:ook_naar 3:2
b:ook_niet 0:-5 1:2 3:2 7:7 8:-4
b:ook_over 0:1
b:ook_via 0:2 4:-2
b:ook_voor 4:4
b:ook_wat 1:-1 3:3
b:ook_wel 0:-2 4:6 7:-2
b:ook_zo 0:-2 1:-2 4:5
b:op_<grade> 0:-2 1:4 2:1 3:-1
b:op_<num> 0:-3 3:-2 4:1 6:18 7:4 8:-2
b:op_? 0:3 1:-2 2:7 7:6 8:1
b:op_aan 0:2
b:op_als 0:2 2:-2 3:5 6:-1
b:op_bent 0:4 6:-1
b:op_bij 1:-5 2:6 6:13 7:-3 8:-3
b:op_dan 0:-5 3:7
b:op_dat 0:2 1:-2 3:-2 7:5
b:op_de 2:11 3:4 4:-9 5:-8 6:-2 7:1
b:op_deze 3:1
b:op_die 7:2
b:op_dit 0:-8 2:11 3:3 5:4 6:-2
b:op_een 0:11 2:4 3:9 4:4 5:-2 8:-1
b:op_en 0:-5 6:5 7:2
b:op_groen 0:-1 3:-3 6:10 7:-1
b:op_het 0:-11 1:-3 2:1 3:6 4:21 5:-4 7:-5 8:6
b:op_hoe 0:-2 1:2 5:1
b:op_hoeveel 2:-1 5:-1 6:3
b:op_hun 0:-1 3:1 4:1
b:op_is 0:7 6:-1 8:-2
b:op_je 0:18 3:-8 4:-7 5:3 6:-4 8:12
b:op_jou 3:-3 7:5
b:op_jouw 0:-5 1:-10 3:10 4:6 7:9
b:op_kamers 0:-2 5:3
b:op_kiesmbo 0:3
b:op_kwaliteiten 0:1
b:op_mbo 0:2
b:op_met 0:3
b:op_mijn 7:2
b:op_niveau 0:-2 1:3 2:-3 4:9
b:op_of 0:2
b:op_orde 3:3 8:-1
b:op_rood 0:-4 6:5
b:op_school 0:2 1:9 5:-4
b:op_stage 3:11 5:-4
b:op_straat 0:-2 7:4
b:op_tafel 0:-1 5:5 6:-3
b:op_te 0:6 1:-3 2:1 3:2 4:3 7:-2
b:op_terug 0:4 7:-1
b:op_tijd 0:-12 1:11 2:1 3:-2 7:14 8:-2
b:op_uw 0:4 1:-2 4:2 8:5
b:op_voltooid 6:2
b:op_waar 0:3 6:-1
b:op_waarom 0:-6 1:15 2:-1 3:-1 8:-5
b:op_wat 0:-6 1:4 3:-1 5:7
b:op_weg 0:2
b:op_welk 1:-1 2:3 5:4 6:-2
b:op_welke 0:1 1:4 5:4 6:-2
b:op_werk 8:5
b:op_wie 7:2
b:op_wil 0:-6 1:-2 3:8
b:op_zijn 0:18 4:-1 5:2 6:4 7:-1 8:-2
b:op_zoek 1:4
b:opdracht_? 0:2
b:opdracht_deed 0:2
b:opdracht_op 6:1
b:opdrachten_te 6:2
b:opdrachten_uit 0:-2 6:4
b:open_? 1:-2 2:5
b:open_dag 1:10 3:5 4:-2 6:14 8:-1
b:open_dagen 0:-3 1:-2 3:14 5:13 6:5
b:opent_ze 0:2 1:-1
b:opgeeft_als 1:4 4:-1
b:opgeleverd_? 0:5 6:-1
b:ophalen_? 2:1
b:ophalen_om 2:3 5:-1
b:opleiding_? 0:-9 1:-2 2:-1 3:2 4:-2 5:21
b:opleiding_af 0:-1 8:2
b:opleiding_als 0:-3 7:-2 8:5
b:opleiding_bij 0:1
b:opleiding_dan 0:-5 3:7
b:opleiding_dat 0:3 8:-1
b:opleiding_die 0:5 2:5 4:-2 5:-3 7:2 8:-2
b:opleiding_gekozen 3:3
b:opleiding_gestopt 0:2 1:-2
b:opleiding_heeft 1:4 8:-2
b:opleiding_hij 0:-2 1:6 8:-1
b:opleiding_in 0:-7 1:-3 3:2 4:3 6:4 7:-1 8:4
b:opleiding_is 0:3 1:3 4:-4 7:-1 8:5
b:opleiding_je 0:3 6:1
b:opleiding_kan 0:-3 1:3
b:opleiding_kiezen 0:-2 1:1 4:6 7:-3 8:-1
b:opleiding_kun 0:-2 1:8 5:-1
b:opleiding_met 0:2 1:1 2:-3 3:-1 4:-1 5:6 7:-3 8:2
b:opleiding_naar 0:2 8:-1
b:opleiding_nog 0:4 1:-3
b:opleiding_op 0:-2 1:9 8:-5
b:opleiding_past 0:-2 1:-3 4:5 8:3
b:opleiding_te 0:2 1:-5 2:5 3:4 5:-1
b:opleiding_toch 0:2 1:-1
b:opleiding_tot 0:-1 4:-1 5:1 8:3
b:opleiding_trekt 1:1
b:opleiding_van 2:2 5:-1 7:-3 8:3
b:opleiding_volgens 0:3 1:-2
b:opleiding_vraagt 0:-3 1:3 5:3
b:opleiding_wil 1:-1 3:3 4:-2
b:opleiding_wordt 0:-4 1:-2 7:21 8:-3
b:opleiding_zegt 0:2 8:-1
b:opleiding_zit 0:-3 1:-1 5:3 8:3
b:opleiding_zonder 0:-4 1:5
b:opleiding_zou 0:3 1:-3 3:4 4:-2
b:opleidingen_? 0:2 5:-1
b:opleidingen_die 0:14 1:-1 7:-1
b:opleidingen_in 0:5 6:-1
b:opleidingen_met 0:4 1:2 4:-1
b:oplossen_? 0:-3 1:12 5:-2
b:opmerking_over 0:1
b:opnieuw_mocht 0:2
b:opties_open 8:4
b:opvang_? 0:-3 5:4
b:opvangen_? 1:2 5:-1
b:opzichte_van 0:-3 1:-1 2:-3 3:12
b:orientatie_op 1:2 8:3
b:orienteren_? 0:-2 1:4 6:-1
b:oud-leerling_op 0:3
b:oud-leerling_uit 0:4 4:-2
b:ouderavond_laten 3:2
b:oudere_zus 3:1
b:ouders_? 0:-11 5:11 6:2
b:ouders_al 0:2 5:-4 6:3
b:ouders_bij 0:3
b:ouders_dat 1:7 3:5 4:-3 8:-2
b:ouders_de 5:1
b:ouders_een 4:-4 5:8
b:ouders_en 1:1 3:-2 8:15
b:ouders_geen 0:-2 1:-2 4:8 7:-4
b:ouders_hebben 3:3 4:-2 8:4
b:ouders_het 0:2 3:-1 6:2 7:-1
b:ouders_hopen 0:5 3:-3
b:ouders_iets 0:2 5:-1
b:ouders_nog 0:-7 5:10 7:-1
b:ouders_of 0:5 5:-1
b:ouders_ongeveer 2:-1 5:3
b:ouders_over 0:2
b:ouders_uit 0:-4 4:1 5:5
b:ouders_welk 0:6 2:2 4:-1
b:ouders_worden 0:-1 7:6
b:ouders_zien 0:1
b:ouders_zijn 0:6
b:ouders_zonder 4:3
b:over_? 0:-17 1:13 2:-4 3:8 4:2 5:12 6:-1
b:over_bent 0:-2 2:5 5:-2
b:over_beroepen 0:-5 4:7
b:over_dat 0:2
b:over_de 0:5 1:1 2:2 4:-4 5:7 6:-3 7:-4 8:-7
b:over_die 0:-3 1:-1 4:6 8:-2
b:over_drie 0:-2 7:4
b:over_een 0:20 2:4 4:-1 5:-7 6:-2 7:4 8:-4
b:over_en 2:2
b:over_hebben 0:-3 1:11 4:-1
b:over_het 0:5 1:-4 2:2
b:over_hoe 0:9 1:-3 3:-1
b:over_je 0:4 1:-10 2:3 3:2 5:13 7:-3 8:-9
b:over_jezelf 0:11 1:-5
b:over_jou 0:3 1:13 2:-3 6:-2 8:-4
b:over_jouw 0:6 1:-1 3:-2
b:over_later 0:8 5:-2 7:-1
b:over_na 0:-9 1:-1 8:13
b:over_naar 0:-3 3:-2 7:1 8:8
b:over_nagedacht 4:4
b:over_of 2:1
b:over_praktische 4:2
b:over_te 0:-11 1:-2 2:12 4:3 5:-3 7:2 8:9
b:over_thuis 0:4 5:-2 7:-1
b:over_tien 0:3 1:-2
b:over_twee 0:-3 7:7
b:over_vaktaal 0:1
b:over_vijf 0:11 8:-1
b:over_waar 0:4
b:over_wat 0:16 1:-5 2:3 5:-4 8:-1
b:over_welk 0:8 1:-2 2:-1 4:-2
b:over_welke 0:-9 1:2 2:3 8:7
b:over_werken 0:3 4:-1
b:over_wie 0:3
b:over_wilt 0:3 5:-2
b:over_zijn 0:-4 1:12 2:-3 3:-3 4:-3 5:4
b:overgang_naar 0:-4 2:4
b:overslaan_? 0:-5 1:5 4:1
b:overstap_naar 0:7
b:overstappen_naar 0:3 8:-2
b:overweegt_te 0:1
b:overwegen_? 1:-1 4:3
b:overzicht_van 0:-4 6:4
b:pabo_? 0:-1 8:3
b:pak_je 0:-3 2:7
b:pak_jij 0:-2 3:-1 4:5
b:pakken_? 0:3 1:-5 2:6
b:pakte_dat 0:2
b:pakte_je 0:1
b:pas_? 0:1
b:pas_als 0:-1 6:4
b:pas_daarna 0:2
b:pas_na 1:2
b:passen_? 3:2 8:-2
b:passen_bij 0:-3 1:6 5:-1
b:passend_werk 0:3 4:-1
b:passende_stage 0:-7 1:-1 5:10
b:past_? 0:-4 1:8 2:4 3:-4 5:-1
b:past_beter 0:-8 1:13 8:4
b:past_bij 0:-6 1:4 2:-2 3:1 4:16 5:-2 8:-6
b:past_daar 0:-2 3:6
b:past_daarbij 0:-4 1:-1 3:2 4:4
b:past_dan 1:2 8:3
b:past_dat 0:-3 2:4
b:past_de 0:2 8:-1
b:past_echt 8:3
b:past_een 3:4 4:3 8:-3
b:past_er 0:-2 3:2 5:5
b:past_het 0:4 1:-3 3:-1 4:-1 5:-1 6:5 8:1
b:past_in 0:-3 2:6
b:past_niet 0:-8 1:-6 4:-3 8:22
b:past_perfect 1:-1 8:5
b:past_vast 4:2
b:paste_? 0:2 1:-1
b:per_leerling 0:-4 2:3 6:4
b:per_nacht 0:-1 2:-2 5:12
b:per_se 3:2
b:per_vak 0:-6 2:11
b:per_week 2:-1 3:-1 5:3
b:perfect_bij 1:-1 8:5
b:periode_? 0:-2 2:-1 5:3 6:2
b:periode_anders 0:-5 2:4 6:3
b:persoon_? 0:3 3:-1
b:persoon_op 0:1
b:persoon_precies 0:2
b:pie_? 1:4 3:-2
b:plaats_van 0:4 1:-2 7:-2 8:6
b:plan_b 0:12 1:-8 3:-2 8:4
b:plan_je 0:-5 2:-1 6:16
b:plan_niet 0:9 1:-3 8:-1
b:plan_om 0:-11 1:-3 2:3 3:4 5:8 7:-1 8:4
b:plan_voor 0:4 2:-1
b:plannen_? 0:1 1:-4 5:7
b:plannen_is 0:-4 1:9 7:-1 8:-2
b:plannen_niet 1:2 4:-1
b:plek_? 0:7 1:-1 2:-1
b:plek_bij 0:-6 2:2 7:5
b:plek_de 0:7 7:-6
b:plek_heeft 3:-1 7:2
b:plek_in 0:3 1:-3 4:2 7:1
b:plek_is 7:-1 8:8
b:plek_op 7:3 8:-1
b:plek_trekt 0:2 4:-1
b:plek_waar 1:4 8:-3
b:plek_zijn 0:-4 1:5
b:plezier_in 0:3
b:plezier_ook 0:1
b:portfolio_dan 0:-1 3:2 6:1
b:portfolio_is 0:5 1:-1 4:1 6:9
b:portfolio_staan 0:-2 6:3
b:positief_studieadvies 1:-2 2:2 7:3 8:-1
b:praat_eens 0:1
b:praat_je 0:-3 5:5
b:praat_jij 0:3
b:praat_met 1:3 8:-1
b:praat_thuis 0:2
b:praatje_al 0:1
b:praktijk_? 0:5
b:praktijk_door 0:7 1:-2 2:-1
b:praktijkbegeleider_bij 0:2
b:praktijkexamen_om 2:1
b:praktijkleerlingen_zijn 0:-3 1:-1 4:5
b:praktijkles_? 0:2
b:praktijkonderwijsleerlingen_zijn 1:-3 4:3
b:praktijkopleider_is 0:2
b:praktijkopleider_vindt 0:-2 1:4
b:praktisch_beroep 0:-2 4:3
b:praktisch_vak 1:2
b:praktische_beroepen 0:4 1:-2 4:2 6:-2
b:praktische_opleiding 1:-5 4:3 8:5
b:praktische_opleidingen 1:2 4:-1
b:praktische_richting 0:-1 1:4 4:-6 8:4
b:praten_? 0:8 1:-2 4:-1
b:praten_gewoon 0:3 1:-2 8:-1
b:praten_mijn 0:4 6:-2 8:-2
b:praten_we 0:2 2:-1
b:prater_dus 1:1
b:precies_? 0:3
b:precies_twee 7:2
b:precies_wat 0:-10 3:15
b:precies_zodat 0:-2 1:-1 5:8 6:-1
b:presentatie_bij 0:2
b:presenteren_of 0:-3 1:6 8:-2
b:prima_als 0:6 7:-2
b:prima_dat 1:2
b:prima_monteur 1:-4 4:-2 8:8
b:prima_om 0:1
b:prima_waarom 3:1
b:probeer_deze 0:2 7:-1
b:probeerde_je 0:2 2:-1
b:proberen_? 0:-7 1:8 4:4
b:proberen_ook 0:4 1:-2
b:probleem_hoor 0:-6 1:16 4:-5 7:-3 8:-1
b:procent_van 0:-3 2:6 3:2 5:-2 6:2
b:product_zou 0:2 1:-2
b:proef_bij 0:2 1:-1
b:profiel_? 0:7 1:-3 3:-1
b:profiel_anders 0:-3 7:5
b:profiel_dat 0:8 7:2 8:-7
b:profiel_gekozen 0:-1 6:2
b:profiel_in 0:1
b:profiel_is 8:1
b:profiel_je 5:5 6:1
b:profiel_kiest 0:3 1:-2 2:2 7:2 8:-2
b:profiel_te 2:3 5:-1
b:profiel_zonder 1:4 7:-2
b:profielkeuze_? 0:3 1:3 5:-2
b:profielkeuze_niet 7:1
b:profielwerkstuk_al 3:2
b:project_? 0:-1 1:7 3:-1 4:-2
b:propedeuse_in 0:1
b:psychische_stoornis 1:-2 5:3
b:psycholoog_? 5:1
b:psycholoog_geweest 5:2
b:psycholoog_over 0:-9 2:-2 5:13
b:punt_is 1:2 2:2
b:punten_heb 2:1
b:punten_hij 1:-2 2:8 6:-2
b:punten_moet 2:3 5:-1
b:qua_werkhouding 0:-3 1:11 8:-2
b:raad_ik 1:3 7:-2 8:8
b:raakt_is 0:8 3:-2
b:raakt_je 0:1
b:raakten_zodat 0:2
b:rapport_er 0:-3 2:4
b:rapport_welke 2:4 6:-2
b:reactie_van 0:2
b:reageer_je 0:2
b:reageerde_je 0:1 2:-1
b:realistisch_blijven 0:-1 1:2 4:3
b:realistisch_is 0:4 1:-2 2:3
b:recente_gesprekken 0:2
b:recht_op 0:11 2:-1 7:-9
b:rechten_doen 1:-3 4:5
b:rechtzetten_? 3:1
b:redden_? 2:2 3:-3 4:5
b:redden_het 0:-5 1:-1 4:9
b:reden_achter 0:1
b:reflectie_al 6:1
b:reflectie_op 0:1 6:3 7:-2
b:regel_het 7:2
b:regel_ik 0:6 7:-5
b:regelen_? 8:2
b:rekenen_zit 0:2
b:rekening_mee 0:-9 4:7 5:9
b:rekentoets_op 1:-3 2:8 6:-1
b:ren_niet 0:4 3:-2
b:rest_? 6:3
b:rest_komt 0:5 3:-2 7:-4 8:3
b:rest_van 0:-7 3:12 6:-2 7:6
b:resultaat_is 0:4 3:-1
b:resultaat_past 0:1
b:resultaat_tot 0:5 7:-2
b:resultaat_van 0:4 2:-1
b:resultaten_van 3:2
b:resultaten_voor 2:4
b:resultaten_zijn 0:-8 2:4
b:richt_je 1:1
b:richting_binnen 1:2
b:richting_het 4:-3 8:7
b:richting_in 0:2
b:richting_is 0:8 5:-2 7:-2 8:-2
b:richting_kiest 7:5 8:-2
b:richting_niet 0:12 1:-2 6:-1 8:-5
b:richting_past 0:-2 1:-2 2:1 3:5
b:richting_te 0:-3 8:5
b:richting_trekt 0:-7 1:-7 4:16
b:richting_veranderen 0:5 3:-2 8:-1
b:richting_wil 0:-2 1:5 4:-2
b:richting_zonder 0:-1 1:2
b:rijker_met 0:4 7:-2
b:risico_? 0:3
b:risico_ben 0:2 1:-1
b:risico_durf 0:5 1:-1
b:risico_in 0:1
b:risico_nemen 0:2
b:risico_zou 0:2
b:rol_in 0:4 1:-1 3:-1
b:rol_neem 0:2
b:rol_speelde 0:4 1:-2 4:-1
b:rol_speelt 0:7 1:-4
b:rond_de 0:4 2:2 6:-1 7:-3
b:rond_en 0:3 6:-2
b:rond_het 0:2
b:rond_je 0:-2 6:4
b:rond_op 0:5
b:rond_te 0:-2 5:4
b:rook_of 0:-3 5:3
b:route_kan 0:6 1:-1
b:route_naar 0:-6 1:6 7:-4 8:7
b:route_via 0:2
b:routes_en 0:3 5:-2
b:routes_er 0:3 1:-2
b:routes_naar 0:1
b:routes_zijn 0:4 1:-1
b:routes_zoals 0:1
b:rug_of 0:-1 5:5 6:-1
b:ruimte_om 0:3
b:ruimte_voor 0:7 6:-1
b:rustig_aan 0:-4 1:10 4:-1
b:rustig_de 0:11 7:-2 8:-7
b:rustig_je 0:4
b:rustig_te 0:-2 5:4
b:rustig_uit 1:2
b:ruzie_is 5:2
b:ruzies_thuis 0:-2 5:5 8:-2
b:s_avonds 0:4 1:-1 5:-1
b:s_nachts 5:3
b:s_ochtends 5:2
b:samen_bekijken 0:2 1:-2
b:samen_de 0:3 1:-1
b:samen_een 0:4 2:2
b:samen_in 0:-3 2:4
b:samen_kijken 0:4 1:-2
b:samen_met 0:-4 1:4 2:6 3:5 4:-1
b:samen_naar 0:-2 2:4
b:samen_oefenen 0:6
b:samen_op 0:4 1:1 8:-1
b:samen_verkennen 0:3 8:-1
b:samen_wat 0:2
b:samenwerken_gaat 1:3
b:samenwerkt_? 0:3 1:-2
b:sanne_die 0:-3 3:6 8:-1
b:sanne_heeft 3:4 6:-3
b:schaamde_na 0:1
b:scheiding_? 2:-1 5:2
b:scheiding_van 0:-4 5:5
b:scheikunde_een 2:2 5:-1
b:schermen_van 0:8 5:-3
b:schermen_willen 0:2
b:schiet_je 3:-3 7:5
b:schiet_tekort 0:-2 1:7
b:school_? 0:2
b:school_en 0:-4 1:2 6:5
b:school_is 0:2
b:school_of 0:3 5:-1
b:school_voor 7:2
b:school_vult 0:1
b:school_waar 0:1
b:schooltijd_vaak 4:-2 5:4
b:schoonmaak_of 0:-5 4:7
b:schrap_die 0:-1 6:-1 8:4
b:schrijf_drie 0:4 6:2
b:schrijf_ik 0:-4 7:9 8:-2
b:schrijf_in 0:2 1:-2 6:2 7:-1
b:schrijf_je 8:4
b:schrijf_met 0:-2 1:9 2:-1 3:-1
b:schrijf_op 0:12 1:-2 6:-2 7:-2
b:schrijven_? 0:1
b:schrijven_we 1:-1 7:2 8:2
b:schrikt_je 0:1
b:schulden_bijvoorbeeld 0:-4 5:5
b:schulden_heeft 5:5
b:schuren_als 0:2 4:-1
b:scoor_je 2:-3 3:5
b:scoorde_je 0:-1 2:6 3:-1
b:score_heb 0:-1 2:2
b:score_op 0:-1 1:-2 2:4
b:se_iets 3:3
b:sector_dat 8:2
b:sector_die 0:3 8:-1
b:sector_je 0:-2 6:6 7:4 8:-3
b:sector_past 1:-4 4:7 8:-2
b:sector_wil 0:-1 1:3 4:-1
b:sectorkeuze_? 0:1
b:selectie_van 0:1
b:september_nog 0:-4 1:6 5:-2
b:serieus_genomen 0:-1 4:6 7:-2 8:-1
b:simpel_is 1:-2 6:-1 7:6
b:sinds_de 2:6 3:-1 5:5
b:sinds_je 0:-2 5:5
b:sinds_u 0:-1 5:3
b:site_van 0:3
b:slaap_je 0:-3 1:-2 2:-3 5:16
b:slagen_? 0:-1 2:2
b:slagen_in 1:-2 8:3
b:slagen_voor 1:-2 3:8
b:slb'er_voert 0:4 6:-2
b:slecht_af 0:-1 1:2
b:slecht_kunt 1:2 4:-1 8:-1
b:slecht_tegen 0:-8 1:11
b:slik_je 0:-9 5:13
b:slim_? 0:3
b:slim_genoeg 0:9 1:-3 5:2 8:-1
b:slim_voor 1:-4 8:6
b:slimme_ideeen 0:-1 4:7 8:-2
b:slimmer_zijn 0:-2 7:2 8:3
b:sluit_de 0:-3 6:-2 7:7
b:sluit_over 7:1
b:snap_ik 5:7 8:-2
b:snap_je 0:-3 1:9 4:2 7:-2 8:-3
b:snel_af 0:6 1:2 5:-2 6:-3 7:-1
b:snel_afgeleid 1:7
b:snel_afhaakt 0:-3 1:6 7:-1
b:snel_de 1:2
b:snel_een 0:-2 1:-3 4:-2 7:12 8:-1
b:snel_geld 0:-1 1:-2 4:4 5:1
b:snel_iets 0:-1 1:-4 6:5 7:5 8:-1
b:snel_op 0:-6 1:11 4:-1
b:snel_opgeeft 1:7 4:-2 7:-2 8:-1
b:snel_van 4:3 7:-1
b:sneller_dan 0:-1 3:7 8:-3
b:snuffelstage_afgerond 0:1
b:snuffelstage_al 0:-1 6:2
b:sociaal_ben 1:4 4:-3
b:sollicitatie_en 0:1
b:somber_? 0:-2 5:2
b:sommige_mensen 1:4 4:-2
b:soms_alsof 0:6 3:-1
b:soms_blijkt 0:2 7:-1
b:soms_de 0:4 3:-1 7:-2
b:soms_lijkt 0:2 3:-1
b:soms_minder 0:4
b:soms_past 0:1
b:soort_voldoening 0:9 8:-2
b:soort_werk 0:2
b:spannend_? 0:1
b:spannend_en 0:1
b:spanningsboog_wordt 0:-2 1:5 4:-2
b:speelt_? 0:3 1:-3
b:speelt_dat 4:1
b:speelt_er 0:-4 5:6
b:sport_en 0:5
b:spreek_jij 0:1
b:spreekt_dat 0:1 4:4 5:-2
b:spreekt_drie 0:6 1:-1
b:spreekt_je 0:-1 1:3 3:-1 4:7
b:spreekt_jou 0:4 4:-3
b:spreekt_zulk 0:7 4:-1
b:spreken_? 0:2
b:spreken_je 0:-7 4:8
b:springt_je 6:3
b:sta_je 0:-12 1:-4 2:6 3:7 5:-5 6:11 7:5
b:sta_jij 0:-7 1:-2 3:8 7:5
b:staan_? 1:-2 2:-3 3:1 7:5
b:staan_er 0:-3 2:3 5:-2 6:2 8:3
b:staan_je 0:-6 2:3 6:4
b:staan_nog 0:-2 6:3
b:staat_? 0:2
b:staat_bij 0:-3 4:9 5:-4
b:staat_een 0:-8 1:10 2:3
b:staat_het 0:-8 3:6 6:17
b:staat_je 0:-3 2:6 5:-2
b:staat_naast 0:12 1:-3 3:-1 8:-3
b:staat_niet 0:-5 1:10
b:staat_op 2:-5 3:4 6:15
b:staat_open 0:4 6:-2 8:-2
b:staat_voor 0:-1 1:-1 3:3 8:3
b:stad_eigenlijk 5:1
b:stad_wel 5:1
b:stad_zou 0:1
b:stage_? 0:2 5:2
b:stage_al 0:-2 3:3
b:stage_begint 0:-1 1:1
b:stage_bij 0:5 5:-4 6:-1 7:-2 8:9
b:stage_de 1:-1 8:3
b:stage_denkt 0:-5 5:8
b:stage_die 0:4 1:2 5:1 8:-1
b:stage_een 0:1
b:stage_eigenlijk 0:-3 5:4
b:stage_en 0:2
b:stage_gaat 0:-1 5:3
b:stage_geen 1:-2 4:-1 7:7
b:stage_heeft 0:3 3:-1
b:stage_in 0:-3 1:-3 2:2 4:18 5:-4 7:2 8:12
b:stage_is 0:3
b:stage_je 0:1
b:stage_kunnen 0:-7 1:-1 5:10
b:stage_loopt 0:6 5:-3
b:stage_met 1:2
b:stage_niet 6:3 7:-2
b:stage_of 0:10 4:-1 5:-5 6:-2
b:stage_ook 0:2 5:-4 7:5
b:stage_te 0:5 1:-2
b:stage_voor 0:4 3:-2
b:stage_zit 0:1
b:stage_zo 0:-4 2:4
b:stageadres_zou 0:1
b:stageplek_? 0:8 1:-1 3:-1 5:-4
b:stageplek_bij 0:4 5:-1
b:stageplek_heeft 0:-1 3:3
b:stageplek_in 0:3 4:-1 5:4 8:-3
b:stageplek_is 0:6
b:stageplek_niet 0:-1 7:4 8:-1
b:stageplek_past 0:-4 1:-1 8:9
b:stageplek_te 0:-10 1:12
b:stageplek_voor 0:2 1:-2 7:7 8:1
b:stageplekken_komen 0:1
b:stageplekken_zijn 0:-5 7:7
b:stap_<grade> 2:-1 6:3
b:stap_? 0:5 3:-1
b:stap_naar 4:3 8:-2
b:stap_te 0:2
b:stap_van 0:3
b:stap_voor 0:5 7:-2
b:stap_wil 0:5 1:-1 6:-1
b:stap_zet 0:2 1:7 3:-1 4:-7
b:stap_zetten 0:1
b:stapt_na 7:-1 8:6
b:start_van 0:6 7:-1
b:steeds_? 0:6 1:-2 3:-2
b:steeds_geen 0:-9 1:8 5:4 7:-1
b:steeds_mis 0:-5 1:8 5:-1
b:steeds_niet 0:-3 6:-1 7:5
b:steeds_werkloos 5:3
b:steeds_zonder 1:-2 3:-1 5:3
b:steken_? 0:3 1:-3 2:5
b:stel_dat 0:7
b:stel_de 0:-8 4:6 6:4
b:stel_een 0:3 7:-2
b:stel_het 7:2
b:stel_je 0:11 1:-1 6:-3 8:-3
b:stel_vragen 0:4 6:-1
b:stellen_? 0:1 1:2 2:-1
b:stem_de 0:-3 1:9
b:sterk_aan 0:-2 4:8 5:-4 8:1
b:sterk_in 0:-1 1:5
b:sterk_resultaat 0:1
b:sterke_en 0:4 1:-1 3:-2
b:sterke_kant 0:3 1:-2
b:sterke_kanten 0:1
b:sterke_punten 6:1
b:sterker_als 0:2
b:sterkste_kant 0:-4 1:8 4:-2
b:stiefvader_en 0:-3 5:4
b:stiekem_wel 0:2 1:-2
b:stop_maar 0:-2 8:5
b:stop_met 0:-6 7:-1 8:9
b:stoppen_is 7:3 8:-2
b:stoppen_met 0:2 1:-1 8:4
b:stopt_uw 0:-4 7:7
b:straks_de 0:4 3:-2
b:straks_een 0:-12 1:16 2:-1 5:7
b:straks_gaat 5:2
b:straks_in 0:2
b:straks_is 1:-2 6:-3 7:9 8:-1
b:straks_op 0:-3 1:15 3:-2 5:-1 7:-3
b:straks_zonder 7:3
b:streefcijfer_voor 0:-2 2:3
b:stress_of 5:2
b:stromen_naar 0:-5 8:4
b:student_dat 0:-4 2:1 4:-2 7:7 8:15
b:student_eerst 0:-3 5:8
b:student_naar 0:-7 2:4 3:6 5:-2
b:student_nog 0:-3 1:2 5:3
b:student_of 0:-4 4:8 5:3 6:1
b:student_op 0:2
b:student_uit 2:2
b:student_waar 1:4
b:student_welke 6:3
b:student_zelf 0:7 6:-2
b:studeren_? 4:2 8:2
b:studeren_in 8:2
b:studie_aan 0:-1 1:6 4:-1
b:studie_die 0:-1 2:2
b:studie_eigenlijk 1:-5 4:7 5:2
b:studie_in 0:5 1:-4 2:-4 3:-2 4:6 8:7
b:studie_kiest 0:-1 1:1 7:2
b:studie_met 1:3
b:studie_niet 0:4 1:-2
b:studie_past 1:-2 3:2 4:4
b:studie_welke 1:3
b:studie_wordt 0:-3 4:9 8:-3
b:studiekeuze_<num> 0:7 7:-2
b:studiekeuze_? 0:-4 1:-1 2:3 3:7 5:-4
b:studiekeuze_en 0:2
b:studiekeuze_moeten 5:2
b:studiekeuzecheck_mist 0:-1 7:4
b:studielink_voor 7:2
b:stukje_daarvan 0:3 4:-1
b:stuur_me 0:-3 5:-1 6:6
b:switchen_naar 8:3
b:taak_op 0:7 1:-1
b:taal_dus 1:8 4:-1
b:taal_in 0:2 5:-1
b:taal_leeft 0:6 1:-3
b:taal_leren 0:2 1:-2
b:taken_op 0:-1 1:2
b:talen_spreek 0:1
b:talent_benoemen 0:1
b:te_beginnen 0:-3 8:8
b:te_bekijken 0:2 1:-1
b:te_bellen 0:5 1:-3 7:-1
b:te_beschrijven 0:4 1:-3
b:te_beslissen 0:8 1:-1
b:te_betalen 1:-2 3:-1 5:4
b:te_blijven 0:-2 1:-3 5:4 7:4 8:-3
b:te_combineren 0:-2 1:-2 3:5 4:2
b:te_denken 0:-11 5:6 7:-1 8:13
b:te_doen 0:7 2:-1 3:5 4:-1 6:-2 8:4
b:te_gaan 0:-9 1:-11 2:6 3:-2 5:1 6:11 7:-6
b:te_gapen 1:-2 5:3
b:te_geven 0:-10 1:11 2:-2 6:2
b:te_halen 0:-4 2:7 8:2
b:te_hebben 0:8 1:-1 5:3 7:-2
b:te_hoeven 1:3
b:te_hoog 0:-8 3:1 4:13 5:-1 8:14
b:te_horen 0:6 1:-3
b:te_houden 1:2 5:2
b:te_kiezen 0:10 1:-2 3:-4 5:-2 7:3
b:te_kijken 0:5 1:-2
b:te_komen 0:-4 1:-2 2:-2 3:5 5:4 6:6 7:7 8:-3
b:te_krijgen 0:-5 1:5 2:3 5:-1
b:te_krikken 2:1
b:te_kunnen 0:-22 1:10 2:-3 5:2 6:-1 7:19
b:te_laat 0:-2 1:-1 2:1 4:9 5:-5 6:-3 7:44
b:te_lang 0:-1 1:-1 7:8 8:-2
b:te_langzaam 0:-5 1:7
b:te_laten 1:-3 2:-1 6:3 8:3
b:te_leggen 0:3 1:-2
b:te_leren 0:4 1:2 5:1 8:-2
b:te_lezen 0:2
b:te_lopen 2:1
b:te_lossen 1:2
b:te_maken 0:-5 1:3 2:4 3:-1 5:1 6:7 7:-4
b:te_moeilijk 0:4 4:6 8:-6
b:te_mogen 0:-1 1:-1 2:11 5:-1
b:te_nemen 1:7 2:3 7:-2 8:3
b:te_noemen 0:3 1:-1
b:te_ontdekken 0:4 1:-2
b:te_orienteren 0:3 6:-1
b:te_passen 0:3 1:-2
b:te_proberen 0:4 1:-1
b:te_raken 0:6 1:-3
b:te_regelen 0:-6 1:6 3:1
b:te_schrijven 0:4 1:-1
b:te_slagen 0:-1 2:4
b:te_slim 1:-4 8:6
b:te_spreken 0:3 2:-2
b:te_staan 0:3 1:2 2:-3
b:te_stellen 1:2
b:te_stoppen 0:1
b:te_stromen 0:-6 1:-1 8:7
b:te_studeren 0:-2 4:2
b:te_sturen 0:1
b:te_tonen 6:6 8:-2
b:te_traag 0:-16 1:20 4:-3
b:te_twijfelen 0:-3 1:-2 3:2 8:7
b:te_veel 0:-3 4:-2 5:7 6:-1 7:-4 8:5
b:te_ver 0:-1 1:5 8:-3
b:te_verkennen 0:4 8:-2
b:te_verlegen 0:-2 1:-1 4:-5 8:10
b:te_vertellen 0:1 5:2
b:te_vinden 0:13 3:-2 4:-8
b:te_voelen 0:3 5:-2
b:te_volgen 0:4 1:-2
b:te_vragen 0:-2 1:4
b:te_vullen 0:4 7:-2
b:te_weinig 0:5 1:-7 4:-1 5:2 8:7
b:te_werken 2:7
b:te_weten 0:-2 1:-4 2:2 4:1 5:22 7:-1
b:te_wisselen 0:2
b:te_worden 1:-5 2:3 3:4 5:2 6:-4 7:6
b:te_zeggen 0:5 1:-3 2:1 3:6
b:te_zetten 0:-3 1:6 3:2
b:te_zien 0:3 8:-1
b:te_zijn 0:-8 1:9 3:9 5:-3 6:6 7:-1
b:te_zoeken 0:14 1:3 2:1 4:-1 7:-3 8:-1
b:te_zwaar 1:2
b:team_besloten 3:-1 8:3
b:techniek_? 0:-2 1:-3 2:2 4:2
b:techniek_en 0:1 1:-3 4:5
b:techniek_in 0:-5 4:4 8:6
b:techniek_is 0:-3 1:-2 4:2 8:4
b:techniek_of 0:1
b:techniek_waarom 3:-1 4:2
b:techniek_zijn 7:3
b:tegen_? 0:-4 1:-2 3:5 7:5
b:tegen_bij 0:-6 1:6 5:3
b:tegen_de 0:-3 7:9 8:7
b:tegen_een 0:3 3:-2
b:tegen_en 0:4
b:tegen_kritiek 0:-8 1:11
b:tegen_om 0:-3 1:4 3:4
b:tegenaan_? 2:2
b:tegenvalt_? 0:-8 2:7 5:1
b:tegenvalt_zegt 0:2 1:-2
b:teken_hier 0:-2 6:6 8:-2
b:tekenen_als 3:2 4:-1 6:3
b:tekort_aan 0:5 1:-2 4:-2
b:tekort_in 1:7
b:tekort_voor 1:1
b:tekortkomt_voor 1:-2 2:4
b:tekortschiet_en 1:2
b:teksten_dus 1:2 4:-1
b:teleurgesteld_zijn 0:4 7:-2
b:telkens_tekortschiet 1:3
b:telt_als 0:-2 6:3
b:telt_de 0:-1 6:-3 7:5
b:telt_deze 0:-2 6:7 7:-5
b:telt_het 0:-1 6:3 7:-1
b:telt_je 6:5 7:-4
b:telt_pas 0:-1 6:2
b:tempo_? 0:-6 1:4 2:-1 3:6
b:tempo_bij 0:2
b:tempo_haal 0:-5 1:3 7:5
b:tempo_niet 0:1
b:tempo_van 1:6
b:ten_opzichte 0:-3 1:-1 2:-3 3:12
b:terecht_? 0:4 1:-1 5:-1
b:terug_? 0:6 2:-1
b:terug_in 0:-2 3:4
b:terug_op 0:1
b:terug_te 0:8 1:-2 7:-1
b:teruggestuurd_? 5:-3 6:6
b:terugkijkt_op 0:2
b:terugkomen_op 0:-2 7:2
b:tevreden_over 0:-2 2:5 5:-2
b:theoretische_leerweg 0:2 8:2
b:theoretische_opleiding 0:-2 1:2 8:3
b:theorie_is 1:6 8:-2
b:thuis_? 0:6 3:-4
b:thuis_de 0:-1 5:2
b:thuis_denkt 0:5 5:-5
b:thuis_een 5:2
b:thuis_eens 0:4 5:-3
b:thuis_genoeg 0:-6 5:10 6:-3
b:thuis_gezondheid 0:5 5:-3
b:thuis_hoe 0:2 5:-2
b:thuis_iemand 0:-2 5:3
b:thuis_is 0:4 3:4 4:-1 5:-2
b:thuis_met 0:10 5:-7
b:thuis_of 0:15 5:-13
b:thuis_op 3:-1 7:4
b:thuis_over 5:1
b:thuis_ruzie 0:-2 5:3
b:thuis_sinds 0:-4 5:5
b:thuis_van 0:-8 5:9
b:thuis_voor 0:-4 5:9
b:thuis_wel 0:-1 2:-1 5:4
b:thuis_weleens 5:2
b:thuis_wordt 4:2
b:thuis_zonder 0:4 5:-2
b:tien_jaar 0:4 1:-2
b:tijd_? 0:8 3:-3 5:-1
b:tijd_af 1:2
b:tijd_dringt 7:2
b:tijd_een 0:4 1:4 7:-5
b:tijd_en 0:1
b:tijd_had 0:4 1:-2 4:-2
b:tijd_moe 0:-4 5:6
b:tijd_om 0:-2 7:3 8:4
b:tijd_over 0:5
b:tijd_tikt 0:-4 7:5
b:tijd_van 0:-3 5:-2 7:8
b:tijd_vergat 0:3
b:tijd_voor 0:17 1:-5 8:-7
b:tijdens_de 0:-3 1:3 5:13
b:tijdens_het 0:6 1:-1 2:-2 3:-1
b:tijdens_je 0:2
b:tik_tak 0:-3 7:6
b:timmerman_gemiddeld 0:3 2:-2
b:tip_voor 0:11 7:-2
b:toch_? 1:20 3:-2 5:-2
b:toch_dat 0:-7 1:1 3:-3 4:-1 7:13
b:toch_door 0:4 1:-1 2:-1
b:toch_een 0:-2 1:8 3:-1 4:-4
b:toch_geen 5:4
b:toch_goed 0:4 1:-3
b:toch_iets 0:7 1:-3 6:-1
b:toch_in 0:2 5:-1
b:toch_niet 0:-6 2:2 4:13 5:10 6:11 8:-4
b:toch_niets 0:-3 1:-4 8:14
b:toch_ook 3:6 4:-3
b:toch_te 0:3 1:-1
b:toch_van 0:1
b:toe_? 0:3 1:-2 2:-2 6:4
b:toe_weinig 0:-4 1:7
b:toegelaten_tot 2:2 7:-2
b:toekomst_? 0:1
b:toekomst_gaat 0:9 1:-1 2:-1 5:-2
b:toekomst_in 0:-3 1:-1 2:2 5:3
b:toen_het 0:-4 5:5
b:toen_je 0:10 1:-2 2:-1 5:-2
b:toen_nog 0:4 1:-2
b:toets_voor 0:1 2:3 4:-2
b:toets_wiskunde 0:5 2:-1 4:-1
b:top_<grade> 0:-3 1:-2 2:10 3:7 4:-5
b:tot_<grade> 0:12 2:-7
b:tot_<num> 0:2
b:tot_de 0:-5 2:4 3:4 7:5
b:tot_diep 0:-2 4:-1 5:12
b:tot_het 0:-5 3:3 7:5
b:tot_nu 0:5 1:9 2:4 5:-5 7:-3
b:tot_vrijdag 0:-2 7:5
b:totaal_niet 0:-1 1:4
b:traag_en 0:3 1:-1 5:-1
b:traag_van 0:-2 1:2
b:traag_voor 0:-15 1:19 4:-3
b:trainer_of 0:6 5:-1
b:trekken_? 0:4 1:-1
b:trekken_je 0:-1 2:2 4:-1
b:trekt_? 0:-3 1:8 2:-2
b:trekt_een 0:2
b:trekt_je 0:-3 1:8 4:22 5:-2 6:1
b:trekt_jou 0:9 1:-3 4:-4
b:trekt_u 1:2 4:-2
b:trok_je 0:18 1:-2 4:1 5:-2 6:-1 7:1 8:2
b:trots_? 0:2 1:-1
b:trots_op 0:17 6:-2 8:-1
b:turkse_jongens 0:-2 4:4
b:tussen_de 0:4 1:-1
b:tussen_je 0:-8 5:9
b:tussen_twee 0:4 5:-1
b:tussenjaar_moet 6:-1 7:-1 8:5
b:tussenjaar_nemen 0:-2 1:-2 8:7
b:twee_beroepen 0:3 3:-2
b:twee_doe 6:1
b:twee_jaar 0:1
b:twee_kanten 0:4
b:twee_keer 0:-10 1:13 3:2
b:twee_kies 4:1
b:twee_leerbedrijven 0:4 5:-1 7:-1
b:twee_linkerhanden 0:-4 1:13 3:-2 4:-3
b:twee_meeloopdagen 3:2 6:-7 7:6
b:twee_opleidingen 0:7 1:-2 3:-1
b:twee_richtingen 0:2 1:-1
b:twee_weken 0:-6 1:-1 3:-1 7:13
b:twee_zinnen 0:-3 6:7 7:-1
b:tweede_kans 0:-2 1:-2 7:6
b:tweede_klas 0:5 3:-2 7:-2
b:tweede_taal 0:10 1:-2 4:-2
b:tweelingbroer_? 0:-2 3:6 5:-2
b:tweetallen_een 0:6
b:tweetallen_elkaars 0:-5 3:8
b:twijfel_die 0:2
b:twijfel_hoort 0:2
b:twijfel_ik 7:-2 8:4
b:twijfel_is 0:-1 7:2
b:twijfel_je 1:-2 3:6 5:-2
b:twijfel_over 0:3 5:1
b:twijfelen_beslis 7:4 8:-1
b:twijfelen_tussen 0:2
b:twijfelen_voordat 0:-2 7:5
b:twijfels_beter 5:5 8:-2
b:twijfelt_? 0:-3 3:5
b:twijfelt_of 0:2
b:twijfelt_over 0:3
b:twintig_jaar 0:2
b:type_dat 1:4 4:-1 7:-1
b:type_voor 1:-3 4:-2 8:9
b:typisch_een 0:-2 4:3
b:typisch_havist 4:10 7:1
b:typische_havist 1:-2 4:3
b:typische_vwo'er 4:2
b:u_? 0:-1 2:-4 3:6 4:2 5:-2
b:u_als 0:-2 1:3 4:-2 5:3
b:u_bent 1:-7 4:9 7:-1 8:4
b:u_daar 0:1
b:u_dat 0:-5 1:-3 3:-2 4:1 7:-2
b:u_de 0:-2 2:-1 5:4 6:4 7:3
b:u_deze 7:4
b:u_een 0:-1 7:3
b:u_en 0:-4 5:6
b:u_heeft 0:3 1:11 4:-2 6:5
b:u_het 0:-9 1:-1 4:9 5:3
b:u_in 0:6 1:-7 3:-1 4:7 5:-2
b:u_kunt 1:-3 3:-2 7:-2 8:10
b:u_meenemen 0:3
b:u_mist 0:-1 1:4 2:-1
b:u_niet 0:-2 1:-2 3:5 7:5
b:u_nog 0:1 1:-1 3:10 4:-3 6:-1 7:-3
b:u_nu 0:9 3:-1 5:-4 7:3
b:u_om 0:3
b:u_op 0:-1 2:6
b:u_verder 0:-1 1:4 4:-2
b:u_voor 7:7
b:u_wel 0:-1 1:2 7:6
b:u_zelf 0:3 5:-2
b:uit_<grade> 0:-7 3:7 6:2
b:uit_? 0:3
b:uit_dan 6:-2 7:3
b:uit_dat 0:-4 1:2 3:3 4:5 8:-3
b:uit_de 0:-7 3:7 4:12 6:9 7:2 8:-3
b:uit_die 0:6 4:-2
b:uit_een 0:-11 1:-6 3:-3 4:28 8:-1
b:uit_elkaar 0:-4 5:6
b:uit_het 0:5 1:-1 6:6 8:-1
b:uit_hoe 0:2 2:2 7:-2
b:uit_in 0:1
b:uit_je 0:5 1:7 2:-2 3:7 4:-4 8:9
b:uit_jezelf 0:2
b:uit_jouw 0:-1 3:-3 4:5
b:uit_om 0:5 5:-2
b:uit_op 5:2
b:uit_te 0:16 1:-2 2:1 3:1 7:-3
b:uit_uw 0:2 4:-1
b:uit_wat 0:-9 2:4 5:6 6:11 8:-4
b:uit_welk 0:-1 2:1 6:6 8:-1
b:uit_welke 0:-1 6:1
b:uit_zijn 0:-1 3:8 4:-3 8:4
b:uitdaging_vind 0:2
b:uiterlijk_morgen 0:-3 7:7
b:uitgeloot_voor 0:8 1:-2 2:-1
b:uitgezocht_welke 1:-1 6:-1 8:4
b:uitkering_? 0:-2 4:-2 5:7 7:-2
b:uitkomst_verraste 0:3
b:uitproberen_? 0:3 1:-2
b:uitproberen_voordat 0:1
b:uitslag_van 2:4
b:uitstellen_en 0:-2 7:4
b:uitzoeken_? 0:6 4:-2
b:uitzoeken_en 0:-4 1:5
b:uitzoeken_voordat 0:6 1:-2
b:universitaire_studie 0:-3 1:7 3:-1
b:universiteit_kan 0:7
b:universiteit_wat 1:-1 3:4
b:upload_een 0:-3 6:5 7:-1
b:upload_je 0:-2 6:8 7:-3
b:urenkaart_staan 6:2
b:uur_je 0:-3 1:6 5:-2 6:1 7:-1
b:uur_per 3:-1 5:10 7:1 8:1
b:uur_slaap 2:-3 5:5
b:uw_baan 0:-3 1:-3 4:10
b:uw_contract 7:5
b:uw_dochter 1:8 4:-1
b:uw_huidige 1:-2 8:4
b:uw_kind 0:-3 1:4 3:6 5:6 6:-1
b:uw_klas 0:-1 3:2
b:uw_leeftijd 3:2
b:uw_medecursisten 3:5
b:uw_opleiding 5:2
b:uw_plan 1:-2 8:5
b:uw_vorige 0:5 1:-1 3:-1
b:uw_werk 0:5 4:-1
b:uw_zoon 4:-1 5:4 8:-1
b:vaak_aan 0:4 1:-1 4:-1 5:-1
b:vaak_afwezig 0:-1 1:-1 4:-1 5:5
b:vaak_beter 0:1
b:vaak_buiten 0:5 4:-1
b:vaak_dat 4:3 7:-1
b:vaak_de 0:-8 1:5 4:5
b:vaak_een 0:1 1:-2 3:-1 4:7 5:-2
b:vaak_goed 0:-3 4:5
b:vaak_het 0:-1 4:2
b:vaak_iets 0:2
b:vaak_in 0:-3 4:8 5:-2
b:vaak_je 1:1
b:vaak_meer 0:4 4:-3
b:vaak_met 0:7 1:-1 4:-4
b:vaak_moe 1:-3 5:5
b:vaak_na 0:2
b:vaak_niet 0:-2 1:-1 4:13
b:vaak_op 4:-2 5:3
b:vaak_somber 0:-2 5:3
b:vaak_te 0:-6 1:16 2:-1 4:-1 5:-3
b:vaak_veel 0:2 1:-1
b:vaak_via 0:3 4:-2
b:vaak_voor 0:-3 4:7
b:vaak_weinig 0:2 4:3 8:-2
b:vaak_zelf 0:-1 4:2
b:vaak_ziek 0:-1 1:-4 4:-1 5:8
b:vader_en 0:-1 5:2
b:vader_nog 0:-1 1:-5 2:1 4:1 5:18 7:-1
b:vader_of 0:-2 5:-1 6:4
b:vader_sinds 5:1
b:vader_werkte 3:2
b:vader_wil 0:5 1:-1 3:-1
b:vak_? 0:2 1:-1 2:3
b:vak_aan 0:1
b:vak_al 1:2 3:-1
b:vak_dichtbij 0:2
b:vak_een 0:-3 2:4
b:vak_en 0:2 1:-1
b:vak_hoort 0:2
b:vak_in 1:-1 2:2
b:vak_je 0:1
b:vak_kost 0:2 1:-2
b:vak_naar 0:2
b:vak_nodig 2:1
b:vak_trekt 0:-3 2:4
b:vak_vind 0:-3 1:-1 4:5
b:vak_voor 2:1
b:vak_waar 1:1
b:vak_wil 0:-6 1:-6 4:13
b:vak_zou 0:6 4:-4
b:vaker_doen 0:2
b:vakje_maar 0:-5 6:9 8:-2
b:vakken_en 0:3 2:-1
b:vakken_hij 0:-1 1:2
b:vakken_je 1:4 7:-2
b:vakken_staan 2:2 6:-1
b:vakken_trekken 0:-2 2:2
b:val_je 4:3 7:3 8:-1
b:vallen_en 7:-1 8:3
b:valt_af 0:-2 1:2 4:2
b:valt_buiten 7:2
b:valt_dat 0:-7 1:9
b:valt_je 2:-3 3:6 6:-2
b:valt_niet 1:-1 7:2
b:van_<grade> 0:-4 1:-2 2:-5 3:9 6:9 7:3
b:van_? 0:4 1:3 2:5 3:-3 5:-2
b:van_aannames 0:1
b:van_al 0:6 3:-1 5:-2 6:-2
b:van_alle 0:-5 3:6
b:van_alles 0:-5 1:9
b:van_als 0:11 1:-3 3:-1 4:-2 7:4
b:van_anderen 0:11 1:-3 3:-6
b:van_begrip 0:-5 1:9 3:-1 4:3 7:-1
b:van_beide 0:2 5:-1
b:van_beroep 0:3
b:van_binnen 0:2
b:van_dat 0:6 1:-2 3:-1 5:-1
b:van_de 0:-9 1:-7 2:1 3:18 4:7 6:35 7:-4 8:-16
b:van_deze 0:-5 2:5 3:-1 6:5 7:2
b:van_dichtbij 0:4 5:-2
b:van_die 0:4 1:-3 2:5 3:-3 5:-1
b:van_dierenarts 0:-2 8:2
b:van_dit 0:-3 2:4 3:4 6:-1
b:van_duits 0:2 2:4 3:-2
b:van_een 0:12 3:-10 4:-8 5:10 6:-4 7:-3
b:van_elke 0:-11 6:14
b:van_gedachten 0:2
b:van_haar 0:-1 3:2
b:van_hem 0:-5 3:6
b:van_hen 0:-2 1:-1 3:5
b:van_het 0:16 1:-9 2:-7 3:-5 4:4 6:-1 7:3
b:van_hoe 1:4 3:-2 4:-1
b:van_iemand 0:2
b:van_iets 0:6 3:-2
b:van_in 0:5 7:-2
b:van_je 0:-19 2:1 3:19 4:-11 5:5 6:-3 7:-12 8:9
b:van_jezelf 0:-4 1:12 2:6 4:-1 6:2
b:van_jou 0:6 1:2 2:-2 3:8 4:-1 7:-1 8:-5
b:van_jouw 0:-5 1:-2 3:6 4:-2 8:4
b:van_jullie 0:-6 3:20 4:-3 5:-3
b:van_matig 0:-4 2:11 5:-3
b:van_mij 6:-2 8:11
b:van_nature 0:-2 2:-3 3:-3 4:11
b:van_netwerken 0:1
b:van_niveau 8:4
b:van_ondernemers 0:-1 4:2
b:van_opleiding 7:4
b:van_ouders 4:1
b:van_over 8:2
b:van_pas 0:1
b:van_profiel 0:-10 1:13 3:-1 7:2
b:van_richting 0:9 1:-2 3:-2 8:-2
b:van_school 0:11 3:-2 7:5 8:-5
b:van_stress 5:2
b:van_studeren 0:-4 4:6
b:van_te 0:3
b:van_thuis 0:2
b:van_twee 0:2 6:-1 7:5
b:van_uitdaging 0:2
b:van_uw 3:3
b:van_verkennen 0:1
b:van_vorig 0:-1 5:4 6:6 7:-2 8:-1
b:van_wat 1:2
b:van_welke 0:4 6:-2
b:van_werd 0:3 6:-1
b:van_werk 0:5 1:-1 5:2 8:-2
b:van_werken 1:6 4:-4 8:-1
b:van_wordt 0:-4 1:5
b:van_zijn 0:-3 2:-2 5:5
b:van_zou 0:1
b:vandaag_? 7:2
b:vandaag_een 0:-4 7:7
b:vandaag_goed 0:4
b:vandaag_in 6:-4 7:5
b:vandaag_kijken 0:4 1:-2
b:vandaag_nog 0:-1 7:5
b:vandaag_praten 0:2
b:vandaag_voor 7:2
b:vandaan_? 0:-1 4:6
b:vandaan_denk 0:11 1:-3
b:vandaan_komt 5:2
b:vanuit_die 0:2
b:vanuit_mijn 0:2
b:vanzelf_de 0:2
b:vanzelf_gaat 0:2
b:varen_en 0:-6 7:-2 8:11
b:vast_dicht 4:2 5:-1
b:vast_een 4:1
b:vast_en 0:-6 1:7
b:vast_goed 4:5
b:vast_heel 2:4 4:-2
b:vast_iets 0:-2 1:8 4:4 8:-4
b:vast_in 0:-4 4:4 7:5
b:vast_niet 1:-5 4:6
b:vast_te 7:2
b:vast_wel 1:2
b:vaste_baan 0:-2 1:-2 4:2 8:5
b:vaste_persoon 0:2
b:vaste_plek 0:-1 3:5 7:-3
b:vaste_tijden 0:-1 1:3
b:vat_daarna 0:1
b:vat_samen 0:3 3:-1
b:veel_? 5:2
b:veel_begeleiding 0:-2 1:5 8:-2
b:veel_beroepen 0:7 8:-2
b:veel_betekenen 4:2
b:veel_beter 0:-1 8:3
b:veel_beweging 1:-5 4:6
b:veel_deuren 1:-2 7:-1 8:6
b:veel_docenten 0:4 1:-1
b:veel_druk 0:3 5:-2
b:veel_energie 0:-6 4:6 5:4
b:veel_gevraagd 1:2
b:veel_handiger 0:-2 3:3
b:veel_in 0:-3 5:4
b:veel_leerlingen 0:6 4:-2
b:veel_lezen 0:-2 1:3
b:veel_meer 0:-15 1:7 3:5 8:5
b:veel_mensen 0:4
b:veel_moeite 0:5 1:-2 5:-1
b:veel_opleidingen 0:4
b:veel_over 0:3 1:-1
b:veel_praktijk 1:-1 4:-2 8:5
b:veel_studenten 0:2
b:veel_te 0:-4 4:-1 5:-1 6:5 8:7
b:veel_tekst 1:-2 4:5 8:-2
b:veel_teksten 1:-1 4:2
b:veel_van 0:3 1:-1
b:veel_verder 0:-4 3:5
b:veel_voor 5:1
b:veilige_keuze 4:2
b:ver_te 0:-6 1:5 3:2
b:ver_van 0:5 8:-2
b:ver_weg 0:-1 5:3
b:ver_zit 0:-1 2:2
b:veranderd_? 0:3 7:-2
b:veranderen_? 0:-2 1:4 3:-1
b:verbeteren_? 0:-5 1:6
b:verbindt_de 0:1
b:verbindt_het 0:2
b:verder_? 0:-5 1:15 3:-2
b:verder_dan 0:-7 1:4 3:-2 4:3 8:3
b:verder_gaat 0:3 5:-2
b:verder_geholpen 0:4 1:-1 3:-2
b:verder_in 1:2
b:verder_leren 1:-4 7:-2 8:14
b:verder_met 0:-5 3:12 5:-1
b:verder_studeren 0:3 4:-1
b:verder_te 0:7 1:-2 8:-2
b:verder_zoeken 0:-1 1:-1 6:-1 8:9
b:verdien_je 8:2
b:verdienen_? 5:2
b:verdienen_je 2:-1 5:3
b:verdient_een 0:8 2:-2 5:-2
b:vergat_? 0:2
b:vergat_je 0:2 5:-1
b:vergeet_het 0:-2 8:8
b:vergeet_jij 0:4 1:6 3:-6 5:-1
b:vergeet_veel 1:3
b:vergeleken_met 0:-3 1:-3 3:25 4:-2 5:1
b:vergelijk_jezelf 0:-2 1:-1 3:3
b:vergelijk_twee 0:3 3:-1
b:vergelijken_en 0:-6 3:8
b:vergelijking_met 0:-1 3:6
b:vergeten_en 0:-2 8:3
b:verhaal_nog 0:1
b:verhaal_over 0:5 5:-1 6:-1 8:-1
b:verhaal_verder 0:2 5:-2
b:verhaal_zou 0:2 1:-2
b:verkeerde_keuze 0:-6 1:-2 7:10 8:1
b:verkennen_? 0:5 1:2 4:-1 7:-1
b:verkennen_wat 0:3 8:-1
b:verklaar_je 0:-5 1:-1 2:5 3:5 5:-1
b:verlegen_voor 0:-2 1:-1 4:-5 8:10
b:verpleegkunde_? 0:-5 2:2 8:5
b:verpleegkunde_dan 2:3 4:-2
b:verpleegkunde_past 1:-1 2:-3 4:5 8:1
b:verrassingen_in 0:3
b:verraste_je 0:4
b:verschillen_? 0:1
b:verschillend_waren 0:2
b:verschillende_dingen 0:3 6:-1
b:verschillende_soorten 0:2
b:verslag_van 0:-2 6:7
b:verst_met 0:-4 3:6 5:-1
b:verstandig_zijn 0:-1 1:-1 8:5
b:vertel_daar 5:1
b:vertel_de 0:-11 1:-1 3:4 7:5 8:10
b:vertel_eens 0:-19 1:6 2:12 5:22 8:-8
b:vertel_eerst 0:3
b:vertel_er 0:3
b:vertel_erover 5:1 6:-1
b:vertel_gewoon 0:4 8:-1
b:vertel_hem 0:-11 1:-3 8:16
b:vertel_het 0:-8 5:10
b:vertel_je 0:2
b:vertel_maar 0:13 5:-2 8:-8
b:vertel_me 0:12 7:-3
b:vertel_waarom 0:10 1:-4 3:-1
b:vertel_wat 0:8 2:-4 5:-1
b:vertelde_dat 0:-4 1:-2 5:10
b:vertelde_enthousiast 0:3 8:-2
b:vertelde_je 0:3 5:-1
b:vertelde_over 0:2
b:vertellen_? 0:3 1:5 3:-2 7:-2
b:vertellen_en 0:3
b:vertellen_hoe 0:3 5:-2
b:vertellen_of 0:-4 5:6
b:vertellen_over 0:-4 5:4
b:vertellen_wat 0:9 6:1
b:vertelt_je 0:-2 2:2
b:vertraging_op 0:-5 7:6
b:vervalt_je 7:2
b:vervolgopleiding_? 5:3
b:vervolgopleiding_denkt 0:-4 2:5
b:verwacht_? 0:6 1:-2 3:-1
b:verwacht_dat 0:-2 7:5
b:verwacht_ik 0:-6 1:6 3:8 4:-1 7:2 8:-5
b:verwacht_je 0:-10 2:13
b:verwachtte_en 0:1
b:via_een 0:2 4:-2
b:via_het 0:2
b:via_mensen 0:4 4:-2
b:via_studielink 0:-1 5:-1 6:4
b:viel_je 0:2
b:viel_me 0:9 5:-4
b:viel_tegen 0:2
b:vier_open 0:-5 2:-1 3:10
b:vijf_de 6:2
b:vijf_jaar 0:11 8:-1
b:vijf_loopbaancompetenties 0:4 6:-1
b:vijf_minuten 0:-3 6:6
b:vind_dat 0:-4 7:-2 8:10
b:vind_je 1:8 2:-3 3:1 4:17 5:-5 6:-1 8:5
b:vind_jij 0:10 1:-5 3:-5 4:5 5:-1
b:vinden_? 0:-7 1:12 3:-1 4:-1
b:vinden_daarna 7:1
b:vinden_dat 0:-2 1:9 3:-1 4:-6
b:vinden_en 1:-1 3:1
b:vinden_je 0:-11 1:-3 4:17
b:vinden_om 0:1
b:vinden_van 0:3 3:-1
b:vindt_? 0:10 1:-6
b:vindt_de 0:7 3:-1 8:-4
b:vindt_en 0:2
b:vindt_is 0:3
b:vindt_je 0:-2 1:4
b:vindt_u 0:-10 1:2 4:10
b:vindt_wat 0:1
b:vink_in 0:-1 6:3
b:vink_na 0:-1 6:3
b:vinkje_bij 0:-2 6:3
b:vinkje_voor 0:7 1:-2 2:-1
b:vmbo'er_ben 1:-2 4:3
b:vmbo'er_heb 0:-1 4:7 8:-2
b:vmbo'er_moet 0:-1 1:-2 4:7
b:vmbo_en 0:-2 1:4 3:-1
b:vmbo_havo 0:1
b:vmbo_in 0:1
b:voedselbank_? 0:-2 5:11
b:voel_je 3:4 5:2
b:voel_jij 0:6 3:-4
b:voelde_het 0:2
b:voelde_je 0:6 7:-1
b:voelen_? 0:3 5:-2 8:-1
b:voelen_zich 0:-1 4:2
b:voelt_? 5:2
b:voelt_dat 0:-2 3:4
b:voelt_het 0:-2 3:12 5:-3 7:-2
b:voelt_misschien 0:2
b:voelt_nu 0:1
b:voert_het 0:4 6:-2
b:vol_is 0:-2 6:6 8:-2
b:vol_te 0:-2 1:1 5:2 6:2
b:voldoende_? 0:-3 2:6
b:voldoende_afgesloten 2:2 6:-1
b:voldoende_te 0:-2 2:3
b:voldoende_voor 1:-1 2:3
b:voldoening_? 0:5
b:voldoening_wijst 0:9 8:-2
b:volgen_? 0:4 1:-2
b:volgend_jaar 0:-6 3:-1 7:9 8:6
b:volgende_gesprek 0:7 5:-1
b:volgende_keer 0:4 1:-2 2:2
b:volgende_keuze 0:2
b:volgende_meting 0:-3 2:4
b:volgende_stap 0:7 1:-1 3:-1
b:volgende_vraag 0:2
b:volgens_de 0:-3 3:-2 8:9
b:volgens_jezelf 0:2
b:volgens_jou 0:6 1:-4 2:9 3:4 4:-2 5:-2 8:-1
b:volgens_mij 8:2
b:volgt_een 0:-6 7:8
b:volgt_meestal 0:7 4:-3 7:-2
b:volledig_is 6:4
b:voltooid_welke 6:1
b:vond_het 0:1
b:vond_je 0:24 1:-1 2:-4 6:-3 7:2 8:2
b:vond_u 0:3
b:vonden_en 0:-2 3:3
b:voor_<grade> 0:11 1:-2 2:-2 5:2 7:12 8:-4
b:voor_<num> 0:-3 2:-2 6:5 7:4 8:-2
b:voor_? 0:-2 1:-2 2:3 4:3
b:voor_biologie 2:8 3:2 4:-2 5:-2 8:-1
b:voor_dat 0:5 7:-1 8:-2
b:voor_de 0:2 1:-8 3:-14 4:2 5:-9 6:6 8:-4
b:voor_deze 0:-9 2:1 3:9 6:4
b:voor_die 2:2
b:voor_dieren 0:2
b:voor_dit 0:2 1:-2 2:-2 6:11
b:voor_duits 0:-4 1:-2 2:9
b:voor_economie 0:-3 1:-3 2:10 3:-4 4:4 6:4
b:voor_een 0:-12 1:14 2:-10 3:1 4:16 6:-5 7:-9
b:voor_elkaar 0:4 2:-2
b:voor_en 0:1
b:voor_engels 0:-2 1:-2 2:6
b:voor_frans 2:2
b:voor_geneeskunde 7:4 8:-2
b:voor_geschiedenis 0:1 1:-3 2:2 7:4
b:voor_havo 0:5 1:6 2:-1 3:-3 6:-3
b:voor_hem 0:-3 8:4
b:voor_het 0:7 1:-9 2:4 4:-10 5:4 6:4 8:-2
b:voor_iedereen 0:3 3:-1
b:voor_iemand 0:-12 1:8 4:5 5:-1 8:7
b:voor_iets 3:3 8:1
b:voor_in 0:-9 1:8 8:2
b:voor_je 0:-23 1:22 2:18 4:-5 5:14 6:-14 8:-2
b:voor_jezelf 0:6 1:2 2:-1 5:4
b:voor_jongens 0:-4 3:-1 4:11 8:-4
b:voor_jou 0:26 1:-14 2:-9 4:5 5:-8 6:-6 8:24
b:voor_jouw 0:-1 4:5
b:voor_jullie 0:-2 1:-2 5:7
b:voor_later 0:3 3:-1
b:voor_logistiek 8:4
b:voor_mensen 0:3 2:-2
b:voor_mij 8:3
b:voor_n 3:1
b:voor_natuurkunde 0:-2 2:3
b:voor_nederlands 2:3
b:voor_niveau 0:-1 1:3
b:voor_nodig 0:-2 3:4
b:voor_opleiding 1:1
b:voor_scheikunde 0:-3 2:7 5:-2
b:voor_techniek 1:2 3:-1 4:3
b:voor_twijfel 0:-10 7:12
b:voor_u 1:3 4:3 5:-1 7:-1 8:2
b:voor_uw 0:-2 3:2 5:5
b:voor_veel 0:2
b:voor_vragen 0:3
b:voor_vrijdag 0:-10 6:11 7:7 8:-3
b:voor_wat 0:1
b:voor_werk 1:3
b:voor_wie 0:2
b:voor_wiskunde 2:7
b:voor_zieke 0:1
b:voor_zijn 2:6 5:5 6:-2
b:voor_zorg 0:-1 2:2
b:vooral_naar 0:-4 2:3 4:2
b:vooral_op 1:6
b:vooral_over 2:1 4:1 6:-1
b:vooral_voor 6:3 8:-1
b:vooral_wat 1:3 5:-2
b:voorbeeld_aan 0:-3 3:8 8:-1
b:voorbij_? 0:4
b:voordat_de 0:4 6:-1
b:voordat_het 0:-3 1:-2 2:-2 5:-6 6:7 7:6
b:voordat_je 0:-9 1:6 2:9 4:-2 5:13 6:-2 7:3 8:-2
b:voordat_jij 0:8 1:-4
b:voordat_we 0:-1 1:4 2:-1
b:voorjaar_zijn 0:3
b:voortgang_bij 0:2
b:voortgang_in 0:7 1:-3 4:-2
b:voortgangsbalk_staat 0:-2 2:-3 6:9
b:voorzichtig_of 0:-2 5:3
b:vorig_jaar 0:3 1:-2 2:-1 3:7 5:4 6:5 7:-3 8:-1
b:vorige_baan 0:3 5:2
b:vorige_keer 0:3 1:-2
b:vorige_lichting 0:-3 3:4
b:vorige_opleiding 0:1
b:vraag_dan 0:8 3:-1
b:vraag_de 0:-12 1:2 2:12 4:1 5:9 7:-4
b:vraag_een 0:2
b:vraag_eerst 0:2
b:vraag_en 0:2
b:vraag_geen 0:2 1:-1
b:vraag_haar 0:-8 3:9 5:3
b:vraag_hem 0:-8 1:11 4:3 6:-1
b:vraag_hoe 0:-2 2:5 5:-2
b:vraag_in 0:-5 5:9
b:vraag_je 0:8 1:-1 4:-2
b:vraag_kunt 0:2
b:vraag_naar 0:5 5:-2
b:vraag_of 0:-2 5:4 6:1
b:vraag_opent 0:2 1:-1
b:vraag_over 0:9 1:-3 8:-3
b:vraag_stellen 0:3 1:-2
b:vraag_uit 0:2
b:vraag_uw 0:-4 1:3 5:6
b:vraag_van 0:2 1:-1 5:-1 6:3
b:vraag_voor 0:6 2:-1
b:vraag_vooral 0:2 1:-2 2:-2 4:2
b:vraag_waarom 2:1
b:vraag_wat 3:8
b:vraag_welk 0:-4 1:7
b:vraag_welke 0:-7 1:-4 2:5 4:3 7:9 8:-2
b:vraag_wil 0:2
b:vraag_zou 0:2
b:vraagt_? 5:3
b:vraagt_en 0:3
b:vraagt_lef 0:2 7:-1
b:vraagt_minder 0:-3 1:9 4:-2
b:vraagt_moed 0:3
b:vraagt_veel 0:1
b:vragen_aan 0:4 1:4 5:-1
b:vragen_anderen 0:1
b:vragen_dan 0:3 4:-2
b:vragen_die 0:1
b:vragen_en 0:-5 6:9
b:vragen_heb 0:5
b:vragen_helpt 0:1
b:vragen_in 5:-2 6:3
b:vragen_naar 0:4 5:-3
b:vragen_of 0:-2 5:3
b:vragen_over 1:-2 4:7
b:vragen_te 0:-4 1:5
b:vragen_van 0:-1 6:1
b:vragen_wil 0:1
b:vragen_zijn 0:1
b:vrienden_? 0:-1 3:8 5:-1
b:vrienden_gaan 0:-1 3:7 4:-2
b:vrienden_iets 0:6 3:-5
b:vrienden_wel 1:-2 3:3
b:vrienden_zeggen 0:1
b:vriendin_heeft 3:1
b:vrij_mocht 0:2 4:-1
b:vrijdag_geen 7:2
b:vrijdag_je 0:-1 6:6 7:-3
b:vrijdag_zijn 7:2
b:vrije_tijd 0:3 1:-1
b:vroeg_in 0:4
b:vroege_diensten 0:-4 1:3 5:4
b:vul_de 6:2
b:vul_even 6:2
b:vul_het 0:-2 6:4
b:vul_ik 0:-2 6:-1 7:6
b:vul_je 2:-1 6:3
b:vult_namen 0:1
b:vwo'er_veel 4:1
b:vwo'ers_horen 0:-1 3:-5 4:8
b:vwo_? 0:-6 3:-2 5:1 7:-1 8:8
b:vwo_hoe 3:4
b:vwo_in 0:7 8:-2
b:vwo_is 0:-2 8:2
b:vwo_of 0:5 8:-2
b:waar_ben 0:12 3:-1 5:-5
b:waar_blijf 0:-2 1:-1 2:-1 3:8
b:waar_dat 0:1 1:2 5:-2
b:waar_de 0:11 1:-2 6:-1 8:-2
b:waar_die 1:4 5:-2
b:waar_een 0:-3 1:1 5:6
b:waar_ga 0:1
b:waar_gaat 0:-2 1:7 5:-2
b:waar_gebruik 0:2
b:waar_heb 0:11
b:waar_het 0:2 1:3
b:waar_hij 0:-5 1:4 3:6
b:waar_je 0:10 1:6 3:-3 5:3 6:-4 8:2
b:waar_jij 0:-5 1:9 3:-2
b:waar_jullie 3:4
b:waar_kijk 0:6 1:-1
b:waar_komt 0:15 1:-3 6:1 8:-1
b:waar_krijg 0:6 1:-1 3:-2
b:waar_ligt 0:-3 1:-3 2:5 3:7 4:-1
b:waar_niemand 0:-3 1:3 3:-2 4:3
b:waar_sta 0:-9 1:-1 2:3 3:12
b:waar_twijfel 0:-2 1:-2 3:6
b:waar_u 0:6 1:-2 5:-4 8:5
b:waar_voel 0:5 3:-4
b:waar_vragen 0:1
b:waar_we 0:4 1:3
b:waar_wil 0:2 1:10 4:-2
b:waar_word 0:14 1:-3 3:-2 4:-2
b:waar_ze 0:-2 1:3 4:3 8:-3
b:waar_zie 0:-10 1:9 3:-3 4:6
b:waar_zitten 0:-1 2:2
b:waar_zou 0:-1 1:6 8:-1
b:waarbij_je 0:4 4:-1
b:waard_? 0:1
b:waarden_of 0:2
b:waardevolle_informatie 0:1
b:waardoor_je 0:-3 5:6
b:waarin_dat 0:2
b:waarin_je 0:5 4:-1
b:waarom_? 0:23 1:-4 2:-4 3:-2 5:-4
b:waarom_ben 0:-3 1:1 5:4
b:waarom_blijf 0:-3 1:4
b:waarom_die 1:6 8:-5
b:waarom_heb 0:-3 1:7 5:-2 7:4
b:waarom_het 0:-8 1:12 5:-1
b:waarom_hij 0:-5 1:6 2:-2 3:3
b:waarom_is 2:2 5:-1
b:waarom_je 1:-3 5:7 8:-1
b:waarom_jij 1:-3 3:7 4:-2
b:waarom_juist 0:9 1:-2 3:-3
b:waarom_kies 1:-3 3:4 4:2 8:-2
b:waarom_kom 1:7 3:-4
b:waarom_lukt 0:-7 3:10
b:waarom_mik 3:2
b:waarom_wil 1:-2 3:1 4:3
b:waarom_ze 1:-1 3:3
b:waarom_zijn 2:1
b:waarom_zou 0:-11 1:-8 2:-1 3:2 4:8 8:18
b:waarop_je 0:5
b:waarschijnlijk_niet 0:-2 1:5
b:waarschijnlijk_te 0:-4 1:1 4:5
b:wacht_even 0:2
b:wacht_je 0:-2 3:-1 7:5
b:wacht_niet 0:-3 1:-1 7:5
b:wacht_wordt 0:-4 7:5
b:wandelend_door 0:1
b:wanneer_doe 6:3
b:wanneer_ga 0:-4 3:1 7:5
b:wanneer_is 0:3
b:wanneer_lever 0:-2 1:-2 6:1 7:5
b:wanneer_merkte 0:2
b:wanneer_plan 0:-1 6:6 7:-2
b:wanneer_voel 0:1
b:wanneer_voelde 0:9 5:-1 7:-2
b:wanneer_zij 0:2 3:-2
b:want_dat 0:-2 3:-1 6:2 8:2
b:want_het 0:-3 1:-1 6:7 7:-2
b:waren_ze 0:2
b:warme_overdracht 0:4 4:-1
b:warming-up_bij 0:5 1:-1
b:was_? 0:-3 1:7 3:-1
b:was_dat 0:8 1:-3
b:was_de 0:1
b:was_deze 0:2
b:was_een 0:-2 2:3 5:-1
b:was_het 0:5
b:was_hij 0:1
b:was_je 0:-8 1:-4 2:9 4:-2 5:7
b:was_jouw 0:4 1:-1 3:-1
b:was_koos 0:-5 7:-3 8:11
b:was_niet 0:4 1:-2
b:was_onvoldoende 0:-2 2:3
b:was_op 0:-2 3:3
b:was_streng 0:2
b:wat_? 1:-7 4:13
b:wat_als 0:4 1:-2 3:-1
b:wat_betekent 1:-6 2:10 3:5 5:7 8:-1
b:wat_bij 0:13 1:-3 4:-2 8:-2
b:wat_blijft 0:-9 1:11
b:wat_dat 0:2 1:10 2:-5 3:-1
b:wat_de 0:-10 6:-3 8:19
b:wat_deed 0:7 1:-1 2:-2
b:wat_denk 0:-3 1:-5 3:-4 4:15
b:wat_die 5:5
b:wat_doe 1:2 2:8 3:1 5:-7 6:-3 7:-2 8:-2
b:wat_doen 0:-1 3:4 4:-2
b:wat_doet 0:7 1:-5 2:-1 3:4 4:-2
b:wat_doorzettingsvermogen 0:-2 1:4
b:wat_drijft 0:5 1:-2
b:wat_een 0:-30 1:10 2:15 4:2
b:wat_er 0:-5 1:4 5:4 7:11 8:-2
b:wat_ervoor 0:2
b:wat_ga 0:-12 1:7 2:3 4:-2 5:-2 6:8 7:6
b:wat_gaf 0:5
b:wat_gebeurt 0:1
b:wat_ging 0:11 1:-4 4:-1 5:-1
b:wat_goed 0:-2 7:-1 8:5
b:wat_haalbaar 0:-2 5:2 8:2
b:wat_had 1:-2 2:7 3:-2
b:wat_heb 0:7 1:5 2:3 3:-2 4:-3 5:2 6:-10
b:wat_heeft 0:15 1:-5 3:-1 5:-1
b:wat_helpt 0:4 5:-1
b:wat_herken 0:2
b:wat_het 0:-2 6:6
b:wat_hielp 0:6 1:-3
b:wat_hij 0:14 1:9 2:-1 3:8 4:-3 5:-3 6:-1 7:5
b:wat_hoop 0:1
b:wat_houdt 0:-8 1:2 3:8 5:-1 7:5
b:wat_iemand 0:7 1:-4
b:wat_ik 0:-4 2:9 6:-1
b:wat_in 0:4 8:-1
b:wat_is 0:19 1:-15 2:12 3:5 5:-2 6:-3 8:4
b:wat_je 0:33 1:-23 3:-9 4:-6 5:9 6:9 7:-6
b:wat_jij 0:15 1:-2 3:-2 4:-2 8:-1
b:wat_jou 0:5 1:-3 8:-1
b:wat_jullie 0:1
b:wat_kan 0:4
b:wat_kies 0:-11 3:3 4:-2 7:14
b:wat_kun 0:-14 1:10 2:-1 3:18 5:-2 6:3 8:1
b:wat_kunnen 0:-4 3:5
b:wat_laat 0:3
b:wat_leer 0:2
b:wat_leerde 0:2
b:wat_lijkt 1:-3 4:4
b:wat_lukt 0:-2 1:4 3:-1
b:wat_maak 0:1
b:wat_maakt 0:3 2:-3 3:12
b:wat_maakte 0:7 1:-1 3:-2
b:wat_meer 0:-8 3:5 5:6
b:wat_merk 0:-5 5:8
b:wat_merkte 0:2
b:wat_met 0:-2 1:2
b:wat_mij 0:-3 8:8
b:wat_minder 0:-6 1:6 4:3
b:wat_mis 0:-5 1:8
b:wat_moet 0:19 1:-8 2:3 5:-6 6:4
b:wat_nam 0:3 4:-2
b:wat_neem 0:8 2:-1
b:wat_niet 0:2 1:-1
b:wat_nog 0:3 1:2 7:-1
b:wat_nu 0:-5 1:3 5:2
b:wat_onhandig 1:2
b:wat_ontbreekt 0:-12 1:6 3:4 6:5
b:wat_past 0:9 3:-3
b:wat_probeerde 0:2 2:-1
b:wat_schrikt 0:1
b:wat_speelt 0:-3 5:5
b:wat_spreekt 0:3 3:-1
b:wat_trekt 0:11 1:8 4:-5 5:-2 6:1
b:wat_trok 0:12 1:-3 5:-3
b:wat_u 0:2
b:wat_valt 2:-3 3:5 6:-1
b:wat_vertelt 0:-2 2:2
b:wat_viel 0:2
b:wat_vind 0:9 1:8 2:-3 3:-5 5:-2 8:5
b:wat_vinden 0:-8 4:10
b:wat_vindt 0:-10 1:2 4:10
b:wat_vond 0:11 1:-1 2:-2 5:-1
b:wat_voor 0:-17 1:17 2:-1 3:3 4:3
b:wat_was 0:-1 1:-1 2:7 3:-2
b:wat_weet 0:21 1:-7 3:-2 5:-2 7:-1
b:wat_weten 0:2
b:wat_wil 0:5 2:-7 4:3 5:-4 6:-4 7:-8
b:wat_wilt 4:1
b:wat_wordt 0:-1 2:2
b:wat_ze 0:-5 1:-1 2:3 3:14
b:wat_zegt 0:-22 1:7 2:9 3:6 4:-1 5:9
b:wat_zei 5:4
b:wat_zie 2:3
b:wat_zijn 0:-5 1:13 2:-2 3:-1
b:wat_zoek 0:4 1:-2
b:wat_zou 0:31 1:27 2:-2 3:-9 5:3 6:5
b:wat_zouden 0:1
b:we_aan 0:-2 6:5
b:we_allebei 0:-1 1:2
b:we_beginnen 0:9 1:-2 2:4 6:-2 8:-4
b:we_bespreken 0:-2 3:3
b:we_bij 5:2
b:we_daar 0:-1 4:4
b:we_dat 0:-2 1:1 5:2
b:we_de 1:2 7:-1 8:2
b:we_die 0:-9 1:11 6:3
b:we_dit 6:2
b:we_een 0:-11 1:7 5:9 6:3
b:we_eerst 0:-3 1:5
b:we_even 6:2
b:we_gaan 1:6 8:-1
b:we_gesproken 6:6 8:-3
b:we_hebben 7:1
b:we_het 2:8 3:-1 4:-3 5:1 6:2 7:-1 8:-1
b:we_hoeven 1:-1 6:4 7:-2
b:we_houden 1:2 2:3 6:4
b:we_iets 0:-1 8:2
b:we_in 2:3 6:-2
b:we_je 0:-3 1:-3 4:-2 5:-1 7:2 8:10
b:we_kijken 0:3
b:we_kunnen 0:12 1:-1 5:-1 6:-1
b:we_lopen 0:-2 6:3
b:we_maar 1:3 4:-1
b:we_mee 0:-1 1:4
b:we_naar 0:-2 4:4 5:3 7:-1 8:-1
b:we_nemen 0:1 2:3
b:we_of 0:-5 2:3 5:4
b:we_over 1:-1 4:2
b:we_praten 0:5 1:-1
b:we_samen 0:14 1:-5 6:-3 8:-2
b:we_voor 1:-1 4:-3 8:6
b:we_vooral 0:-4 1:4 2:4 6:-1
b:we_welke 1:1
b:we_weten 0:-10 1:11 2:-2 5:3
b:we_zoeken 0:3 4:2 7:-2
b:wedstrijd_? 0:4 1:-1 3:-1
b:weegt_voor 0:2 1:-1
b:week_? 6:2
b:week_aan 0:-3 7:4
b:week_af 0:-2 6:4
b:week_al 0:-1 6:2
b:week_bij 0:2
b:week_een 0:-1 5:9 7:3
b:week_eens 0:3
b:week_ging 0:2
b:week_mocht 0:2
b:week_wel 0:2
b:weekend_? 0:-3 5:5
b:weer_een 0:2 8:-1
b:weer_zo 1:5 7:-2
b:weet_al 0:-2 1:-1 2:-1 3:7
b:weet_dat 0:1 7:1
b:weet_ik 0:5 8:3
b:weet_je 0:7 2:-4 3:-5 4:7 5:-2 7:2 8:5
b:weet_precies 0:-7 3:11
b:weet_toch 0:-7 1:-1 3:-2 7:13
b:weet_u 7:6
b:weet_wat 0:6 1:-8 4:-1 5:-1 6:3 7:7 8:1
b:weet_welke 0:-6 1:-2 3:8 5:4
b:weg_? 0:-7 1:12 2:3 5:-1
b:weg_en 0:-2 7:5
b:weg_naar 0:3 5:-2
b:weg_soms 0:4
b:weg_te 1:-3 2:7
b:wegen_naar 0:2
b:weinig_doen 0:-4 4:6
b:weinig_geld 0:-1 1:-4 4:4 5:1
b:weinig_initiatief 0:-2 1:4
b:weinig_met 4:1
b:weinig_mogelijk 1:-2 4:3
b:weinig_talent 0:-3 1:7
b:weinig_uithoudingsvermogen 1:1
b:weinig_van 0:-6 1:7 3:-2 4:5
b:weken_? 0:4 2:-1
b:weken_die 0:1
b:weken_en 0:-2 6:-2 7:6
b:weken_sluit 0:-2 7:4
b:weken_tot 0:-2 7:2
b:weken_wie 7:2
b:wel_? 0:3 1:2 4:9 5:-4 7:-4
b:wel_aan 0:-5 1:6
b:wel_aankunt 1:4 4:-1
b:wel_als 0:-7 1:10
b:wel_betalen 0:-2 4:-2 5:7
b:wel_bij 0:-3 1:11 2:1
b:wel_dat 0:-4 4:-2 5:-2 7:20
b:wel_een 0:-4 1:-11 3:18 4:-2 5:2
b:wel_eens 0:7 1:-3
b:wel_en 0:6 1:-2 8:-2
b:wel_genoeg 0:-2 2:-1 5:13
b:wel_goed 0:2 1:-4 5:13
b:wel_iets 1:3 5:1
b:wel_in 0:-5 1:3 4:1 5:3 6:-2 7:2
b:wel_kan 0:2
b:wel_leuk 0:4 1:-3
b:wel_of 0:2 1:-1
b:wel_om 0:-2 1:-4 3:8
b:wel_op 4:2 7:5 8:-1
b:wel_passen 1:3 8:-1
b:wel_slim 0:3
b:wel_vergeten 0:-2 7:12
b:wel_vol 1:2
b:wel_voor 7:2 8:-1
b:wel_vragen 0:-4 1:5
b:wel_willen 0:-1 1:3
b:wel_zoekt 0:2 1:-1
b:weleens_? 0:-2 1:-3 5:7 8:-1
b:weleens_geslagen 5:2
b:weleens_iets 0:-4 5:6
b:weleens_pijn 0:-2 5:5
b:weleens_voordat 5:1
b:welk_advies 0:11 1:-2 3:-4
b:welk_bedrijf 0:5
b:welk_beroep 0:2 1:18 2:-5 4:-1 5:3 8:-2
b:welk_cijfer 0:-4 1:-1 2:7
b:welk_compliment 0:3
b:welk_deel 0:7 2:-2
b:welk_eenvoudig 0:-10 1:5 4:5
b:welk_eindcijfer 0:-3 2:6
b:welk_gemiddelde 0:-5 2:17 3:-3
b:welk_idee 0:1
b:welk_klusje 0:2
b:welk_moment 0:4
b:welk_niet 0:2
b:welk_niveau 0:5 1:-1
b:welk_onderdeel 0:8
b:welk_onderwerp 0:11 1:-2 2:-2 4:-1
b:welk_praktijkvak 0:2 1:1
b:welk_praktisch 0:-2 1:1 4:2
b:welk_profiel 0:-12 1:-4 2:-2 3:6 5:4 8:15
b:welk_resultaat 0:1
b:welk_risico 0:9 1:-3
b:welk_schoolvak 0:5 1:-2
b:welk_stuk 0:-9 1:12 5:-1
b:welk_stukje 0:3 4:-1
b:welk_technisch 1:-2 4:3
b:welk_vak 0:-10 1:-4 2:9 4:16
b:welk_van 0:-4 2:5
b:welk_verhaal 0:7 1:-3 2:-1
b:welk_vervolg 0:-2 1:3 8:5
b:welk_werk 0:-4 1:16 2:1 3:-2 7:4 8:-5
b:welk_werkstuk 0:6 1:-2 3:-1 8:-1
b:welk_zou 0:2 4:-1
b:welke_aanpak 0:1
b:welke_activiteit 0:-1 6:2
b:welke_activiteiten 0:-1 6:4
b:welke_afdeling 0:-6 1:5 4:2
b:welke_andere 0:-6 1:-3 3:-1 4:2 8:14
b:welke_baan 0:-2 1:7 4:-1
b:welke_beroepen 0:-5 1:11 3:2 4:3 6:-1
b:welke_cijfers 0:-2 2:3
b:welke_competenties 0:-4 6:6
b:welke_daarvan 0:1
b:welke_dag 0:5 6:-4
b:welke_diagnose 0:-6 1:-2 5:16 6:-2
b:welke_docent 0:2
b:welke_doe 2:-3 6:6
b:welke_drie 0:3 1:-3 2:1
b:welke_eenvoudige 1:4 6:-2
b:welke_eerlijke 0:3 3:-2
b:welke_ervaring 0:3
b:welke_feedback 0:1
b:welke_fout 0:7 6:-2
b:welke_functie 1:1
b:welke_gedachte 0:3 2:-1
b:welke_hbo-opleiding 1:-4 4:-6 8:11
b:welke_hbo-opleidingen 0:1
b:welke_herkansing 0:-2 2:3
b:welke_informatie 0:7 1:-1
b:welke_kant 0:2 4:1 5:-1
b:welke_ken 0:-1 1:4 4:-1
b:welke_keuze 0:6 1:-2
b:welke_klasgenoot 0:-1 3:3
b:welke_kleine 0:2
b:welke_klus 0:14 1:-3 8:1
b:welke_korte 0:-5 1:7
b:welke_kritiek 0:6 1:-4
b:welke_les 0:11 5:-1 7:-1
b:welke_lessen 0:1
b:welke_lichtere 0:-4 1:5
b:welke_mbo-opleiding 0:-3 1:-3 2:3 4:8
b:welke_mbo-opleidingen 0:2 1:-1 2:5
b:welke_medicatie 0:-8 5:12
b:welke_mensen 0:4 1:-2
b:welke_moeilijke 0:3
b:welke_niet 0:10 1:-3 2:-4
b:welke_omgeving 0:3 1:-2
b:welke_onderdelen 0:-1 6:3
b:welke_opdracht 0:3 6:-1
b:welke_opdrachten 0:-2 6:3
b:welke_open 1:5 6:3
b:welke_opleiding 0:-18 1:8 2:-1 3:3 4:6 7:8
b:welke_opleidingen 0:-2 2:8 4:-2
b:welke_opmerking 0:1
b:welke_oud-leerling 0:2
b:welke_plan 0:-3 2:-1 6:7 7:-1
b:welke_plek 1:-4 4:9 5:-2
b:welke_praktijkvakken 1:1 4:-1
b:welke_praktische 0:-2 1:7 4:-4
b:welke_profielen 1:5 4:-1
b:welke_punten 0:6 1:-4 2:3
b:welke_richting 0:-12 2:3 3:14 4:6
b:welke_richtingen 1:8 2:-5 6:-2
b:welke_rol 0:9 1:-3 4:-2
b:welke_route 0:1
b:welke_routes 0:4 1:-2
b:welke_rustige 0:-6 1:2 4:5
b:welke_score 0:-13 2:20
b:welke_sector 0:-14 2:-1 4:5 6:6 7:3 8:5
b:welke_sport 0:3 3:3
b:welke_stageplek 0:3
b:welke_stap 0:7 1:6 3:-1 4:-7 6:-1
b:welke_stappen 0:-6 1:1 6:9
b:welke_sterke 0:1
b:welke_studie 0:-14 1:2 4:10 6:-3 7:-1
b:welke_studies 0:-3 1:5 2:2 5:3
b:welke_taak 0:8 1:-1
b:welke_taken 0:6 1:-1 4:-1 6:5
b:welke_talen 0:1
b:welke_techniek 0:-1 1:5 8:-3
b:welke_tegenvaller 0:3
b:welke_toetsen 0:-3 2:5
b:welke_twee 0:5 1:-2 6:2
b:welke_twijfel 0:2
b:welke_uitkomst 0:3
b:welke_vaardigheden 1:9 2:-2 6:-3
b:welke_vaardigheid 0:5 1:-4
b:welke_vakken 0:-3 1:3 2:16 6:-2 7:-1
b:welke_van 0:-13 1:25 2:-2 3:5 5:-1 6:-4 8:1
b:welke_verschillende 0:3 6:-1
b:welke_vervolgopleidingen 0:1 1:-1
b:welke_verwachting 0:1
b:welke_vraag 0:13 1:-5 7:1 8:1
b:welke_vragen 0:8 1:-1 2:-1 6:-1
b:welke_werkplek 1:4
b:welke_wil 0:2
b:welke_zorgen 0:3
b:welke_zou 0:1
b:welke_zwakke 0:2 1:-2
b:welkom_bij 0:7
b:werd_? 0:-3 5:5
b:werd_niet 0:1
b:wereld_zou 0:1
b:werk_? 0:14 1:-9 3:-3 4:-2 5:9 7:-2
b:werk_achter 0:-2 4:2
b:werk_als 0:2 4:-1
b:werk_bij 1:2
b:werk_buiten 4:2
b:werk_daar 0:3
b:werk_dagbesteding 0:2
b:werk_dat 0:3 1:-2 7:4
b:werk_doen 0:1
b:werk_echt 0:1
b:werk_en 1:-3 3:5
b:werk_gaat 0:-6 1:8
b:werk_geeft 0:3
b:werk_genoeg 0:-1 1:-1 8:5
b:werk_heb 0:3 5:-2
b:werk_het 4:2
b:werk_iets 0:1
b:werk_in 0:-3 1:-4 5:8 8:4
b:werk_is 1:2
b:werk_je 0:15 1:-1 2:-3 4:-6 5:6
b:werk_jij 3:2
b:werk_kun 0:-2 1:4 2:4 4:-1
b:werk_lijkt 0:-2 1:-3 4:6
b:werk_met 0:9 1:-5 4:5 5:-5
b:werk_of 0:4 4:-1
b:werk_op 1:2
b:werk_past 1:8 4:-3
b:werk_te 0:3 1:-2
b:werk_van 0:3 1:-1
b:werk_vind 0:-1 1:5 4:-1
b:werk_voor 1:5 4:-1 7:-2
b:werk_waar 0:-6 1:4 4:3
b:werk_waarin 0:2 1:-1
b:werk_wil 0:2 1:-4 4:2
b:werk_zag 0:2
b:werk_zie 0:-4 1:6
b:werk_zoek 0:-2 1:4 4:-1 8:-1
b:werk_zonder 0:-3 1:4 4:3 7:-2
b:werk_zou 0:-20 1:12 4:3 7:7
b:werkdag_eruit 0:1
b:werkdag_eruitzien 0:1
b:werkdag_van 0:2 2:-1
b:werkdag_voor 0:4
b:werkdag_zitten 0:3 1:-1 5:-1
b:werken_? 0:-9 1:1 5:15
b:werken_en 0:-8 4:10
b:werken_in 0:12 1:-2 4:-4 5:-2
b:werken_is 0:-1 1:4 8:-3
b:werken_lukt 0:-1 1:5 4:-1 7:-1
b:werken_met 1:-12 4:10 8:6
b:werken_naast 5:2
b:werken_of 0:7 8:-1
b:werken_op 0:4 1:-1 4:1 5:-4
b:werken_veel 0:-5 8:7
b:werkexploratie_welk 0:5 1:-2 4:-1
b:werkgever_blijven 1:-2 8:4
b:werkloos_? 5:3
b:werkplek_? 0:4
b:werkplek_die 0:4
b:werkplek_niet 0:1
b:werkplek_zou 0:1 8:-1
b:werkstuk_over 0:-2 2:4
b:werkstuk_voor 2:2
b:werkt_? 0:5 1:-1 4:-2 5:-1
b:werkt_al 0:-4 1:-2 3:9
b:werkt_en 0:1
b:werkt_in 0:3 1:-2
b:werkt_te 1:1
b:werkt_voor 0:2 1:4 4:-1
b:werkte_je 0:1
b:werkte_op 3:2
b:werkvloer_? 0:1
b:werkvloer_niet 0:-1 1:2
b:weten_? 0:2
b:weten_al 0:3 3:-1
b:weten_allang 0:-1 3:1
b:weten_als 0:6 7:-6
b:weten_dat 0:-1 1:6 5:-3 8:2
b:weten_komen 0:6 3:-2
b:weten_of 0:-2 5:3
b:weten_om 0:5 1:-5
b:weten_over 0:1 1:2
b:weten_voor 0:-3 5:5
b:weten_voordat 0:3 1:-2
b:weten_wat 0:-3 1:-10 3:4 5:23 7:5 8:-3
b:weten_we 0:-3 1:7
b:weten_welke 0:-2 1:3
b:weten_ze 4:3 5:-3
b:wezenlijk_motief 0:5 1:-1 4:-1
b:wie_bel 0:8 7:-2
b:wie_dan 0:-2 4:8 7:2
b:wie_de 0:-9 1:-2 7:14
b:wie_denkt 0:9 5:-8
b:wie_een 0:2 7:-1
b:wie_er 0:3
b:wie_gaat 0:-1 1:9 3:-2 4:-3
b:wie_heb 0:4 5:-2
b:wie_heeft 0:6 3:-1 5:-3
b:wie_helpt 0:-1 4:3
b:wie_het 0:-17 3:8 5:9 7:1
b:wie_in 0:-3 1:-3 7:9
b:wie_is 0:-2 3:5 5:-2
b:wie_je 0:11 7:-2
b:wie_kan 0:5 1:4 4:-4
b:wie_na 0:-2 7:3
b:wie_nu 0:-5 1:-1 7:12
b:wie_op 0:2
b:wie_praat 0:-2 5:2
b:wie_te 0:-2 3:-2 7:9
b:wie_thuis 0:12 5:-10
b:wie_van 0:-4 3:16 5:-4
b:wie_voor 0:11 7:-8
b:wie_vrijdag 7:2
b:wie_wil 0:5 7:-2
b:wie_zijn 7:5
b:wie_zorgt 0:-8 5:12
b:wie_zou 0:9 5:-3
b:wij_hebben 0:-3 3:-1 8:7
b:wijs_de 0:2 5:-1
b:wijst_naar 0:3
b:wijzen_naar 0:3
b:wil_? 0:-11 1:-3 3:7 7:10
b:wil_dat 0:2 1:-1 3:-1 6:5
b:wil_ik 0:2 1:1 5:11 7:6
b:wil_je 0:14 1:24 4:20 5:-14 6:-2 7:-3 8:10
b:wil_jij 0:13 1:-9 2:-1 3:-1 7:6
b:wil_maar 0:-7 1:-4 8:15
b:wil_morgen 7:2
b:wil_toch 0:-5 4:10 5:-1
b:wil_weten 0:-7 2:8 6:-2
b:wil_worden 0:10 3:3 7:-2 8:-2
b:willen_? 0:-23 1:24 3:3 4:2 5:-2
b:willen_bekijken 1:1
b:willen_dat 1:-2 5:3
b:willen_delen 0:1
b:willen_doen 0:-2 3:-1 7:7
b:willen_en 0:6 3:-5
b:willen_jullie 3:2
b:willen_kijken 0:1
b:willen_leren 0:12 1:-6 4:-4
b:willen_ouders 0:2 5:-1
b:willen_proberen 0:-7 1:10
b:willen_spreken 0:3
b:willen_stellen 0:1
b:willen_uitproberen 0:1
b:willen_uitzoeken 0:2
b:willen_vaak 0:-1 4:9 6:1
b:willen_verbeteren 0:-5 1:6
b:willen_verkennen 0:3 1:-3
b:willen_vertellen 5:1
b:willen_vragen 0:2
b:willen_werken 0:-2 1:2
b:willen_weten 0:5 1:-5
b:willen_worden 0:-6 1:7 3:2
b:willen_ze 4:2
b:willen_zien 0:2 4:-1
b:wilt_? 0:-12 1:9 2:5 3:-2 6:-1 7:2
b:wilt_dan 0:-2 6:3
b:wilt_doen 0:-1 1:-2 2:-1 5:6
b:wilt_gaan 0:6 6:-4
b:wilt_is 0:1
b:wilt_leren 0:7 8:-5
b:wilt_meelopen 0:7 7:-6
b:wilt_ook 0:2 1:-2
b:wilt_praten 0:4 6:-2 8:-2
b:wilt_sparren 0:2 7:-1
b:wilt_u 0:3 3:-1
b:wilt_vast 4:2 5:-1
b:wilt_werken 0:2 5:-1
b:wilt_weten 0:5 1:-2 5:-3
b:wilt_worden 0:-6 1:9
b:wilt_zien 0:3
b:wiskunde_a 0:3 1:-2 2:4
b:wiskunde_b 7:-3 8:10
b:wisselen_van 7:4
b:wist_? 0:10 1:-3 3:-1 6:-1 7:-2
b:wist_je 0:-13 5:2 7:2
b:wonen_en 0:3 2:2
b:woon_je 0:-8 5:12
b:woordenschat_is 0:-2 1:5 7:-2
b:word_je 0:-7 1:-5 2:2 3:-1 4:3 6:-2 7:5 8:3
b:word_jij 0:8 1:-4 3:-4 4:-2 8:9
b:worden_? 0:-15 2:-2 3:3 4:2 5:2 6:-1 8:4
b:worden_als 0:-6 1:7 7:2 8:-1
b:worden_boos 7:3
b:worden_en 0:-1 1:-1 3:3 7:-2 8:4
b:worden_in 0:3
b:worden_maar 0:-10 1:9 4:3
b:worden_meestal 0:-3 4:5
b:worden_vaak 0:-2 4:3
b:worden_voor 0:-1 5:3
b:wordt_? 0:1 1:4 5:-1
b:wordt_aangenomen 0:4
b:wordt_automatisch 7:1
b:wordt_dan 1:1
b:wordt_dat 0:-1 5:3
b:wordt_een 0:-6 1:12 4:-4
b:wordt_en 1:5 7:-2
b:wordt_er 0:-2 7:4
b:wordt_het 0:-10 1:-9 4:5 7:17 8:4
b:wordt_in 0:2
b:wordt_je 0:-4 2:2 6:3 7:3
b:wordt_kantoorwerk 0:-3 1:9 4:-4
b:wordt_kapper 8:4
b:wordt_kok 8:2
b:wordt_lastig 1:2 4:-2
b:wordt_later 0:-1 1:-1 8:3
b:wordt_niks 0:-2 1:2 4:-3 8:5
b:wordt_rijker 0:4 7:-2
b:wordt_toegelaten 2:2 7:-2
b:zaak_? 4:1
b:zag_dat 0:6 5:2 6:-1 8:-4
b:zag_er 0:-3 3:-1 5:6
b:zag_ik 0:1 1:1 5:-1
b:zag_je 0:12 1:-4 2:4 5:-2
b:zag_u 0:2
b:zakt_voor 0:2 7:-1
b:zal_je 0:-2 1:-4 4:8
b:ze_? 0:-4 1:7 6:-1 7:4
b:ze_een 0:3 4:-2
b:ze_gewoon 0:3
b:ze_heeft 1:6 7:-1
b:ze_is 0:-7 1:6 4:3
b:ze_je 1:4 8:-3
b:ze_krap 5:1
b:ze_kunnen 0:5
b:ze_leuk 0:5 2:-2
b:ze_lopen 0:7 1:-2 2:-1
b:ze_naar 6:5
b:ze_niet 0:-7 1:1 7:7
b:ze_noem 0:3
b:ze_op 0:-5 1:-2 3:8
b:ze_te 0:2
b:ze_thuis 4:3 5:-3
b:ze_vast 1:8 8:-3
b:ze_voor 0:4 1:-2 2:4
b:ze_wil 0:-7 1:2 3:7
b:ze_wilde 0:-4 3:4
b:ze_willen 3:4
b:ze_zelf 0:4 1:-3
b:ze_zo 0:6 4:-2
b:ze_zonder 0:2 1:-1
b:zeg_de 0:-1 7:9 8:2
b:zeg_het 0:3 5:2 6:-2 8:-2
b:zeg_maar 0:-3 4:4 6:2 7:7 8:-6
b:zeg_tegen 0:-3 7:2 8:12
b:zeggen_? 0:2
b:zeggen_dat 0:9 1:-2 8:-1
b:zeggen_die 0:2 3:-2
b:zeggen_tegen 0:1
b:zegt_dat 0:29 1:-3 2:2 3:4 5:1 7:-1 8:-5
b:zegt_het 0:-13 1:13 2:4 3:-2
b:zegt_iets 0:3
b:zegt_je 0:-10 1:-1 3:2 5:9
b:zegt_jouw 0:-4 1:-3 2:7
b:zegt_meer 0:2
b:zegt_niet 0:3 1:-1 8:-1
b:zegt_over 0:-11 1:11 2:-2 3:-1 5:5
b:zegt_vaak 0:4 1:-1
b:zei_dat 0:17 1:-5 8:-3
b:zei_je 0:11 1:-6
b:zeker_dat 0:3 1:-2 3:-1 4:4 5:-1 7:-1
b:zeker_van 0:3 1:-1 3:2
b:zelf_? 0:5 3:-2
b:zelf_aan 0:-7 1:9
b:zelf_als 0:7 1:-3 3:-1 4:-1
b:zelf_bedenken 0:3 8:-1
b:zelf_bedenkt 0:2
b:zelf_bepalen 0:2 1:-1
b:zelf_blij 0:3 2:-2
b:zelf_contact 0:6 8:-2
b:zelf_de 0:4 6:-2 7:4
b:zelf_die 0:1
b:zelf_een 0:-2 1:5 7:-1
b:zelf_en 0:4 1:-1
b:zelf_het 0:8 3:-1
b:zelf_in 7:6
b:zelf_je 7:4 8:-1
b:zelf_kiezen 5:1
b:zelf_naar 0:4 1:-3 3:-2 4:3
b:zelf_nog 0:-6 1:7
b:zelf_om 0:3 2:-3
b:zelf_ondernemer 0:-2 4:2
b:zelf_ook 0:-4 3:2 4:8 7:-1
b:zelf_op 0:-4 3:5
b:zelf_te 0:2
b:zelf_tegenaan 2:2
b:zelf_verder 0:3 5:-2
b:zelf_voor 0:4 1:-2
b:zelf_wat 0:2 8:-1
b:zelf_wel 6:-1 7:3
b:zelf_welk 0:6 1:-2 3:-1 8:-1
b:zelfstandig_werken 0:-3 1:10 8:-4
b:zet_de 0:4 2:-2 3:7 6:-1 7:-1 8:-2
b:zet_een 0:-1 6:4 7:-1
b:zet_hem 7:3
b:zet_ik 0:-2 7:4 8:2
b:zet_in 0:-3 2:1 6:4
b:zet_je 0:5 1:-2 6:3 8:3
b:zet_jezelf 0:-2 3:5 5:-1
b:zet_twee 0:1
b:zette_je 0:1
b:zetten_? 0:-8 1:8 6:5
b:zetten_om 0:2 1:-1
b:zich_op 8:3
b:zich_thuis 0:4
b:zich_vaak 4:2
b:zie_dat 0:3
b:zie_ik 1:4 4:-2 5:-1 6:2 7:-3 8:10
b:zie_je 0:13 1:-2 3:5 4:6 5:-4 6:-2
b:zie_jij 0:-7 1:10 3:-4 4:5
b:zie_jou 0:-1 1:-2 4:-1 8:8
b:ziek_is 4:-2 5:3
b:zieke_dieren 0:2
b:ziekenhuis_ligt 0:-2 5:3
b:ziekte_van 0:-5 5:8
b:zien_? 0:10 2:-2 4:-2
b:zien_als 0:2 1:-1
b:zien_dan 0:-1 2:3
b:zien_dat 0:7 1:-2 2:4 6:8 7:-3 8:-2
b:zien_die 0:-2 6:4
b:zien_hoe 0:7 1:-1 2:-1 3:2
b:zien_je 0:1
b:zien_waar 0:3 1:-2 3:2
b:zien_wat 0:3
b:zien_welke 0:2
b:ziet_? 0:7 1:-2 5:-1
b:ziet_dat 6:1
b:ziet_de 0:-4 6:5
b:ziet_een 0:6 2:-2 5:-1
b:ziet_er 0:-3 5:7
b:ziet_je 0:1
b:ziet_u 1:-1 4:3
b:ziet_waar 0:1
b:zij_? 0:-1 3:2
b:zij_anders 3:2
b:zij_heeft 0:-4 3:7
b:zij_is 0:-8 1:6 4:1
b:zij_jou 0:2 3:-2
b:zij_zelf 0:5 1:-2 3:-1
b:zijn_? 0:7 1:5 2:6 3:5 4:-6 8:-3
b:zijn_al 0:-2 3:5
b:zijn_alle 6:1
b:zijn_als 1:2 4:-2 7:2
b:zijn_de 0:-2 1:16 2:1 8:-5
b:zijn_die 0:-6 1:-1 2:2 3:9 5:2 7:-1
b:zijn_doeners 0:-1 1:-3 4:7
b:zijn_een 0:9 6:-2
b:zijn_eigen 0:1
b:zijn_en 0:-11 5:13 7:-1
b:zijn_er 0:-3 1:6 4:-3 5:2
b:zijn_geen 0:2 1:-2 3:-2 4:6 7:-2
b:zijn_gezakt 2:3
b:zijn_het 1:-3 3:2 4:5 5:-3 6:-2 7:-2 8:14
b:zijn_hoofd 8:5
b:zijn_je 2:1 5:-2 6:4
b:zijn_jouw 0:2 3:8 5:-1
b:zijn_keuze 5:2
b:zijn_klasgenoten 3:4
b:zijn_meestal 4:2
b:zijn_motieven 0:4 4:-1
b:zijn_na 0:4 7:-2
b:zijn_niet 1:1 4:4 7:-1
b:zijn_nog 0:-2 2:-2 6:3 7:4
b:zijn_nu 0:-2 4:3
b:zijn_of 0:4 4:-1
b:zijn_om 0:-4 1:-6 2:9 7:2 8:10
b:zijn_ook 0:2
b:zijn_over 0:-3 7:5
b:zijn_profielwerkstuk 3:2
b:zijn_sectorkeuze 0:-2 6:4 7:1
b:zijn_stageplek 4:-1 5:4 7:1 8:-1
b:zijn_trainer 0:3
b:zijn_vaak 0:1 1:-8 3:-2 4:15 5:-2
b:zijn_van 0:-1 2:-3 3:-3 4:11 6:2
b:zijn_veel 0:1 3:3 4:-2
b:zijn_verder 0:-3 3:4
b:zijn_volwaardig 0:4
b:zijn_voor 1:9 4:-1 8:1
b:zijn_weg 0:2 7:2
b:zijn_welkom 0:6
b:zijn_werk 0:-2 1:5 4:-1
b:zijn_zo 0:-1 1:-1 5:4
b:zijpaneel_laat 0:2
b:zin_? 1:2 3:-2
b:zin_in 0:7 1:-1 5:3
b:zin_meer 7:3 8:-1
b:zit_al 0:-3 1:3 3:4 4:-1
b:zit_bij 1:-3 4:6 5:2 8:-3
b:zit_dat 0:-11 3:12 4:7
b:zit_een 0:1 5:-2 7:5
b:zit_er 1:7 2:-1 4:-4 5:2 7:-1 8:11
b:zit_erop 0:1
b:zit_het 5:2
b:zit_in 0:1 1:-3 3:7 4:1 8:-2
b:zit_je 0:-5 1:-1 2:1 5:4 6:-4 7:8 8:7
b:zit_jij 0:-3 2:6 3:-4 4:-2 5:3
b:zit_motivatie 0:8 1:-3
b:zit_op 1:-2 2:5 4:5
b:zit_vaak 0:4
b:zitten_? 0:-2 1:3 3:-2 4:3 5:1 8:-1
b:zitten_daar 7:-2 8:4
b:zitten_dat 0:2 1:-2
b:zitten_de 0:-1 2:2
b:zitten_om 0:1 1:-1
b:zitten_ze 5:1
b:zo'n_doorzetter 1:4
b:zo'n_moment 0:9 4:-5
b:zo'n_prater 0:-3 1:4
b:zo'n_typische 0:-2 1:-2 4:8 8:-2
b:zo_? 0:5 1:-4 3:-2 4:6 5:-1
b:zo_anders 0:-2 3:3
b:zo_chaotisch 1:4 4:-3
b:zo_doorgaat 0:-2 1:-1 7:5
b:zo_goed 0:-6 1:-1 2:5 3:7 4:-1
b:zo_handig 1:3 4:-2
b:zo_hoog 3:2
b:zo_iemand 1:1 3:-1 4:3
b:zo_in 0:2 8:4
b:zo_lang 0:-1 3:2
b:zo_leuk 0:4 2:-1
b:zo_mager 1:-2 5:4
b:zo_moe 0:-1 5:2
b:zo_moeilijk 0:-9 1:8 3:2
b:zo_niet 6:1 7:2
b:zo_ondernemend 0:-1 3:4 4:-2
b:zo_onzeker 1:1
b:zo_passief 0:-2 1:7 3:-2
b:zo_simpel 1:-2 6:-1 7:6
b:zo_slecht 0:-4 1:8
b:zo_slordig 0:-3 1:6 4:-1
b:zo_snel 0:-3 1:8 4:2 7:-1
b:zo_snugger 1:4 8:-3
b:zo_te 0:4 1:-1
b:zo_vaak 0:-5 1:-4 4:-7 5:22
b:zo_veel 0:-9 1:10
b:zo_ver 0:-4 1:-1 3:6
b:zo_weinig 0:-2 1:7 3:-2 5:-1
b:zoals_de 0:-5 3:-1 4:8
b:zoals_een 0:1
b:zoals_in 0:1
b:zoals_je 0:3
b:zoals_jij 0:-15 1:9 3:-2 4:10 7:-1 8:4
b:zoals_thuis 0:1
b:zoals_vmbo-mbo-hbo 0:1
b:zodat_de 0:-7 1:6 3:4 6:8 7:-1
b:zodat_een 0:3
b:zodat_het 1:-2 2:5 3:-1 5:-2 6:1
b:zodat_ik 0:-1 5:3 6:2
b:zodat_je 0:1 2:7 3:-1 7:-2
b:zodat_we 0:-13 1:6 2:-2 5:13
b:zoek_een 0:-2 1:4 4:-1
b:zoek_iets 0:-3 8:3
b:zoek_je 0:2 1:4 2:-2 4:1 5:-1 8:-1
b:zoek_jij 4:2
b:zoek_liever 0:-3 4:-3 8:7
b:zoek_maar 0:-6 1:-1 8:10
b:zoek_met 0:-3 1:5 8:-1
b:zoek_op 0:10 1:-2 7:-2
b:zoeken_? 0:-2 1:-3 4:2 5:4
b:zoeken_de 0:2
b:zoeken_en 0:2 7:-2
b:zoeken_het 0:5 7:-2
b:zoeken_naar 1:4 8:-3
b:zoeken_we 0:-4 1:6 4:1
b:zoekt_? 0:2
b:zoekt_in 0:3 1:-2 7:-1
b:zoekt_u 1:-5 4:5
b:zomer_? 1:7 2:2 3:-3
b:zonde_van 0:-6 1:1 2:2 3:-2 5:1 8:21
b:zonde_zijn 8:3
b:zonder_dat 0:9 1:-3 6:1
b:zonder_diploma 0:-3 5:-1 7:9 8:-3
b:zonder_het 0:4 1:-1
b:zonder_keuze 0:-3 7:11 8:-5
b:zonder_opleiding 0:-2 4:3 7:2 8:-1
b:zonder_sommen 0:-4 1:4
b:zonder_stage 1:-2 4:-1 7:7
b:zonder_stageplek 7:3 8:-1
b:zonder_startkwalificatie 0:2
b:zonder_te 0:2
b:zonder_veel 0:-3 4:7
b:zorg_? 0:10 1:3 2:-2 4:-2 5:-2
b:zorg_daar 1:2
b:zorg_dat 0:-8 1:-2 2:1 5:-3 6:18 7:7
b:zorg_en 0:2 3:3 4:-3 5:-3 6:1 7:-3 8:-2
b:zorg_heb 0:2 4:2
b:zorg_in 1:-2 4:3 8:1
b:zorg_is 0:8 1:-3 4:2 5:-4 6:-2 7:-1 8:15
b:zorg_je 0:-5 1:5 2:7 3:3 5:-6
b:zorg_jij 0:-2 5:6
b:zorg_of 0:-2 4:6
b:zorg_past 0:-1
b:zorg_te 0:-7 2:-1 5:9
b:zorg_vind 1:4 8:-3
b:zorg_voor 2:-1 5:4
b:zorgcoordinator_of 0:1
b:zorgen_? 5:1
b:zorgen_dat 0:-1 1:4 2:2 3:-1 7:-1
b:zorgen_heb 0:3
b:zorgt_er 0:-8 5:12
b:zorgzaam_is 2:3 4:-1
b:zou_dan 0:9 1:-2 3:-1 4:-3
b:zou_dat 0:3 1:-4 3:11 8:-1
b:zou_de 2:4
b:zou_die 0:-6 8:8
b:zou_doen 0:1
b:zou_een 0:-3 3:3 4:2
b:zou_het 0:6 1:-3 2:2 3:-2 4:-2 8:4
b:zou_hieronder 0:2 1:-2
b:zou_ik 0:-12 1:-5 4:16 8:5
b:zou_je 0:18 1:26 2:-5 3:-6 4:-3 5:-8 7:2 8:18
b:zou_jij 0:7 1:-2 3:1 4:4 5:-2 8:-2
b:zou_jou 1:1 4:-1
b:zou_jouw 0:6 1:-2 3:-1
b:zou_kunnen 0:3 7:-2
b:zou_u 1:2
b:zou_verstandig 0:-1 1:-1 8:5
b:zou_vinden 0:2
b:zou_werken 0:-1 1:7 4:-1 8:-4
b:zou_willen 0:8 1:-6
b:zouden_je 0:4 1:-2
b:zoveel_als 0:4
b:zoveel_uit 0:-2 6:7 8:-3
b:zoveel_uren 0:-1 5:3
b:zullen_we 0:-3 1:-7 2:3 4:4 5:-4 6:5 7:-2 8:19
b:zus_deed 0:-4 3:6
b:zus_heeft 3:6
b:zus_is 0:-2 3:5
b:zus_koos 3:3 8:-2
b:zwaar_? 4:4
b:zwaar_voor 0:-5 1:7 4:-2
b:zwaar_wordt 1:2
b:zwaar_zou 3:-3 4:5
b:zwaarst_? 0:5 1:-2
b:zwak_dat 1:3
b:zwak_voor 0:2
b:zwakke_leerling 0:-6 1:12 3:-1 4:-5
b:zwakke_plek 0:2 1:-2
b:zwakke_punt 0:-2 1:6 7:-1 8:-1
b:zwakke_punten 0:-9 1:13 2:-1
b:zwanger_? 5:3
b:zwanger_of 5:3
b:zware_periode 5:1
c:'er_ 0:-15 1:-4 2:4 3:2 4:49 8:-4
c:'ers 0:-6 1:-3 4:23 7:-3 8:-5
c:-act 5:-1 6:2
c:-ana 0:1
c:-baa 0:1 4:-2 5:3 7:-2
c:-beg 0:7 6:-2
c:-beo 0:3 1:-1
c:-cij 0:-3 1:-2 2:10 4:-1
c:-con 7:2
c:-dip 0:-3 2:-2 4:-1 8:8
c:-dos 0:-2 6:4
c:-erv 0:4 3:-1
c:-for 0:-1 6:4
c:-ges 0:3 6:-3
c:-gro 3:5
c:-hav 0:1
c:-hbo 0:1
c:-jon 1:-2 4:3
c:-kla 0:-2 1:1 4:1 7:1
c:-lee 0:-3 1:-4 3:3 4:17
c:-mbo 0:1
c:-mod 0:-1 4:1 5:-2 6:3
c:-mom 6:2
c:-ond 0:-1 2:4 6:2
c:-ont 4:-2 8:4
c:-opd 0:-1 2:-1 3:2 6:2
c:-opl 0:-6 1:-6 2:5 3:2 4:3 6:-2 8:7
c:-out 0:-1 5:5
c:-ove 0:-3 6:5
c:-per 0:2 8:-1
c:-pla 0:-9 6:4 8:7
c:-ple 0:-2 1:7 5:1 7:5
c:-por 6:1
c:-pro 6:6 7:-3
c:-pun 0:-3 2:2 5:-4 6:10
c:-ric 0:-5 1:2 3:-1 8:5
c:-rou 8:9
c:-sch 3:1
c:-sta 2:-1 6:3
c:-stu 0:-2 1:-3 4:11 6:3
c:-toe 0:-4 1:-2 2:8
c:-tra 0:-1 1:2 4:-4 5:3 8:7
c:-up_ 0:5 1:-1
c:-ure 0:-8 5:-2 6:25 7:-2
c:-voo 0:-2 2:2 6:2
c:-wee 0:2 7:-1
c:-wer 1:-2 4:-2 5:5
c:_aan 0:19 1:11 2:-14 3:-20 4:-7 5:-7 7:8
c:_aar 0:-1 2:2 8:3
c:_abs 0:-6 1:14 4:-1
c:_acc 0:3
c:_ach 0:-2 1:17 3:29 4:6 5:-8 6:-2 7:4 8:-9
c:_act 6:5
c:_add 0:-3 4:3
c:_adh 0:-15 1:-16 4:40 5:7 8:-4
c:_adm 1:2 4:2 6:1
c:_adv 0:7 1:-4 2:2 3:-5 4:-3 7:2 8:25
c:_af_ 0:-25 1:17 2:5 3:-10 4:-11 5:-8 6:3 8:6
c:_afb 0:2 3:-1
c:_afd 0:2 1:3 3:3 5:-4
c:_afg 0:5 3:-2 4:-5 6:15 7:8
c:_afh 0:-5 1:7 3:-2 4:5 7:2
c:_afm 0:-1 1:2 7:-2 8:3
c:_afr 2:-2 6:7 7:2
c:_afs 0:-7 1:8 3:-3 4:-3 5:-2 6:4 7:7 8:7
c:_aft 0:-4 6:16 7:-4
c:_afv 0:-3 1:3 6:8 7:-1 8:-1
c:_afw 1:9 2:-1 3:5 5:2 7:-2 8:-1
c:_age 0:8 6:-3
c:_al_ 0:3 1:-2 2:-4 3:55 5:-23 6:36 7:-3 8:6
c:_alc 1:-4 4:5
c:_alf 0:-1 1:-1 4:5
c:_all 0:-7 1:17 3:20 5:-9 6:26 7:16 8:-1
c:_als 0:22 1:-7 2:-4 3:-2 4:32 5:-7 6:13 7:23
c:_alt 1:20 2:-2 3:-9 4:10 5:-3 7:-9
c:_alu 0:4 4:-2
c:_alv 1:2
c:_amb 3:10 5:-1 7:1
c:_ams 1:-2 4:3
c:_and 0:15 1:-24 2:-12 3:23 4:-29 5:-13
c:_ang 0:-6 5:12
c:_ant 0:4 1:-7 2:4 3:-3 5:-4 8:-4
c:_apo 0:2
c:_app 0:-1 3:2 6:2
c:_apr 0:6 1:-3 7:5
c:_arb 0:-9 2:4 4:8
c:_arc 0:2
c:_art 0:-4 1:-4 3:5 4:2 5:4 7:1
c:_aut 0:-3 1:-10 3:-1 4:24 7:3 8:-4
c:_avo 0:8 1:-1 3:-3 5:3 8:2
c:_baa 0:-11 1:22 3:-6 4:11 5:-2 6:-2 7:3 8:18
c:_bak 0:14 1:1 3:-1 5:-3 7:4 8:1
c:_bal 0:4 6:3
c:_ban 0:13 1:-3 4:1 7:3 8:-2
c:_bas 1:10 2:-3 6:-2 7:-2 8:2
c:_bbl 0:-20 3:6 4:8 5:6 6:-2 7:-2 8:12
c:_bea 0:1 5:-1 6:8
c:_bed 0:19 1:-1 2:-6 3:5 5:7 6:-5 8:6
c:_bee 0:-1 1:11 2:7 5:13 7:6 8:-2
c:_beg 0:-2 1:-1 2:3 3:-5 4:11 6:6 7:-7 8:6
c:_beh 1:13 2:-4 3:16 4:-8 5:3 6:3 7:-2 8:-2
c:_bei 0:-2 5:10
c:_bek 0:33 3:1 4:-5
c:_bel 0:22 1:-8 3:-3 4:3 6:-3 7:23 8:-4
c:_ben 0:-15 1:23 2:-7 3:7 4:8 5:9 6:-13 7:-21
c:_beo 0:3 1:-3 2:7 3:-1
c:_bep 0:-9 1:7 2:2 3:2 4:3 6:-7 8:-6
c:_ber 0:31 1:8 2:-4 3:-8 4:2 5:-11 6:15 7:-9
c:_bes 0:15 1:-7 3:-2 4:12 5:-12 6:-12 7:18 8:18
c:_bet 0:-7 1:-11 3:7 4:4 5:12 6:-14 7:-8 8:31
c:_bev 0:-4 1:-1 4:4 5:4 6:15 7:-2 8:3
c:_bew 0:17 1:-9 3:-3 4:16 6:23 7:4 8:-4
c:_bez 0:12 1:-8 3:9 4:2 5:-3 6:15 7:-4 8:-4
c:_bie 0:2 1:7 3:-3 8:2
c:_bij 0:9 2:2 3:15 4:-3 5:14 6:-5 7:-19 8:-8
c:_bin 0:9 2:9 3:-2 4:-3 5:-3 6:9 7:2
c:_bio 0:-2 2:6 3:2 4:2 5:-3 6:-1 8:4
c:_ble 0:16 1:-4
c:_bli 0:-2 1:17 4:-2 5:-3 6:-6 7:9 8:24
c:_blo 0:-11 2:2 4:14 5:22 8:-5
c:_boe 0:11 1:4 2:-1 3:-1 4:16 6:4
c:_bol 0:-3 3:-2 4:2 5:3 8:2
c:_boo 0:6 1:-3 2:-1 7:6 8:-2
c:_bou 0:1 1:-3 3:-1 4:20 5:7 6:-2 7:-2
c:_bov 0:-11 1:4 2:18 4:8 5:-3 7:5
c:_bpv 0:7 1:-4 4:-4 6:18 7:-3 8:-5
c:_bra 0:8 1:-2 5:-1
c:_bre 0:14 1:8 2:1 4:-2 6:-2
c:_bri 7:2
c:_bro 0:-15 1:-8 3:26 4:-4 5:11 6:1 7:-5 8:18
c:_bru 0:7 1:5 2:3 4:-1 8:-2
c:_bui 0:11 2:-5 3:-5 4:1 5:-7 6:-7 7:4 8:4
c:_bur 5:4 7:1 8:-1
c:_bus 0:2
c:_buu 0:2 3:4 4:7 5:-7
c:_cap 0:-4 1:16 4:-2
c:_cen 2:3
c:_cer 0:1 7:3
c:_cha 1:23 2:1 4:-5 6:2 7:1 8:-1
c:_che 0:-8 5:5 6:12 7:2
c:_chr 0:-4 4:7
c:_cij 1:-5 2:69 3:2 5:-5 6:-3 8:4
c:_cit 0:-3 1:-2 2:11
c:_coa 0:3
c:_coh 0:-5 3:10 4:-1
c:_col 0:11 1:2 4:-3 5:-2
c:_com 0:-4 1:2 4:8 5:6 6:28 7:-2 8:-6
c:_con 0:20 1:17 3:-2 4:-13 5:7 6:-6 7:1
c:_cre 0:-4 1:5 4:6 5:-1 7:-2 8:2
c:_cul 0:-3 1:-1 4:14 5:-2 8:2
c:_cur 2:-3 3:5
c:_cv_ 7:3 8:3
c:_daa 0:-20 2:8 3:19 4:1 5:-4 6:-28 7:-6 8:13
c:_dac 0:12 1:-4
c:_dag 0:15 1:-3 2:-7 3:8 4:-3 5:13 6:8 8:-9
c:_dan 0:-5 3:3 4:-8 5:-3 6:12 7:11 8:-4
c:_dap 0:4 8:-1
c:_dat 0:6 1:-3 3:13 4:-6 5:-10 6:-4 7:8 8:21
c:_de_ 0:3 1:-18 2:-9 3:11 4:-14 6:-3 8:5
c:_dea 0:6 1:-3 3:-3 4:-3 7:12
c:_deb 0:1
c:_dec 0:10 3:-3 4:-2 5:-2 6:9 8:3
c:_ded 0:8 1:-2 4:-1
c:_dee 0:20 1:-7 2:-2 3:19 4:-1 5:-3 6:12 7:7
c:_def 0:-9 4:6 7:8 8:-1
c:_deg 0:-3 3:5 4:-2 8:1
c:_del 0:7 1:-3 3:2 4:-1 5:6 7:-1
c:_dem 0:3 3:-3
c:_den 0:-15 1:3 2:3 4:21 5:-16 6:-12 7:11
c:_dep 0:-10 1:-1 5:25 8:1
c:_der 0:-3 1:-1 3:6 5:4 6:-2 7:5 8:-3
c:_des 0:-1 3:2
c:_det 0:-5 1:8 5:-2
c:_deu 0:9 1:-6 5:-1 6:-3 7:6 8:11
c:_dez 0:3 1:-20 3:5 4:-7 5:-16 6:11 8:-17
c:_dia 0:-8 1:-2 5:21 6:-2
c:_dic 0:9 1:-8 2:4 3:-3 5:-9 7:5 8:3
c:_die 0:17 1:-2 2:10 3:9 4:-24 6:-11 7:-18 8:9
c:_dig 4:3 5:-1 6:3
c:_dij 0:3 1:-2 4:-1
c:_din 0:20 1:29 2:2 3:-2 6:-1 7:-3 8:-4
c:_dip 0:6 1:-7 2:3 3:-4 5:-6 6:-7 7:9 8:1
c:_dir 7:3
c:_dis 0:-1 1:7 2:-1 4:-3 7:-1 8:2
c:_dit 0:8 1:-8 2:18 5:-3 6:25 7:17
c:_doc 0:5 1:12 2:2 4:-1 8:-2
c:_doe 0:-2 1:-17 2:3 3:4 4:7 5:-4 8:26
c:_dok 0:1
c:_dom 0:-23 1:11 2:3 4:4
c:_don 1:-1 5:4 6:-3 7:2
c:_doo 0:9 1:-2 2:5 3:-5 4:-13 6:8 7:8 8:-6
c:_dor 1:-2 3:-1 4:6 8:-2
c:_dos 0:-6 1:4 3:-1 4:1 5:-2 6:19 7:1 8:-2
c:_dra 0:-6 2:-1 3:-2 4:1 5:6 6:-2
c:_dri 1:-2 2:4 3:4 4:-9 5:5 6:16 8:-7
c:_dro 1:-9 2:-2 3:-2 4:6 5:-3 6:4 7:4 8:12
c:_dru 0:11 1:-3 4:5 5:-4 7:2 8:-2
c:_dui 0:-8 1:9 2:11 3:-2 4:-6 5:-4 7:3 8:7
c:_duo 0:3
c:_dur 0:26 1:-5 5:3 7:-2 8:-1
c:_dus 0:-35 1:30 2:-8 3:6 4:30 5:-11 6:-4 7:13
c:_duu 1:4 6:4 7:-1 8:-2
c:_dys 1:-17 2:2 4:40 5:-4 6:1 7:-2 8:-1
c:_ech 0:14 1:3 2:-6 3:-6 4:28 5:-7 6:-7 7:13
c:_eco 0:-1 1:3 2:10 3:-8 4:2 5:-5 7:-4 8:4
c:_een 0:26 1:21 2:18 4:41 6:-11 7:-4 8:-19
c:_eer 0:25 1:7 2:7 4:-6 5:-9 6:-8 7:-6 8:6
c:_eet 0:-20 1:-2 5:45
c:_eeu 0:-2 7:2
c:_eig 0:17 1:12 2:-8 3:-6 4:7 5:4 6:-11 7:-11
c:_ein 0:-16 1:2 2:20 4:-1 5:-2 6:3 7:33
c:_ele 0:-2 3:9 4:-2 8:-1
c:_elk 0:21 1:-10 2:-3 4:-13 6:20 7:4 8:-4
c:_en_ 0:32 1:-18 2:6 4:-35 5:9 6:-10 7:9 8:-6
c:_ene 0:20 1:-3 2:-2 3:-4 4:6 5:4
c:_eng 0:-4 1:25 2:7 3:1 6:2 8:-3
c:_eni 0:-11 1:-7 3:20 4:-2 6:2 7:4 8:6
c:_enk 0:8 1:1 2:-2 3:-2 4:-1
c:_ent 0:-2 1:-2 2:9 3:5 7:-1 8:8
c:_er_ 0:8 1:2 2:-15 3:-9 4:-34 5:17 6:7 8:-6
c:_era 0:4 1:4 2:3 7:4
c:_erb 0:3 6:4 7:3
c:_erg 0:15 1:6 4:-2 5:12 7:-8
c:_eri 0:6 1:-2
c:_erm 0:6 4:1 8:-1
c:_ern 0:9 1:-4 3:-1 7:9 8:-3
c:_ero 0:-1 1:-2 2:8 3:-3 5:3 6:9 7:11 8:-2
c:_ert 0:1
c:_eru 0:9 1:7 6:2 7:10
c:_erv 0:43 1:2 2:5 3:2 4:-3 7:-6 8:-2
c:_ete 0:1 1:-2 2:-1 5:12 6:-3
c:_eve 0:-6 1:-1 3:10 5:14 6:28 7:-4 8:-2
c:_exa 1:-12 2:10 3:-2 4:1 5:-5 7:7 8:5
c:_exc 0:5 3:-2 7:7
c:_exp 0:2
c:_ext 0:-12 1:15 4:-1
c:_faa 0:-3 1:9 2:-2 3:-1 5:-1
c:_fal 0:11 7:-2 8:-4
c:_fam 0:7 1:-2 3:-1 4:13
c:_fas 0:1
c:_fav 0:6 6:-2 7:-1
c:_feb 0:5 7:-2
c:_fee 0:5 3:-2 5:5
c:_fei 0:-2 1:10 3:-1 5:-2
c:_ff_ 0:-2 6:6 7:-1
c:_fie 0:10 1:-4 4:-1 5:2
c:_fij 0:2 1:2 2:-1 3:-2 6:-2 8:-6
c:_fil 0:8 1:-3 6:-2
c:_fin 1:-2 3:-2 5:6
c:_fix 0:8 1:-2 7:7 8:-4
c:_fle 1:-2 4:4
c:_fli 0:-4 3:4 4:-1 5:4 7:6 8:-1
c:_flu 0:-3 7:6
c:_for 0:-2 1:1 6:14
c:_fot 0:-3 6:10 7:-2
c:_fou 0:-10 1:8 2:4 4:4 6:-2 7:6
c:_fra 0:-4 1:4 2:6 3:-1 4:-3 5:-1 7:1 8:1
c:_fun 1:6 4:2 7:-2 8:-2
c:_fys 5:4
c:_ga_ 0:-15 1:8 5:-6 8:24
c:_gaa 0:-22 1:14 2:17 5:30 6:-6 7:-4 8:5
c:_gaf 0:28 1:-1 2:-3 4:-1 6:1
c:_gam 0:-4 1:-2 3:-1 4:11 5:15 6:2 7:1
c:_gan 0:2
c:_gap 1:-2 5:3
c:_gar 0:3 3:4 4:-1 7:3 8:-2
c:_gas 0:6 1:3 3:-3 5:-1
c:_gat 1:1 2:7 4:-2 7:3
c:_gav 0:1
c:_geb 0:-4 1:9 3:-4 4:-5 5:20 6:-3 7:11 8:7
c:_ged 0:5 1:-14 2:-11 3:2 5:-7 6:9 7:-8 8:4
c:_gee 0:2 1:32 2:-11 4:11 5:-7 6:-14 7:32 8:-6
c:_gef 0:8
c:_geg 0:-2 1:7 3:3 4:-2 5:-2 8:10
c:_geh 1:3 2:11 4:-3 5:-5 6:5 7:-2 8:-2
c:_gek 0:-10 1:-4 2:-4 3:3 5:-8 6:2 7:12
c:_gel 0:27 2:-5 3:-11 4:18 6:5 7:-4 8:8
c:_gem 0:-8 1:-11 2:31 3:13 4:5 5:-8 6:10 8:-3
c:_gen 0:-11 2:2 3:-8 4:-5 5:8 6:2 7:-11 8:10
c:_gep 0:3 1:-1 6:2
c:_ger 0:14 1:7 2:-1 4:-2 5:-2 6:11 7:-6 8:6
c:_ges 0:25 1:-14 2:-6 3:-9 4:-7 5:5 6:13 7:8
c:_get 0:-3 2:1 5:-1 6:8
c:_geu 6:6
c:_gev 1:14 2:-8 3:3 4:-7 5:-2 6:23 7:4
c:_gew 0:16 2:-11 3:-6 4:1 5:3 6:-12 7:-8 8:8
c:_gez 0:-18 1:-3 5:22 6:-6 7:-7 8:7
c:_gin 0:25 1:-7 2:2 3:3 4:-2
c:_gl_ 1:6 2:3 7:-3
c:_gli 0:7 6:-2 7:-1
c:_goe 0:13 1:-6 2:3 3:-6 4:8 5:-13 6:-12 8:6
c:_gok 0:1
c:_gou 1:6 4:-4
c:_gra 0:41 1:-12 4:9 6:3 7:-5 8:-3
c:_gre 0:-2 1:6 2:2
c:_gri 0:-1 1:-4 4:11
c:_gro 0:6 1:-6 2:-6 3:43 4:2 5:-8 6:2 8:-2
c:_gym 0:-9 1:-2 4:16 5:5 8:-2
c:_haa 0:-56 1:12 2:10 4:-23 5:11 6:-19 7:13 8:-15
c:_had 0:14 1:-12 2:12 3:11 4:-2 5:-3 6:1
c:_hak 0:3 5:-2 6:-2 7:5
c:_hal 0:-4 2:21 3:6 5:-1 6:3
c:_han 0:-24 1:-6 2:4 4:26 5:-12 6:9 7:2
c:_har 0:-1 3:4 5:-2 6:-1 7:-1 8:2
c:_hav 0:2 1:-4 3:9 4:32 5:-5 6:-5 7:-2 8:30
c:_hbo 0:3 1:-9 3:8 4:9 5:-5 6:-7 7:-6 8:24
c:_he_ 1:3 2:2 3:-3 5:8 6:-2
c:_heb 0:-14 1:-8 4:12 5:-1 6:42 8:1
c:_hee 0:-10 1:-5 2:-1 3:16 4:-4 5:11 7:7 8:5
c:_hef 0:1
c:_hel 0:36 1:11 3:5 4:-3 5:9 6:-2
c:_hem 0:-1 1:9 2:-3 3:3 4:9 5:-5 7:-2 8:12
c:_hen 0:-3 1:-2 3:4 5:3
c:_her 0:-11 1:-6 2:13 3:-4 4:16 8:-2
c:_het 0:3 2:-9 3:5 4:-5 6:18 7:-6
c:_hie 0:35 1:-11 3:8 4:-1 5:3 6:4 7:-3 8:-8
c:_hij 0:-31 1:12 2:7 3:4 4:-19 6:-16 7:5 8:-8
c:_hob 1:-2 6:-2 7:-2 8:10
c:_hoe 0:24 1:-11 2:35 3:2 4:-26 5:5 7:-27 8:-16
c:_hog 0:-8 1:-1 2:6 4:5 7:-1 8:6
c:_hoo 0:-14 1:3 2:-10 3:2 4:20 6:-19 7:-16 8:10
c:_hop 1:3 3:-3
c:_hor 0:4 1:16 3:-5 4:27 5:-2 7:2 8:-10
c:_hot 0:4
c:_hou 0:-26 1:10 2:2 3:-1 4:14 6:-6 8:9
c:_hui 0:4 1:-2 2:-1 3:-3 5:8 6:-1 7:4 8:2
c:_hul 0:11 1:3 4:-3 5:-5 7:-1
c:_hun 0:2 1:-2 2:3 3:18 4:7 5:-5 6:-1 7:-1
c:_huu 1:-2 3:-1 5:5
c:_ict 0:8 1:-7 3:-1 4:12 5:1 6:-2 7:-4 8:4
c:_ide 0:23 1:3 4:2 5:-3 6:-2 7:-7 8:5
c:_ied 0:11 2:-2 3:3 4:-11 5:-3 7:13 8:-6
c:_iem 0:17 1:16 3:-4 4:-3 5:3 6:-1 8:6
c:_iet 0:20 1:7 2:-4 4:11 5:-9 7:-15 8:-4
c:_ik_ 0:-1 1:-15 2:-1 3:-4 5:13 6:20 7:25 8:47
c:_in_ 0:14 1:-4 2:-13 4:12 5:11 7:-6
c:_ind 0:2 1:4 7:-2 8:-2
c:_inf 0:12 1:-9 2:-2 4:3 6:-5 8:-4
c:_ing 0:-7 1:-8 3:10 6:11 7:19 8:-8
c:_inh 0:-5 1:-4 2:5 3:6 5:-1 6:7
c:_ini 0:-8 1:17 3:-3
c:_inl 0:-1 4:-1 5:5 7:3
c:_inm 0:-1 2:-2 5:-3 6:8
c:_ins 0:-3 1:9 4:-3 5:-3 6:12 7:11 8:2
c:_int 0:25 1:3 2:-1 3:5 4:-6 6:7 8:-7
c:_inv 0:-6 4:1 5:14 6:12 8:-3
c:_inz 1:21 2:-1 5:-4 7:-1 8:-1
c:_is_ 0:-14 1:12 2:-9 3:-12 4:-1 5:10 6:17 8:23
c:_isk 0:-5 1:-2 3:6 4:2
c:_jaa 1:-6 2:2 3:27 4:-14 5:-5 6:7 7:19 8:-1
c:_jan 2:1 7:10 8:-5
c:_jar 0:-6 1:2 3:2 7:7
c:_je_ 1:-17 2:3 3:-11 4:-23 5:16 6:12 7:17 8:-2
c:_jeu 5:9 6:-5
c:_jez 0:4 1:13 3:1 4:4 5:-2 6:-3 7:-6 8:-3
c:_jij 1:20 2:-6 3:66 4:29 5:-12 6:-14 7:-5 8:20
c:_jon 0:-4 1:-6 2:2 3:-1 4:40 6:3 7:4 8:-3
c:_jou 1:37 2:-12 3:37 4:19 5:-18 6:-18 7:-8 8:42
c:_jui 0:21 1:-2 3:-2 8:5
c:_jul 0:-9 1:-6 3:13 4:1 5:19 7:-2 8:-7
c:_jun 0:-2 2:7
c:_jur 1:-1 4:-2 8:5
c:_kaa 1:1 4:-2
c:_kad 0:-9 1:6 2:2 3:-2 4:6 7:-1 8:3
c:_kam 0:-2 1:-2 4:-2 5:9
c:_kan 0:25 1:11 2:-9 3:-2 5:-13 6:6 7:19 8:-18
c:_kap 0:2 1:-5 4:7 7:-2 8:9
c:_kar 0:-2 1:-3 8:9
c:_kas 0:1
c:_kee 0:3 1:13 4:-8 5:-4 6:-3 7:13 8:-6
c:_ken 0:47 1:6 2:3 4:1 5:-2 7:-5 8:-3
c:_ker 0:4 1:-4 2:3 3:-4 5:-6 6:11 7:11 8:-6
c:_keu 0:29 1:-11 2:-7 3:5 4:-5 7:24 8:-1
c:_kie 0:-8 2:-4 3:5 4:16 5:-2 6:-3 7:31 8:39
c:_kij 0:10 2:5 3:7 4:1 5:-3 6:-1 7:-15 8:-9
c:_kin 0:-11 1:-4 3:9 4:20 6:-3 7:-4 8:14
c:_kla 0:4 1:-8 2:-4 3:62 4:4 5:-12 6:18 7:-7
c:_kle 0:10 3:-7 6:-7 7:-2
c:_kli 0:8 1:-1 4:-5 6:10
c:_klo 1:-1 3:-2 4:8 5:-4 6:6 7:9 8:-5
c:_klu 0:19 1:-3 5:-1 7:1 8:2
c:_kna 0:13 4:1 7:-2
c:_kni 5:2
c:_kno 0:-4 7:5
c:_koe 0:1
c:_kok 0:-4 1:8 2:2 6:2 8:18
c:_kom 0:-10 1:13 2:2 4:14 5:-7 6:-7 7:10 8:-4
c:_kon 0:6 1:-2
c:_koo 0:4 1:-3 3:8 4:-1 7:-3 8:7
c:_kop 0:5 2:1 3:6 6:6 7:-1 8:-2
c:_kor 0:-9 1:24 2:-2 4:2 5:-3 6:17 7:-5 8:2
c:_kos 0:8 1:-3 2:1 3:-1 4:-1 5:3 7:3 8:-1
c:_kra 0:3
c:_kre 0:4 1:-2 2:3 3:2 5:-1
c:_kri 0:-6 1:2 2:3 3:-12 4:-9 5:4 6:-1 7:13
c:_kru 0:-7 1:-1 6:17 7:-3 8:-4
c:_kun 0:-22 1:21 3:-8 4:-16 5:2 6:-18 7:5 8:8
c:_kwa 0:19 1:12 3:3 4:-3 5:-1 6:7 8:-4
c:_kwi 1:15 2:2 4:-2 5:-1 6:1 7:8
c:_laa 0:-26 1:-5 2:17 3:2 4:-9 5:3 6:-2 7:8
c:_lab 0:2 8:3
c:_lad 0:5 4:-1
c:_lag 0:-10 1:8 2:2 3:7 6:-1 8:2
c:_lan 0:-14 1:3 2:-5 4:7 5:9 7:25 8:-5
c:_las 0:9 1:19 3:-3 4:6 5:15 6:-1 8:-3
c:_lat 0:7 1:4 2:6 3:-9 4:-5 5:-15 7:-1 8:10
c:_law 0:2 8:-1
c:_lee 0:16 1:1 2:-5 3:25 4:-15 8:10
c:_lef 0:4 7:-1
c:_leg 0:12 3:9 4:-2 5:-2 7:3 8:-5
c:_lei 1:10 3:-1 4:2 5:-1 8:-1
c:_lek 0:-5 1:3 4:-2 8:8
c:_len 0:3 5:5 6:-2
c:_ler 1:3 2:-9 3:11 4:6 5:-7 6:-5 7:-9 8:2
c:_les 0:16 1:5 3:3 7:-1 8:-2
c:_let 0:-13 1:2 3:-2 5:13 7:2
c:_leu 0:23 1:5 2:-3 3:-6 4:5 5:-3 6:-7 7:9
c:_lev 1:-5 2:1 4:-2 6:8 7:14 8:5
c:_lez 0:-14 1:21 4:2
c:_lic 0:-4 1:10 2:1 3:9 4:-6
c:_lie 0:31 1:6 2:-2 3:-4 4:13 5:-7 7:-3 8:6
c:_lig 0:-24 1:1 3:1 4:4 5:1 6:-13 7:-3 8:-14
c:_lij 0:6 1:-1 2:-1 4:4 5:-3 6:9 8:8
c:_lin 1:8 3:-2
c:_ll_ 0:-5 1:7 3:1
c:_lo_ 0:3 1:2 2:-1
c:_lob 0:-16 2:-5 3:5 4:3 5:4 6:76 7:-7
c:_log 0:-2 1:-3 4:7 7:2 8:11
c:_lon 0:-1 1:4 4:-1 8:-1
c:_loo 0:2 1:13 2:-3 4:-8 6:10 7:-2 8:-7
c:_lop 0:9 1:-3 3:2 6:1
c:_los 0:13 1:3 2:-6 8:2
c:_lot 1:-1 3:3
c:_luc 4:-3 8:7
c:_lui 0:13 2:2 3:-2 4:13 7:-1
c:_luk 0:2 1:20 3:4 4:-9 5:4 7:-1 8:-2
c:_maa 0:4 1:6 2:-17 3:-13 4:-18 5:-22 7:21 8:15
c:_mac 0:3 1:4 3:-5 4:-1
c:_mag 0:14 1:-9 2:6 3:-8 4:-4 6:5 7:10 8:-10
c:_mai 0:-4 6:4 7:4
c:_mak 0:8 1:-3 2:4 6:4 7:8
c:_man 0:4 1:3 3:-2 4:2 5:2 6:-3 8:-4
c:_map 0:-1 6:8 8:-1
c:_mar 0:5 1:2 4:11 5:-1 7:-1 8:-4
c:_mat 0:-7 1:5 2:12
c:_mav 0:-2 3:-3 4:7 8:6
c:_mbo 0:-2 1:-1 2:9 3:7 4:20 5:-3 7:-4 8:26
c:_me_ 0:3 2:-3 3:-6 5:-9 6:4 7:-6 8:2
c:_med 0:-6 1:-7 3:15 4:-5 5:27 6:-1 8:5
c:_mee 0:28 1:-14 2:-14 4:16 5:-10 6:3 7:5 8:-4
c:_mei 0:9 1:-5 3:-3 4:76 6:4 7:17
c:_mel 0:-13 1:-3 2:1 3:-3 6:7 7:21 8:6
c:_men 0:23 1:-10 3:3 4:-3 7:-1 8:2
c:_mer 0:32 1:-10 2:-2 3:-1 5:8 7:-3 8:2
c:_met 0:-3 1:15 3:-5 4:10 5:7 6:-12 7:-15 8:18
c:_mid 0:-5 5:6
c:_mig 0:-6 4:9
c:_mij 0:-10 1:-3 2:-2 4:-6 5:6 6:14 7:4 8:36
c:_mik 0:-10 1:-4 2:5 5:-1
c:_mil 0:-3 3:5
c:_min 0:-28 1:4 3:6 4:2 5:-14 6:1 7:-10 8:-13
c:_mis 0:-11 1:64 3:-9 5:3 6:-6 7:16 8:-17
c:_moc 0:10 1:-2 4:-3
c:_mod 2:4 5:-2 6:3
c:_moe 0:-23 1:8 2:-1 3:-18 4:-9 5:21 6:2 7:3
c:_mog 0:11 1:-3 2:11 3:2 4:1 5:-1 7:-2 8:-2
c:_mom 0:17 1:-1 2:10 3:1 4:-2 5:4 6:-2 8:-1
c:_mon 5:-3 8:6
c:_moo 0:26 2:-3 4:4 6:-2 8:-3
c:_mor 0:-9 7:23 8:-5
c:_mos 0:-5 1:-9 4:21 5:-1 8:-2
c:_mot 0:18 1:7 2:-3 3:3 4:-8 5:-6 8:-9
c:_muz 0:1 1:-5 2:6 3:3 7:-1 8:9
c:_na_ 0:6 1:-7 2:-7 3:2 4:-10 5:1 6:-9 8:29
c:_naa 0:5 1:-11 2:4 3:17 5:3 6:-19 7:-4 8:-2
c:_nac 0:1 2:-2 4:-1 5:26 8:2
c:_nad 0:6 4:3 7:2 8:-5
c:_nag 4:4
c:_naj 0:3 1:-1
c:_nam 0:8 4:-2 6:2
c:_nat 0:9 2:3 3:5 4:28 7:-4 8:-2
c:_nau 0:2 3:4
c:_ned 0:-5 1:13 2:1 4:3 5:2 6:-4 7:-10 8:-4
c:_nee 1:-14 2:-8 3:16 4:-7 5:8 6:2 7:-6 8:3
c:_neg 0:-1 1:-6 3:3 4:5 7:4 8:-3
c:_nem 0:-6 1:13 3:4 4:1 8:25
c:_ner 0:-7 1:11 3:2 4:-6 5:2 7:4 8:-1
c:_net 0:17 1:-3 2:8 3:12 4:1 5:-3
c:_nic 0:-4 3:14
c:_nie 0:11 2:-21 3:-11 4:11 5:-19 6:-2 7:5 8:6
c:_nik 0:-9 1:5 2:-1 3:4 4:3 5:-2 8:12
c:_niv 1:2 2:-3 3:1 4:3 5:-2 6:-3 8:21
c:_nod 0:5 2:13 3:-2 4:-7 6:4 7:-7 8:-2
c:_noe 0:26 1:-3 4:2 7:-4 8:-6
c:_nog 0:-18 1:12 2:-15 4:-20 5:2 6:18 7:22 8:-32
c:_noo 0:-8 1:35 3:-7 4:-2 6:1 7:12
c:_nor 0:6 1:-2 2:1 3:2 5:-1 7:-4 8:2
c:_not 0:-6 1:7 5:12 6:8 7:-2 8:-2
c:_nou 0:-6 1:8 3:6 4:-2 6:-2 8:12
c:_nov 1:-1 2:1 3:1
c:_nt_ 8:3
c:_nu_ 0:17 2:1 3:-16 4:-6 5:-3 6:4 7:36 8:-15
c:_num 0:8 1:-1 7:4
c:_nut 0:5
c:_och 0:2 5:2
c:_oef 0:5 2:6
c:_of_ 0:46 1:-16 2:10 4:15 5:50 7:-2 8:-22
c:_oke 1:6 7:-2
c:_om_ 0:40 1:-5 2:20 3:18 4:-14 5:14 6:-5
c:_oma 0:-4 5:5
c:_omd 1:16 2:3 3:-1 4:27 5:5 8:-11
c:_omg 0:13 1:4 4:-3 5:-4 8:-3
c:_omh 0:-6 1:-2 2:15
c:_oml 0:-8 2:10
c:_oms 0:5 1:-1 5:-1
c:_omw 0:8 4:-1 7:-1 8:-2
c:_ond 0:2 1:5 2:-7 3:6 4:-3 5:-8 6:11 7:-14
c:_ong 0:-6 1:16 3:-1 4:1 5:3 8:1
c:_onh 0:-3 1:20 4:-2 6:1 7:2 8:-3
c:_onl 0:10 1:-3 4:-2 5:4
c:_ons 0:3 1:-1 4:-2 6:3 8:9
c:_ont 0:14 1:7 2:-8 4:-3 5:9 6:18 7:-8 8:-7
c:_onv 0:-12 2:17 5:-1 6:-3 7:4 8:4
c:_onz 0:-3 1:8 4:3 8:-2
c:_ooi 1:8 4:-2 5:1
c:_ook 0:23 1:-2 2:-4 3:22 4:16 5:4 6:-7 8:-15
c:_oom 0:3 8:-1
c:_oor 0:-7 1:-1 2:3 5:10
c:_op_ 1:-3 2:9 3:14 4:-4 5:-14 6:9 8:-10
c:_opa 0:-8 5:12
c:_opb 0:2 2:-1
c:_opd 0:6 2:5 3:-3 4:-3 5:-2 6:14 7:-2
c:_ope 0:16 1:-12 3:10 4:-12 5:1 6:12 7:-11 8:-3
c:_opg 0:9 1:13 3:-4 4:-1 6:-2 8:3
c:_oph 0:-2 2:10 5:-2 7:-1
c:_opk 0:3 2:5 5:-2 8:-1
c:_opl 0:19 1:7 2:-8 4:-4 5:-2 6:-11 7:5 8:2
c:_opm 0:1
c:_opn 0:2 7:5 8:-1
c:_opp 0:8 1:5 3:-2 4:-4
c:_ops 0:-1 1:2 6:3 7:5 8:-2
c:_opt 0:-1 1:1 4:3 6:-1 7:2 8:2
c:_opv 0:-10 1:18 3:2 4:-2 5:11
c:_opz 0:-3 1:-1 2:-3 3:12 8:1
c:_ord 1:1 3:3 6:3 8:-1
c:_org 0:2 1:2 8:-1
c:_ori 0:4 1:5 3:4 4:-2 5:-1 6:-1 7:3
c:_oud 0:3 1:-12 2:-12 3:-11 4:1 5:15 6:-6 7:6
c:_ove 0:10 1:-9 2:9 3:-24 4:5 6:-14 7:-2
c:_paa 0:7 1:-3 3:-2 4:3 7:5 8:-3
c:_pab 0:-5 1:4 2:12 3:-2 4:-1 5:1 8:12
c:_pak 0:-9 1:-9 2:9 3:2 5:4 6:-3 7:-3
c:_pan 0:-6 5:13 6:-1
c:_pap 7:3 8:-2
c:_par 0:-5 2:-1 3:1 5:4 6:10
c:_pas 0:-4 1:7 2:6 3:-7 4:18 5:-2 7:-13 8:9
c:_pat 0:2
c:_pec 0:-4 7:7
c:_ped 0:-2 1:-1 8:6
c:_per 0:-2 1:-3 2:33 3:-4 4:-1 5:12 6:6 8:5
c:_pie 0:-3 1:10 3:-2
c:_pij 0:-3 2:4 5:5
c:_pil 0:-6 1:-1 5:14 6:-1 8:4
c:_pit 0:2
c:_pla 0:4 1:4 2:-10 3:-5 4:-12 6:4 7:-6 8:4
c:_ple 0:18 1:-4 3:-2 4:5 5:-3 6:-1 7:18 8:8
c:_pod 0:3
c:_pog 0:2 2:-1
c:_pol 0:-3 1:-5 3:3 4:3 8:12
c:_poo 0:-5 4:7
c:_por 0:-2 1:-1 3:7 4:2 6:26 7:4
c:_pos 1:-2 2:2 7:3 8:-1
c:_pra 0:21 1:16 3:-2 4:2 5:-3 6:4 7:-10 8:-9
c:_pre 0:2 1:2 2:-7 3:12 4:-8 5:6 6:-3
c:_pri 0:4 1:-1 4:-4 5:5 6:-2 7:-4 8:7
c:_pro 0:10 1:27 2:13 3:-2 4:-9 5:-7 6:14 8:-2
c:_psy 0:-16 1:-3 2:-3 5:30
c:_pta 0:-5 2:13 3:-1
c:_pub 0:1
c:_pun 0:-7 1:12 2:28 4:1 5:-2 6:-2 8:2
c:_puz 0:1
c:_qom 0:-1 6:4
c:_qua 0:-3 1:11 2:2 3:-2 8:-2
c:_raa 0:9 1:7 3:-4 4:-2 6:-1 7:3 8:7
c:_rad 1:3 4:-2
c:_rak 0:10 1:-4
c:_ram 0:3 1:4 4:-4
c:_ran 1:-2 4:6 8:-1
c:_rap 0:-9 2:29 4:-3 5:-2 6:3
c:_rea 0:8 1:-5 4:2 5:-2 6:-3 8:6
c:_rec 1:-5 2:2 4:10 5:-3 6:-4 7:-13 8:10
c:_red 0:-13 1:11 2:3 3:-2 4:12 5:6 7:-3
c:_ref 2:-1 6:18 7:2
c:_reg 0:-10 1:3 5:-4 6:2 7:1 8:5
c:_rei 0:1
c:_rek 0:-16 1:13 2:17 3:-4 5:5 6:-9 7:6 8:-8
c:_rel 0:-1 5:9
c:_ren 0:4 3:-2
c:_rep 0:-8 1:13 5:-2
c:_res 0:1 1:-4 2:7 3:13 4:-1 5:-4 6:3
c:_ric 0:10 1:2 2:-7 3:6 5:-6 6:-7 7:-3 8:8
c:_rij 0:11 2:4 3:2 4:-3 7:-2
c:_ris 0:8 1:7 3:-2 4:-1
c:_rit 0:3 4:-2 5:2
c:_roc 1:4 3:2 6:-2 7:1
c:_rod 0:-3 2:4
c:_rol 0:8 1:3 3:-3 5:-1 8:-2
c:_rom 0:-1 1:10 3:-2 6:6
c:_ron 0:10 1:-4 4:-1 5:11 6:12 7:-3 8:2
c:_roo 0:-8 2:3 5:7 6:5
c:_rot 0:5 1:-3 5:-1
c:_rou 0:28 1:6 3:-1 5:-1 7:-7 8:5
c:_rug 0:1 1:1 3:-1 4:-2 5:10
c:_rui 0:12 2:3 6:-2 7:8 8:-2
c:_rus 0:-1 1:5 2:-1 3:7 4:8 5:9 6:-1 8:-7
c:_ruz 0:-11 5:16 8:-2
c:_sal 0:1 1:-2 4:2 5:3
c:_sam 0:22 1:8 2:9 4:-8 5:6 6:-8 7:-10 8:-13
c:_san 0:-7 1:-2 3:23 6:-2 7:1
c:_sch 0:2 1:11 2:-8 3:-18 4:-19 5:20 7:26 8:-6
c:_sco 0:-27 1:-7 2:36 3:10 5:-1 7:2 8:2
c:_se- 0:-3 1:-2 2:9 4:-1
c:_se_ 0:-2 2:2 3:2
c:_sec 1:2 2:-1 4:-2 5:-1 6:7 7:9 8:10
c:_sel 0:6
c:_sem 0:-3 1:5 3:1 7:-1
c:_sep 0:-4 1:6 5:-2
c:_ser 0:8 1:-1 4:5 7:-4 8:-2
c:_sfe 0:2
c:_sim 0:-3 1:5 6:-2 7:6 8:2
c:_sin 0:-4 1:-1 2:6 5:18
c:_sit 0:9 6:-4
c:_sja 0:-3 6:3 7:3
c:_sla 0:3 1:-10 2:-1 3:7 4:-3 5:26 7:-2 8:5
c:_slb 0:5
c:_sle 0:-23 1:38 2:10 4:-6 6:1
c:_sli 0:-13 1:-6 2:-2 3:5 4:8 5:20 6:-3 8:5
c:_slo 0:-8 1:39 3:1 4:-2 5:-1 6:1 8:-14
c:_slu 0:-8 1:-4 3:3 5:-1 6:8 7:11 8:5
c:_sma 0:2
c:_sna 0:-4 1:26 2:2 5:9 6:2 8:-3
c:_sne 0:-20 1:26 2:-4 4:2 5:-6 6:4 7:14 8:-6
c:_snu 0:7 1:4 2:-5 3:-2 4:2 5:-2 6:8 8:-3
c:_soc 1:5 3:-2 4:-1
c:_soe 0:1
c:_sol 0:-5 1:12 3:1 4:-3 5:2 7:7
c:_som 0:29 2:2 3:-9 4:-3 5:18 8:-1
c:_soo 0:18 1:-2 4:6 5:1 8:-1
c:_spa 0:20 1:3 4:-3 5:-1 6:-1 7:-2 8:4
c:_spe 0:6 2:-2 3:-1 4:-3 5:13
c:_spo 1:-9 2:-2 3:2 4:7 5:9 6:-2 7:-3 8:7
c:_spr 0:16 2:-4 3:2 4:17 5:-3 6:1 7:-4 8:-1
c:_sta 0:-10 2:-7 3:13 4:-27 5:2 6:29 7:-9
c:_ste 0:27 1:27 2:-4 3:-14 6:6 7:-9 8:2
c:_sti 1:2 2:9 4:12 5:8 6:-2 7:-5 8:-6
c:_sto 0:-7 1:-8 3:-2 4:1 6:-2 7:13 8:14
c:_str 0:-14 1:13 2:8 3:-8 6:-1 7:25
c:_stu 0:-2 1:3 2:-6 3:22 4:9 7:-15 8:5
c:_sup 0:1 5:2 6:-2 7:-1 8:3
c:_sur 0:-2 4:6
c:_swi 0:4 1:-1 8:3
c:_sys 0:-3 4:1 5:-2 6:13 7:-2
c:_taa 0:27 1:18 2:5 4:-3 5:-5 7:-2 8:-3
c:_taf 5:5 6:-3
c:_tak 0:3 1:-2 4:-1 6:4 7:7
c:_tal 0:19 2:-1 3:-2 4:12 5:-1 7:-1 8:3
c:_tan 5:1
c:_te_ 0:-12 1:24 3:-18 4:-21 5:4 6:-6 7:5 8:2
c:_tea 0:1 1:-2 3:-5 7:13 8:9
c:_tec 1:12 2:2 4:7 5:-7 6:-2 7:-5 8:9
c:_teg 0:15 1:9 2:1 4:-10 5:-4 6:-6 7:5
c:_tek 0:-25 1:30 2:17 4:-5 5:-9 6:5 8:-10
c:_tel 0:-14 1:6 2:4 3:-3 4:-2 5:5 6:25
c:_tem 0:7 1:10 3:3 4:-3 7:3 8:-2
c:_ten 0:-3 2:-3 3:13 8:1
c:_ter 0:25 2:-3 3:2 4:8 6:9
c:_tes 0:-1 6:2
c:_tev 0:-3 1:-4 2:13 5:-2 6:10 7:1
c:_the 0:-14 1:14 3:-4 4:2 5:3 6:-3 7:-7
c:_thu 0:5 1:-10 2:-3 3:-4 4:11 5:45 6:-7 7:3
c:_tie 0:2 2:3 3:3 4:-2 6:2
c:_tij 0:30 2:-7 3:-16 4:-8 5:15 6:-9 7:16
c:_tik 0:-8 2:1 4:1 5:1 6:-3 7:23
c:_til 0:-2 2:6
c:_tim 0:4 2:-1 8:2
c:_tip 0:10 1:-1 3:7 7:-2 8:-1
c:_tl' 0:-2 1:-2 4:13 8:-3
c:_tl- 2:-1 8:5
c:_tl_ 0:-3 1:7 2:8 3:2 7:-2
c:_toc 0:-13 1:4 2:-8 3:-6 4:13 7:3 8:6
c:_toe 0:29 1:6 2:17 3:-8 4:-10 5:3 6:-8 7:-3
c:_ton 0:-1 1:2 3:2 6:5 8:-3
c:_too 0:-2 1:7 8:-1
c:_top 1:-2 2:10 3:13 4:-5 6:3 8:-4
c:_tot 1:6 2:-5 3:3 4:-8 5:2 7:9 8:-3
c:_tra 0:-2 1:26 2:1 3:8 4:-1 6:-1 7:2
c:_tre 0:12 1:4 3:-3 4:14 5:-6 6:-2 7:2 8:-3
c:_tri 0:3
c:_tro 0:39 1:-4 4:2 5:-4 6:-3 7:2
c:_tur 0:-3 4:6 5:-1
c:_tus 1:-5 4:-3 5:5 7:3 8:19
c:_twe 0:2 1:5 3:16 4:-11 5:-9 6:-1 7:11 8:-8
c:_twi 0:20 1:-12 2:-3 3:14 4:-3 7:22 8:2
c:_typ 0:-3 1:-5 2:1 3:-4 4:45 5:-2 8:5
c:_uit 0:29 1:-20 3:-3 4:13 5:-5 7:4 8:-17
c:_uni 0:-2 1:2 3:4 4:9 7:-1 8:7
c:_upl 0:-5 6:13 7:-4
c:_ure 0:3 1:-3 2:-1 5:3 6:20 7:-2
c:_uur 0:-7 1:1 2:-7 3:-2 5:27 6:4 7:9 8:-3
c:_uw_ 0:-22 1:-8 3:4 4:-3 5:13 6:3 7:10 8:-3
c:_uze 0:1
c:_vaa 0:10 1:10 2:-3 3:-10 4:46 5:26 6:-2 8:-4
c:_vac 0:5 2:-1 4:-2
c:_vad 0:-12 1:-12 2:-1 3:3 4:5 5:20 7:-6 8:9
c:_vak 0:5 1:4 2:37 3:-8 4:4 5:-12 7:-7 8:-14
c:_val 0:-20 1:22 2:7 3:2 4:-1 6:-4 7:-3 8:6
c:_van 0:11 1:-29 3:11 4:-7 5:-7 6:8 7:4 8:-29
c:_var 0:-4 6:-1 7:-2 8:11
c:_vas 0:-10 1:7 2:4 3:-6 4:36 5:2 7:-2 8:-4
c:_vat 0:5
c:_vee 1:3 2:-11 3:-2 4:19 5:12 6:-12 7:-13 8:11
c:_vei 0:-2 1:-2 4:2 7:-3 8:14
c:_vel 1:-2 6:11 7:-2 8:-2
c:_ver 0:21 2:-17 3:16 4:-35 5:16 6:-19 7:-3 8:9
c:_via 0:7 4:-3 5:-1 6:4
c:_vie 0:16 1:-2 3:9 4:11 5:-5 6:-4 7:3
c:_vij 0:15 1:-5 2:-3 3:5 4:6 6:20 7:-3 8:-4
c:_vin 0:24 2:-13 4:22 5:-12 6:6 7:-2 8:4
c:_vis 0:-2 7:4
c:_vlo 0:2 3:2 8:3
c:_vlu 0:-5 1:-1 4:7 5:7 8:-1
c:_vmb 0:3 3:2 4:25 5:2 8:-3
c:_voe 0:35 1:-3 2:-7 3:11 4:-2 5:7 7:-5
c:_vol 2:7 3:-18 4:-14 5:-12 6:24 7:-2
c:_von 0:42 1:-5 2:-4 3:3 5:-2 6:-2 7:2 8:2
c:_voo 0:-15 2:14 3:-13 4:2 5:-7 7:7
c:_vor 0:19 1:-4 3:24 5:5 6:5 7:-4 8:-3
c:_vra 0:25 1:14 2:2 3:-9 4:-9 5:3 7:-20 8:-12
c:_vri 0:3 1:-13 3:20 4:-13 5:-6 6:6 7:7 8:-12
c:_vro 0:9 4:12 5:1 7:-2 8:-4
c:_vso 0:-9 1:-3 3:-4 4:22
c:_vul 0:3 6:15 7:1 8:-3
c:_vwo 0:-7 2:1 3:9 4:14 6:-2 7:-5 8:11
c:_waa 0:45 1:47 2:2 3:25 5:-12 6:-25 7:-9 8:-11
c:_wac 0:-8 1:-6 4:2 7:43
c:_wak 0:-2 5:5 7:-1
c:_wan 0:7 1:-5 2:-3 3:-7 4:-5 6:15 7:19
c:_war 0:16 1:-3 2:2 3:1 4:-2
c:_was 0:25 1:-6 2:8 4:-2 5:4 7:-3 8:8
c:_wat 0:47 1:24 2:12 3:3 5:-17 6:-8 7:-13 8:-10
c:_we_ 0:-22 1:10 3:-21 4:-13 5:3 7:-28 8:4
c:_web 0:4
c:_wed 0:4 1:-1 3:-1
c:_wee 0:12 1:-22 2:-6 3:5 4:-4 5:12 7:36 8:-3
c:_weg 0:3 1:7 2:11 3:-6 5:-2 6:-4 7:3 8:-5
c:_wei 0:-13 1:35 3:-4 4:9 7:-3 8:5
c:_wek 0:4 1:-2 2:-3 5:1 6:-3 7:22
c:_wel 0:8 1:17 2:8 3:-16 5:8 6:-30 7:-19 8:-14
c:_wen 0:3 1:2 3:-1
c:_wer 0:31 1:18 2:-17 3:-5 4:2 6:-11 8:7
c:_wet 0:16 2:5 5:24 6:-4 7:-3
c:_wez 0:8 1:-1 4:-3
c:_wie 0:33 3:18 4:-2 6:-4 7:43 8:-4
c:_wij 0:6 1:-1 2:-1 3:-4 6:-3 7:4 8:5
c:_wil 0:22 1:-5 2:-7 4:27 6:-19 7:7 8:-11
c:_win 0:4 1:-1 2:3 4:1
c:_wis 1:-7 2:4 3:5 4:-2 5:2 6:-2 8:5
c:_wo- 0:3 8:-1
c:_wo_ 0:-5 1:4 2:4 8:3
c:_woe 0:-2 7:9 8:-5
c:_won 0:1 2:2 5:4
c:_woo 0:11 1:8 3:-3 4:-5 5:15 7:-4
c:_wor 0:-24 1:5 3:-10 4:1 5:-2 6:-9 7:32 8:29
c:_zaa 1:-1 3:-2 4:6 5:-1
c:_zag 0:24 1:-4 2:3 3:-1 5:5 8:-3
c:_zal 0:-2 1:-5 4:9
c:_zat 0:-2 2:-2 3:5 5:3
c:_ze_ 0:2 1:10 2:-5 3:16 4:-6 5:7 6:-3 8:-11
c:_zeg 0:11 1:-4 2:12 3:-4 4:-6 5:5 6:-5 7:3
c:_zei 0:24 1:-13 2:7 3:-2 5:3 6:1 8:-3
c:_zek 0:1 1:-8 2:-3 4:2 5:2 6:-1 7:-1 8:10
c:_zel 0:34 1:20 2:-11 4:10 5:-2 6:-12 7:4 8:-13
c:_zen 0:1
c:_zes 0:-4 2:4 3:-2 4:1 5:-2 6:3
c:_zet 0:-9 1:2 3:10 4:-12 5:-12 6:15 7:-8 8:2
c:_zev 0:-1 2:2 3:1
c:_zic 0:-4 1:1 3:-3 4:1 5:-5 7:3 8:-6
c:_zie 0:27 2:-10 3:-11 4:-2 5:19 6:4 7:-11 8:2
c:_zij 0:-13 1:-4 3:20 4:15 5:1 6:5 7:-10 8:-14
c:_zin 0:3 1:-4 5:1 6:7 7:-1 8:4
c:_zit 0:-20 1:5 3:2 4:-3 5:11 6:-8 7:2 8:-8
c:_zo' 1:8 3:-7 4:13 5:-3 7:3 8:-3
c:_zo_ 0:-31 1:55 2:-2 3:7 5:17 6:-6 7:7 8:-7
c:_zoa 0:11 1:-4 3:-3 4:17 7:-3 8:5
c:_zod 0:-18 1:15 2:9 4:-1 5:11 6:13 7:-5 8:-2
c:_zoe 0:6 1:6 2:-14 3:-9 4:3 6:-11 7:-20 8:11
c:_zoi 0:-2 1:-3 4:7
c:_zom 1:3 3:-2 4:-3 5:-4 6:-3 7:3
c:_zon 0:-10 1:19 3:-2 5:-2 6:-5 7:36 8:7
c:_zoo 1:3 3:4 4:-4 5:4 8:-2
c:_zor 0:-22 1:3 2:2 3:-9 6:3 7:-13
c:_zou 0:19 1:1 2:-9 4:3 5:-13 6:-8 7:-8 8:26
c:_zov 1:-2 3:5 4:-3 5:2 6:6 8:-4
c:_zul 0:5 1:-10 2:3 4:-1 5:-6 6:3 8:17
c:_zus 0:-10 1:-5 3:40 4:-6 6:1 8:-4
c:_zwa 0:-10 1:34 3:-7 4:3 5:36 7:-8
c:a's_ 0:2 1:6 4:-2
c:a-an 0:1
c:a-on 0:-1 2:4 6:1
c:a-to 0:-3 2:4
c:aad_ 0:-3 1:14 2:1 4:-3 7:-2 8:10
c:aaf_ 0:-4 6:10
c:aafd 0:-5 1:-2 4:10 5:4 8:-2
c:aag_ 0:13 2:23 3:-5 4:-11 5:7 6:-6 7:6 8:-13
c:aagd 0:14
c:aags 0:-10 1:-2 2:11 3:8 6:-1
c:aagt 0:-4 1:19 2:5 3:-4 4:5 7:2 8:-2
c:aaie 0:6 1:-3
c:aait 5:3
c:aak_ 0:-16 1:3 3:-22 4:49 5:21 6:-3 7:5 8:-6
c:aakt 0:30 1:11 2:-13 4:-9 6:13 7:14 8:-18
c:aal_ 0:14 1:20 2:8 4:2 5:-8 6:-4 7:-11 8:-26
c:aalb 0:-6 1:3 3:-2 4:-2 5:9 6:-3 7:1 8:6
c:aald 0:2 1:-5 2:15 3:7 4:-2 5:-2 6:2
c:aalg 0:6 1:-3 4:3 5:-4
c:aaln 0:-5 1:9 4:-2 5:-1
c:aals 2:2 8:3
c:aalt 1:9 2:12 3:-6 4:-5 5:7 6:-5 7:5 8:-4
c:aam_ 0:-3 1:7 2:7 5:-1 6:7 7:-3 8:-3
c:aamd 0:1
c:aams 0:-5 3:7 4:6
c:aan_ 1:-3 2:-6 3:9 4:7 5:-9 6:24 7:-11
c:aanb 0:14 6:-7 7:-3 8:2
c:aanc 0:4 6:-1
c:aand 0:-3 1:3 3:-2 4:-1 5:5 6:5 7:20 8:-6
c:aang 0:-17 1:3 2:2 3:-7 4:-8 5:-3 7:2 8:1
c:aank 0:-11 1:15 2:2 3:-1 4:-2 5:7 6:-2
c:aanl 0:8 2:-5
c:aanm 0:22 1:-5 2:1 3:-2 4:-3 5:-5 6:2 7:14
c:aann 0:-2 1:-2 5:-2 7:13
c:aano 2:-2 6:6
c:aanp 0:-8 1:2 2:-3 3:3 4:-3 8:-2
c:aanr 1:3 2:-1 6:4
c:aans 0:11 1:2 3:-4 4:19 5:-5
c:aant 1:-2 3:4 5:-1 6:6
c:aanv 0:-8 5:12 6:2
c:aanw 0:2
c:aanz 4:-2 8:5
c:aap_ 1:-2 2:-3 5:20 8:1
c:aapt 0:-3 3:-1 5:7
c:aar_ 0:18 1:3 2:6 4:-20 5:-9 6:-4 7:-1 8:50
c:aara 1:-4 2:3 3:7 5:-2 7:2
c:aarb 0:6 1:16 3:11 5:-2 6:2 7:-1
c:aard 0:14 1:19 2:12 3:-7 4:-8 5:5 6:-4 7:-1
c:aarg 0:-2 1:-2 3:10
c:aari 0:13 1:5 3:-2 5:-1 7:1
c:aarl 0:-3 2:4 3:1
c:aarm 0:-7 1:-5 2:11 3:1 5:14 7:5
c:aarn 2:2 3:-3 4:-2 7:20 8:-4
c:aaro 0:-19 1:28 2:-5 3:25 6:-10 7:-7
c:aars 0:-13 2:-1 3:17 4:12 6:-1 7:14 8:1
c:aart 0:3 1:-6 3:-2 6:13 7:3 8:-5
c:aaru 0:2
c:aarv 2:-1 3:7 4:8 5:-3 8:6
c:aas_ 1:2 4:-2
c:aast 0:14 2:-2 3:20 4:-1 5:11 6:-1 7:4 8:-4
c:aat_ 0:1 1:2 2:-6 3:-24 4:-21 7:10 8:-8
c:aatj 0:1
c:aats 0:-6 2:2 4:-4 5:2 6:-8 7:3 8:-2
c:abel 0:2
c:abie 0:7 4:-1
c:abo_ 0:-5 1:4 2:12 3:-2 4:-1 5:1 8:12
c:abon 0:-4 5:5
c:abor 0:2 8:3
c:abst 0:-6 1:14 4:-1
c:acad 0:3 1:-6 3:2 5:-2 6:-2 7:3 8:10
c:ach_ 0:2
c:achi 0:5 1:4 3:-5 4:-1
c:acht 0:9 1:3 2:-15 3:4 4:-1 6:-4 7:31 8:-33
c:acit 0:-4 1:16 4:-2
c:ack_ 0:5 1:2 3:-2
c:act_ 0:14 1:7 4:-5 5:2 6:-2 7:3 8:-4
c:acte 0:-2 1:6 2:2 4:2
c:actg 0:1
c:acti 0:2 5:-1 6:6
c:add_ 0:-3 4:3
c:adde 0:4 3:3 4:-1 6:3
c:adel 0:3
c:adem 0:3 1:-6 3:2 5:-2 6:-2 7:3 8:10
c:aden 0:4 1:2 5:-1 6:1 7:2 8:-5
c:ader 0:-27 1:-7 2:-2 4:10 5:26 6:4 7:-8 8:10
c:adhd 0:-15 1:-16 4:40 5:7 8:-4
c:adli 0:12 1:-3 3:-2 4:-2 7:12
c:admi 1:2 4:2 6:1
c:advi 0:9 1:-7 2:9 3:-6 4:-4 7:5 8:24
c:afbr 0:2 3:-1
c:afde 0:-1 1:2 3:3 4:10 5:-3 8:-2
c:afel 5:5 6:-3
c:afga 1:2 4:-2
c:afge 0:4 1:-2 3:-2 4:-3 6:15 7:8
c:afha 0:-5 1:7 3:-2 4:5 7:2
c:afie 0:2
c:afma 0:-1 1:2 7:-2 8:3
c:afro 2:-1 6:7 7:2
c:afsl 0:-3 6:4 7:3
c:afsp 0:-6 1:9 3:-3 5:-1 7:3 8:8
c:afst 0:3 4:-1
c:afte 0:-4 6:16 7:-4
c:afva 0:-2 1:3
c:afvi 6:9
c:afwa 0:-6 1:10 3:-2
c:afwe 0:-1 1:1 4:-1 5:5
c:afwi 0:8 3:8 4:2 5:-2 6:1
c:agaz 0:-2 1:-2 4:3 8:3
c:agbe 0:2 1:-2 3:-3 4:8
c:agd_ 0:13
c:age- 0:2 2:1 5:-2 6:8
c:age_ 0:18 1:-9 2:-4 3:-5 5:6 6:-11 7:3 8:6
c:agea 0:-2 1:5 5:1 8:-2
c:ageb 0:-11 1:4 2:8 4:-1 5:3 6:7 7:-5 8:-1
c:aged 0:1 4:5 5:5
c:agee 0:6 1:2
c:ageg 0:-2 1:-1 6:4
c:agen 0:9 1:-4 2:-9 3:12 5:21 6:17 8:-1
c:agep 2:-7 3:1 4:-8 6:-9 7:11 8:-2
c:ager 0:-6 1:5 2:-2 3:15 5:5 6:-3 8:5
c:ages 0:-2 1:5 4:-2 7:3
c:agev 0:-1 1:1 3:5 5:-1
c:agew 6:3 7:-1
c:agia 0:-10 3:16
c:agin 0:5 1:-2 3:-1 4:-1 7:6
c:agis 0:-7 2:5 5:-2 6:7 7:2 8:-1
c:agje 0:3 6:2 7:-1
c:agno 0:-8 1:-2 5:21 6:-2
c:agog 0:-2 1:-1 8:6
c:agst 0:-10 1:-2 2:11 3:8 6:-1
c:agt_ 0:-4 1:19 2:5 3:-4 4:5 7:2 8:-2
c:aien 0:6 1:-3
c:ail_ 0:-9 5:-1 6:9 7:2 8:5
c:ailh 0:-5 1:8 5:-2
c:aine 0:6 5:-1
c:air_ 0:-5 3:10
c:aire 0:-3 1:7 3:-1
c:airs 0:-5 3:6
c:ait_ 5:3
c:ajaa 0:3 1:-1
c:ajec 0:-2 1:2 4:-4 5:5 8:7
c:akan 0:1 1:-4 3:-4 4:5 5:-5 6:5 7:10 8:-5
c:ake_ 0:-3 7:5
c:akel 1:2 4:-1
c:aken 0:14 1:5 3:-8 4:-3 5:-5 6:11 7:2 8:-2
c:aker 0:5 3:-1 4:5 8:-1
c:akex 0:-1 2:6
c:akge 0:1
c:akin 1:2
c:akje 0:-8 2:2 6:15 8:-2
c:akke 0:3 1:28 2:23 4:-20 6:-9 7:-5 8:6
c:akma 0:3
c:aks_ 0:-14 1:16 2:2 3:-4 5:4 6:-4 7:24 8:-6
c:akst 0:6 1:-2 4:-2
c:akt_ 0:16 1:24 2:-4 4:-13 5:-3 6:14 7:18 8:-15
c:akta 0:3
c:akte 0:28 1:-5 2:-2 3:-2 7:-1 8:9
c:akti 0:-5 2:3 3:-2 4:2 5:-8 6:6 7:-8
c:akwe 1:1
c:alar 0:2 1:-1 4:-2 5:3
c:alba 0:-6 1:3 3:-2 4:-2 5:9 6:-3 7:1 8:6
c:alco 1:-4 4:5
c:ald_ 1:-3 2:14 3:4 4:-1 5:-3 6:3
c:alde 0:2 1:-1 2:1 3:3
c:ale_ 0:7 1:6 2:-2 3:-2 5:3 6:3 7:-2 8:-2
c:alen 0:17 1:-11 2:29 3:7 5:5 6:-5 7:-9 8:-5
c:ales 4:4
c:alf_ 0:-4 1:-1 2:4 3:5
c:alfa 0:-1 1:-1 4:5
c:alge 0:5 1:1 4:1 5:-4 8:-2
c:alif 0:2
c:alig 0:-4 1:3 4:4
c:alis 0:13 1:-10 2:1 3:2 4:-3 5:-2 6:-3 8:6
c:alit 0:16 1:-3 4:-1 6:18 8:-4
c:alk_ 0:-3 2:-4 4:1 6:16
c:alla 0:-6 3:9 6:-1 7:-1
c:alle 0:-19 1:21 3:17 4:-18 5:-2 6:14 8:-8
c:alni 0:-5 1:9 4:-2 5:-1
c:aloo 0:3
c:als_ 0:15 1:-18 2:-12 3:-12 4:40 5:-14 6:4 7:12
c:also 0:11 3:-1
c:alt_ 0:-7 1:27 2:9 3:-3 4:-9 5:8 6:-11 7:5
c:alte 0:-2 1:4 2:-1
c:alti 0:2 1:16 3:-9 4:10 5:-2 7:-9
c:alto 2:2
c:alum 0:4 4:-2
c:alva 1:2
c:alve 0:-4 1:10 2:1 3:10 5:-2 8:-2
c:ama_ 3:2 8:2
c:ambi 0:-1 3:10 5:-1
c:amde 0:1
c:ame- 4:-2 8:4
c:ame_ 0:-9 6:10
c:amel 0:2 1:6 2:3 3:-2 4:-2
c:amen 0:24 2:30 3:-3 4:-6 5:14 6:-6 8:-6
c:amer 0:-4 1:-2 2:-3 4:9 5:9 8:-2
c:ames 0:2 1:-2 4:8 5:-2
c:amil 0:6 1:-2 3:-1 4:15
c:amle 0:-4 1:2 3:-2 7:15 8:-1
c:amma 0:1 4:6 6:6 7:-2 8:-3
c:amme 0:-3 3:6 4:5 8:-2
c:amp_ 0:3 1:4 4:-4
c:ampw 1:2 4:-1 8:-1
c:amst 0:-3 1:-2 3:7 4:2
c:anaf 0:3 1:-2
c:anal 0:5 4:-2
c:anav 0:-1 7:8 8:-3
c:anbe 0:21 1:-3 6:-6 7:-1 8:-2
c:anbo 0:-7 1:4 8:5
c:anci 5:7 7:4
c:anco 0:4 6:-1
c:and_ 3:-7 4:26 5:21 7:19 8:6
c:anda 0:7 2:3 3:-3 4:8 5:-2 7:41 8:-3
c:andb 3:-3 4:4
c:ande 0:31 1:-3 2:-9 3:11 4:-12 5:-7 6:1 7:6
c:andi 0:-25 1:20 2:4 3:6 5:-6 6:-4 7:-7 8:16
c:ando 0:-4 3:1 5:4 6:8 7:-2
c:ands 1:19 2:5 4:13 5:-5 7:-7 8:-3
c:andt 0:-4 1:4 2:1 5:-2 6:18 7:6 8:-1
c:andw 0:4 3:-1 5:-1
c:anee 0:2
c:anen 0:3 1:5 3:-1 4:-2 5:-1
c:aner 0:-1 3:2
c:ang_ 0:17 1:-19 3:8 4:-4 5:-2 7:13 8:-15
c:anga 3:-2 8:5
c:ange 0:-17 1:5 2:2 3:-7 4:-3 5:27 7:13 8:-6
c:angl 0:-2 5:5
c:angr 0:7 1:-4 3:-4 4:2 8:-1
c:angs 2:-7 3:-3 4:-4 5:11 6:10 7:3 8:-3
c:angt 2:7 7:3
c:angz 0:-7 1:7 3:8
c:anie 1:6 4:-3 5:13 6:-3
c:anis 0:2 1:2 8:-1
c:anje 0:-3 6:5 8:6
c:ank_ 0:-4 3:-1 4:3 5:9 7:5 8:3
c:anka 0:-8 1:11 5:3 6:-1
c:anke 0:-4 1:-3 3:-1 7:8
c:anks 0:-5 1:8
c:anku 0:-4 1:4 2:2 4:-1 5:5
c:anle 0:8 2:-5
c:anme 0:24 1:-5 2:2 3:-2 4:-2 5:-5 7:14
c:anna 0:6 5:-2
c:anne 0:8 2:-7 3:19 4:-4 5:-7 6:7 7:14 8:-4
c:anni 1:7 4:-4 5:1 6:-1
c:anop 2:-1 6:4
c:anor 6:2
c:anpa 0:-2 1:4 3:5
c:anpl 0:-4 5:3 7:3
c:anra 1:2
c:anre 0:-1 2:-1 6:4
c:ans_ 0:-8 1:-1 2:7 4:3 6:-2 7:30 8:1
c:ansa 0:-3 4:3
c:ansc 0:3
c:anse 0:-5 1:-2 2:7 3:-2 4:13 5:-4 7:11 8:5
c:ansi 0:-3 1:-2 2:11
c:ansl 1:4 3:-3
c:ansp 0:18 1:-2 5:-2
c:anst 0:7
c:ant_ 0:7 1:6 2:-11 3:-12 4:-9 7:2 8:-7
c:anta 0:-2 6:5
c:antc 1:6
c:ante 0:18 3:-4 5:4 8:-3
c:anti 0:4 1:-5 3:-4 4:1 5:-7 6:5 7:16
c:antj 3:4 6:-2
c:anto 0:-9 1:10 3:3 4:13 5:-5 6:3 7:-2 8:-3
c:antr 0:3 1:-2
c:antw 0:-1 1:6 2:6 5:-2 6:16 7:2 8:-3
c:anua 2:1 7:10 8:-5
c:anui 0:6
c:anva 0:-6 5:13 6:-1
c:anwi 0:2
c:anze 0:6 1:-3 4:-2 8:4
c:aos_ 0:6 1:-2 3:-1 5:-1
c:aoti 0:-7 1:22 4:-6 8:-2
c:apac 0:-4 1:16 4:-2
c:apen 0:5 1:-3 4:-2 5:3
c:apie 0:-6 5:8 7:3 8:-2
c:apje 0:1
c:apot 0:2
c:app_ 6:5
c:appe 0:3 1:-8 2:-3 3:-2 4:10 6:7 7:-5 8:16
c:appi 0:5 1:2 3:-1 4:-1 7:-2 8:5
c:appo 0:-10 2:30 4:-3 5:-3 6:3
c:apri 0:6 1:-3 7:5
c:apt_ 0:-8 1:16 3:-3 4:-4 5:7 8:6
c:apte 0:2
c:araa 0:-8 1:-3 2:3 3:6 5:-3 6:9
c:arac 0:5 1:-2 4:-1
c:arag 0:3 1:-2 3:4 7:3
c:arak 0:-2 1:-3 8:9
c:aran 0:-2 8:5
c:arbe 0:-9 2:4 4:8
c:arbi 0:4 1:16 3:12 6:2 7:-1 8:-1
c:arbu 0:2 5:-1
c:arch 0:2
c:ard_ 0:9 3:-3 5:-1 6:3
c:arde 0:6 1:-1 2:14 4:-2 8:2
c:ardi 0:2 1:17 4:-1 6:-3
c:ardo 1:6 2:-2 5:10 8:1
c:ardr 0:-1 2:2 8:3
c:ards 2:1
c:are_ 0:-2 3:2 4:3 5:4
c:aree 1:1
c:aren 1:-4 2:-2 3:2 4:-3 5:6 6:-2 7:4 8:8
c:arer 0:-9 1:13 5:-1
c:arge 0:-2 1:-2 3:6
c:ari_ 0:5 6:-1 7:8 8:-5
c:aria 0:6 3:-2
c:arin 0:34 1:7 4:-5 5:-2 6:4 7:-7 8:-4
c:aris 0:2 1:-1 4:-2 5:3
c:arke 0:-5 6:7
c:arkt 1:4 3:-1 4:-2 7:2 8:1
c:arla 0:-3 2:4 3:1
c:arme 0:-7 1:-7 2:10 5:13 6:-1 7:3 8:-2
c:armi 0:5 1:-1
c:arna 2:2 3:-3 4:-2 7:20 8:-4
c:arok 0:-6 4:12
c:arom 0:-20 1:24 2:-1 3:31 4:3 6:-5 8:4
c:aron 0:-2 5:3 8:1
c:arop 0:3 1:11 3:-2 5:2 7:-2
c:arov 0:5 1:-3 4:2
c:arre 0:2 7:-1
c:ars_ 0:-10 3:17 7:4 8:4
c:arsc 0:-8 1:5 4:12 7:6 8:-2
c:arst 0:6 1:-2
c:art_ 0:2 1:-3 3:-2 5:1 6:12 7:1 8:-5
c:arte 0:5 1:-2 4:3 5:-2 6:3
c:arti 0:1 1:2 6:-1
c:artk 0:2
c:arto 0:6 1:-3
c:artp 0:3
c:arts 0:-2 1:-10 4:-1 5:9 6:-1 8:11
c:arui 0:2
c:arva 0:-9 3:7 4:10 5:-2
c:arvo 0:10 1:-1 4:-1 8:6
c:ase_ 0:1
c:asge 0:4 1:-5 3:16
c:asia 0:-3 1:-2 4:12
c:asis 1:10 2:-3 6:-2 7:-2 8:2
c:asme 0:1 3:2
c:assa 0:4 4:-1
c:asse 0:-7 2:-2 3:13 4:19 5:13 6:-2 8:-3
c:assi 0:8 1:7 3:-1 4:-4 8:9
c:ast_ 0:-3 2:5 3:3 4:38 5:4 6:-13 7:-9 8:-10
c:astb 5:4
c:aste 0:8 1:-5 3:2 4:7 5:-1 6:-2 7:-4 8:7
c:astg 0:-2 1:3 3:-2 5:3
c:asti 0:9 1:18 2:-1 3:-3 4:3 5:6 8:-4
c:astl 0:16 2:1 7:-3 8:1
c:asts 1:5 3:-1
c:ata- 0:1
c:ata_ 0:1
c:aten 0:7 1:2 2:21 4:-2 5:-10 6:3 7:-2 8:-5
c:ater 0:17 2:4 3:-3 4:-4 6:-4 8:19
c:atic 0:-3 1:-6 3:2 4:4 5:2 7:4 8:-1
c:atie 1:21 2:-19 3:-7 4:1 5:9 6:3 7:-14 8:-18
c:atig 0:-5 1:5 2:12 5:-2
c:atin 1:-1 7:4 8:-2
c:atio 1:9
c:atis 7:2
c:atje 0:1
c:ator 0:9 5:-2 6:-4
c:atro 0:-2 5:8
c:ats_ 0:-7 1:11 2:-1 3:1 6:-1 8:2
c:atsc 0:7 1:1 3:-1 4:-1 7:-2 8:5
c:atsg 6:2
c:atst 0:-2 1:-8 2:6 3:4 5:7 6:-6 7:9 8:-5
c:atte 0:6 1:-5
c:atum 0:5 7:8
c:atur 0:3 2:-4 3:-3 4:9
c:atus 0:-4 4:2 5:5
c:atuu 0:10 2:6 3:8 4:18 7:-4 8:-1
c:auff 0:2
c:aura 0:3 5:-1
c:auti 0:-3 1:-10 3:-1 4:21 8:-4
c:auto 2:1 4:3 7:3
c:auwk 3:4
c:avak 1:1 2:2
c:aven 0:3 1:-1 3:2
c:avin 1:-2 4:-2 5:7
c:avis 0:-7 1:-3 2:-2 3:1 4:28 5:-1 6:1 7:1
c:avo- 1:-3 3:-4 4:4 8:5
c:avo_ 0:5 3:3 4:3 5:-6 6:-9 7:-9 8:22
c:avon 1:2 2:-3 3:-6 4:1 5:1 6:-2 7:4
c:avor 0:15 5:-5
c:awaa 0:2 8:-1
c:azij 0:-2 1:-2 4:3 8:3
c:b'er 0:7 6:-3
c:b-ac 5:-1 6:2
c:b-do 6:2
c:b-fo 6:2
c:b-ge 5:1 6:-1
c:b-mo 0:-3 5:-2 6:5
c:b-op 0:-1 2:-1 3:2 6:2
c:b-pl 0:-4 5:1 6:4
c:b-po 6:1
c:b-pr 1:-1 6:6 7:-3
c:b-pu 0:-3 2:-2 5:-3 6:11
c:b-st 2:-1 6:3
c:b-ur 0:-3 6:7
c:b-we 0:2
c:baan 0:10 1:3 2:-11 3:-13 4:-4 5:5 6:2 7:-9
c:baar 0:7 3:-2 4:-2 5:13 8:4
c:back 0:5 1:2 3:-2
c:bakk 0:21 1:-1 4:1 5:-2 8:5
c:bale 0:2
c:balk 0:-3 2:-4 4:1 6:16
c:band 0:-3 4:8
c:bane 1:5 3:-1 4:-2
c:bang 0:13 1:-8 3:2 7:-1 8:-1
c:bank 0:-1 3:-1 4:2 5:9 7:5 8:1
c:bare 0:1 1:-1 4:3
c:basi 1:10 2:-3 6:-2 7:-2 8:2
c:bat_ 0:1
c:bben 0:-5 1:-8 2:-1 3:12 4:7 6:8 7:-9
c:bbl' 0:-12 2:4 3:6 4:11 7:-3
c:bbl- 0:-12 2:-3 3:2 4:-4 5:7 7:1 8:8
c:bbl_ 0:4 2:-1 3:-2 6:-3 8:4
c:bby_ 1:-2 6:-2 7:-2 8:9
c:bean 0:1 5:-1 6:8
c:bed_ 0:-2 1:-1 5:12
c:bede 0:11 4:-2 5:-1 7:5 8:-1
c:bedo 1:-2 4:5 6:2
c:bedr 0:3 1:-6 2:-8 3:2 4:-10 6:-6 7:9 8:10
c:beel 0:9 1:-2 2:5 3:15 5:4 6:-2 8:-4
c:beer 0:6 1:-3 2:-1 7:-1 8:2
c:beet 0:-7 1:9 3:-5 4:-1 5:12 7:5
c:bega 0:-4 1:-1 4:10 8:-2
c:bege 0:24 1:8 2:4 4:-2 5:-1 6:15 8:-3
c:begi 0:14 1:-8 2:2 3:-3 4:7 6:-10 7:-5 8:13
c:bego 0:6 1:-6 3:2 4:6 5:-3 6:-1
c:begr 0:-7 1:10 3:-2 4:2 5:5 7:3 8:-2
c:beha 1:3 2:-4 3:8 4:-4 5:3 6:2 7:-2 8:-2
c:behe 1:9 4:-2
c:beho 0:-1 3:9 4:-2
c:bei_ 0:17 1:2 3:-2 4:-9 6:1
c:beid 0:-5 2:4 4:8 5:-2
c:bein 0:-6 5:11
c:beke 0:15 1:2 4:-3
c:beki 0:18 1:-2 2:-1 4:-2
c:bel_ 0:6 1:4 4:2 5:-2 6:-2 7:12 8:-2
c:bela 0:9 1:-4 3:-4 4:2 5:4 7:2 8:-2
c:beld 0:2
c:bele 0:-1 4:3
c:bell 0:10 1:-4 5:-3 7:9
c:ben_ 0:2 1:-10 3:24 4:8 7:-12 8:-4
c:beni 0:17 3:-1 8:-8
c:beno 0:2 1:3
c:bent 0:-22 1:26 2:-5 4:12 5:10 7:-12 8:9
c:beoo 0:2 1:-5 2:15 3:1 5:-4
c:bepa 0:8 1:-3 2:4 3:5 4:-1 6:-4 7:2 8:-4
c:bepe 0:-14 1:12 4:7 5:2
c:ber_ 0:-10 4:-2 5:14 6:-1
c:bere 0:29 1:-7 2:6 3:7 4:2 8:-1
c:berh 0:-6 1:3 5:6
c:bero 0:3 1:16 2:-15 3:-21 4:7 5:-15 6:10 7:-15
c:besc 1:5 2:1 4:14 5:5 8:-2
c:bese 0:-6 7:16
c:besl 0:3 1:-8 3:-3 5:4 6:-2 7:36 8:13
c:besp 0:-5 1:7 2:9 3:7 6:-5 7:-6 8:-4
c:best 0:17 1:-7 2:-4 3:5 4:13 5:-7 7:-17 8:23
c:beta 0:-10 1:-4 2:2 3:-3 4:6 5:15
c:bete 0:-7 1:2 2:1 3:6 6:-13 7:-4 8:21
c:beto 0:5 1:-1 3:4 4:-1 5:-4
c:betr 5:3 8:8
c:beur 0:-2 1:-4 2:4 5:5 7:16
c:beva 0:8
c:beve 0:-14 1:-1 3:-1 4:4 5:4 6:14 7:-3 8:4
c:bewa 0:1 5:-1 6:4
c:bewe 0:7 1:-4 4:9 8:-4
c:bewi 0:-3 1:-2 2:-1 3:-3 4:6 6:19 7:5
c:bewu 0:10 8:-1
c:bezi 0:23 1:-8 7:1
c:bezo 0:-11 3:10 4:2 5:-3 6:16 7:-5 8:-4
c:bied 0:4 1:7 3:-3 8:2
c:biel 0:7 4:-1
c:bij_ 0:5 1:6 3:11 4:-3 6:-2 7:-10 8:-18
c:bijb 0:12 1:-8 2:-1 3:3 4:-2 5:7 6:-1 8:2
c:bijd 0:-3 5:4
c:bijg 0:12 3:-1 5:-1 6:-1
c:bijh 0:-1 1:2 6:2
c:bijn 0:-5 1:3 3:16 4:-2 8:-1
c:bijs 1:-2 5:2 6:-2 7:5
c:bijt 0:-4 2:-1 5:9
c:bijv 0:5 2:-1 5:4 6:-2
c:bijz 0:2
c:bind 0:11 2:6
c:bine 0:-5 1:-3 2:-1 3:5 4:1 5:7
c:binn 0:7 2:4 3:-2 5:-2 6:8 7:2
c:biol 2:5 3:1 4:2 5:-2 6:-1
c:biom 8:4
c:biti 0:-1 3:10 5:-1
c:bl'e 0:-12 2:4 3:6 4:11 7:-3
c:bl-b 0:1 4:-2 5:3 7:-2
c:bl-c 7:2
c:bl-g 3:3
c:bl-p 0:-4 1:9 7:2
c:bl-r 8:5
c:bl-s 0:-2 1:-6 3:2 4:8 6:3
c:bl-t 0:-1 1:2 4:-4 5:3 8:7
c:bl-w 1:-2 4:-2 5:5
c:blad 6:3
c:blee 0:-1 1:18
c:blem 0:-3 5:5
c:blev 0:9 5:-1
c:blie 0:1
c:blij 0:-26 1:11 2:-7 3:5 4:-9 6:-12 7:8 8:14
c:blik 0:9 1:-3 6:-2 8:-1
c:blin 0:-2 1:6 4:-1 8:-2
c:bloe 0:-6 4:18 8:-2
c:blok 1:2
c:blow 0:-6 1:-2 2:1 4:-1 5:23 7:1 8:-2
c:bo'e 0:-7 1:-5 3:1 4:26 8:-4
c:bo-d 0:-3 1:1 8:3
c:bo-h 0:1
c:bo-m 0:1
c:bo-o 0:-1 1:-2 2:8 3:4 4:2 5:-1 8:12
c:bo-s 1:3 4:-1
c:bo-t 0:-1 3:2 4:-1 8:5
c:bo-v 0:-1 2:2 3:2
c:bod_ 0:-7 1:4 8:5
c:boei 0:12 1:-1 2:-3 7:-2
c:boek 0:-8 1:4 4:5 6:18 8:-2
c:boer 0:-2 3:-3 4:10 5:-1
c:bol- 0:-2 1:-1 3:-1 4:3 5:3
c:bol_ 1:3 4:-2 8:2
c:bonn 0:-4 5:5
c:boog 1:7 4:-2
c:boos 0:10 1:-1 5:-2 7:5 8:-2
c:boot 0:-5 3:1 7:2
c:bora 0:2 8:3
c:bouw 0:3 1:-3 2:4 3:-2 4:27 5:8 7:-1
c:bove 0:-11 1:4 2:18 4:8 5:-3 7:5
c:bpv- 0:7 1:-3 2:2 6:20
c:bpv_ 0:1 4:-2 5:2 7:-2 8:-3
c:brac 0:6 3:-2
c:bran 0:6 1:-2 3:-1 5:-1
c:bred 0:3 8:1
c:bree 0:-8 1:11 3:3 4:-3 5:4 6:4 7:-2 8:-2
c:brek 0:-6 1:24 2:-1 6:14 7:2 8:3
c:bren 0:4 1:3 3:-2
c:brie 0:-2 1:-1 6:10 7:4 8:-2
c:broe 0:-17 1:-7 3:35 4:-3 5:9 6:2 7:-2 8:6
c:brok 7:9
c:bron 0:2
c:broo 0:-5 7:-3 8:13
c:brua 0:5 7:-2
c:brug 0:6 1:5 2:3 3:-1 4:-2 8:-2
c:brui 0:2 1:-9 5:18 7:1
c:bsit 0:3
c:bstr 0:-6 1:14 4:-1
c:buit 0:17 2:-3 3:-4 4:2 5:-6 6:-4 8:7
c:bure 0:2 7:1 8:-1
c:burn 0:-1 5:5
c:busc 0:2
c:buur 0:2 3:4 4:7 5:-7
c:caan 0:7 3:-3 4:-2 5:-1 6:8 8:3
c:caat 0:2 1:-2 7:3
c:cade 0:3 1:-6 3:2 5:-2 6:-2 7:3 8:10
c:cane 0:2
c:capa 0:-4 1:16 4:-2
c:cati 0:-9 1:-1 5:23
c:cent 1:15 2:16 4:-6 5:-2 6:4
c:cept 0:-12 1:6 4:10
c:cert 0:3 6:1 7:3
c:ces_ 3:4
c:chaa 0:1
c:chak 1:2 4:-1
c:cham 0:2 1:6 2:3 3:-2 4:-2
c:chao 1:23 2:1 4:-5 6:2 7:1 8:-1
c:chap 1:3 2:-3 3:-7 4:2 5:9 6:-4 7:-5 8:10
c:chat 0:4 1:3 7:-3 8:-1
c:chau 0:2
c:che_ 0:-1 2:11 4:12 5:-2 6:-7 7:-3 8:16
c:chec 0:3 1:-1 2:-2 3:-2 4:-5 5:3 6:13 7:1
c:chef 0:1
c:chei 0:-2 1:4 2:7 4:-5 5:17
c:chen 0:5 1:-1 8:3
c:cher 0:10 1:-3 4:7 5:-3
c:chie 0:-9 1:12 3:-7 4:6 5:8 6:-5 7:15
c:chij 0:-5 1:5 4:12 5:-2 8:-1
c:chik 0:-6 4:-3 8:16
c:chil 0:18 1:2 3:6 4:-1 6:-2
c:chin 0:5 1:4 3:-5 4:-1
c:chip 7:3 8:-2
c:chis 0:-2 1:-2 5:7
c:chit 0:2
c:chni 1:10 2:2 4:8 5:-7 6:-2 7:-4 8:10
c:chno 0:6
c:chol 0:-13 1:-3 2:-2 5:23 8:6
c:choo 0:11 1:-9 3:-5 4:9 5:-2 6:7 7:9
c:chou 1:5 4:-1
c:chra 0:-3 1:3 6:-2 7:-2 8:10
c:chre 1:-4 3:3 6:-2 7:3 8:2
c:chri 1:17 2:-4 3:3 4:-1 5:-6 6:9 7:16 8:-10
c:cht_ 0:9 1:19 2:-6 3:-14 4:-11 7:14 8:-15
c:chtb 0:16 3:1 4:1 5:-2 6:3 7:-1
c:chtd 0:2
c:chte 0:-23 1:5 2:-8 3:22 4:45 5:-8 6:12 8:-9
c:chtg 0:-3 2:-1 5:3 7:7
c:chti 0:4 1:13 2:-7 3:14 4:-2 5:-7 7:-8 8:3
c:chtj 0:2 3:8 7:-2
c:chtk 0:3 1:-2 4:-3 8:6
c:chtl 7:2
c:chts 0:-5 1:6 3:-1 5:3
c:chtt 0:5 2:-2 7:4
c:chtv 0:-4 5:7
c:chtz 3:1
c:chui 0:-3 3:-2 7:9 8:-1
c:chul 0:-10 4:-1 5:28
c:chur 0:4 4:-2
c:chut 0:-9 1:-4 4:18
c:chuw 0:-2 2:-2 7:7
c:chze 0:-5 1:4 3:-2 4:-3 7:8
c:ciaa 1:4 3:-2 4:-1
c:ciee 5:2
c:ciel 0:-4 5:5
c:cien 0:-2 1:-1 3:9 4:-1 8:-1
c:cier 0:2 7:3
c:cies 1:-5 3:13 4:-2 5:9 6:-2
c:cijf 0:-7 1:-7 2:95 3:3 4:3 5:-4 6:-2 8:3
c:cijn 0:-7 5:16
c:cipl 1:10 4:-2 8:-3
c:cisi 0:2 1:5 4:-2 5:-2
c:cita 0:5 1:-2 5:1 8:1
c:cite 1:15 4:-2 7:8
c:cito 0:-3 1:-2 2:11
c:ckce 0:1
c:cken 0:-3 5:5
c:ckli 0:-5 5:-1 6:12 7:2
c:club 0:3
c:clus 8:7
c:co's 0:5 1:-1
c:coac 0:3 5:-1
c:coho 0:-5 1:-5 3:10 4:4
c:cole 0:-9 1:11
c:coll 0:11 1:2 4:-3 5:-2
c:comb 0:-5 1:-3 3:5 4:1 5:7
c:comm 0:-2 6:1 7:4 8:-1
c:comp 0:4 1:4 3:-6 4:5 5:-2 6:26 7:-3 8:-6
c:conc 0:2 1:21 4:-7 5:2 6:-2 7:-1 8:5
c:cond 0:-2 5:8 6:-2 8:2
c:cono 0:-2 1:4 2:9 3:-5 4:1 5:-4 7:-4 8:4
c:cont 0:18 1:3 4:-6 5:2 7:3 8:-5
c:coor 0:-5 1:-4 2:9 3:11 5:-3 6:-7
c:core 0:-18 1:-3 2:32 6:2 7:1
c:crea 0:2 1:3 4:5 5:-2 7:-3 8:2
c:cree 0:3 1:3 4:-2 7:-1
c:cret 0:2
c:ct-m 4:1
c:ct-o 4:4 8:-2
c:ct-r 8:4
c:cte_ 0:-3 1:5 2:2 4:3
c:cten 0:12
c:cteu 1:-2 5:1 7:3
c:ctge 0:1
c:ctie 1:16 2:-2 4:-2 6:35 8:-2
c:ctiv 5:-1 6:7
c:ctor 0:-3 3:-2 4:2 5:-3 6:5 7:9 8:7
c:ctuu 0:-2 1:5 3:-2 4:1
c:cult 0:-3 4:16 5:-2 8:3
c:curs 0:5 2:-3 3:8 7:7
c:d'er 0:-5 4:6
c:d-le 0:15 4:-5
c:d-st 0:3
c:daag 0:1 1:-5 2:5 4:-3 5:-3 6:4 7:26 8:-2
c:daan 0:-3 1:-10 3:19 4:3 6:17 7:-2 8:6
c:daar 0:-18 2:4 3:3 4:4 5:-6 6:-28 7:-6 8:10
c:dach 0:25 1:2 2:-5 4:11 7:-2
c:dag_ 0:41 2:-6 4:-17 5:-7 6:18 7:35 8:-20
c:dagb 0:1 1:-1 3:-3 4:9 5:5
c:dage 0:-22 1:-15 2:-9 3:11 5:18 6:2 7:9 8:-9
c:dagi 0:9 1:-2 3:-1 4:-1
c:dagj 0:3 7:-1
c:dago 0:-2 1:-1 8:6
c:dan_ 0:-3 1:3 3:4 4:-8 5:-3 6:12 7:4 8:-4
c:dank 0:-9 1:6 7:8
c:dapp 0:4 8:-1
c:dat_ 0:-15 1:10 2:3 3:1 5:1 6:-6 7:-1 8:-2
c:data 0:2 2:-1
c:datu 0:5 7:8
c:dbac 0:5 1:2 3:-2
c:dbou 3:-3 4:4
c:dcij 0:-3 1:-1 2:9
c:ddag 0:5 4:-1
c:ddat 0:2 1:-1 7:8
c:dde_ 0:9 1:-3 5:-1
c:ddea 0:6 6:-1
c:ddel 0:-11 1:-6 2:32 3:19 4:-2 5:2 6:6 7:-2
c:dden 0:-9 1:3 3:-1 4:16 5:-2 6:1 8:-3
c:dder 0:2 1:5 4:-3
c:ddie 0:3 3:-4 5:4
c:ddoe 0:-7 1:-5 4:16
c:deaa 4:2
c:dead 0:12 1:-3 3:-2 4:-2 7:12
c:deal 0:5 1:-1 3:-1
c:deba 0:1
c:deca 0:8 3:-3 4:-2 5:-2 6:8 8:3
c:deco 0:2
c:decu 3:5
c:dede 0:8 1:-2 4:-1
c:dee_ 0:11 1:5 3:2 4:-6 5:-2 6:-2 7:-5 8:10
c:deed 0:19 1:-4 2:-1 3:14 5:-2 6:1 7:-1
c:deee 0:8 4:7 8:-4
c:deel 0:5 1:-2 3:1 4:-1 5:-2 6:16 7:6 8:-4
c:deer 1:2 3:8 4:13 5:-5 7:-1 8:-5
c:defi 0:-4 7:8 8:-1
c:dege 0:-3 3:5 4:-2 8:1
c:dek_ 0:2
c:dekk 0:21 1:-4 7:-4 8:-2
c:dekl 3:3 6:-1
c:dekt 0:10 1:-3
c:del_ 0:-5 1:7 4:6 5:-3
c:deld 0:-8 1:-4 2:36 3:22 5:5 8:1
c:dele 0:8 1:-2 3:3 5:9 6:11 7:-3
c:delf 0:4 1:-2 3:1 4:-2
c:deli 0:-14 1:8 2:9 4:-8 5:-7 7:8
c:delo 0:-6 1:-1 2:12 7:3
c:dels 0:-1 2:-2 5:-3 6:8
c:demi 0:3 1:-6 3:2 5:-2 6:-2 7:3 8:10
c:den_ 0:20 1:27 2:-5 4:23 5:22 6:-3 8:-17
c:dend 0:4 1:-1 2:5 5:-2
c:deni 0:5 1:-4 4:-1 7:3 8:3
c:denk 0:18 2:3 4:24 5:-22 6:-13 7:17 8:-10
c:dens 0:4 1:8 2:-1 5:14 7:-2
c:dent 0:-5 1:-10 2:-4 3:7 4:17 5:3 6:2 7:-8
c:depr 0:-10 1:-1 5:25 8:1
c:der_ 0:-34 1:18 2:-4 3:2 4:-7 5:15 6:-21 7:16
c:dera 0:-10 1:3 2:-1 3:4 4:3 6:-3 7:-3 8:2
c:derb 1:2 3:-3 4:4 7:-2 8:3
c:derd 0:8 1:-5 2:1 3:-3 4:-2 5:1 6:17 8:-1
c:dere 0:25 1:-10 2:-3 3:31 6:-2 8:11
c:derg 0:2 8:1
c:deri 0:1 6:6 8:-1
c:derk 0:-2 1:8 3:-1 4:-5
c:derl 0:-8 1:8 3:1 4:8 6:-6 7:-12 8:-8
c:derm 0:-6 1:2
c:dern 0:13 1:-3 3:2 4:5 7:-2 8:2
c:dero 0:-1 3:4 4:8 8:3
c:ders 1:-13 2:-14 3:-4 4:7 5:2 6:6 7:21 8:-10
c:dert 0:-2 1:-8 3:2 4:6 5:-3 6:7 7:2 8:-2
c:derw 0:23 1:-7 2:-2 3:2 4:13 5:-2 6:-2 8:12
c:derz 0:13 1:-7 3:1 6:1
c:des_ 0:-5 2:15 5:-2 6:-2
c:dest 0:-4 3:6
c:deta 0:-5 1:8 5:-2
c:deto 2:1
c:deur 0:9 1:-6 5:-1 6:-3 7:6 8:11
c:deus 0:1
c:devo 0:7
c:dewe 1:-2 4:-2 5:12 8:6
c:deze 0:3 1:-20 3:5 4:-7 5:-16 6:11 8:-17
c:dhd' 0:-5 4:6
c:dhd_ 0:-10 1:-16 4:33 5:7 8:-4
c:dhei 0:9 1:-3 4:-5 5:7 6:-1 8:4
c:dhul 5:2
c:diag 0:-8 1:-2 5:21 6:-2
c:diav 0:9 5:-6
c:dica 0:-8 1:-1 5:18
c:dich 0:9 1:-8 2:4 3:-3 5:-9 7:5 8:3
c:dici 0:-7 5:16
c:die_ 1:12 2:11 3:10 4:-10 5:-13 6:-18 7:-19 8:4
c:diea 0:2 1:-2 2:7 7:3
c:dieb 0:-1 1:4 4:-2
c:dief 0:2 7:3
c:diek 0:11 1:-4 2:3 3:11 4:-4 5:10 6:-1 7:-2
c:diel 5:-1 6:4 7:2
c:dien 0:5 1:-2 2:-4 3:-4 5:12 6:2 8:15
c:diep 1:-3 2:6 3:-1 4:-3 5:11 6:1
c:dier 0:9 3:-3 4:1 5:-5 6:-2 7:-2 8:6
c:dies 3:-2 4:3 5:1 6:-2 8:-1
c:diet 0:4 1:-2 2:-1
c:dig_ 0:-8 1:29 2:20 5:8 6:6 7:-11 8:-9
c:dige 2:8 4:2 5:-8 6:-4 7:4 8:11
c:digh 0:-5 1:30 4:-2 5:-2 6:-2 8:8
c:digi 0:-5 1:-1 4:2 5:4 6:2
c:digs 0:-3 1:-1 4:4 8:3
c:digt 4:-1 7:4 8:-1
c:dijk 0:3 1:-2 4:-1
c:din_ 0:1 1:-2 3:2
c:dina 0:8 5:-2 6:-4
c:ding 1:44 2:-6 3:-14 5:4 6:-3 7:-1
c:dinn 0:-2 3:3
c:dins 0:6 8:-3
c:dipl 0:5 1:-5 2:2 3:-3 5:-5 6:-6 7:11 8:11
c:dire 0:3 1:-1 7:3
c:disc 0:-1 1:6 4:-6 8:11
c:dit_ 0:8 1:-8 2:18 5:-3 6:25 7:17
c:diti 0:-2 5:7 6:-2
c:dium 0:3
c:dlei 0:7
c:dlin 0:12 1:-3 3:-2 4:-2 7:12
c:dmin 1:2 4:2 6:1
c:doce 0:8
c:doch 1:13 2:3 4:-1 8:-2
c:doe_ 0:-18 1:-7 3:-2 6:6 7:-5 8:18
c:doek 0:-7 1:-5 4:16
c:doel 0:2 1:-2 2:3 4:4 6:4 7:-2 8:-1
c:doen 0:-23 1:-4 2:21 4:9 5:-15 7:4 8:12
c:doet 0:26 1:-3 3:2 5:2 6:-1 7:4 8:-1
c:dokt 0:1
c:dond 0:2 6:-3 7:2
c:door 0:3 3:-12 4:-13 5:4 6:6 7:5 8:-10
c:dop_ 0:4
c:dorp 1:-2 3:-1 4:6 8:-2
c:doss 0:-11 1:2 5:1 6:28 8:-2
c:dpre 0:-1 2:6
c:dpun 0:6 1:-1 7:-1
c:dra_ 1:2 6:3
c:draa 0:-6 1:3 3:-1 4:2 5:6 7:2
c:drac 0:11 2:4 4:-4 5:-3 6:23 7:-3 8:1
c:drag 5:4
c:dram 3:2 8:2
c:drie 2:4 3:3 4:-9 5:-8 6:17 7:-2 8:-9
c:drij 0:13 1:-5 2:-4 3:5 4:-7 6:-4 7:12 8:15
c:drin 0:-8 5:14 7:2 8:3
c:drom 0:-6 4:9 5:-1 8:5
c:droo 0:6 1:-7 3:-1 4:-2 6:5 7:6 8:11
c:druk 0:3 1:7 4:4 5:-4 7:2 8:-3
c:dsch 0:-5 1:11 3:-2 4:-2 5:4
c:dse_ 0:2
c:dsel 0:-2 5:11
c:dsge 0:-2 3:10 6:-1
c:dst_ 2:1
c:dsta 0:-3 1:2 4:6 8:-1
c:dste 0:5 1:-4 3:2 7:-2
c:dstr 1:-1 2:4 3:-1
c:dszo 0:4 4:-1
c:dte_ 0:5 6:-3
c:dtek 0:-5 2:1 5:-2 6:19 7:5 8:1
c:duce 0:5
c:duct 0:9 1:-2
c:duid 0:-8 1:7 4:-2 7:4 8:9
c:duik 0:4
c:duit 0:-2 1:4 2:14 4:-2 5:-2 6:2
c:duld 0:4 1:1 8:3
c:dule 0:-2 1:1 2:5 4:2 5:-3 6:13
c:duo_ 0:3
c:dure 0:-2 5:3
c:durf 0:21 1:-3 4:2 5:6
c:durv 0:7 1:-1
c:dus_ 0:-35 1:30 2:-8 3:6 4:30 5:-11 6:-4 7:13
c:duur 1:4 6:4 7:-1 8:-2
c:dvie 0:13 1:-6 2:8 3:-6 4:-4 7:5 8:16
c:dvis 0:-4 1:5 4:-4 8:8
c:dwee 0:7 1:-2 3:-1 5:-1
c:dwer 0:-2 1:2
c:dysl 1:-17 4:34 5:-3 6:1 7:-2 8:-2
c:dzor 0:1 5:9 6:-5
c:e-ci 0:-3 1:-2 2:9 4:-1
c:e-er 0:4 3:-1
c:e-on 4:-2 8:4
c:e-ur 0:-1 5:-2 6:8
c:eaal 4:2
c:eaca 8:2
c:each 0:-6 4:9
c:eact 0:3
c:eadl 0:12 1:-3 3:-2 4:-2 7:12
c:eadv 0:2 1:-2 2:7 7:3
c:eage 0:5 1:2 4:-3 8:6
c:eale 0:5 1:-1 3:-1
c:eali 1:-7 2:2 3:2 4:3 5:-1 6:-3 8:6
c:eam_ 0:7 1:-3 3:-2 7:-1 8:11
c:eaml 0:-4 1:2 3:-2 7:15 8:-1
c:eant 0:1 5:-1 6:8
c:eate 4:-2 8:3
c:eati 0:2 1:3 4:5 5:-2 7:-3 8:2
c:eau_ 0:-6 1:18 2:-4 5:-4 6:-6 7:1 8:18
c:ebat 0:1
c:ebbe 0:-5 1:-8 2:-1 3:12 4:7 6:8 7:-9
c:ebed 0:-3 1:-2 5:8 6:3
c:ebeg 0:2 1:7
c:ebei 0:17 1:2 3:-2 4:-9 6:1
c:ebel 0:2
c:ebeo 0:-7 2:10 3:3 5:-3
c:ebeu 1:-4 2:3 4:-1 5:5 7:13
c:ebie 0:2
c:eble 0:9 5:-1
c:eboe 0:-1 6:7 7:-5
c:ebol 0:-1 1:4 4:-2
c:ebou 5:2
c:ebra 0:4 3:-2
c:ebre 0:-3 1:24 7:2 8:2
c:ebri 0:-1 1:-1 6:4 7:3 8:-2
c:ebro 7:9
c:ebru 0:6 1:-8 5:19
c:ebsi 0:3
c:ebt_ 0:-3 1:8 2:4 4:-3 5:-2 6:15 7:17 8:-11
c:eca_ 0:-6 1:21 4:13 5:-2 7:-2 8:-6
c:ecaa 0:7 3:-3 4:-2 5:-1 6:8 8:3
c:ecan 0:2
c:ecen 0:2
c:ecep 0:-14 1:7 4:10
c:ech_ 0:-4 7:7
c:eche 0:13 4:-2 6:2 7:1
c:echn 0:3 1:8 3:-3 4:5 5:-10 6:-5 7:-7 8:6
c:echt 1:34 3:-7 4:37 5:-11 6:-8 7:3 8:11
c:ecie 1:-5 3:13 4:-2 5:9 6:-2
c:ecij 2:-3 4:5
c:ecis 0:2 1:5 4:-2 5:-2
c:eck_ 0:12 3:-2 4:-3 6:2
c:ecke 0:-3 5:5
c:eckl 0:-5 5:-1 6:12 7:2
c:econ 0:-3 1:4 2:8 3:-5 4:1 5:-2 7:-6 8:5
c:ecor 0:2
c:ecre 0:7
c:ect_ 0:10 1:-1 3:-4 4:8 5:5 7:-2 8:11
c:ecte 0:8 1:-2 7:3
c:ecti 1:-5 2:-2 4:5 6:35 7:1
c:ecto 0:-3 3:-2 4:2 5:-3 6:5 7:9 8:7
c:ecur 3:4 6:-1
c:edaa 0:-6 1:-3 3:9 4:-2 5:-3 6:16 8:8
c:edac 0:13 1:-4 2:-6 4:12 5:4 6:-1
c:edag 0:1 5:6 6:-1 8:6
c:edba 0:5 1:2 3:-2
c:edde 0:-7 1:6 2:3 3:-2 4:15 7:-1
c:ede_ 0:7 1:-9 4:-8 6:-8 7:5 8:-3
c:edec 3:5
c:edee 0:5 4:3 7:2
c:edel 1:-2 3:6 4:-1
c:eden 0:41 1:-3 2:12 3:-1 4:-6 6:7 7:8 8:-2
c:eder 0:-6 1:9 2:-2 3:2 4:-4 5:13 7:3 8:-1
c:edes 0:-3 3:4
c:edeu 0:1
c:edew 0:2 1:-1 4:-3 8:5
c:edia 0:13 5:-6
c:edic 0:-15 1:-2 5:34 7:1
c:edig 0:8 1:-3 5:3 6:3 8:-5
c:edin 1:2 3:-6 4:5 6:-2 7:-2 8:-3
c:edis 8:4
c:edoe 0:-2 1:-3 4:9 6:5
c:edra 0:1
c:edri 0:6 1:-4 2:-7 3:4 4:-9 6:-5 7:10 8:11
c:eds_ 0:-9 1:27 2:2 5:14 7:5
c:edsc 0:-1 1:7 3:-1
c:edse 0:-2 5:11
c:edst 0:4 1:-1 3:-1
c:edt_ 0:-9 1:8 4:-2 5:9 7:-1 8:2
c:edte 0:5 6:-3
c:edul 0:4 1:1 8:3
c:eed_ 0:17 3:15 5:-1 6:9 7:-1 8:1
c:eedb 0:5 1:2 3:-2
c:eede 0:22 1:-5 2:7 3:5 4:-1 7:3
c:eedr 0:1
c:eeds 0:-10 1:34 2:2 3:-1 5:14 7:5
c:eedt 0:5 6:-3
c:eeen 0:6 3:4 4:7 7:-1 8:-4
c:eef_ 0:7 1:7 2:-3 3:17 4:-4 5:-2 6:-1 7:5
c:eefc 0:-2 2:3
c:eefd 1:-2 4:3
c:eeft 0:-14 2:-3 3:32 4:-9 5:11 8:5
c:eeg_ 0:4 1:-7 2:5 4:-1 6:11 7:-2 8:13
c:eege 0:-16 5:9 6:9
c:eegk 0:5 1:-3 2:2 3:-4 8:9
c:eegt 0:7 2:-1
c:eek_ 0:1 1:-3 3:-9 4:-9 5:2 6:6 7:8 8:-14
c:eeke 4:-1 5:10
c:eeki 7:6
c:eeks 0:-2 5:12
c:eekt 0:4 1:6 2:-4 4:2 5:-3 6:4 7:-3 8:-2
c:eel_ 1:-12 2:8 3:-5 4:3 5:12 6:7 7:-23 8:-5
c:eeld 0:14 1:-7 2:3 3:11 4:-5 5:1 6:-6 8:-7
c:eeli 0:-4 1:-3 3:13 5:-2
c:eeln 0:-10 1:-3 2:1 3:8 6:11 7:6
c:eelo 0:11 1:-2 2:-3 3:8 4:-1 5:-5 6:13 7:4
c:eels 0:-2 3:3
c:eelt 0:-7 1:1 3:-2 4:6 5:14
c:eem_ 0:7 1:3 2:-4 4:-9 6:11 7:-12 8:8
c:eema 0:2
c:eeml 0:-8 1:7
c:eemt 1:-1 3:-3 5:7 7:6 8:-3
c:een_ 0:23 1:14 3:-4 4:19 5:-13 6:-16 7:32 8:-7
c:eene 0:7 1:-3 5:3
c:eenk 6:6
c:eenm 0:-10 1:9 3:-4 4:14 7:-1
c:eens 0:6 1:-10 3:14 4:4 5:18 6:-15 7:-16 8:-14
c:eent 0:-1 1:2
c:eenv 0:-20 1:11 4:14 6:-1
c:eeop 8:2
c:eep_ 0:-7 2:8 6:2
c:eept 0:8 1:-1
c:eer_ 0:17 1:8 2:-8 3:-10 5:-3 6:13 7:29 8:-7
c:eerb 1:-8 3:3 4:-5 5:-2 6:2 7:23 8:8
c:eerd 0:3 2:-8 3:-4 4:10 5:-12 6:11 7:5 8:-8
c:eerj 0:4 1:9 3:-3 8:-3
c:eerl 0:-15 1:11 3:26 4:23 6:-8 7:-18 8:5
c:eerm 0:5 1:-5 6:3
c:eerp 0:2 4:-2 6:2 7:3 8:-1
c:eers 0:29 1:10 2:13 3:-6 6:-2 8:4
c:eert 1:-8 2:-7 4:1 6:-4 7:-5
c:eerw 0:-7 1:7 2:-1 3:-4 5:3 6:-2 7:1 8:5
c:ees_ 0:6 2:-2
c:eesk 0:-8 1:2 3:1 5:-2 7:7 8:9
c:eesp 0:-4 4:5 5:1
c:eest 0:17 1:-2 3:7 4:16 5:6 6:-8 7:-2
c:eesv 0:-3 2:4
c:eet_ 0:-6 1:-13 2:-16 4:-8 5:16 6:7 7:4 8:1
c:eeta 0:2 3:8
c:eetj 0:-7 1:9 3:-5 4:-1 5:12 7:5
c:eetl 0:6 6:-2
c:eetp 0:-3 5:8
c:eets 0:-4 1:4 4:-1 5:6 8:-1
c:eeuw 0:-2 7:2
c:efci 0:-2 2:3
c:efd_ 1:-2 4:3
c:efel 0:10
c:efen 2:6 4:6
c:efin 0:-1 3:1 7:12
c:efje 6:6 7:-1
c:efle 0:4 1:-2 2:-3 6:21 7:2
c:efoo 0:-2 5:5
c:efor 0:-6 5:-6 6:15 7:1
c:efru 1:1
c:efst 0:21 1:-2 3:-2 4:3 5:-2 8:-1
c:eft_ 0:5 1:-10 2:-10 3:1 4:-22 5:3 7:-13 8:11
c:efti 0:-12 1:-3 2:2 3:26 4:7
c:eftr 0:1
c:efva 0:-5 2:-1 5:8
c:efwe 1:-1 2:3
c:ega' 0:2 1:6 4:-2
c:ega_ 0:6 1:-2
c:egaa 0:3 1:-3 3:2 4:9 5:-4 8:-3
c:egat 7:4 8:-2
c:egd_ 0:-4 1:-2 3:9 4:-2 6:1 8:11
c:egde 0:5
c:ege_ 0:3 3:-3 4:-1 5:3 7:7 8:-3
c:egeg 5:1
c:egek 0:1
c:egel 0:11 1:2 3:-1 4:-12 5:-10 7:-6
c:egem 0:-8 5:10
c:egen 0:23 1:-10 3:-4 4:7 5:-5 8:10
c:eger 1:12 4:-4 8:-4
c:eges 0:3 1:4 3:-2 5:4 6:9 8:-1
c:egev 0:6 1:-1 3:5
c:egew 0:-1 7:3
c:egge 0:24 1:-14 4:3 5:-3 6:1 8:-11
c:egin 0:17 1:-13 2:3 3:-3 4:13 6:-10 7:-5 8:14
c:egio 0:-3 4:2 8:7
c:egis 0:-5 2:1 3:-1 6:24 7:-2
c:egku 0:5 1:-3 2:2 3:-4 8:9
c:egon 0:6 1:-6 3:2 4:6 5:-3 6:-1
c:egre 0:-5 1:8 5:-1 8:11
c:egri 0:-7 1:8 3:-2 4:2 5:6 7:3 8:-2
c:egt_ 0:14 1:5 2:13 3:-2 4:-8 5:9 6:-1 7:-8
c:egwe 0:-3 2:6
c:egwi 0:4 8:-2
c:ehaa 0:7 1:-5 2:12 3:4 4:-1 5:-3 6:2
c:ehad 2:-1 5:1 6:9
c:ehal 0:-12 1:10 3:10 5:-1
c:ehan 1:-3 4:-2 5:7
c:ehee 1:9 4:-2
c:eheu 0:-2 1:9 5:-2
c:ehoe 0:1 3:4
c:ehol 0:8 1:-2 3:-3
c:ehoo 0:-2 1:1 3:4
c:ehou 0:5 4:-2 8:-1
c:eid_ 1:19 2:-2 4:7 5:12 6:-2 7:-3 8:15
c:eidd 0:5 1:-1
c:eide 0:23 2:-5 3:-22 4:17 5:-8 6:4 7:5 8:-12
c:eidi 0:-1 2:-3 3:1 4:2 5:11 6:-8 7:-3 8:14
c:eids 1:-2 2:7 4:-1 5:-1
c:eidt 0:4
c:eien 0:4 2:-3 3:1
c:eige 0:16 1:12 2:-8 3:-6 4:7 5:6 6:-11 7:-11
c:eik_ 2:3
c:eikb 0:3 4:-1
c:eike 0:1 1:-2 3:4 5:-1
c:eiku 0:5 1:-4 2:8 5:3
c:eili 1:5 2:-2 3:-2 4:6 5:1 6:-6 7:-8 8:11
c:ein_ 0:5 1:3 3:-3 4:5 7:-3
c:eind 0:-13 2:22 4:-2 5:-2 6:2 7:33
c:eine 0:4 1:-1 5:2 6:-2 7:5 8:5
c:eini 0:-13 1:35 3:-4 4:9 7:-3 8:5
c:eins 0:6 4:-1 6:-1
c:einv 0:-6 5:11
c:eise 0:-3 1:4 6:3
c:eisj 0:-7 1:-4 2:2 4:39 5:-2 6:1
c:eit_ 0:22 2:-3 4:5 5:-4 6:6 7:-3 8:2
c:eite 0:8 1:28 3:3 4:-2 5:-3 6:15 8:-5
c:ejaa 0:-2 3:10
c:ekaa 0:-6 5:13 6:-1
c:ekda 0:6 4:-4
c:ekdr 0:-2 8:3
c:eke_ 0:4 2:-2 3:-2 4:-3 5:11
c:ekek 0:4 1:1 4:4 5:-1 6:1
c:ekem 0:3 1:-2
c:eken 0:-2 1:-9 2:5 4:8 6:24 7:2 8:-25
c:eker 1:8 2:-3 5:1 8:13
c:ekeu 0:10 1:-6 2:1 3:9 4:-6 5:8 7:-6 8:-2
c:ekho 0:4 5:-2
c:ekij 0:18 4:-2 7:7
c:ekje 6:11 7:-4
c:ekke 0:6 1:14 2:-3 3:-5 4:-8 5:-3 7:10 8:4
c:ekki 0:3 1:6 4:-1 6:-1 8:-1
c:ekla 3:3 6:-1
c:ekle 6:3
c:ekni 8:1
c:ekom 0:11 1:4 2:-1 3:-1 5:3 7:-2 8:7
c:ekop 1:-2 7:-2 8:7
c:ekor 0:-12 1:28 2:20 4:-2 5:-1 6:-2 7:1 8:1
c:ekoz 0:-8 1:-4 3:7 4:-3 5:-2 6:4 7:16 8:3
c:ekre 0:4 2:-1
c:eks_ 0:-2 5:7
c:ekse 1:-1 5:5
c:eksg 0:6 4:-1
c:ekst 0:3 1:6 4:5 5:-6 6:2 8:-3
c:eksv 0:-1 1:5 2:-1 6:6
c:ekt_ 0:20 1:1 2:-11 4:20 5:-9 7:-8 8:-7
c:ekte 0:-3 1:-1 5:13
c:ektr 0:-2 3:9 4:-2 8:-1
c:elaa 4:-2 8:5
c:elan 0:10 1:-3 3:-4 4:2 7:4 8:-1
c:elat 0:4 1:-3 2:3 5:5 6:-1 7:5 8:-2
c:elba 0:-4 1:-3 2:-1 3:-1 4:3 5:11
c:eld_ 0:2 1:-9 2:-4 4:-13 5:16 6:-14 7:5 8:9
c:elda 0:1
c:eldd 0:13 1:-4 4:5 7:7 8:-2
c:elde 0:25 1:-15 2:24 3:19 5:-3 6:-6 7:-5 8:3
c:eldi 0:-9 2:1 3:-1 6:14 7:12 8:-2
c:eldt 0:12 3:-3 4:3 6:4 7:-3 8:-5
c:eldz 0:1
c:ele_ 2:-2 3:3 4:-4 5:8 6:-6 8:-3
c:elec 0:6
c:eled 0:4 1:-2
c:elee 0:15 1:-2 4:-2 5:24 6:-4
c:elef 0:-2 5:5
c:eleg 4:2 8:-2
c:elei 0:24 1:14 2:3 5:-2 6:14 7:-1 8:-4
c:elek 0:-5 1:-4 3:33 4:-4 8:-2
c:elem 0:12 1:4 3:-5 4:1 5:-2 7:-2 8:-1
c:elen 0:26 2:-5 3:-5 5:3 6:10 7:11 8:-6
c:eler 0:4 1:-2 4:4
c:eles 1:3 8:-1
c:eleu 0:-1 1:-2 2:3 7:5
c:elev 0:-5 3:-2 5:10 6:9 7:10
c:elf_ 0:50 1:23 2:-6 4:7 5:-3 6:-10 7:11 8:-4
c:elfd 0:3 1:-2 7:-3 8:5
c:elfs 0:-4 1:14 3:9 8:-4
c:elft 1:3 3:9 4:-1
c:elfv 0:-1 1:2
c:elic 0:10
c:elig 1:3 3:-2 4:3
c:elij 1:4 3:4 4:-10 5:-14 7:1 8:8
c:elin 0:-7 1:-12 2:12 3:14 4:5 5:-6 6:1 8:-4
c:elk_ 0:24 1:6 2:17 3:-20 4:1 5:-20 6:-11 7:-13
c:elka 0:10 1:-2 2:-3 3:7 5:4 6:8 7:-4
c:elke 0:29 1:30 2:7 3:-9 5:-18 6:27 7:-3 8:-6
c:elko 0:16 1:4 4:-5 5:-2
c:elle 0:19 1:-8 3:4 5:-5 6:-1 7:13
c:elli 0:5 1:4 4:-2 7:-1 8:5
c:elne 0:-2 1:-3 3:8 7:5
c:eloo 0:-4 1:-14 5:-16 6:8 7:2 8:-3
c:elop 0:7 1:15 3:-4 6:-2 7:-4 8:1
c:elos 6:-1 8:3
c:elp_ 0:15 1:-3 8:-4
c:elpe 0:15 1:7 3:-4 4:-3 5:-4 7:-2
c:elpt 0:13 5:9
c:els_ 0:-6 1:24 2:6 6:14 8:-3
c:else 0:1
c:elst 0:7 2:-4 3:-2 4:2 5:-2 6:7
c:elt_ 0:3 1:-8 2:-2 3:15 4:-2 5:8 6:17
c:eluk 0:-6 1:5 4:5
c:elva 2:2
c:elwe 0:-3 1:-1 2:4 3:3
c:elzi 0:6 1:2 2:1 5:-2 6:2 7:-1
c:emaa 0:-1 1:6 2:-3 3:13 5:8 6:3 7:-7 8:-5
c:emak 1:2
c:eman 0:19 1:10 2:-2 3:-9 4:2 6:-3 7:9
c:emar 0:-9 1:6 6:5
c:embe 0:-3 1:5 2:1 3:1 5:-3
c:emde 0:6
c:emee 0:-2 1:4 4:7 5:-3 8:-1
c:emel 0:-3 1:-3 3:2 7:8 8:3
c:emen 0:-2 2:-3 4:-4 5:1 6:-12 8:10
c:emer 0:7 1:-9 2:-2 3:4 5:-3 6:-2 7:2
c:emid 0:-8 1:-4 2:36 3:22 5:5 8:1
c:emie 0:3 1:-6 3:2 5:-2 6:-2 7:3 8:10
c:emis 0:-1 5:-2 7:8
c:emle 0:-8 1:7
c:emme 1:2 5:2 7:-2
c:emod 0:-2 6:7
c:emom 0:9
c:emon 0:3 3:-3
c:emot 0:-5 1:3 3:7
c:empe 0:-4 4:5 5:-2 6:18 7:-3
c:empo 0:4 1:18 3:2 4:-9 7:3 8:-2
c:emt_ 0:1 1:-2 3:-3 5:7 7:6 8:-3
c:enaa 1:-2 2:4 4:1 5:-1 8:-2
c:enar 0:4 1:-4 2:1 4:-1 5:-1 8:13
c:enbo 0:-2 2:3 3:1
c:enbr 6:6 7:-1
c:enci 0:-3 2:6
c:enco 0:-2 6:1 7:4 8:-1
c:end_ 0:35 1:-6 2:5 3:-3 4:-7 5:-5 6:5 7:3
c:enda 0:10 6:-3
c:ende 0:44 1:-2 2:24 3:16 4:1 6:-2 8:-9
c:endi 0:-5 3:4 5:2 7:3
c:ends 0:6 1:-5 4:7 5:2 7:-2 8:-2
c:ene_ 1:-1 3:1
c:enee 0:-5 1:1 5:-2 7:7 8:8
c:enem 0:5 1:-3 5:3
c:enen 0:7 1:16 2:9 4:-2 5:-2 6:17 7:-7 8:-3
c:ener 0:18 1:-7 2:-3 4:20 5:2 6:-1 7:-4
c:eng_ 0:3 1:4 4:-1 8:-3
c:engd 0:3 8:-2
c:enge 0:2 1:20 2:5 3:3 5:-3 8:-1
c:engt 0:4 7:-1
c:enhu 0:-6 3:-3 4:9 5:-3 7:4 8:5
c:enie 0:10 1:-2 3:9 4:-1 8:-14
c:enig 0:-9 1:-7 3:20 4:-3 6:3 7:4 8:6
c:enin 2:-1 3:-2 4:4 5:14 6:20 8:-1
c:enis 0:9 1:-4 4:-3 6:-2 7:2 8:2
c:enja 0:2 1:-1 3:1 7:-2 8:21
c:enk_ 0:-3 3:4 4:15 5:-14 6:-6 7:29 8:-11
c:enka 6:2
c:enke 0:5 2:-2 3:-7 4:12 6:-4 7:-4 8:6
c:enki 3:-2 4:7
c:enkl 0:-1 7:2
c:enko 6:6
c:enkt 0:28 1:2 2:7 3:5 5:-4 7:-3
c:enkv 1:2
c:enkw 0:2 5:-1
c:enla 1:-3 5:-1 8:9
c:enli 0:-18 1:7 2:-9 3:1 5:6 7:-8 8:4
c:enma 0:-8 1:6 3:-5 4:13 5:-1 6:4 7:1 8:-3
c:enme 1:-4 7:-2 8:9
c:enne 0:27 1:-3 4:-4 8:-3
c:enni 0:13 1:-4 2:9
c:enoe 0:-9 1:4 2:4 3:-7 4:-9 5:14 7:-14 8:3
c:enom 0:3 4:6 6:10 7:-2
c:enoo 0:4 3:1
c:enop 0:2
c:enor 0:-1 3:2
c:enot 1:-8 3:32 5:-5
c:enpl 0:-5 6:7
c:enre 0:1
c:ens_ 0:24 2:15 3:-1 4:5 5:21 6:-21 7:-26
c:ensc 0:-3 1:6 4:7 5:-5 7:-2 8:3
c:ensd 0:-2 7:9 8:-5
c:ense 0:20 1:-4 3:-4 4:10 5:-4 6:-2 7:2 8:2
c:ensi 0:-5 4:6
c:ensl 0:18 1:-2 2:-1 5:-7
c:ensp 6:-1 7:1
c:enst 0:3 1:-5 2:-2 3:-6 4:4 5:8 6:2 8:-2
c:ent_ 0:7 1:-3 3:-12 4:5 5:7 6:-8 7:-28 8:7
c:enta 1:-4 2:7 4:-3 5:2 6:5 7:-3 8:-1
c:ente 0:20 1:-2 2:-7 3:12 4:-6 5:-2 7:1 8:5
c:enth 0:7 2:2 3:5 8:-2
c:enti 0:3 1:-7 2:-1 4:7 6:10 7:-1
c:entj 0:-1 1:2
c:ento 0:-3 1:-7 2:18 3:6 4:-7 5:-1 6:1 8:4
c:entr 0:-12 1:18 2:10 4:-4 5:2 6:-1 8:11
c:enuw 0:1
c:enva 1:8 2:5 4:-1 6:-2 7:-1
c:enve 0:1
c:envo 0:-22 1:12 4:14 6:-1 8:1
c:enwe 0:-2 1:10 4:3 8:-1
c:enwo 5:7
c:enzi 1:1
c:enzo 4:6 5:-1 8:-1
c:eoor 0:2 1:-5 2:15 3:1 5:-4
c:eopl 0:1 8:2
c:eore 4:4 8:4
c:eori 1:19 2:4 4:4 7:-2 8:-2
c:epaa 0:9 2:3 3:-2 5:1 7:5 8:-2
c:epak 0:4 5:-1
c:epal 2:3 3:8 6:-2
c:epar 0:-8 1:13 5:-2 6:2
c:epel 0:1
c:epen 0:-4 1:6 2:-8 3:-4 4:2 5:-11 6:5 8:4
c:eper 0:-14 1:12 4:7 5:2
c:epje 0:1 1:-1 3:7 4:-1 6:2 7:-2
c:epla 0:2 2:1 3:-3 5:3 6:4
c:eple 1:2 2:-5 3:2 4:-7 6:-8 7:13
c:epre 0:-10 1:-1 5:24 8:1
c:epro 1:-1 3:4
c:epsg 1:-1 2:2 3:5 4:3 6:-2 7:-2 8:4
c:epsi 0:2 2:-2 5:-2 6:5
c:epsk 0:-16 1:11 2:3 5:7
c:epso 2:-1 6:7
c:epsp 0:2
c:epsw 0:5 1:2 4:-1
c:ept_ 0:-4 1:8
c:epte 0:-2 1:6 5:-2
c:epti 0:-6 1:-2 4:10
c:epun 1:-1 2:7 5:-1
c:eraa 1:2 3:4 4:-1 6:-1 7:4 8:2
c:erac 0:2
c:eraf 0:10 1:-1 2:3 7:-3
c:eral 0:4 7:3 8:-2
c:eran 0:6 1:12 3:-5 4:-1 6:4 7:-5 8:-3
c:erap 0:-6 5:8
c:erat 0:4 1:-1 4:7 5:1 8:-1
c:erav 0:-5 1:5 4:4 5:1 6:-1 7:-2 8:3
c:erba 0:6 1:-5 3:2 4:-2 7:8
c:erbe 0:-19 1:3 3:-4 4:-1 5:-3 7:16 8:8
c:erbi 0:21 1:-6 6:3 7:2 8:-2
c:erbl 0:-11 1:3 3:12 4:-1 5:10 8:-3
c:erbo 0:6
c:erce 0:-5 2:11 3:-1
c:erd_ 0:19 1:5 2:-4 3:-6 4:5 5:-2 6:26 8:-3
c:erda 0:11 1:-3 4:1 5:3 6:-3 7:3
c:erde 0:-1 1:-5 2:-7 3:8 5:-13 6:10 8:5
c:erdi 0:3 1:-4 2:-3 4:2 5:4 7:-3 8:14
c:erdo 0:-1 2:2 7:1
c:erdr 0:4 4:-1
c:ere_ 0:-7 1:4 2:-2 3:24 4:-5 5:8 7:-14 8:30
c:erec 1:3 3:-2 4:7 5:1 8:-2
c:eree 1:8 3:3 4:-9 5:-2 6:13 7:15 8:-4
c:ereg 0:-3 3:1 6:9 7:-4 8:9
c:erei 0:21 1:-6 2:4 3:8 5:-1
c:erek 0:3 1:-2 2:2 5:-1
c:erel 0:3 1:-4 4:-2 8:6
c:eren 0:15 1:13 2:-12 3:9 4:26 5:-20 6:-14 7:-8
c:eres 0:17 2:-2 3:4 4:-5 6:9 7:-3 8:-4
c:erfe 1:-1 8:5
c:erfs 1:-1 2:5 6:4 7:3
c:erg_ 0:5 1:-2 3:3 5:13 7:-4
c:erga 0:-2 1:-4 2:6 3:-1 4:2 5:-4 6:1 7:5
c:erge 0:-10 1:22 2:-5 3:18 4:-18 6:-7 7:10
c:ergi 0:17 1:-3 2:-2 3:-3 4:6 5:4 8:2
c:ergr 0:-13 1:-2 3:3 4:19
c:ergs 0:3 2:-1
c:ergu 0:-3 1:-2 5:9
c:erha 0:26 1:14 3:-2 4:-2 5:4 8:-9
c:erhe 1:-5 5:5 8:10
c:erho 0:-8 3:11
c:erhu 0:3
c:eric 0:1 2:1 3:-5 5:-2 6:-4 7:-3 8:2
c:erie 0:10 1:-1 2:3 4:5 7:-5 8:-2
c:erig 0:16 1:-1 3:2 4:3 5:-2 8:-4
c:erij 0:9 1:1 4:3 8:-3
c:erin 0:5 1:-7 2:-2 3:-3 5:5 6:4 7:15 8:-8
c:erio 2:14 6:7
c:erja 0:4 1:5 3:-3 4:8 8:-2
c:erk_ 0:48 1:28 2:-5 3:-5 4:10 5:16 6:-8 8:-8
c:erka 0:-6 1:-2 2:14
c:erkd 0:13 1:-3 2:-2
c:erke 0:15 2:-2 3:-7 4:10 6:-2 7:6 8:19
c:erkg 0:-8 1:1 2:-1 3:-1 4:-4 5:4 7:15 8:3
c:erkh 0:-4 1:14 3:-1 8:-2
c:erki 0:-2 4:8 5:-1
c:erkk 5:1
c:erkl 0:-10 1:2 2:5 3:3 4:-6 5:13 6:-2
c:erko 0:-12 1:12 3:-3 4:-4 5:7 7:-2 8:12
c:erkp 1:-5 2:-3 3:-2 4:3 5:2 6:3 8:-5
c:erks 0:5 1:4 2:5 4:-3 8:-2
c:erkt 0:22 1:11 2:2 3:15 4:-4 5:-1 7:-4 8:-3
c:erkv 0:9 4:6 5:-1
c:erkw 0:4 3:-3 5:1
c:erla 0:-8 1:10 4:2 5:2 6:-5 8:-3
c:erle 0:4 1:-4 3:-6 4:8 5:-2 7:1 8:9
c:erli 0:-34 2:3 3:20 4:16 5:2 6:-17 7:-18 8:-3
c:erlo 0:1 3:5 5:1 7:-2
c:erma 1:2 2:-1 5:2 6:-2 8:6
c:erme 0:19 1:-4 3:-1 4:4 5:3 6:-1 8:-1
c:ermi 1:4 7:1 8:-2
c:ermo 0:-2 1:13 2:-1 5:2
c:ern_ 0:3
c:erna 0:8 1:5 2:-1 3:1 4:-1 7:8 8:-5
c:erne 0:13 1:-2 3:3 4:9 7:-2 8:3
c:ernt 2:1 6:3
c:ernv 2:6 5:-2 6:-1
c:eroe 0:2 1:16 2:-14 3:-21 4:7 5:-15 6:10 7:-11
c:erom 1:-2 6:6 7:8 8:-3
c:eron 0:8 1:-2 2:6 3:-3 5:-2 6:9
c:erop 1:-1 3:3 4:6 5:-2 8:2
c:erov 2:3 5:3 6:-1
c:erp_ 0:29 1:-2 2:-5 4:-1
c:erpe 0:6 1:4 2:-1 7:6 8:-1
c:erpl 1:-4 2:2 3:-4 5:-4 6:26 7:2 8:8
c:erpr 0:-16 1:4 4:3 7:6
c:erra 0:21 4:2 8:-1
c:ers_ 0:-2 1:-47 2:33 3:-2 4:55 5:2 7:26 8:-15
c:ersa 0:2
c:ersc 0:14 1:-3 3:6 4:-2 5:11 6:-2 8:3
c:ersd 0:3 8:-2
c:ersg 0:-7 4:10
c:ersi 1:2 3:3 4:9 7:-1 8:8
c:ersl 0:-25 1:14 2:-5 4:-2 5:12 6:18 7:1 8:-5
c:erso 0:8 1:-2 3:-2 4:4 8:4
c:ersp 3:1
c:erst 1:9 2:8 3:8 4:-6 5:-18 6:-7 8:8
c:ersw 0:2
c:ert_ 0:9 1:-5 2:-4 3:4 4:-6 5:6 6:-3 8:6
c:erta 0:3 1:-6 4:6
c:erte 0:20 1:-10 3:-9 4:-10 5:23 6:1 7:-10
c:erti 1:-5 2:-2 3:1 4:8 5:-3 7:6 8:2
c:ertj 0:-5 5:10 7:3 8:-1
c:ertr 0:-6 1:2 7:6
c:ertu 0:3
c:erug 0:25 1:-7 2:-3 3:2 5:-3 6:8
c:erui 0:9 1:7 6:2 7:10
c:erus 0:32 3:2 4:1 8:-2
c:erva 0:40 1:-1 3:3 4:-4 5:-2 6:3 7:1
c:erve 0:1 1:-3 4:7 8:-3
c:ervi 0:7 2:-1 5:-2 6:8
c:ervo 0:-4 1:18 2:4 3:5 4:-7 5:-2 8:-2
c:erwa 0:9 2:9 3:1 4:-2 5:-2 6:-3 7:4 8:-6
c:erwe 0:25 1:-4 3:-4 5:7 7:1 8:19
c:erwi 0:-5 1:-3 3:4 4:14 6:-3 7:-1 8:10
c:erwo 0:2 1:-1
c:erze 0:-2 6:4 8:-2
c:erzi 2:2 4:6 5:-3 6:11 7:-3 8:-2
c:erzo 0:22 1:-7 2:2 3:-5 4:14 6:3
c:erzu 8:3
c:esch 0:-6 1:-6 4:13 5:8 6:-4 7:3 8:17
c:esef 0:-6 7:16
c:esen 0:5 1:3 8:-3
c:esje 4:1
c:esku 0:-7 1:1 3:1 5:-2 7:7 8:9
c:esla 0:3 1:-1 5:8
c:esli 0:4 1:-3 4:-2 5:3 6:-1 7:22 8:-4
c:eslo 0:-3 1:4 2:3 3:-3 6:-1 7:-1 8:18
c:eslu 1:-4 7:15
c:esmb 0:4
c:espe 0:-2 4:6 5:1
c:espr 1:24 2:17 4:-10 5:9 6:24 7:-4 8:-11
c:ess_ 5:2
c:essa 0:10 1:-3 4:-2 6:1
c:esse 1:5 2:-6 4:-8 5:5 6:4 7:-6 8:-10
c:essi 0:-10 1:-1 5:24 8:1
c:est_ 0:-7 1:13 2:-15 3:13 4:-2 5:-8 7:7 8:21
c:esta 0:9 1:-8 2:1 3:-7 4:32 8:-2
c:este 0:6 1:-9 3:26 4:-5 5:-6 6:7 7:-8 8:28
c:esti 0:-3 3:2 4:-1 5:-4 6:18
c:estj 5:5 7:1
c:esto 0:4 1:-4 5:6
c:estr 0:4 1:-2
c:estu 0:-3 1:-5 3:3 4:15 5:-5 6:3 7:6 8:-5
c:esul 0:3 1:-2 2:17 5:-2 7:-1
c:esva 0:-3 2:4
c:eta_ 0:-2 1:-1 3:-1 4:8 8:-3
c:etaa 0:-3 4:1 5:1 8:3
c:etac 1:1
c:etai 0:-8 1:8 5:-2 8:6
c:etal 0:-3 1:-3 3:7 4:-3 5:13
c:etav 1:1 2:2
c:etba 0:-1 8:2
c:ete_ 0:8 6:-2 7:-1 8:-1
c:etec 0:-2 1:2
c:etee 0:8 1:-2 6:1 7:-2 8:14
c:etek 0:4 1:-8 2:5 4:-7 5:1 6:-1 7:5 8:-10
c:eten 0:-6 1:-1 2:3 3:-2 4:-7 5:35 7:6 8:4
c:eter 0:-11 1:13 3:9 4:10 7:-6 8:34
c:etes 0:-6 3:9 6:5 8:3
c:etin 0:-3 2:4
c:etis 0:3 4:2 8:4
c:etje 0:-11 1:18 2:2 3:-4 4:-2 5:12 7:4 8:-2
c:etla 0:6 6:-2
c:etoe 0:-7 2:9
c:etoo 0:5 1:-1 3:4 4:-1 5:-4
c:etpa 0:-4 5:7 8:4
c:etre 0:-2 8:8
c:etro 5:2
c:ets_ 0:18 1:-9 2:38 3:-4 4:13 6:-5 7:-7 8:13
c:etse 0:-8 1:8 2:17 5:-2 8:2
c:etsr 0:-1 2:5
c:etst 0:3 1:-4 3:2 5:8 8:-2
c:etsw 2:-3 5:1 6:4
c:ette 0:-2 1:23 3:2 6:15 7:-4 8:4
c:etti 1:9
c:etwe 0:17 2:4 4:3 7:-1 8:-3
c:eugd 5:9 6:-5
c:euge 0:-2 1:9 5:-2
c:euk_ 0:15 1:14 3:-4 7:-2 8:2
c:euke 2:3 3:-2 4:-2 5:2 6:-1 7:8
c:euks 0:8 1:-3 2:-2 4:8 6:-3 7:4
c:eune 0:-10 1:12
c:euni 0:1
c:eupl 6:6
c:eur_ 0:4 1:-6 3:8 4:-8 5:-5 6:-5 7:8
c:eurd 0:-4 5:6 6:3 7:-2
c:eure 0:7 1:-5 2:2 4:-2 6:-3 7:-3 8:16
c:eurg 0:4 4:-1
c:euri 3:4
c:eurs 0:-9 1:-3 2:4 5:1 7:4
c:eurt 1:-3 4:-1 7:13
c:eus_ 0:9 3:10 4:5 5:-1 7:-4
c:euse 0:1
c:euw_ 0:8 1:-1 7:6
c:euwd 0:17 3:-1 8:-8
c:euwe 0:20 1:-4 3:-2 4:-1 5:1 8:-1
c:euwk 0:-15 1:-1 4:17
c:euws 0:21 1:-1 8:-3
c:euze 0:16 1:-12 2:-15 3:4 4:-20 6:3 7:22 8:-15
c:evaa 0:-3 2:4 7:4 8:-1
c:evak 0:12 1:-2
c:eval 0:3 1:-2 4:3 5:6 8:-1
c:evan 5:6 8:-1
c:eve_ 0:-7 2:3 3:3 7:6
c:evee 0:-12 1:-6 2:23 3:1 4:-3 5:4 6:15 7:-4
c:evei 0:-3 4:6 5:7 6:-2 7:-2 8:5
c:even 0:24 2:-7 3:11 4:-11 5:9 6:22
c:ever 0:-21 1:-2 2:-5 5:-1 6:17 7:29 8:13
c:eves 0:-9 5:-1 6:18
c:evig 0:2
c:evin 0:13 1:-3 4:-3 5:-8 6:14 8:-1
c:evoe 0:17 4:3 5:-9 6:8
c:evol 0:4 1:-3 5:7 7:3 8:-1
c:evon 0:-7 1:7 3:5 4:-1 6:2
c:evoo 3:2 5:-1
c:evor 0:2
c:evra 0:5 1:2
c:evre 0:-5 1:-4 2:13 5:-2 6:10 7:1
c:evul 0:-6 3:2 6:23 7:6
c:ewaa 0:1 5:-1 6:4
c:ewee 0:-2 1:4 3:-2 5:21 6:4
c:eweg 0:8 1:-6 4:8 5:2 8:-4
c:ewen 0:23 3:-2 4:3 5:-4 8:1
c:ewer 0:12 1:-5 4:-4 5:3 8:5
c:ewez 0:2 1:-1 7:6 8:-2
c:ewic 0:-11 1:-2 2:-1 5:21 6:-2
c:ewij 0:-3 1:-2 2:-1 3:-3 4:6 6:19 7:5
c:ewis 0:-8 1:11 3:-1
c:ewon 0:15 1:-5 4:5 6:-1 7:-1 8:-2
c:ewoo 0:5 1:8 2:-2 3:-5 4:5 5:-8 7:-3 8:20
c:ewor 0:1 1:-4 3:12 4:-2 8:-1
c:ewus 0:10 8:-1
c:exac 0:-2 1:-4 2:2 4:4
c:exam 0:7 1:-8 2:23 4:-1 5:-4 7:8 8:6
c:excu 0:5 3:-2 7:7
c:exib 1:-2 4:4
c:exie 0:3 1:-8 4:15 5:-4
c:expl 0:8 1:-2 4:-2
c:extr 0:-12 1:15 4:-1
c:ezak 0:-2 2:7 5:-2
c:eze_ 0:2 1:-19 3:5 4:-6 5:-15 6:11 7:4 8:-22
c:ezeg 0:-4 1:-1 3:9 4:-5 6:1 8:13
c:ezel 0:5 1:10 2:-1 4:2 5:-3 6:-4 7:-10 8:1
c:ezen 0:8 1:6 2:-3 4:14 5:-3 6:2 8:-4
c:ezer 0:-8 1:3 3:4 4:4
c:ezet 0:3 3:-1 6:6 8:-1
c:ezie 0:8 1:15 3:1 4:-1 5:-5
c:ezig 0:21 1:-10 5:6 7:1
c:ezin 0:-16 1:-6 3:-2 4:26 5:22 6:-4
c:ezoc 0:-4 1:-4 3:10 5:-1 6:12 8:3
c:ezoe 1:1 4:1 5:-2 6:3 7:-5 8:-4
c:ezon 0:8 1:-3 4:-5 5:6 6:-1 8:4
c:faal 0:-5 1:9 3:-1 5:-1
c:fale 0:11 7:-2 8:-4
c:fami 0:6 1:-2 3:-1 4:15
c:fase 0:1
c:favo 0:6 6:-2 7:-1
c:fbre 0:2 3:-1
c:fcij 0:-2 2:3
c:fddo 0:-7 1:-5 4:16
c:fde_ 0:4 1:-4 4:2 5:-1 7:-3 8:5
c:fdel 0:2 1:3 3:3 5:-4
c:febr 0:5 7:-2
c:fect 1:-1 8:5
c:feed 0:5 1:2 3:-2
c:feer 0:1 6:2
c:fees 5:5
c:feit 0:-2 1:10 3:-1 5:-2
c:fel_ 0:8 1:-9 2:-4 3:2 4:-4 5:1 6:-6 7:2
c:feld 0:4
c:fele 0:12 1:-4 4:-2 5:-2 7:13 8:1
c:feli 0:10
c:fels 0:8 2:-5 3:-1 4:3 5:3 6:8 8:-2
c:felt 0:-3 3:9 5:-1 7:6 8:1
c:fen_ 0:1
c:fene 0:7
c:fer_ 0:6 1:-7 2:32 4:2 5:-3
c:ferl 0:-2 2:12 4:1 7:-1
c:fers 0:-10 2:52 3:2 6:-2 7:2 8:4
c:feur 0:2
c:ffel 0:7 2:-5 3:-1 4:3 5:-2 6:8
c:ffeu 0:2
c:fgaa 1:2 4:-2
c:fgeb 7:9
c:fgel 0:3 1:5
c:fger 0:9 5:-2 6:7
c:fges 0:3 1:-3 2:2 5:-1 6:-3 8:5
c:fgev 0:-12 1:-1 5:7 6:14
c:fgew 0:4 1:-1 7:3 8:-2
c:fhaa 0:-3 1:6 7:-1
c:fhan 5:1 7:3
c:fica 0:4 1:-1 6:1 7:3
c:fie_ 0:2 1:-1
c:fiek 0:2
c:fiel 0:-6 1:3 4:-13 5:-10 6:3 7:6 8:-7
c:fiet 0:10 1:-4 4:-1 5:2
c:fijn 0:2 1:2 2:-1 3:-2 6:-2 8:-6
c:film 0:5 1:-2
c:filo 0:2 1:-1
c:fina 0:3 1:-2 5:7 7:4
c:fini 0:-4 7:8 8:-1
c:fixu 0:8 1:-2 7:7 8:-4
c:fje_ 6:6 7:-1
c:flec 1:-1 2:-2 6:21 7:2
c:fles 0:4 1:-1
c:flex 1:-2 4:4
c:flin 0:-4 3:4 4:-1 5:4 7:6 8:-1
c:flui 0:-3 7:6
c:fmak 7:-2 8:3
c:foli 1:-4 2:-3 3:5 5:-3 6:23 7:7 8:-3
c:foon 0:-2 5:5
c:form 0:2 1:-10 2:-2 4:2 5:-6 6:21 7:9 8:-6
c:foto 0:-3 6:10 7:-2
c:fout 0:-10 1:8 2:4 4:4 6:-2 7:6
c:fran 0:-4 1:4 2:6 3:-1 4:-3 5:-1 7:1 8:1
c:fron 0:-8 1:7 2:-2 6:6 7:2
c:frus 1:1
c:fspr 0:-5 1:9 3:-3 7:3 8:8
c:fst_ 0:17 1:-4 3:-2 4:3 5:-2
c:fsta 0:-4 1:13 3:7 5:-1 8:-4
c:fstu 0:11 1:1 4:-4 8:-1
c:fstv 0:-4 2:4 6:3 7:2
c:fsve 0:-3 1:-2 5:9
c:ftek 0:-4 6:16 7:-4
c:ftie 0:12 7:-2 8:-2
c:ftij 0:-12 1:-3 2:2 3:26 4:7
c:ftru 0:1
c:func 1:8 7:-2 8:-2
c:fvad 0:-5 2:-1 5:8
c:fval 0:-2 1:3
c:fver 0:-1 1:2
c:fvin 6:9
c:fwac 0:-6 1:10 3:-2
c:fweg 0:2
c:fwer 2:3
c:fwez 0:-1 1:-1 4:-1 5:5
c:fwij 0:8 1:-1 3:7 5:-2 7:-1
c:fwis 4:2 8:-1
c:fysi 5:4
c:g-up 0:5 1:-1
c:ga's 0:2 1:6 4:-2
c:gaaf 0:-4 1:-1 4:10 8:-2
c:gaan 1:7 3:-4 4:8 5:-3 6:2 7:-7 8:-5
c:gaap 0:-2 5:5
c:gaat 0:-15 2:2 3:-9 4:-15 5:7 6:-18 7:4
c:gade 6:6
c:gaf_ 0:28 1:-1 2:-3 4:-1 6:1
c:gal_ 0:-3 1:12 4:-1 8:-4
c:game 0:-4 1:-3 2:-1 3:-1 4:3 5:14 8:2
c:gang 0:2 1:3 3:-4 4:-8 5:-6 6:9 7:1 8:-11
c:gani 0:2 1:2 8:-1
c:gape 1:-2 5:3
c:gara 1:-2 3:4 4:-2 7:3 8:4
c:gast 0:7 1:2 3:-3 5:-1
c:gat_ 0:3 2:7 5:-3 7:2
c:gati 7:4 8:-2
c:gave 0:2
c:gazi 0:-2 1:-2 4:3 8:3
c:gber 0:-2 1:-2 4:5
c:gbes 0:2 1:-2 3:-3 4:8
c:gboe 0:-3 6:1 7:4
c:gbou 0:-2 1:-1 4:3
c:gbro 0:-4 3:10 5:-2
c:gcoo 0:3 5:-2
c:gde_ 0:8 2:-1 8:-2
c:gden 0:2 1:-1
c:gdzo 5:9 6:-5
c:ge-e 0:3 2:2
c:ge-u 0:-1 5:-2 6:8
c:gead 5:1
c:gebe 0:-10 1:-1 2:11 4:-3 5:7 7:11 8:-2
c:gebi 0:2
c:gebl 0:9 5:-1
c:gebo 0:-4 5:2 6:5 7:-4 8:5
c:gebr 1:16 3:-3 4:-2 5:18 7:11
c:geco 0:-1 5:3
c:geda 1:-14 2:-13 3:2 4:2 5:-1 6:7 7:-7
c:gede 0:4 6:-1 7:2
c:gedo 0:-3 1:-1 4:3 6:2
c:gedu 0:4 1:1 8:3
c:geef 0:15 1:30 2:-3 3:-4 4:-4 5:-1 7:3
c:geen 0:-8 1:20 2:-2 3:9 4:18 6:-8 7:35 8:-2
c:geer 0:7 1:2
c:geet 0:10 1:10 2:1 3:-6 5:-2 7:-1 8:8
c:gefe 0:10
c:gefr 1:1
c:gega 0:4 3:2 5:-1
c:gege 0:2 1:-1 3:4 4:-3 6:3 8:-1
c:gegr 0:-4 1:5 5:-1 8:10
c:geha 0:-6 1:-2 2:14 3:5 6:7
c:gehe 0:-2 1:9 5:-2
c:geho 0:11 1:-2 3:-3
c:geke 0:-1 4:6 6:5 7:-1
c:gekn 8:1
c:geko 1:-2 2:-1 3:7 4:-4 5:-6 6:4 7:15 8:2
c:gekr 0:3 2:-2 5:-1 6:2
c:gel_ 0:6 6:-6 7:2
c:gela 0:5 1:-2 2:3
c:geld 0:11 1:-6 2:-5 4:5 5:10 6:-2 7:-4 8:4
c:gele 0:28 1:11 2:-2 3:12 4:-7 5:-10 6:22 8:-12
c:geli 0:10 1:-6 3:12 4:-2 5:-5 7:-5 8:7
c:gelo 0:8 1:8 3:-5 4:12 5:-4 7:-1 8:9
c:gels 0:-5 1:20 2:7 5:-2
c:gelt 0:-3 6:3 7:3
c:gelu 0:-6 1:5 4:4
c:gema 0:-13 1:5 2:-1 4:3 5:7 6:12 7:-4 8:-2
c:geme 2:-2 3:1 4:5 5:-5 7:7
c:gemi 0:-12 1:-7 2:34 3:20 4:-3 6:-3 7:6 8:3
c:gemo 0:-5 1:3 3:7
c:gen_ 0:14 1:1 2:-20 5:-8 6:-18 7:6 8:-35
c:gena 2:4 3:-1 4:2
c:gend 0:13 1:-11 2:6 3:-8 4:8 5:-4 6:-8 7:4
c:gene 0:-6 3:3 4:6 5:-2 6:-1 7:6 8:8
c:geni 0:-7 1:-1 3:11 5:3 8:-6
c:genk 0:2 1:-1 4:3 5:-1 8:-1
c:genl 0:-21 1:12 2:-5 4:5 5:10 7:-5 8:6
c:geno 0:1 1:-13 3:22 4:-6 5:6 6:8 7:-20 8:-3
c:gens 0:14 2:6 3:-10 4:21 5:-11 6:-2 7:-3 8:7
c:gent 0:-1 1:-6 3:-2 4:4 8:5
c:genv 0:2 1:1 2:6 6:-2
c:genw 5:7
c:genz 1:1
c:gepa 0:3 5:-1
c:gepl 0:2 2:-7 4:-8 6:-9 7:10 8:-2
c:gepr 0:2 1:-1
c:ger_ 0:-22 2:-4 3:18 4:-7 5:15 6:-10 7:1 8:4
c:gere 0:-3 1:6 3:4 4:-3 5:-2 6:13 7:-3 8:8
c:geri 2:1 3:-5 5:-2 6:-3 7:-4 8:2
c:gero 0:8 5:-2 6:6 7:3
c:gers 0:3 4:-3 5:11 7:-5 8:2
c:geru 0:24 1:2 3:1 7:-3
c:ges_ 0:1 1:4 4:-2 5:-2 7:2
c:gesc 0:-6 1:-10 5:3 6:-3 7:5 8:20
c:gesl 0:5 1:2 2:1 4:-1 5:2 6:-1
c:gesp 1:7 2:2 3:-16 4:-18 6:18 7:-6 8:-17
c:gest 0:9 1:-6 2:-1 3:-3 4:7 6:1 7:5
c:gete 0:-10 1:8 5:-1 6:8 7:15 8:2
c:geup 6:6
c:geva 0:-6 1:-2 4:3 5:8 7:4 8:-2
c:geve 0:-5 1:5 2:-11 3:4 4:-12 6:-3 7:12 8:3
c:gevi 0:12 1:-3 4:-3 5:-8 6:14 8:-1
c:gevo 0:3 1:2 2:-3 3:3 4:-1 5:-6 6:7 8:-4
c:gevr 0:5 1:2
c:gevu 0:-6 3:2 6:23 7:6
c:gewe 0:30 1:-3 3:-4 5:9 6:3 7:3 8:-2
c:gewi 0:-17 1:7 2:-2 3:-1 5:21 6:-2
c:gewo 0:11 2:-6 3:4 4:4 5:-13 6:-5 7:-8 8:13
c:geza 0:-9 2:7 5:7
c:geze 0:-3 1:-2 3:7 4:-5 5:-1 6:6 8:11
c:gezi 0:-22 1:14 4:25 5:17 6:-3
c:gezo 0:15 1:-6 4:-4 5:7 6:-3 8:7
c:ggen 0:18 1:-12 3:-1 4:7 5:-4 8:-10
c:gger 1:3
c:gges 5:-3 6:6
c:ggev 0:6
c:ghed 0:-2 1:15 2:-3 6:-3
c:ghei 0:5 1:13 2:3 4:-3 5:-3 7:-1 8:5
c:ghou 0:4 1:-2
c:giai 0:-10 3:16
c:gie_ 0:22 1:-4 2:4 3:-2 4:2 6:-3 7:-2
c:gier 0:17 8:-3
c:gin_ 0:4 1:-2 4:3 6:-2 8:5
c:ging 0:35 1:-19 2:-3 3:-10 4:12 5:6 6:-3 7:1
c:ginn 0:2 1:-4 2:6 4:9 6:-3 8:6
c:gint 0:7 1:2 2:-2 4:-2 5:3 6:-2 7:-1 8:6
c:gio_ 0:-4 4:2 8:7
c:gion 0:2
c:gisc 0:-2 1:-4 4:5 8:5
c:giss 0:-1 8:2
c:gist 0:-11 2:5 3:-3 4:3 5:-3 6:29 7:-3 8:2
c:gita 4:3 5:-1 6:3
c:gje_ 0:3 7:-1
c:gkij 0:3
c:gkla 0:5 2:2 3:-2 4:-2 5:3
c:gkom 0:-1 7:2
c:gkun 0:5 1:-3 2:2 3:-4 8:9
c:glij 0:7 6:-2 7:-1
c:gnos 0:-8 1:-2 5:21 6:-2
c:goed 0:13 1:-6 2:3 3:-6 4:8 5:-13 6:-12 8:6
c:gogi 0:-2 1:-1 8:6
c:gok_ 0:1
c:gon_ 0:6 5:-2
c:gonn 1:-5 3:3 4:7 6:-1
c:gopl 0:-6 1:2 2:5 4:-4 8:-3
c:goud 1:6 4:-4
c:graa 0:40 1:-12 4:9 5:1 6:3 7:-5 8:-4
c:graf 0:2
c:gram 0:3 6:6 7:-3
c:grat 0:-6 4:9
c:gren 0:-2 1:6 2:2
c:grep 0:-6 1:8 5:-1 8:11
c:grie 0:1
c:grij 0:2 1:-9 3:-4 4:12 5:6 7:5 8:-4
c:grip 0:-4 1:8 3:-1 4:3 7:-2
c:groe 0:1 1:-1 3:59 5:-3 6:9 7:4 8:-2
c:gron 0:-12 1:-3 3:3 4:19 8:5
c:groo 0:4 1:-6 2:-2 3:4 5:-1 7:1 8:3
c:grot 0:2 1:-2 4:7
c:gsba 0:-3 2:-4 6:13
c:gsbo 0:-4 1:8 4:-2
c:gst_ 0:-4 1:-5 2:2 3:5 4:8 6:-2 8:1
c:gsta 3:5
c:gste 1:-2 2:7 3:3 8:8
c:gstk 0:-6 5:9
c:gstu 0:2 1:4 3:1 4:-5 8:-1
c:gsve 0:-2 1:10 7:1
c:gszo 0:1
c:gunn 0:-3 1:-2 5:9
c:gvli 0:-2 1:13 4:-4 8:-4
c:gvul 0:6 1:-3 5:-1
c:gwer 0:-3 2:6
c:gwij 0:4 8:-2
c:gymn 0:-5 1:-2 4:16
c:gzaa 0:-9 1:7 2:8 3:7 8:-1
c:gzam 2:-3 4:6
c:gzie 0:1
c:gzus 1:-3 3:3
c:haak 0:-9 1:14 7:14
c:haal 0:9 1:-1 2:34 4:-10 5:11 6:-7 7:2 8:-9
c:haam 0:1
c:haar 0:-3 1:9 3:15 4:-2 5:12 7:-3 8:-4
c:had_ 0:15 1:-11 2:11 3:9 4:-1 6:8
c:hadd 3:3 6:3
c:hake 1:3 3:-1 4:4
c:hakk 0:3 5:-2 6:-2 7:5
c:hale 0:-12 1:-3 2:29 3:6 5:-5 7:-2 8:2
c:half 0:-4 1:-1 2:4 3:5
c:halv 0:-4 1:10 2:1 3:10 5:-2 8:-2
c:hame 0:2 1:6 2:3 3:-2 4:-2
c:hand 0:-37 1:29 3:-1 4:22 5:-4 6:14 7:4 8:-2
c:hang 0:4 2:7 7:3
c:haos 0:6 1:-2 3:-1 5:-1
c:haot 0:-7 1:22 4:-6 8:-2
c:hap_ 0:-4 1:5 3:-3 4:6 5:9 6:-2 8:3
c:happ 0:6 3:-2 4:-2 5:2 7:-1 8:9
c:hard 0:-2 1:1 3:1 5:-1 6:-1 7:-1 8:2
c:hart 0:2
c:hat_ 0:-2 1:7 7:-3
c:hauf 0:2
c:have 0:2 1:-1 3:2
c:havi 0:-7 1:-3 2:-2 3:1 4:28 5:-1 6:1 7:1
c:havo 0:6 1:-2 3:3 4:1 5:-6 6:-9 7:-5 8:28
c:hbo- 0:-5 2:3 3:9 4:-10 6:1 8:22
c:hbo_ 0:13 1:-5 3:2 4:21 5:-2 6:-6 7:-3 8:5
c:hd'e 0:-5 4:6
c:heat 4:-2 8:3
c:heb_ 0:-4 1:-7 3:-5 4:12 5:4 6:24 7:-6 8:17
c:hebb 0:-5 1:-8 2:-1 3:12 4:7 6:8 7:-9
c:hebt 0:-3 1:8 2:4 4:-3 5:-2 6:15 7:17 8:-11
c:heck 0:3 1:-1 2:-2 3:-2 4:-5 5:3 6:13 7:1
c:hede 0:7 1:14 2:-2 6:-3
c:heef 0:-20 1:-8 2:-4 3:10 4:-12 5:13 7:4 8:9
c:heel 1:5 3:2 4:6 5:-4 6:-2 8:-6
c:heen 0:9 1:-3 3:5 7:-2
c:heer 1:9 3:-1 4:-2
c:hef_ 0:1
c:heft 0:1
c:heid 0:-3 1:23 2:2 3:-2 4:-12 5:29 8:18
c:heik 0:5 1:-4 2:8 5:3
c:heke 0:1
c:held 0:3 8:2
c:hele 0:9 2:-1 5:3 6:-4 8:-3
c:helf 0:-5 1:4 3:7
c:help 0:28 1:5 3:-5 4:-4 5:4 7:-2 8:-1
c:hem_ 0:-1 1:9 2:-3 3:3 4:9 5:-5 7:-2 8:12
c:hen_ 0:1 1:-4 2:-2 3:4 4:-2 5:3 8:3
c:heor 0:-5 1:18 2:3 4:7 5:-2 7:-4
c:her_ 1:-3 4:4
c:hera 0:-6 5:8
c:here 0:-6 4:7
c:herf 1:-1 2:5 6:4 7:3
c:heri 0:6 1:-4 4:5 5:-1
c:herk 0:-8 1:3 2:9 3:-2 4:6 5:4 6:-1
c:herm 0:8 4:2 5:-3
c:herp 0:2
c:hers 2:1
c:het_ 0:3 2:-9 3:6 4:-5 6:18 7:-6
c:heug 0:-2 1:9 5:-2
c:hied 0:5 1:-4 4:-1 7:3 8:3
c:hiel 0:18 1:-2 5:-2 8:-3
c:hien 2:3 3:-1 4:9 5:13 7:-3 8:-4
c:hier 0:17 1:-8 3:9 4:-2 5:5 6:3 7:-3 8:-4
c:hiet 0:-11 1:19 3:-3 4:1 5:-1 7:17 8:3
c:hij_ 0:-31 1:12 2:7 3:4 4:-19 6:-16 7:5 8:-8
c:hijn 0:-5 1:5 4:12 5:-2 8:-1
c:hikt 0:-6 4:-3 8:16
c:hil_ 0:5 3:3 4:-1 6:-1
c:hild 1:4 7:-1
c:hill 0:12 1:-1 3:2 6:-1
c:hine 0:5 1:4 3:-5 4:-1
c:hisc 0:-2 1:-2 5:7
c:hite 0:2
c:hnie 1:7 2:2 3:-1 4:7 5:-8 6:-2 7:-3 8:7
c:hnis 0:-3 1:5 6:-1 7:-2 8:2
c:hnol 0:6
c:hobb 1:-2 6:-2 7:-2 8:10
c:hoe_ 0:22 1:3 2:13 4:-19 5:6 6:-27 7:-14 8:-21
c:hoed 0:-6 3:8
c:hoef 0:19 1:-4 3:5 4:-2 5:-4 6:8 7:-9 8:6
c:hoek 0:3
c:hoev 0:-11 1:-8 2:24 3:3 4:-3 5:5 6:20 7:-4
c:hoge 0:-8 1:-1 2:6 4:5 7:-1 8:6
c:hol_ 1:-4 4:5
c:holo 0:-14 1:-1 2:-2 5:23
c:holp 0:8 1:-2 3:-3
c:hoof 1:-2 3:-1 4:15 5:-2 6:-4 8:6
c:hoog 0:-19 2:13 3:1 4:11 5:-10 6:-6 7:-6 8:1
c:hool 0:19 1:-9 2:-1 3:-3 5:-2 6:7 7:6
c:hoon 0:-8 3:-1 4:9 7:3
c:hoop 0:5
c:hoor 0:-7 1:8 2:-6 3:9 5:14 6:-7 7:-7 8:4
c:hop_ 0:6 4:-4
c:hope 1:3 3:-3
c:hore 0:4 1:16 3:-5 4:27 5:-2 7:2 8:-10
c:hort 0:-5 3:10 4:-1
c:hote 0:4
c:hou_ 0:-3 1:-1 4:6
c:houd 0:-19 1:41 2:2 3:-3 4:4 7:-2
c:hous 0:7 2:2 3:5 8:-2
c:houw 1:4 4:-1
c:hrap 0:-3 1:3 6:-2 7:-2 8:10
c:hree 0:2
c:hrev 0:-1 1:-2 3:3 6:-2 7:3 8:2
c:hrif 0:-3 1:5
c:hrij 0:3 1:10 2:-7 4:-10 5:-8 6:6 7:11 8:-13
c:hrik 0:2 7:2
c:hris 0:-4 4:7
c:htba 0:8 6:4 7:-2 8:-2
c:htbi 0:7 1:-1 5:-3 6:-1
c:htdi 0:2
c:hte_ 0:-13 1:-2 3:11 4:36 5:-4 6:21
c:htel 0:-4 4:8
c:hten 0:-10 1:-6 3:-7 4:-2 5:13 6:4 7:9 8:13
c:hter 0:6 1:21 3:26 4:13 5:-9 6:-5 7:-1 8:-12
c:htge 0:-2 5:5
c:htig 0:-2 1:11 4:-3 5:3
c:htin 0:6 1:2 2:-8 3:14 5:-10 7:-9 8:3
c:htje 0:2 3:8 7:-2
c:htka 0:-1 1:-1 4:-3 8:7
c:htku 0:4
c:htli 7:2
c:hts_ 5:3
c:htte 0:7 2:-2
c:htti 0:-2 7:4
c:htze 3:1
c:huid 0:3 1:-3 8:3
c:huif 0:-3 3:-2 7:9 8:-1
c:huis 1:-14 2:-4 3:-10 4:21 5:49 6:-8 7:13 8:4
c:huld 0:-10 4:-1 5:28
c:hulp 0:11 1:3 4:-3 5:-3 7:-1
c:hun_ 0:2 1:-2 2:3 3:18 4:7 5:-5 6:-1 7:-1
c:hure 0:4 4:-2
c:hut_ 0:-9 1:-4 4:18
c:huur 1:-2 3:-1 5:5
c:huw_ 7:2
c:huwi 2:-2 7:5
c:hzel 0:-5 1:4 3:-2 4:-3 7:8
c:iaal 1:4 3:-2 4:-1
c:iagn 0:-8 1:-2 5:21 6:-2
c:iair 0:-10 3:16
c:iale 0:-2 5:2
c:ialo 0:3
c:iasm 0:1 3:2
c:iast 1:-4 2:2 3:2 4:11 5:-1 7:-1 8:-4
c:iati 0:-5 1:17 3:-2
c:iavo 0:11 5:-6
c:ibel 1:-2 4:4
c:ica_ 0:-4 1:-5 3:2 4:4 5:2 7:4 8:-1
c:icaa 0:3 6:1 7:3
c:icat 0:-7 1:-2 5:18 8:-1
c:ich_ 0:-3 1:2 3:3 4:8
c:icha 0:2 1:6 2:3 3:-2 4:-2
c:icht 0:-13 2:-1 3:27 4:-3 5:1 6:17 7:-10 8:6
c:ichz 0:-5 1:4 3:-2 4:-3 7:8
c:ici_ 4:1
c:icie 0:-3 1:-1 3:8 4:-1 8:-1
c:icij 0:-7 5:16
c:icit 0:9 1:-4 2:-2 6:-1 7:6
c:ico' 0:5 1:-1
c:ico_ 0:16 1:-4 3:-2 4:-1 7:1
c:icol 0:-9 1:11
c:ict- 1:-1 4:6 8:1
c:ict_ 0:7 1:-5 3:-2 4:6 5:2 6:-1 7:-3 8:3
c:idda 0:5 4:-1
c:idde 0:-6 1:-7 2:32 3:19 4:-2 5:2 6:6 7:-1
c:ide_ 0:10 4:4 7:-1
c:idea 0:5 1:-1 3:-1 4:2
c:idee 0:18 1:5 3:1 5:-2 6:-2 7:-7 8:5
c:idel 0:-8 1:7 4:-2 7:4 8:9
c:iden 0:7 1:2 2:-3 3:-7 4:16 5:3 8:-3
c:ider 0:9 3:-13 5:-8 6:6 7:8 8:-7
c:idig 0:3 1:-3 8:3
c:idin 0:-1 2:-3 3:1 4:2 5:11 6:-8 7:-3 8:14
c:idst 0:-6 2:7
c:idsz 0:4 4:-1
c:idt_ 0:4
c:ieac 0:-6 1:-1 4:9 7:-1 8:2
c:iead 0:2 1:-2 2:7 7:3
c:ieag 0:-1 4:-3 8:5
c:iebo 0:-1 1:4 4:-2
c:iebr 0:-1 1:-1 6:4 7:3 8:-2
c:ieci 2:-3 4:5
c:ied_ 0:2
c:iede 0:22 1:-4 3:5 4:-10 5:-1 6:1 7:18
c:iedt 0:-3 1:9 3:-4 4:-1 8:2
c:ieel 5:2
c:ieen 0:-1 3:2
c:ieer 6:8 7:-1 8:-1
c:ief_ 0:-11 1:24 3:-8 5:4 6:1 7:7 8:-11
c:iefi 0:2 7:3
c:iefj 6:6 7:-1
c:iefs 0:14 1:-2 3:-2 4:4 5:-2
c:iefv 0:-5 2:-1 5:8
c:iege 0:2 1:13 3:-2 4:-4 5:6 6:4 7:-1 8:-6
c:iek_ 0:-6 2:6 3:-8 4:7 5:2 6:-7 7:-8 8:15
c:ieka 0:-6 5:13 6:-1
c:iekd 0:4 4:-4 8:3
c:ieke 0:13 1:-9 2:-4 3:5 5:15 6:-3 8:3
c:iekk 1:2
c:ieko 1:-2 7:-2 8:7
c:ieks 0:1
c:iekt 0:-5 1:-1 5:14
c:iel_ 0:18 1:1 3:2 4:-8 5:-6 6:-7 7:5
c:ield 0:3 5:-2
c:iele 0:4 1:7 4:-2 5:5 8:-1
c:ieli 0:-2 5:-1 6:5 7:2
c:ielk 0:2 1:7 2:-1 3:-4 5:-4 6:14 7:2 8:-3
c:ielp 0:15 1:-3 8:-3
c:ielv 2:2
c:ielw 0:-3 1:-1 2:4 3:3
c:iema 0:19 1:10 2:-2 3:-9 4:2 6:-3 7:9
c:ien_ 0:29 3:1 4:5 7:-12 8:-17
c:iend 0:23 1:-11 2:-1 3:30 4:-5 8:-5
c:iene 1:-3 2:-2 4:4 5:4 7:-2 8:6
c:ieni 0:-2 1:1 8:2
c:iens 0:6 1:3 3:-3 4:-2 5:9 8:2
c:ient 0:1 2:-7 3:4 4:-5 5:-4 6:6 8:3
c:ieop 0:1
c:iep_ 0:7 1:-3 2:-3 3:-2 4:-2 5:11
c:iepe 0:2
c:iepl 5:1
c:iepu 1:-1 2:7 5:-1
c:ier_ 0:21 1:-3 2:-3 3:17 4:-5 6:32 7:5 8:-11
c:iere 0:15 2:1 3:-1 5:-3 8:7
c:ieri 0:20 1:-1 7:4 8:-3
c:iero 0:2 1:-2
c:ies_ 0:-23 1:-11 3:-2 4:-10 5:7 6:3 7:20 8:28
c:iesm 0:4
c:iest 0:-2 2:-2 3:-2 4:2 7:13 8:6
c:iet_ 1:31 2:-18 4:-1 5:-22 6:6 7:12 8:-4
c:iete 0:3 4:2 6:-2 7:-2 8:3
c:ieti 0:4 1:-2 2:-1
c:iets 0:31 1:-4 2:-1 4:16 5:2 6:-4 7:-6 8:12
c:ieur 0:-5 1:-1 2:3 3:11 8:-5
c:ieus 0:4 2:1 3:10 4:5 5:-1 7:-3 8:-1
c:ieuw 0:51 1:-8 3:-4 4:14 7:6 8:-14
c:ieve 0:4 1:2 2:-8 3:-7 5:-12 7:-8 8:2
c:iew_ 0:4 1:-1 6:4
c:iewe 0:6 5:-1
c:ieze 0:9 1:-4 2:-2 3:5 4:18 6:-4 7:-4 8:1
c:ific 0:4 1:-1 6:1 7:3
c:ift_ 0:-6 1:5 7:4
c:igbo 0:-2 1:-1 4:3
c:ige_ 0:7 1:-5 3:20 4:15 5:-7 6:-4 7:-3 8:5
c:igen 0:11 1:13 2:-2 3:-7 4:6 6:-8 7:-3
c:iger 0:-7 1:-7 2:-1 3:13 4:9 8:4
c:igge 0:-2 1:2 2:2 4:6
c:ighe 0:4 1:29 4:-3 5:-3 6:-3 8:5
c:igho 0:4 1:-2
c:igin 0:-9 3:-1 4:3 5:10 7:-3 8:3
c:igit 4:3 5:-1 6:3
c:igra 0:-6 4:9
c:igs_ 0:-2 1:2
c:igst 0:-3 1:-5 4:10 8:9
c:igt_ 0:-10 1:8 2:6 3:9 4:4 6:-6 7:-2 8:-8
c:ijba 0:12 1:-8 2:-1 3:3 4:-2 5:7 6:-1 8:2
c:ijbe 0:5 1:-1
c:ijbl 0:4 8:-1
c:ijd_ 0:26 2:-7 3:-10 4:6 5:2 6:-10 7:5
c:ijda 0:-12 6:11 7:15 8:-4
c:ijde 0:4 1:12 4:-1 5:26 6:-2
c:ijdi 0:2
c:ijdr 0:-3 5:4
c:ijds 0:-9 1:7 3:13 4:-1
c:ije_ 0:3 1:-1
c:ijf_ 1:-8 2:-16 3:11 4:-14 5:-8 6:26 7:10 8:7
c:ijfe 0:5 1:-24 2:87 3:11 4:-6 5:-10 6:-9 7:16
c:ijfs 0:-4 1:-2 5:13 6:-2 8:5
c:ijft 0:9 1:6 2:3 4:-4 5:-4 6:-5 7:3 8:-5
c:ijg_ 0:1 1:4 3:-3 4:-2 5:5 6:-3 7:5
c:ijge 0:-1 2:17 3:-3 4:-3 5:2 6:-3 7:3
c:ijgt 1:-4 3:-3 4:-3 6:7 7:8 8:4
c:ijho 0:-1 1:2 6:2
c:ijk_ 1:30 2:-6 3:17 4:9 5:-5 6:-4 8:13
c:ijkb 0:8 3:-1 6:7 7:3
c:ijkd 6:1
c:ijke 0:38 2:6 3:8 4:6 6:-2 7:-7 8:-4
c:ijkh 1:8
c:ijki 0:1 1:-2 3:6
c:ijkl 0:-4 1:4 3:-2 4:3 5:6 6:-1 8:1
c:ijko 0:-7 1:-6 2:2 3:3 4:8 5:-4 6:6 7:-3
c:ijkr 1:2
c:ijks 0:4 1:-9 2:5 3:-4 4:2 5:-2 7:-2 8:4
c:ijkt 0:2 1:7 3:-7 4:3 6:-3 8:14
c:ijkv 1:1 2:2 3:2 4:-1
c:ijl_ 1:2
c:ijle 1:2 3:-2
c:ijn_ 0:-3 1:-6 2:4 3:-1 4:18 5:6 6:18 7:-8
c:ijna 0:-5 1:3 3:16 4:-2 8:-1
c:ijne 0:-7 1:-1 5:16
c:ijnl 0:-8 1:5 4:12 7:-1 8:-2
c:ijns 0:1 1:-1 4:3
c:ijp_ 0:-5 5:6 7:5
c:ijpa 0:2
c:ijpe 1:-5 4:10 8:-2
c:ijs_ 0:-4 1:-6 2:-4 4:7 5:-5 6:3 7:1 8:2
c:ijsl 1:-3 4:3
c:ijss 6:5
c:ijst 1:-4 2:10 3:5 4:-3 5:-6 6:18 7:6 8:-5
c:ijt_ 0:-4 1:7 5:7 7:7
c:ijtj 0:-2 2:3 6:2
c:ijtr 0:-3 1:8 4:-3
c:ijve 0:-8 1:13 2:-4 3:10 7:7
c:ijvi 0:-3 5:-2 6:-2 7:13 8:2
c:ijvo 0:5 5:4 6:-2
c:ijwi 0:2
c:ijze 0:4 3:-4 4:6 6:2 7:-1
c:ijzi 0:15 1:-1 5:-2 7:-1
c:ijzo 0:2
c:ikba 0:5
c:iken 0:9 1:-8 3:3 4:4 5:-1 8:-4
c:ikke 0:-4 1:3 2:4 3:-1 5:-2 7:-1 8:3
c:iks_ 0:-9 1:5 2:-1 3:4 4:3 5:-2 8:12
c:ikt_ 0:-13 1:-1 2:8 4:-4 5:15 7:19 8:19
c:ikun 0:5 1:-4 2:8 5:3
c:ild_ 0:2 1:-2 6:2 7:-1
c:ilde 0:12 2:-1 3:4 4:-2 7:-3
c:ilen 1:4 7:-1
c:ilha 0:-5 1:8 5:-2
c:ilie 0:6 1:-2 3:-1 4:15
c:ilig 0:-5 1:-1 2:2 4:9 5:7 6:-2 7:-4 8:19
c:ilij 0:8 1:10 5:-2 6:-1 8:-5
c:ilit 0:7
c:ille 0:2 1:13 2:-5 4:3 5:7 6:-7 7:-1 8:-8
c:illi 4:4
c:ilm_ 6:2
c:ilmp 0:5 1:-2 6:-1
c:iloo 0:3 8:4
c:ilos 0:2 1:-1
c:ilst 1:-1 3:5 5:-2
c:ilt_ 0:27 2:11 3:-7 5:20 6:-4 7:-6 8:-13
c:ilte 0:13 7:-2
c:ilzi 0:-5 1:5 4:3
c:ima_ 0:3 1:-2 3:1 4:5 5:-2 6:-1 7:-4 8:7
c:imaa 0:-2 2:10 5:-2 6:3
c:imen 0:9
c:imme 0:-3 2:-1 3:3 4:12 5:-2 8:7
c:impe 0:-3 1:4 3:3 6:-2 7:5 8:2
c:imst 3:5 4:-3
c:imte 0:11 2:4 6:-2 7:8 8:-2
c:imum 0:-2 5:-1 6:3
c:inaa 0:-2 4:6
c:inan 5:7 7:4
c:inat 0:8 5:-2 6:-4
c:ind_ 0:-4 1:6 2:-3 3:2 4:30 5:-3 6:-2 8:17
c:indc 0:-3 1:-1 2:9
c:inde 0:-14 1:19 2:-2 4:37 5:-9 6:-4 7:13 8:8
c:indi 0:-4 1:-1 2:7 7:13
c:indp 0:3 1:-2 2:7
c:inds 0:-4 1:-1 2:6 5:18
c:indt 0:17 1:-5 3:8 4:2 5:-2 6:-1 7:5 8:-8
c:ine_ 0:26 1:10 3:-8 4:-7 5:4 7:11
c:inee 0:-2 5:8
c:iner 0:3 1:-3 3:4 4:1 5:-3 7:6
c:ines 0:7 1:-2 4:4
c:info 0:12 1:-9 2:-2 4:3 6:-5 8:-4
c:ing- 0:5 1:-1
c:ing_ 0:16 1:7 2:-12 3:-16 4:3 5:6 6:-21 7:-5
c:ingb 0:-4 3:10 5:-2
c:inge 0:7 2:-3 3:21 4:3 5:-10 8:-21
c:ingg 0:6 5:-1
c:ings 1:16 2:-1 4:-7 5:-5 6:5 7:5
c:ingt 0:-2 6:3 7:2
c:ingz 1:-3 3:3
c:inha 0:-3 1:-2 2:5 3:6 5:-1
c:inho 0:-2 1:-1 6:7
c:inig 0:-13 1:35 3:-4 4:9 7:-3 8:5
c:inim 0:-5 2:9 5:-3 6:6
c:inis 1:2 4:2 6:1
c:init 0:-12 1:17 3:-3 7:7 8:-1
c:ink_ 0:-5 1:-2 3:4 4:-1 5:9 6:10 7:6 8:-3
c:inke 0:6 1:12 2:1 6:10 7:-1 8:-4
c:inkj 0:3 1:-3 2:-1 6:7
c:inkt 0:-16 1:5 4:-1 5:7 6:13 8:-2
c:inle 0:-6 5:5 6:-1 7:4
c:inlo 0:4
c:inmi 0:-1 2:-2 5:-3 6:8
c:inne 0:8 1:-14 2:10 3:-3 4:8 5:-8 6:9 7:-3
c:inor 0:3 1:-2
c:ins_ 0:6 4:-1 6:-1
c:insc 0:-3 5:-2 6:-2 7:13 8:2
c:insd 0:6 8:-3
c:insp 1:-2 6:14
c:inst 0:-4 1:19 2:3 3:10 4:-5 5:-2 7:3 8:-1
c:int_ 0:8 1:2 2:-2 4:-2 5:3 6:-2 7:-1 8:5
c:inta 0:-3 7:5
c:inte 0:27 1:10 3:7 4:-4 6:20 7:-2 8:-3
c:inti 0:2
c:intr 1:-3 4:6
c:inut 0:-3 5:-1 6:6
c:invl 0:-11 5:25
c:invu 0:-2 6:13 8:-4
c:inze 0:1 1:14 2:-2 5:-4 8:-1
c:inzi 0:-1 1:7 7:-1
c:iode 2:14 6:7
c:iolo 2:5 3:2 4:2 5:-2
c:iome 8:4
c:iona 1:9 7:-2 8:-1
c:ipli 1:10 4:-2 8:-3
c:iplo 0:5 1:-5 2:2 3:-3 5:-5 6:-6 7:11 8:11
c:ippe 0:-2 3:7
c:ipt_ 8:1
c:ire_ 0:-3 1:7 3:-1
c:irec 0:3 1:-1 7:3
c:irs_ 0:-5 3:6
c:isar 0:-1 3:-2 5:8
c:isch 0:-11 1:3 2:12 4:47 5:-1 6:-10 8:18
c:isci 1:10 4:-2 8:-3
c:isee 0:-3 8:5
c:isen 0:-3 1:4 6:3
c:iser 1:2 8:1
c:iseu 0:1
c:isga 1:8 5:-2
c:isgi 0:9 1:-2
c:isic 0:9 1:6 3:-2 4:-1
c:isie 0:2 1:5 4:-2 5:-2
c:isje 0:-5 1:-4 2:2 4:39 5:-3 6:1
c:isk- 0:-4 3:6
c:isk_ 1:-2 4:3
c:isku 1:3 2:3 3:2 4:-3 5:-1 7:-5 8:6
c:islo 0:-1 7:3
c:islu 0:6 1:3 2:6 7:-1
c:isme 0:-1 1:-3 4:7 5:1 8:-3
c:issc 2:2 3:-2 4:8 5:12 6:-2 7:-3 8:-4
c:isse 0:2 1:4 2:-3 3:-4 6:-3 8:-5
c:issi 0:-8 4:-2 5:2 7:11
c:ist_ 0:-7 1:19 2:-9 4:11 5:-2 6:13 7:30 8:-8
c:iste 0:8 1:-8 4:16 5:-8 6:1 7:5 8:-1
c:isti 1:-11 2:2 3:2 4:16 5:-1 6:-3 7:-2 8:13
c:isto 2:3 3:-1
c:istr 0:-6 1:3 2:1 3:-1 4:2 5:-1 6:25 7:-2
c:isva 0:-1 1:4 2:-1
c:iswe 0:-3 4:-2 5:5
c:iszo 5:5
c:itai 0:-3 1:7 3:-1
c:ital 6:2
c:itat 0:5 1:-2 5:1 8:1
c:itch 0:4 1:-1 8:3
c:itda 0:10 1:-4 3:-1 4:6 8:-2
c:itdr 0:-2 1:4 8:-1
c:ite_ 0:13 1:15 3:2 5:-3 6:-3 8:-2
c:itec 0:2
c:itee 0:8 7:3
c:itei 0:18 1:1 2:-4 5:-6 6:17 7:-6 8:-3
c:iten 0:15 1:8 2:-6 3:-7 4:-3 5:-10 6:16
c:iter 0:-6 7:11
c:itga 0:-8 1:9 5:4
c:itge 0:21 1:-3 2:-2 5:-7 8:4
c:itho 1:1
c:itia 0:-8 1:17 3:-3
c:itie 1:-4 2:-1 3:11 4:-7 6:-7 7:6 8:3
c:itin 1:6 3:-3
c:itis 0:5 1:-2
c:itke 0:-5 4:-2 5:9 7:10 8:-1
c:itki 0:2
c:itko 0:4 1:-1 2:3
c:itkw 0:2
c:itle 0:6 1:-4 7:4 8:-1
c:itme 0:3 4:-2 5:2
c:itno 0:3 5:-2
c:ito- 1:-2 2:3
c:itpa 0:5 7:-3
c:itpr 0:5 1:-2
c:itre 2:5 6:-2
c:its_ 0:-2 1:4 2:14 4:-2 5:-2 6:2
c:itsl 0:3 2:5
c:itst 0:-7 2:1 5:-3 7:14
c:itte 1:15 2:-1 3:-4 4:3 5:7 7:8 8:-7
c:itti 0:2
c:itua 0:-2 5:3
c:itva 4:2
c:itzi 0:10 1:-2 2:2 3:-1
c:itzo 0:8 1:2 2:-1 4:-2
c:ium_ 0:3
c:ivat 0:-3 1:8 3:6 5:-3 6:5 7:4 8:-3
c:ivea 0:-4 1:18 2:-3 3:1 5:-3 6:-5 8:20
c:ivee 0:-5 1:3 3:7
c:iver 0:-2 3:4 4:12 7:-1 8:8
c:ivit 5:-1 6:7
c:ixus 0:8 1:-2 7:7 8:-4
c:izen 0:3 4:-1
c:jaar 1:-7 2:-7 3:28 4:-21 5:-15 6:7 7:15 8:10
c:janu 2:1 7:10 8:-5
c:jare 0:-6 1:2 3:2 7:7
c:jbaa 0:12 1:-8 2:-1 3:3 4:-2 5:7 6:-1 8:2
c:jbew 0:5 1:-1
c:jbli 0:4 8:-1
c:jdag 0:-12 6:11 7:15 8:-4
c:jden 0:4 1:12 4:-1 5:26 6:-2
c:jdig 0:2
c:jdra 0:-3 5:4
c:jds_ 0:-1 3:2
c:jdsg 0:-2 3:10 6:-1
c:ject 0:10 1:5 2:-1 3:-5 4:-8 5:4 8:7
c:jes_ 0:13 1:9 2:4 3:-3 4:-5 5:13 7:-1 8:-4
c:jeug 5:9 6:-5
c:jeze 0:4 1:13 3:1 4:4 5:-2 6:-3 7:-6 8:-3
c:jfel 0:18 1:-11 2:-3 3:14 4:-3 7:22 8:3
c:jfer 0:-7 1:-7 2:95 3:3 4:3 5:-4 6:-2 8:3
c:jfsv 0:-3 1:-2 5:9
c:jft_ 1:14 2:5 3:3 4:-6 5:-2 6:-2 7:8
c:jfti 0:12 1:-5 4:5 7:-2 8:-2
c:jgeb 0:9 5:-1
c:jgen 0:-12 2:18 3:-1 4:-2 5:4 7:4
c:jgt_ 1:-4 3:-3 4:-3 6:7 7:8 8:4
c:jhou 0:-1 1:2 6:2
c:jij_ 1:20 2:-6 3:66 4:29 5:-12 6:-14 7:-5 8:20
c:jkbe 0:13 3:-2 7:3
c:jkda 6:1
c:jke_ 0:12 1:5 2:3 8:-2
c:jken 0:19 1:-6 3:8 4:3 6:-2 7:-6 8:-4
c:jker 0:3 1:1 4:3 7:-2
c:jkex 0:3 1:-1 2:2
c:jkhe 1:8
c:jkin 0:1 1:-2 3:6
c:jkle 0:-4 1:4 3:-2 4:3 5:6 6:-1 8:1
c:jkon 0:-9 1:-6 3:5 4:12 8:1
c:jkop 0:3 1:2 2:3 4:-2 5:-2 6:7 7:-2
c:jks_ 4:-1 8:3
c:jksc 0:-8 1:-2 4:8 6:3
c:jksk 0:-1 2:2 8:3
c:jkst 0:11 1:-3 2:6 3:-2
c:jkt_ 0:3 1:8 2:-2 3:-6 4:4 6:-3 8:14
c:jkva 1:1 2:2 3:2 4:-1
c:jlee 1:2 3:-2
c:jna_ 0:-5 1:3 3:16 4:-2 8:-1
c:jnen 0:-7 5:16
c:jnli 0:-8 1:5 4:12 7:-1 8:-2
c:jnst 0:1 1:-1 4:3
c:jong 0:-5 1:-8 2:3 3:-1 4:48 6:3 7:4 8:-5
c:jou_ 1:13 2:-18 3:25 4:4 5:-14 6:-13 7:-8 8:27
c:jour 0:8 1:-3 4:-3
c:jouw 0:-17 1:15 3:20 4:8 5:-9 6:-11 7:-6 8:8
c:jpan 0:2
c:jpel 0:1
c:jpen 0:-1 1:-4 4:11
c:jsle 1:-3 4:4
c:jsst 6:5
c:jst_ 0:8 1:-5 2:12 3:6 5:-2 6:11 8:-1
c:jsta 0:-7 7:9
c:jstj 0:-6 1:5 5:-1 6:8 7:3 8:-2
c:jtje 0:-2 2:3 6:2
c:jtra 0:-3 1:8 4:-3
c:juis 0:21 1:-2 3:-2 8:5
c:jull 0:-9 1:-6 3:13 4:1 5:19 7:-2 8:-7
c:juni 0:-2 2:7
c:juri 1:-1 4:-2 8:5
c:jven 0:-4 1:13 2:-4 3:5 5:1 7:7
c:jver 0:-4 3:5
c:jvin 0:-3 5:-2 6:-2 7:13 8:2
c:jvoo 0:5 5:4 6:-2
c:jwil 0:2
c:jzen 0:3 3:-4 4:6 6:2 7:-1
c:jzin 0:15 1:-1 5:-2 7:-2
c:jzon 0:2
c:k-gr 3:1
c:k-le 0:-2 3:6 4:-2
c:kaan 0:-12 4:12 5:12
c:kaar 0:8 1:-3 2:-5 3:6 5:3 6:17 7:-7
c:kade 0:-9 1:6 2:2 3:-2 4:6 7:-1 8:3
c:kame 0:-2 1:-2 4:-2 5:9
c:kan_ 0:9 1:21 2:-6 4:-10 5:2 6:12 7:-8 8:-9
c:kans 0:-8 1:-8 2:20 4:4 6:-2 7:41 8:6
c:kant 0:23 1:11 2:-3 3:-2 4:13 5:-12 6:4 8:-15
c:kapp 1:-5 4:7 7:-3 8:9
c:kara 0:-2 1:-3 8:9
c:kass 0:1
c:kast 4:-3 8:7
c:kbaa 0:4
c:kbar 0:3
c:kbeg 0:9 2:-1 3:-2 4:2 7:3
c:kcer 0:1
c:kdag 0:19 1:-3 2:-1 4:-4 6:2 8:1
c:kdoc 0:1
c:kdro 0:-2 8:3
c:keer 0:-12 1:10 4:-8 5:-4 6:3 7:32 8:-5
c:keke 0:4 1:1 4:4 5:-1 6:1
c:kel_ 0:8 2:-2 4:2
c:kela 4:-2 8:4
c:keld 0:-5 1:7 2:-1
c:kele 0:4 1:6 3:-2 4:-2
c:keli 0:8 1:-4 2:4 8:2
c:kem_ 0:3 1:-2
c:ken_ 0:17 1:4 3:-18 4:21 5:-26 6:-21 7:3 8:-15
c:kend 0:20 4:-2 5:5 6:12 7:-3 8:-1
c:kene 1:24 2:11 3:4 6:24 8:-4
c:kenh 0:-6 3:-3 4:9 5:-3 7:4 8:5
c:keni 0:-10 1:-1 4:4 5:11 6:15 7:2 8:-1
c:kenn 0:39 1:-7 2:9 4:-4 8:-4
c:kens 0:-1 1:8 3:-4
c:kent 0:11 1:-13 2:14 4:-7 6:-6 7:4 8:-8
c:kenv 0:-1 1:7
c:ker_ 0:7 1:5 2:-6 3:-2 5:4 6:-6 7:-11 8:15
c:kere 0:-2 1:8
c:kerh 0:-2 1:9 3:-2 4:-6 8:10
c:keri 0:1 5:7 6:-1 7:8 8:-4
c:kern 0:3 2:7 5:-3 6:2
c:kers 0:6 1:-2 2:-1 4:11 6:13 7:16 8:-2
c:kerv 0:-4 3:4 6:4
c:ket_ 0:-2 4:-1 5:9 8:8
c:keuk 0:-3 1:4 2:3 3:-2 5:3
c:keur 0:7 3:5 4:-1 6:5
c:keus 0:5
c:keuz 0:16 1:-11 2:-15 3:4 4:-20 6:4 7:16 8:-15
c:kexa 0:2 1:-2 2:8
c:kexp 0:8 1:-2 4:-2
c:kgeb 0:2
c:kgev 0:-8 1:1 2:-1 3:-1 4:-4 5:4 7:15 8:3
c:khed 0:9 1:-2
c:khei 0:-8 1:11
c:khou 1:14 5:-1 8:-1
c:kies 0:-17 1:3 2:-2 3:3 4:-5 5:-2 7:39 8:36
c:kiez 0:7 1:-3 2:-2 3:5 4:18 6:-4 7:-4 8:1
c:kig_ 1:7 4:-2 6:-1
c:kijk 0:34 2:4 3:8 5:-3 7:-7 8:-8
c:kind 0:-12 1:-4 2:1 3:7 4:33 6:-2 7:-2 8:14
c:king 0:8 3:5 4:7 5:-3 7:-2 8:-4
c:kje_ 0:1 1:-2 3:1 6:29 7:-4 8:-2
c:kjes 0:11 2:2 4:-1 5:-3 6:1
c:kkaa 0:-6 4:12
c:kke_ 0:-4 1:26 3:-2 4:-5 6:1
c:kkel 0:4 3:-1 4:-4 5:-2 7:-2 8:4
c:kken 1:27 2:25 4:-7 5:-8 6:2 7:16 8:-4
c:kker 0:14 3:3 4:-3 7:-2 8:10
c:kket 0:-4 4:-2 5:9 8:6
c:kkeu 0:2
c:kkig 0:-3 1:5 4:3 6:-1
c:kkin 0:12 1:-2 7:-1 8:-3
c:kkla 0:-4 1:-2 3:6
c:klaa 0:-14 1:-3 2:4 5:-2 6:21 7:-3 8:6
c:klac 0:-7 5:12
c:klan 0:12 1:8 5:-1 8:-4
c:klar 0:-1 1:-3 5:8 8:-2
c:klas 1:-3 3:78 4:3 5:-4 6:-2 7:2 8:1
c:klee 0:-3 4:5 6:3
c:klei 0:11 2:-2 3:-5 4:1 6:-5 8:2
c:kles 1:6 3:-1 4:-1 5:7 8:2
c:kleu 1:1 2:3 5:2
c:klik 0:4 4:-5 6:11
c:klim 0:1
c:klin 0:3
c:klis 0:-5 5:-1 6:12 7:2
c:klok 0:-2 1:-2 6:-3 7:11 8:2
c:klon 0:1
c:kloo 1:-2 5:3 7:1
c:klop 0:3 4:8 5:-4 6:10 7:-2 8:-4
c:klus 0:19 1:-3 5:-1 7:1 8:2
c:kman 0:3
c:knap 0:13 4:1 7:-2
c:knie 5:2
c:knip 8:1
c:kok_ 0:-11 1:7 3:-2 7:-2 8:17
c:koke 0:7 5:-1
c:kom_ 0:7 1:13 2:15 3:-13 4:-7 5:-6 6:-4 7:6
c:kome 1:-6 2:-7 4:28 5:-3 6:3 7:7 8:-6
c:komi 0:-12 1:17
c:koms 0:-2 2:-2 3:-3 5:7 6:4 7:-4 8:4
c:komt 0:-5 1:8 3:11 4:2 6:-8
c:kon_ 0:6 1:-2
c:kond 0:-9 1:-6 3:5 4:12 8:1
c:koop 0:-1 3:-2 4:-2 8:10
c:koos 0:4 1:-3 3:7 4:-1 7:-3 8:7
c:kopd 6:3
c:kope 0:-6 1:6 8:3
c:kopi 6:8 7:-1 8:-1
c:kopl 0:-3 2:2 3:6 4:-2 5:-2 6:4 7:-3 8:7
c:kopp 0:11 6:-1
c:kort 0:-21 1:52 2:18 5:-4 6:15 7:-4 8:3
c:kost 0:8 1:-3 2:1 3:-1 4:-1 5:3 7:3 8:-1
c:kove 6:1
c:koze 0:-8 1:-4 3:7 4:-3 5:-2 6:4 7:16 8:3
c:kpla 3:2 4:2 8:-1
c:kple 1:-7 2:-3 3:-5 5:3 6:2 8:-5
c:kpro 0:2 5:-1 8:-1
c:krac 0:3
c:kree 0:4 1:-2 2:3 3:2 5:-1
c:kreg 0:4 2:-1
c:krij 0:-12 2:3 3:-11 4:-9 5:6 7:14
c:krik 0:-2 2:6 5:-1
c:krit 0:8 1:4 5:-1
c:krou 3:3
c:krui 0:-7 6:20 7:-2 8:-3
c:ksch 0:-8 1:-2 4:8 6:3
c:kse_ 0:-3 1:-2 4:6 5:3
c:ksge 0:6 4:-1
c:ksho 0:6 4:-4
c:ksku 0:-1 2:2 8:3
c:kst_ 0:23 1:-4 2:2 3:-1 4:4 5:1 6:-1
c:kste 0:-5 1:16 3:-2 4:8 5:-6 7:4 8:-3
c:kstr 0:5 1:-2 4:-2
c:kstu 0:6 1:-5 2:7 3:2
c:ksve 0:-3 1:5 2:-1 6:6
c:ktaa 0:4 1:-1
c:kte_ 0:35 2:2 5:10 7:-2 8:-1
c:kten 0:3
c:kter 1:-4 8:9
c:ktij 0:-3 2:1 3:2 4:8 5:-4 6:12 7:-4
c:ktis 0:2 1:4 2:5 4:-1 6:-3 8:4
c:ktri 0:-3 1:-1 3:8 4:-1 8:-1
c:ktui 0:-2 1:-1 4:3
c:kun_ 0:-29 1:1 2:1 4:5 5:-11 6:-11 7:5 8:-10
c:kund 0:2 2:19 3:6 5:-2 6:-4 7:-4 8:17
c:kunn 1:14 2:-4 3:-2 4:-10 5:7 6:2 7:10
c:kuns 0:10 1:-3 4:-1 5:2 6:-4 8:14
c:kunt 0:-5 1:16 2:9 3:-2 4:-7 5:11 6:-2 8:11
c:kvak 1:1 2:2 3:2 4:-1
c:kvel 0:9 4:-1
c:kver 1:2
c:kvlo 1:1 4:7 5:-1
c:kwal 0:24 1:-3 5:1 6:9 8:-4
c:kwam 1:12 3:3 4:-2 5:-4
c:kwar 0:1 1:2 6:-1
c:kwee 0:4 3:-3 5:1
c:kwer 1:5 4:-1 5:-1
c:kwij 1:15 2:2 4:-2 5:-1 6:1 7:8
c:l'er 0:-14 1:-2 2:5 3:6 4:24 7:-3 8:-3
c:l-ba 0:1 4:-2 5:3 7:-2
c:l-co 7:2
c:l-di 2:-1 8:5
c:l-gr 3:3
c:l-kl 0:-1 3:1 7:1
c:l-op 0:-4 5:4 7:3
c:l-pl 0:-4 1:9 7:2
c:l-ro 8:5
c:l-st 0:-4 1:-6 3:2 4:11 6:3
c:l-tr 0:-1 1:2 4:-4 5:3 8:7
c:l-we 1:-2 4:-2 5:5
c:laag 0:-33 1:7 2:31 3:9 4:-5 5:-3 6:-3 8:1
c:laan 0:-7 1:4 4:5 5:1
c:laap 0:1 1:-2 2:-3 5:22 8:2
c:laar 0:-13 1:-2 2:6 3:2 6:22 7:-1 8:13
c:laat 0:-9 1:-6 3:-3 4:-1 5:7 6:4 7:24 8:1
c:lab_ 0:1
c:labo 0:2 8:3
c:lach 0:-7 5:12
c:ladd 0:5 4:-1
c:lag_ 2:4 3:5 4:-3 5:-4 6:9 8:-6
c:lage 0:-15 1:7 2:-7 3:8 4:-6 6:3 7:-8
c:lan_ 0:1 1:-23 2:-5 3:-8 4:-5 5:4 6:22 8:3
c:land 0:-14 1:7 3:-6 4:8 5:15 6:-8 7:-11 8:8
c:lang 0:16 1:-3 2:-5 3:8 5:-6 6:1 7:26 8:-11
c:lann 0:-12 1:15 2:-4 3:3 4:-7 5:3 7:-5 8:2
c:lant 0:10 1:16 3:-2 5:-2 8:-4
c:lape 0:5 4:-2
c:lare 0:-1 1:-3 5:8 8:-2
c:lari 0:2 1:-1 4:-2 5:3
c:las_ 0:-5 1:1 2:2 3:51 4:3 5:-5
c:lasg 0:4 1:-5 3:16
c:lass 0:4 2:-1 3:12 4:3 6:-2
c:last 0:5 1:19 3:-2 4:3 5:20 6:-1 8:-3
c:lat_ 0:6 6:-2
c:late 0:11 1:1 2:10 3:-9 4:-5 5:-15 8:14
c:lati 0:-3 4:1 5:4 6:-1 7:4
c:lavi 1:-2 4:-2 5:7
c:lawa 0:2 8:-1
c:lb'e 0:7 6:-3
c:lbaa 0:-6 1:2 3:-3 4:-2 5:9 6:-3 7:1 8:6
c:lban 0:-2 5:12 8:2
c:lbar 0:-2 4:4
c:lcoh 1:-4 4:5
c:ldag 0:1 5:2
c:ldda 0:2 1:-1 7:8
c:ldde 0:11 1:-2 4:5 8:-2
c:lde_ 0:30 1:-13 2:28 3:30 4:-3 5:4 7:-3
c:lden 1:-2 4:5 5:24 6:-2 8:5
c:lder 0:4 1:4 7:-1 8:2
c:ldhu 5:2
c:ldig 0:11 1:-3 5:-1
c:ldin 0:-9 2:1 3:-1 6:14 7:12 8:-2
c:ldoe 0:-3 1:3 2:23 3:-2 5:-6 6:3 7:3 8:-3
c:ldt_ 0:12 3:-3 4:3 6:4 7:-3 8:-5
c:ldzo 0:1
c:lebe 0:17 1:2 3:-2 4:-9 6:1
c:lech 0:-19 1:38 2:2 4:-6
c:lect 0:3 1:-11 2:-2 4:20 6:21 8:-3
c:lede 0:4 1:-2 7:3 8:-3
c:ledi 0:-3 5:5 6:4
c:leef 0:5 1:-10 2:2 3:26 4:10 6:-1
c:leeg 2:1 3:-7 6:9 7:-4 8:7
c:leek 0:6 1:-3
c:leem 0:-17 1:22 4:-1
c:leen 0:-3 1:-7 4:3 5:23 6:10 7:6 8:-6
c:leep 0:-4 2:8
c:leer 0:1 1:-2 2:-10 4:18 5:-6 6:-8 8:7
c:lees 0:5 1:12 6:-1
c:leet 0:-3 5:-3 6:19 7:-1
c:lef_ 0:4 7:-1
c:lefo 0:-2 5:5
c:leg_ 0:3 1:3 3:13 4:-7 5:-3 6:-3 7:-5 8:2
c:lega 0:7 1:4 4:-3
c:legd 0:5 4:3 8:-2
c:lege 1:-4 3:-8 4:1 7:7 8:9
c:legg 0:7 1:-6 3:-1 4:4 5:-1 6:3 7:4 8:-4
c:legt 0:4
c:leid 0:18 1:3 3:-10 4:-1 5:-3 6:-1 7:8 8:8
c:lein 0:12 2:-2 3:-6 4:1 6:-5 8:2
c:lek_ 0:5 1:1 2:-9 3:-4 4:-3 6:-10 7:15 8:3
c:leke 0:-3 1:-3 3:25 4:-2 5:1
c:lekk 0:-4 1:5 4:-3 7:16 8:9
c:lekt 0:-2 3:9 4:-2 8:-1
c:lema 1:11 2:-1 3:14 4:-2 5:2 7:-3 8:-2
c:leme 0:-3 5:5
c:len_ 0:20 1:-11 2:25 3:-5 5:11 6:-2 7:3 8:-7
c:lend 0:11 2:4 3:-2 5:1 6:-2
c:lene 0:2
c:leni 0:1 5:3
c:lens 0:5 1:-4 4:8 6:-2 7:-1 8:-2
c:lent 0:15 1:5 4:-2 8:5
c:ler_ 1:-2 2:1 3:9 4:6 8:8
c:lera 8:4
c:lere 0:2 2:-9 3:9 4:8 5:-8 6:-5 7:-9
c:lerl 0:-2 1:-2 7:9 8:-2
c:les_ 0:18 1:15 2:1 3:-2 4:4 7:-3
c:less 0:-3 1:5 3:-1 4:-1 5:8 8:-2
c:let_ 0:-10 1:-1 5:8 7:3
c:letj 0:-3 1:6 5:1 8:-2
c:lett 0:-2 1:4 5:5
c:leuk 0:23 1:5 2:-3 3:-6 4:5 5:-3 6:-7 7:9
c:leur 0:-2 2:7 5:2 7:5
c:leve 1:-8 3:-4 4:-3 5:8 6:12 7:26 8:4
c:lexa 0:-3 2:8
c:lexi 0:2 1:-10 4:18 5:-4
c:leze 0:-16 1:19 4:2 6:9 8:-2
c:lezi 0:14 1:-5
c:lfde 0:3 1:-2 7:-3 8:5
c:lfst 0:-3 1:14 3:7 6:1 8:-4
c:lft_ 1:3 3:9 4:-1
c:lfve 0:-1 1:2
c:lgen 0:7 1:-7 2:13 3:-5 4:-6 6:-2 7:9 8:16
c:lgev 0:6 1:-3 4:3 5:-4
c:lgop 0:-6 1:2 2:2 4:-5 8:-4
c:lgst 3:5
c:lgt_ 0:5 1:-3 4:-3 7:5
c:lhan 0:-5 1:8 5:-2
c:lhou 0:-5 1:11 5:4 7:-1
c:lich 0:-11 1:6 3:7 4:-7 5:-6 6:27 7:1 8:-3
c:lici 0:9 1:-4 2:-2 6:-1 7:6
c:lie_ 0:1 1:-8 3:11 4:9 5:22 6:-1 7:-3 8:-7
c:lieb 0:-2 4:8 5:-4
c:lief 0:14 1:2 3:-2 4:4 5:-2 8:-3
c:lieg 0:-1 1:13 4:-4 8:-4
c:liek 0:1
c:liep 0:11 1:-1 2:-1 3:-2
c:lier 0:-2 5:-5 6:17 7:10
c:lies 0:-3 4:5 7:3
c:liet 0:4 1:-1 8:-1
c:liev 0:4 1:7 4:9 5:-5 7:-4 8:10
c:lifi 0:2
c:lig_ 0:-11 1:-2 2:-1 3:-4 4:2 5:7 7:8 8:12
c:lige 0:-4 1:3 4:6 7:-4 8:7
c:ligg 0:-2 1:2 2:2 4:6
c:ligh 0:3
c:ligi 0:-4 4:5 5:6 6:-3 7:-2 8:3
c:ligt 0:-10 1:8 2:5 3:9 4:6 6:-6 7:-6 8:-7
c:lij_ 0:14 2:-1 4:2 6:-1 7:3
c:lijd 1:-1 4:1 5:12 6:-1 8:1
c:lijf 0:-25 1:6 2:-3 4:-16 6:-12 7:2 8:6
c:lijk 1:37 3:8 4:21 5:-4 6:-7 8:26
c:lijn 0:5 2:2 5:-1 6:-3
c:lijs 0:-10 2:13 3:8 5:-3 6:21 7:4
c:lijv 0:-20 1:7 2:-4 3:4 4:2 5:-1 7:2 8:-3
c:lik_ 0:1 1:-3 4:-5 5:13 6:9
c:likt 1:-2 5:7 6:1 8:-2
c:lim_ 0:5 1:-12 3:-1 4:13 5:3
c:lima 0:-4 1:-1 4:9
c:lime 0:7
c:limm 0:-7 3:3 4:11 5:-2 7:1 8:5
c:lims 3:5 4:-3
c:line 0:15 1:6 3:-3 4:-6 7:11 8:-3
c:ling 0:-10 1:-3 2:20 3:36 4:41 5:4 6:-2 7:-14
c:link 0:-7 1:12 2:-1 4:-3 6:2 7:5 8:-5
c:lio_ 1:-4 2:-3 3:5 5:-3 6:23 7:7 8:-3
c:lis_ 7:6
c:liss 0:8 1:-2 5:1 7:5
c:list 0:3 1:-12 4:-5 5:-3 6:7 7:13 8:2
c:lite 0:23 1:-3 4:-1 6:17 8:-5
c:liti 0:-3 1:-4 3:5 4:-3 8:12
c:ljaa 0:-3 2:-2 5:-3 6:10
c:lkaa 0:10 1:-2 2:-3 3:7 5:4 6:8 7:-4
c:lke_ 0:26 1:20 2:10 5:-14 6:19 7:-5 8:-2
c:lken 0:-1 1:8 3:-4
c:lkeu 0:2 1:7 2:-1 3:-4 5:-4 6:14 7:2 8:-3
c:lkom 0:17 4:-4 5:-1
c:llan 0:-4 3:9
c:llat 0:-2 1:1
c:lle_ 0:-11 1:2 2:-1 5:-5 6:16 7:6 8:6
c:lleb 0:17 1:2 3:-2 4:-9 6:1
c:lled 1:-1 5:3 6:2
c:llee 0:-3 1:-5 4:14 5:-4 6:10 7:6 8:-5
c:lleg 0:11 1:2 4:-3 5:-2
c:llem 0:-12 1:9 2:-1 3:19 4:-3 5:4
c:llen 0:1 1:2 3:-2 4:-4 5:6 6:-12 7:-4
c:ller 0:-3 1:-3 3:9 4:2 5:-1 7:8 8:4
c:lles 0:2 1:9 2:1 3:-3 5:-4 7:-3
c:llet 0:-3 1:6 5:1 8:-2
c:llic 1:-2 5:1 7:6 8:1
c:llie 0:-9 1:-6 3:13 4:1 5:19 7:-2 8:-7
c:llig 0:-2 8:6
c:llin 0:8 1:4 4:-3 7:-1
c:lmpj 0:5 1:-2 6:-1
c:lnem 0:-2 1:-3 3:8 7:5
c:lniv 0:-5 1:9 4:-2 5:-1
c:load 0:-5 6:19 7:-4
c:lob- 0:-14 2:-2 3:2 4:2 6:60 7:-5 8:2
c:lob_ 0:-1 2:-2 3:3 5:4 6:16 7:-2 8:-2
c:loed 0:-15 2:1 4:16 5:25 7:1 8:-1
c:loei 0:-2 2:-1 3:1 4:2
c:loer 1:1 4:7 5:-1
c:logb 0:-3 6:1 7:4
c:logi 0:3 1:-3 2:4 4:8 5:-3 6:-3 7:-4 8:11
c:lok_ 0:-2 1:1 3:-1 6:-4 7:11
c:loke 0:2 7:-1 8:2
c:loma 0:5 1:-5 2:2 3:-3 5:-5 6:-6 7:11 8:11
c:lonk 0:1
c:lont 0:-1 1:4 4:-1 8:-1
c:loof 0:-5 4:10 5:-4 8:6
c:loog 0:-7 1:-1 2:-2 5:23
c:loon 0:-2 5:3 8:2
c:loop 0:12 1:8 2:-12 3:8 4:-13 5:-9 6:19 8:-12
c:loos 0:-11 2:13 5:4 7:3
c:loot 0:27 1:-7 6:2 8:4
c:lope 0:6 1:10 3:5 4:-4 5:-7 7:-6 8:-1
c:lopi 1:-2 7:3
c:lopp 6:2
c:lopt 0:3 4:8 5:-3 6:8 7:-2 8:-3
c:lora 0:8 1:-2 4:-2
c:lord 0:-6 1:16 6:1
c:los_ 0:12 1:1 2:-5 8:2
c:loso 0:2 1:-1
c:loss 0:8 1:8 2:-2 5:-2 7:-1
c:lost 6:-1 8:3
c:lote 0:-8 1:5 2:3 3:-1 6:-1 7:-1 8:18
c:loti 0:2
c:low_ 0:-6 1:-3 5:13 8:-2
c:lpen 0:24 1:5 3:-7 4:-3 5:-5 7:-1
c:lpmi 0:6 5:-5
c:lpt_ 0:13 5:9
c:lpve 0:2
c:lsch 1:-1 3:3
c:lse_ 0:-1 4:3
c:lsof 0:11 3:-1
c:lsta 0:6 2:-4 3:-1 4:3 5:-1 6:7
c:ltaa 0:19 1:-1 2:-1 3:-1 7:-2
c:ltat 0:-16 2:19 3:2 5:-2
c:lte_ 0:13 7:-2
c:lter 0:-2 1:4 2:-1
c:ltij 0:2 1:15 2:-1 3:-10 4:8 5:1 7:-9
c:ltje 0:-3 2:4
c:ltoe 2:2
c:ltoo 0:-6 2:-1 6:14
c:ltur 0:7 8:-1
c:ltuu 0:-11 1:-2 4:15 5:-2 8:4
c:lub_ 0:2
c:luch 0:-5 1:-2 4:3 5:6 8:5
c:lui_ 0:-4 3:-3 4:10 8:1
c:luis 0:16 2:2 4:3 7:-2 8:-2
c:luit 0:-11 1:-3 6:12 7:32 8:5
c:lukk 0:2 1:3 3:-2 4:3 7:2 8:-2
c:lukt 1:24 2:6 3:5 4:-8 5:4 7:-4 8:-1
c:lumn 0:4 4:-2
c:lus_ 0:15 1:-3 5:-1 8:1
c:lusi 8:7
c:lusj 0:2
c:luss 0:1
c:lvak 0:6 1:-3 2:2
c:lvas 1:2
c:lve_ 0:-11 1:10 2:2 3:10 5:-2
c:lver 0:8 8:-2
c:lwaa 0:4
c:lwer 0:-3 1:1 2:4 3:3
c:lzij 0:6 1:2 2:1 5:-2 6:2 7:-1
c:lzit 0:-5 1:5 4:3
c:maak 0:8 1:-5 2:-9 4:2 6:12 8:-11
c:maal 0:-10 1:14 2:4 3:8 4:8 5:-5 7:-11 8:-4
c:maan 0:3 1:-4 3:-2 7:25 8:-5
c:maar 0:-19 1:5 2:-7 5:-4 6:19 7:3 8:38
c:maat 1:14 2:5 3:-2 5:-3 7:-1 8:4
c:mach 0:5 1:4 3:-5 4:-1
c:mag_ 0:26 1:-3 2:3 3:-5 4:-4 7:10 8:-10
c:maga 0:-2 1:-2 4:3 8:3
c:mage 1:-2 5:4 7:1
c:magi 0:-7 2:5 5:-2 6:7 7:2 8:-1
c:mail 0:-6 5:-1 6:10 7:3
c:make 0:5 3:-2 6:5 7:6
c:makk 0:5 1:-2 2:4 8:2
c:man_ 2:-1 3:5 5:-2 6:5 7:-2 8:2
c:mand 0:19 1:10 2:-2 3:-9 4:2 6:-3 7:9
c:mani 0:5 1:5 4:-4 6:-2 8:-1
c:mann 4:6 8:-3
c:map_ 0:-2 1:1 2:1 6:13
c:mark 0:-5 1:4 3:-1 4:-2 6:7 7:2 8:1
c:maro 0:-6 4:12
c:mate 0:-1 5:2
c:mati 0:3 1:-5 2:9 4:2 5:-3 6:-4 7:3 8:-5
c:mavo 0:-2 3:-3 4:7 8:6
c:mbaa 0:4 1:-2 6:5 7:-1
c:mber 0:-11 4:-1 5:14 6:-2 7:2
c:mbin 0:-5 1:-3 3:5 4:1 5:7
c:mbit 0:-1 3:10 5:-1
c:mbo' 0:-7 1:-5 3:1 4:26 8:-4
c:mbo- 0:-13 1:4 2:5 4:8 5:-3 6:-3 7:-3 8:3
c:mbo_ 0:20 1:-5 3:3 4:6 5:-2 6:-2 7:-4 8:19
c:mdat 0:-6 1:16 2:3 3:-1 4:29 5:5 8:-9
c:mde_ 0:9
c:mden 0:6 4:-2 8:-1
c:me-o 4:-2 8:4
c:mede 0:-2 1:-6 3:15 4:-5 5:6 8:4
c:medi 0:-2 1:-2 5:27 7:1 8:3
c:mee_ 0:10 1:-10 2:6 3:-11 4:-4 5:10 8:-2
c:meed 0:14 5:-4 7:-1
c:meeg 0:-15 5:9 6:9
c:meek 7:6
c:meel 0:14 1:-2 2:-3 3:8 4:-1 5:-5 6:11 7:4
c:meem 0:2
c:meen 0:5 4:5 7:-1 8:-3
c:meer 1:-5 2:-5 3:2 4:5 6:-7 7:12
c:mees 0:8 1:-8 3:8 4:24 5:-7 6:-9 7:-3 8:1
c:meet 0:4 1:6 4:-1
c:mei_ 0:17 2:-3 5:2 7:14 8:-1
c:meid 0:-2 3:-4 4:37 6:3 7:2
c:meis 0:-7 1:-4 2:2 4:39 5:-2 6:1
c:meld 0:10 1:-11 3:-5 4:-5 5:-2 7:33 8:7
c:meli 0:1 1:11 2:2 3:-4 4:-2 5:-1
c:men_ 0:20 1:-17 2:6 3:-13 6:-14 7:-13 8:13
c:menc 0:-4 2:4 6:1 7:3 8:-2
c:mend 0:9 1:-2 3:5 4:-2
c:meng 0:8 8:-2
c:meni 0:3 7:-2
c:menj 0:3
c:menk 0:-2 3:1 7:2
c:menl 6:1
c:mens 0:24 1:-4 2:3 3:-4 4:5 5:-5 6:-1 7:5
c:ment 0:25 1:-8 2:9 3:7 4:-7 5:10 6:-3 7:-2
c:menw 1:11 4:-1 8:-1
c:mer_ 0:-19 1:-2 4:15 5:5 6:-3 7:10 8:11
c:mere 1:1
c:meri 0:-2 1:2 4:8 5:-1 8:-3
c:merk 0:36 1:-11 2:-3 5:7 7:-3 8:2
c:merm 0:4 2:-1 8:2
c:mers 0:-6 1:-3 3:4 4:21 5:2 8:-1
c:meru 0:8 1:-1 7:4
c:mes_ 0:2 1:-2 4:8 5:-2
c:met_ 1:18 4:13 5:12 6:-9 7:-9 8:10
c:mete 0:8 1:-2 6:1 7:-2 8:14
c:meti 0:-3 2:4
c:meur 4:1
c:mgaa 0:5 2:-1 5:-2
c:mgev 0:16 1:-2 3:4 5:-8
c:mhoo 0:-6 1:-2 2:15
c:midd 0:-6 1:-6 2:33 3:20 4:-4 5:2 6:6 7:-3
c:mie_ 1:-6 2:9 3:-3 4:2 5:-6 8:17
c:mige 0:7 3:-6
c:migr 0:-6 4:9
c:mij_ 0:-7 1:-5 4:-2 5:8 7:4 8:22
c:mijd 1:10 4:-3 8:-2
c:mijn 0:-2 1:-4 5:-2 6:14 8:15
c:mik_ 0:-6 1:-1 3:2 6:2 8:2
c:mikt 0:-1 2:7 8:4
c:mili 0:6 1:-2 3:-1 4:15
c:min_ 0:-1 1:1 3:2
c:mind 0:-8 1:5 2:-3 3:5 4:12 6:-3 8:-3
c:ming 0:9 1:16 4:-2 5:-1 8:-2
c:mini 0:-6 1:1 2:9 4:3 5:-4 6:7
c:mino 0:3 1:-2
c:mins 0:-7 1:9 2:4 3:11 5:-1 6:2
c:minu 0:-2 6:6
c:mis_ 0:-4 1:25 3:6 7:13 8:-3
c:misc 1:3 2:7 4:-2 8:-2
c:misg 0:9 1:6 2:-1 3:-1 4:1 5:-2
c:misl 0:5 1:1 2:5 7:2
c:miss 0:-1 2:3 3:-2 4:8 5:12 8:-5
c:mist 0:-18 1:40 2:1 3:-3 6:4 7:21 8:-1
c:mlaa 0:-8 2:10
c:mlee 0:-8 1:7
c:mlei 0:-4 1:2 3:-2 7:15 8:-1
c:mma_ 0:4 4:-2 6:6 7:-2
c:mmak 0:-1 3:-1 4:7 8:-3
c:mme_ 0:-25 1:11 2:2 3:4 4:10 5:-2 8:-3
c:mmel 1:10 3:-3 4:-1
c:mmen 1:5 5:2 7:-2
c:mmer 0:-3 1:2 4:9 8:7
c:mmeu 4:1
c:mmig 0:7 3:-6
c:mmis 0:-2 6:1 7:4 8:-1
c:mnas 0:-5 1:-2 4:16
c:mnia 0:2
c:moch 0:10 1:-2 4:-3
c:modu 0:-2 1:1 2:5 4:2 5:-3 6:13
c:moe_ 0:-7 1:-3 3:-2 5:18
c:moed 0:3 1:-13 2:-3 3:-5 4:1 5:11 7:-3
c:moei 0:10 1:24 2:-1 3:3 5:-2 8:-7
c:moet 0:-30 2:4 3:-11 4:-12 5:-5 6:4 7:7 8:8
c:moge 0:9 1:9 2:9 3:1 5:-2 7:-3 8:-2
c:mome 0:27 2:9 3:2 4:-2 5:4
c:mont 0:2 1:2 4:-3 5:-3 8:9
c:mooi 0:26 2:-3 4:4 6:-2 8:-3
c:mopl 0:5 1:-2
c:morg 0:-9 7:23 8:-5
c:mosl 0:-5 1:-9 4:21 5:-1 8:-2
c:moti 0:13 1:3 2:-3 3:10 4:-5 5:-6 6:1 8:-6
c:mpas 6:4
c:mpel 0:-8 1:3 2:-2 3:2 5:-3 6:14
c:mpen 0:-1 2:2
c:mpet 0:4 2:-1 6:9
c:mpje 0:6 1:-2 6:-1
c:mple 0:-3 5:-3 6:19 7:-1
c:mpli 0:7
c:mpo_ 0:4 1:18 3:2 4:-9 7:3 8:-2
c:mpro 7:1
c:mput 0:-1 1:6 3:-6 4:7 5:3 8:-6
c:mpwe 1:2 4:-1 8:-1
c:msch 0:4 1:-1
c:mst_ 0:-3 2:-2 3:-3 5:6 6:4 7:-4 8:4
c:mste 0:-3 1:-1 3:11
c:msti 0:2
c:mstu 0:-4 7:3 8:4
c:mte_ 0:13 6:-2 7:9 8:-1
c:mtec 0:2
c:mule 1:2
c:muli 0:-2 5:-5 6:17 7:10
c:mum_ 0:-2 5:-1 6:3
c:muzi 0:1 1:-5 2:6 3:3 7:-1 8:9
c:mweg 0:8 4:-1 7:-1 8:-2
c:n-ou 0:-1 5:5
c:naam 4:5 5:-1 6:7 7:-3 8:-1
c:naan 0:-3 1:-1 2:4 3:2 4:2
c:naar 1:-11 2:16 4:7 5:-2 6:-20 7:14 8:5
c:naas 0:18 3:21 5:12 8:-3
c:nabo 0:-4 5:5
c:nach 0:1 2:-2 4:-1 5:26 8:2
c:nade 0:6 4:3 7:2 8:-5
c:naf_ 1:4 3:-2
c:nage 4:4
c:naja 0:3 1:-1
c:nale 0:5 1:8 6:1 7:-1
c:nali 0:13 1:-3 4:-5
c:nam_ 0:8 3:-1 4:-2
c:name 0:-2 5:-3 6:11
c:nanc 5:7 7:4
c:nap_ 0:9 1:7 4:2 5:6 6:-1 7:-6 8:-7
c:napt 0:-4 1:15 3:-2 4:-4
c:nart 0:4 1:-4 2:1 4:-1 5:-1 8:13
c:nasi 0:-5 1:-2 4:16
c:nati 1:9
c:nato 0:8 5:-2 6:-4
c:natu 0:9 2:3 3:5 4:28 7:-4 8:-2
c:nauw 0:2 3:4
c:navo 0:-2 7:8 8:-3
c:nbeg 0:21 1:-3 6:-6 7:-1 8:-2
c:nbod 0:-7 1:4 8:5
c:nbou 0:-2 2:3 3:1
c:nbri 6:6 7:-1
c:ncen 0:-2 1:20 4:-5 5:2
c:ncie 5:7 7:4
c:ncij 0:-3 2:6
c:nclu 8:7
c:ncom 0:2 5:-1 7:4 8:-1
c:ncre 0:5 1:3 4:-2 7:-1 8:-1
c:ncti 1:8 7:-2 8:-2
c:nda_ 0:8 6:-3
c:ndaa 0:8 1:-11 3:-4 4:6 6:2 7:24 8:-7
c:ndac 1:9 5:-4 7:-2
c:ndag 0:-2 1:-2 3:-2 6:-5 7:16 8:1
c:ndan 0:-5 1:8
c:ndbo 3:-3 4:4
c:ndci 0:-3 1:-1 2:9
c:nddi 0:3 3:-4 5:4
c:nde_ 0:12 1:4 2:19 3:-1 4:-4 6:-4 7:-7 8:30
c:ndee 0:-4 1:7 7:-1 8:-1
c:ndel 0:3 1:9 2:-4 3:-3 6:-3 7:8 8:-6
c:nden 0:-8 1:11 2:-5 3:6 5:-15 7:4 8:-4
c:nder 0:9 1:-9 2:-18 3:12 4:9 5:-30 7:11 8:-27
c:ndes 0:-5 2:15 5:-2 6:-2
c:ndet 2:1
c:ndhe 0:9 1:-3 4:-5 5:4 6:-1 8:4
c:ndie 0:-3 5:2 7:3 8:2
c:ndig 0:-25 1:16 2:12 4:-5 5:-8 6:-5 7:4 8:16
c:ndin 0:-2 1:-1 3:4
c:ndir 0:5
c:ndit 0:-3 5:7 6:-2
c:ndle 0:7
c:ndos 0:-3 3:1 5:4 6:6
c:ndpr 0:-1 2:6
c:ndpu 0:4 1:-1
c:nds_ 1:6 2:9 3:-3 4:10 5:12 6:-3 7:-10 8:-6
c:ndsc 0:-3 1:5
c:ndse 0:2
c:ndst 0:3 4:7 6:1
c:ndt_ 0:23 2:-2 3:10 4:3 7:8 8:-8
c:ndte 0:-5 2:1 5:-2 6:19 7:5 8:1
c:ndwe 0:4 3:-1 5:-1
c:nede 0:-6 1:13 2:3 4:3 5:2 6:-4 7:-10 8:-4
c:nee_ 0:-3 6:4
c:neef 0:-9 1:-4 3:19 4:-2 8:-2
c:neel 0:3 1:-2 3:3
c:neem 0:18 1:-7 2:-4 4:-2 5:12 6:-2 8:9
c:neer 0:19 1:-3 3:-2 5:4 6:16 7:9
c:nees 0:-8 1:2 3:1 5:-2 7:7 8:9
c:nega 7:4 8:-2
c:nege 0:-1 1:-5 3:3 4:5
c:nel_ 0:-12 1:31 3:-4 4:7 5:-1 6:8 7:18 8:-7
c:nell 0:-6 3:9 4:-1 8:5
c:neme 0:-12 1:-3 3:7 4:3 5:-1 6:-8 7:7 8:21
c:nen_ 0:12 1:20 3:-11 4:-11 5:5 6:20 7:-15 8:-19
c:nend 0:8 1:8 8:-1
c:ner_ 0:-3 1:-9 2:-3 3:4 4:-4 6:2 7:3
c:nera 0:4 1:-1 4:7 8:-1
c:nere 0:-2 1:-2 3:5 4:2
c:nerg 0:11 1:8 2:-3 5:5 7:4 8:-1
c:ners 0:4 1:-3 4:8 7:-2
c:nes_ 0:7 1:-2 4:4
c:net_ 1:-6 3:7 4:-2 5:-4 6:-2
c:netj 1:3 2:3 7:-1
c:netw 0:17 2:4 4:3 7:-1 8:-3
c:nfor 0:12 1:-9 2:-2 4:3 6:-4 8:-4
c:ng-u 0:5 1:-1
c:ngar 0:-2 8:5
c:ngbr 0:-4 3:10 5:-2
c:ngde 0:3 8:-2
c:nge_ 1:5 3:-2 4:5 5:-2 7:-2 8:-2
c:nged 7:3
c:ngek 6:4
c:ngel 0:-3 1:15 2:5 3:-2 5:-2 6:10 7:6 8:-2
c:ngem 0:-9 1:2 2:-2 3:6 6:-1 7:7 8:3
c:ngen 0:22 1:2 3:16 4:49 5:-7 6:-7 7:-11 8:-21
c:ngep 0:4 5:-1
c:nger 0:-3 1:-5 2:2 3:3 4:-1 5:29 7:10 8:-1
c:nges 0:-21 1:8 2:7 4:-2 5:5 7:4
c:ngev 0:-4 1:4 2:-1 5:4 6:4 7:6
c:ngew 0:4
c:ngge 0:6 5:-1
c:ngri 0:7 1:-4 3:-4 4:2 8:-1
c:ngs_ 0:11 1:-4 3:-2 4:-2 5:4 6:6
c:ngsb 0:-6 1:8 2:-4 4:-2 6:13
c:ngsk 0:6 4:-1 7:-2
c:ngst 0:3 1:-1 3:2 4:-2 5:9 6:-1
c:ngsv 0:-2 1:10 7:1
c:ngsz 0:1
c:ngt_ 0:3 2:7 6:3 7:4
c:ngza 0:-7 1:7 3:8
c:ngzu 1:-3 3:3
c:nhal 0:-3 1:-2 2:5 3:6 5:-1
c:nhan 0:-3 1:20 4:-2 6:1 7:2 8:-3
c:nhou 1:-2 6:7
c:nhui 0:-6 3:-3 4:9 5:-3 7:4 8:5
c:niav 0:2
c:nich 0:-4 3:14
c:niek 0:-8 1:5 3:-3 4:5 5:3 6:-5 7:-5 8:5
c:niem 0:4 1:-4 3:-4 4:7 5:-1 7:11 8:-4
c:nier 0:5 1:5 4:-4 6:-2 8:-1
c:niet 0:-6 1:12 2:-16 4:-4 5:-13 6:4 7:12 8:18
c:nieu 0:41 1:-10 3:6 4:12 6:-2 7:5 8:-20
c:nig_ 0:-13 1:35 3:-4 4:9 7:-3 8:5
c:nige 0:-4 1:-7 3:20 4:-2 5:-1 6:2 7:3 8:4
c:niks 0:-9 1:5 2:-1 3:4 4:3 5:-2 8:12
c:nima 0:-3 2:9 5:-2 6:3
c:nimu 0:-2 5:-1 6:3
c:ning 0:8 2:2 3:-3 4:-2 5:21 6:11 7:-3
c:nint 0:-2 6:4
c:nipt 8:1
c:nis_ 0:6 1:-6 4:-3 5:10 6:-2 7:2
c:nisc 0:-3 1:5 6:-1 7:-2 8:2
c:nise 0:2 1:2 8:-1
c:nist 1:1 2:3 3:-2 4:2 5:-1
c:niti 0:-12 1:17 3:-3 7:7 8:-1
c:nive 0:-4 1:21 2:-2 3:6 4:10 5:-3 6:-4 8:28
c:njaa 0:2 1:-1 3:1 7:-2 8:21
c:nje_ 0:-3 6:5 8:6
c:nkaa 6:2
c:nkan 0:-8 1:11 5:3 6:-1
c:nke_ 0:-2
c:nkel 0:9 1:3 2:-2 3:-2
c:nken 0:5 1:-20 2:-4 3:-10 4:1 5:-4 8:3
c:nker 0:-13 1:19 3:-3 4:7 5:4 7:-3 8:-4
c:nkin 3:-2 4:7
c:nkje 0:3 1:-3 2:-1 6:7
c:nkla 0:-1 7:2
c:nkom 0:-2 5:-1 6:6 7:3
c:nks_ 0:-5 1:5 4:4
c:nkt_ 0:7 1:2 2:2 4:-7 5:-2 6:8 7:-9 8:-8
c:nkun 0:-6 1:4 2:6 4:-1 5:5
c:nkve 1:2
c:nkwa 0:2 5:-1
c:nlan 0:5 1:-6 4:-1 5:3 8:9
c:nlei 0:8 2:-5
c:nlev 0:-5 5:5 6:-1 7:4
c:nlij 0:-21 1:10 2:-10 4:10 5:5 6:-2 7:-11
c:nlin 0:4
c:nloo 0:2 7:-1
c:nmaa 0:-19 1:8 3:-6 4:23 8:-2
c:nmak 0:1
c:nmar 0:2 1:-2 6:4 7:3
c:nmel 0:24 1:-5 2:1 3:-2 4:-2 5:-5 7:14
c:nmen 1:-4 7:-2 8:9
c:nmid 2:-2 5:-3 6:9
c:nnam 0:6 5:-2
c:nne_ 0:-7 1:-2 3:23 6:-2 7:1
c:nnee 0:21 1:-3 3:-2 5:-4 6:12 7:11 8:1
c:nnem 0:-9 5:5 7:10
c:nnen 0:33 1:2 3:-1 6:5 8:-6
c:nner 0:4 1:-2 6:5
c:nnin 0:9 1:2 4:-5 5:10 6:-1 7:-2 8:-2
c:nnis 0:1 2:3 3:-1
c:nodi 0:10 1:3 2:15 4:-5 6:6 7:-6
c:noeg 0:-17 2:3 3:-8 4:-8 5:15 7:-14 8:5
c:noem 0:33 4:1 5:-2 7:-4 8:-8
c:nog_ 0:-16 2:-14 4:-18 5:3 6:18 7:22 8:-28
c:noga 0:-3 1:12 4:-1 8:-4
c:nolo 0:6
c:nome 0:3 4:6 6:10 7:-2
c:nomi 0:-2 1:4 2:9 3:-5 4:1 5:-4 7:-4 8:4
c:nooi 0:-8 1:35 3:-7 4:-2 6:1 7:12
c:noot 0:4 3:1
c:nop_ 0:1
c:nopd 2:-1 6:4
c:nor_ 0:3 1:-2
c:nori 0:-2 3:2 6:2
c:norm 0:6 1:-2 2:2 3:2 5:-1 7:-4 8:2
c:nose 0:-8 1:-2 5:21 6:-2
c:note 0:-4 3:33 4:3 5:9 6:11
c:nou_ 0:-6 1:8 3:6 4:-2 6:-2 8:12
c:nove 0:9 1:-1 2:2 3:1 7:-1 8:-2
c:npak 0:-2 1:5 3:5 4:-2
c:npla 0:-9 5:3 6:6 7:3
c:nrak 1:3
c:nref 2:-1 6:3
c:nreg 6:1
c:nsch 0:-3 1:6 4:7 5:-7 6:-3 7:11 8:5
c:nsda 0:6 7:6 8:-7
c:nse_ 0:-7 4:14 5:-2
c:nsen 0:21 1:-9 2:1 3:-9 5:-9 6:-5 7:9 8:4
c:nsin 0:-4 1:-2 2:11
c:nsla 0:18 1:-2 2:-1 5:-7
c:nslu 0:1 1:4 3:-3
c:nspe 1:-2 6:13 7:2
c:nspr 0:10 1:-3 5:-2
c:nst_ 0:-2 1:3 2:-1 3:4 5:1 6:-3 7:-2 8:10
c:nsta 0:3 1:-6 4:-2 5:-4 6:3 7:7 8:8
c:nste 0:-2 1:4 2:3 3:3 4:-1 5:9 8:-2
c:nstp 0:3 1:-2 3:-1 6:-1 7:4 8:-2
c:nstr 0:5 1:16 3:-3 4:-3 5:2 7:-3 8:-3
c:nstu 0:6 1:-3 4:9 8:-2
c:nstv 0:5
c:ntaa 5:2 6:3
c:ntac 0:21 1:6 4:-5 5:1 7:-2 8:-3
c:ntag 0:-2 2:11 3:-1 5:-3
c:ntak 0:-3 2:2 7:4
c:ntal 0:-4 5:5 6:5
c:ntan 3:2
c:ntat 0:11 1:-1 3:5 6:9
c:ntbi 0:-4 2:-1 5:9
c:ntbr 0:-20 1:5 2:-2 3:3 4:-2 5:3 6:20 7:-2
c:ntco 1:6
c:ntde 0:33 1:-7 7:-3 8:-2
c:nte_ 0:1 5:2
c:ntee 0:2 1:-1 3:2 6:-2
c:nten 0:15 2:35 3:2 4:-4 5:-11 6:3 7:-5 8:-7
c:nter 0:22 1:20 2:-1 3:6 4:-6 5:-1 6:16 8:-8
c:ntes 0:-2 1:-2 3:2 6:6 8:12
c:nteu 0:-1 1:2 4:-3 5:-1 8:9
c:ntho 0:13 1:4 2:2 3:5 4:-3 6:-1 8:-5
c:ntie 1:-13 2:-4 3:-7 4:1 5:-9 6:12 7:12
c:ntig 0:2 1:-1
c:ntin 0:5 8:-3
c:ntje 0:-2 1:7 3:5 4:-1 7:1
c:ntlo 0:-4 1:4
c:ntoe 1:-4 2:15 3:-1
c:ntoo 0:-10 1:10 3:3 4:12 5:-5 7:-3 8:-3
c:ntor 0:-2 1:-3 2:4 3:8 4:-6 6:2 8:3
c:ntra 1:12 2:3 4:-5 5:2 6:-2 7:6
c:ntre 0:-9 2:7 4:6 8:10
c:ntro 0:-1 5:2 6:2
c:ntwe 0:4 1:-2 2:-2 4:4
c:ntwi 1:3 2:-1 4:-2 6:2 8:4
c:ntwo 0:-1 1:6 2:6 5:-2 6:16 7:2 8:-3
c:nuar 2:1 7:10 8:-5
c:nuff 0:7 2:-5 3:-1 4:3 5:-2 6:8
c:nugg 1:4 8:-3
c:nuit 0:7
c:nume 0:8 1:-1 7:4
c:nute 0:-3 5:-1 6:6
c:nutt 0:5
c:nuwa 0:1
c:nvaa 0:-1 1:7
c:nvak 0:-2 2:6 5:-2
c:nval 0:-4 1:2 2:5 5:13 6:-3
c:nver 8:3
c:nvlo 0:-11 5:25
c:nvol 0:-10 2:16 5:-1 6:-3 7:5
c:nvoo 0:-2 1:1 8:2
c:nvou 0:-20 1:11 4:14 6:-1
c:nvra 0:3 6:-1
c:nvul 0:-2 6:13 8:-4
c:nwer 0:-2 1:10 4:3 8:-1
c:nwij 0:2
c:nwoo 5:7
c:nzek 0:-3 1:10 4:-2 5:-1 8:2
c:nzel 0:7 1:-2
c:nzet 0:1 1:14 2:-2 5:-4 8:-1
c:nzic 0:-1 1:7 7:-1
c:nzit 1:1
c:nzor 0:4 8:-1
c:o'er 0:-10 1:-6 3:-3 4:42 5:1 6:1 8:-6
c:o'n_ 1:8 3:-7 4:13 5:-3 7:3 8:-3
c:o's_ 0:5 1:-1 4:4 5:-1
c:o-di 0:-3 1:1 8:3
c:o-ha 0:1
c:o-hb 0:1
c:o-le 0:-14 1:-4 3:-4 4:24
c:o-mb 0:1
c:o-op 1:-2 2:8 3:4 4:2 5:-1 7:-1 8:12
c:o-ri 0:-5 1:2 3:-1 4:-1 8:5
c:o-sc 3:1
c:o-st 1:3 3:-2
c:o-t_ 3:2
c:o-to 1:-2 2:3
c:oach 0:3 5:-1
c:oad_ 0:-5 6:19 7:-4
c:oals 0:11 1:-4 3:-3 4:17 7:-3 8:5
c:ob-a 5:-1 6:4
c:ob-c 0:5 6:-3
c:ob-d 6:2
c:ob-f 6:2
c:ob-g 5:1 6:-1
c:ob-m 0:-1 5:-2 6:6
c:ob-o 0:-1 2:-1 3:2 6:2
c:ob-p 0:-7 3:1 4:2 5:-3 6:25 7:-1 8:1
c:ob-s 0:-2 6:8
c:ob-u 0:-3 6:8
c:ob-v 5:5 6:-2
c:ob-w 0:2
c:obby 1:-2 6:-2 7:-2 8:10
c:obee 0:6 1:-3 2:-1 7:-1 8:2
c:ober 0:7 1:-2 3:-1 4:1 5:7 8:-1
c:oble 0:-20 1:21 4:-2 5:5
c:ocat 0:-2 5:5
c:ocen 0:3 1:-2 2:7 3:1 5:-3 6:6
c:oces 3:5
c:och_ 0:-13 1:4 2:-8 3:-6 4:13 7:3 8:6
c:ocht 0:9 1:5 2:-3 3:6 6:14 7:-2
c:ocia 1:5 3:-2 4:-1
c:odat 0:-19 1:12 2:8 4:-2 5:11 6:10 7:-5 8:-3
c:ode_ 0:-4 1:-1 2:18 4:1 6:10
c:odig 0:10 1:3 2:15 4:-5 6:6 7:-6
c:odiu 0:3
c:odra 1:2 6:3
c:oduc 0:14 1:-2
c:odul 0:-2 1:1 2:5 4:2 5:-3 6:13
c:oed_ 0:7 1:-10 2:3 3:-7 4:25 5:2 6:-15 7:-5
c:oede 0:-18 1:-8 2:-5 3:2 5:11 6:-1 7:3 8:9
c:oedi 0:8 1:4 2:3 3:-2 4:-1 8:-5
c:oeds 0:-2 5:11
c:oedt 0:-4 5:9
c:oef_ 0:6 6:3 8:3
c:oefe 0:6 2:6
c:oefl 0:4 1:-1
c:oefs 0:7 4:-1 8:-1
c:oeft 0:16 1:-6 3:6 4:-1 5:-4 6:6 7:-8 8:3
c:oefw 1:-1 2:3
c:oeg_ 1:3 2:5 3:-4 4:-6 5:17 6:6 7:-13 8:-3
c:oega 0:4 5:-3
c:oege 0:-6 2:3 5:6 7:4 8:8
c:oei_ 0:1
c:oeid 0:5 2:-1 5:2 7:-2
c:oeie 0:2 2:-3 3:1 4:2
c:oeil 0:8 1:10 5:-2 6:-1 8:-5
c:oeit 0:15 1:13 3:2 5:-1 6:1 8:-3
c:oek_ 0:-8 1:12 4:17 6:15 7:-2 8:15
c:oeke 0:22 1:7 3:-7 4:12 5:8 6:-6 7:-10 8:-2
c:oekh 0:4 5:-2
c:oekj 0:-1 6:9 7:-5
c:oeko 0:2 2:-2 3:-2 5:5 6:-2 7:-3 8:5
c:oeks 0:8 4:-2
c:oekt 0:12 1:-9 2:-5 3:5 4:4
c:oel_ 0:27 2:2 4:-1 5:-3
c:oela 7:7 8:-1
c:oeld 0:14 1:-3 4:6 5:-2 6:3 7:-2
c:oele 0:3 1:-1 4:6 5:-2 6:3
c:oeli 0:2 1:-3 4:3
c:oelt 0:10 3:14 5:-3 7:-2
c:oem_ 0:10 4:3 7:-3 8:-5
c:oemd 0:11 5:-1
c:oeme 0:10 3:2 4:-2 6:-1 8:-2
c:oemt 0:1
c:oen_ 0:-7 1:-4 3:-7 4:1 5:-7 6:8 8:12
c:oend 0:-15 2:24 3:-1 5:-6 7:3
c:oene 0:-6 3:5 4:7 5:-1 7:-4 8:2
c:oeni 0:15 8:-1
c:oens 0:-2 4:6 7:9 8:-5
c:oenv 0:-2 1:1 8:2
c:oep_ 0:11 1:9 2:-5 3:41 5:-9 6:-1 7:-1 8:1
c:oepe 0:3 2:-6 3:-2 4:4 5:-8 6:7 7:2 8:-5
c:oepj 0:1 1:-1 3:7 4:-1
c:oeps 0:-11 1:8 2:-2 4:-4 5:2 6:5 7:-5 8:2
c:oer_ 0:-10 1:-7 3:31 4:4 5:-2 7:-3 8:4
c:oerd 0:2 5:-3 6:8 8:-2
c:oere 0:-3 3:-4 4:14 5:-2 8:-1
c:oers 3:3
c:oert 5:10 6:-2
c:oesl 0:-4 5:5
c:oest 0:9 4:-2 5:-1 8:-2
c:oet_ 0:11 1:3 3:-9 4:-7 5:-5 7:15 8:7
c:oetb 0:-1 8:2
c:oete 0:-16 1:-4 2:5 4:-5 5:3 6:3 7:-3
c:oets 0:-21 2:63 3:-4 4:-2 5:-2 6:3 8:2
c:oeve 0:-9 1:-7 2:28 3:7 4:-1 5:5 6:21 7:-4
c:ofd_ 0:7 1:4 3:-1 5:-2 6:-4 8:7
c:ofdd 0:-7 1:-5 4:16
c:ofie 0:-4 1:2 4:-13 5:-10 6:3 7:6 8:-6
c:ogal 0:-3 1:12 4:-1 8:-4
c:ogbo 0:-3 6:1 7:4
c:oge_ 0:-5 2:1 4:6
c:ogel 0:12 3:-1 7:-2 8:-2
c:ogen 0:2 1:8 2:9 3:3 5:-2
c:oger 0:-2 2:6 4:-3 6:1 8:7
c:oges 4:4
c:ogie 1:-2 2:4 5:-3 6:-2 7:-2 8:5
c:ogin 0:2 2:-1
c:ogis 1:-2 4:7 7:-2 8:12
c:ogop 4:3
c:ogra 0:4 6:6 7:-3
c:ogvl 0:-2 1:13 4:-4 8:-4
c:ohol 1:-4 4:5
c:ohor 0:-5 3:10 4:-1
c:oid_ 0:-6 2:-1 6:14
c:oie_ 0:6 1:6 2:-1 4:3 5:2
c:oiet 0:-2 1:-3 4:7
c:oist 0:2
c:oit_ 0:-10 1:43 2:-1 3:-9 4:-5 7:11
c:ojec 0:13 1:4 3:-4 4:-3
c:oke_ 1:6 7:-2
c:oken 0:3 1:-4 2:-1 4:-3 5:-5 6:2 7:5 8:2
c:oket 0:2 7:-1 8:2
c:okka 0:-6 4:12
c:okke 5:2
c:okte 0:1
c:olda 5:2 6:2
c:olde 1:7 4:-3 8:-3
c:oldo 0:-3 1:3 2:23 3:-2 5:-6 6:3 7:3 8:-3
c:olee 0:-11 1:11 4:1 5:2 6:2 7:-1
c:olen 1:-2 3:-3 4:6 8:5
c:olex 0:-3 2:8
c:olg_ 0:-1 1:12 2:-2 8:5
c:olge 0:7 1:-7 2:13 3:-5 4:-6 6:-2 7:9 8:16
c:olgo 0:-6 1:2 2:2 4:-5 8:-4
c:olgs 0:-4 2:3 3:5
c:olgt 0:5 1:-3 4:-3 7:5
c:olho 0:-5 1:11 5:4 7:-1
c:olio 1:-4 2:-3 3:5 5:-3 6:23 7:7 8:-3
c:olit 0:-3 1:-4 3:5 4:-3 8:12
c:olja 0:-3 2:-2 5:-3 6:10
c:olle 0:5 1:-2 4:3 5:2 6:2 7:-1
c:olli 1:-2 5:1 7:6 8:1
c:olmo 0:2
c:olog 0:5 2:4 3:1 4:1 5:-3 6:-2 7:-1
c:oloo 0:-14 2:-2 5:23
c:olpe 0:8 1:-2 3:-3
c:olse 0:-3 4:3
c:olst 0:-3 4:5
c:olti 4:-2 5:4
c:olto 0:-6 2:-1 6:14
c:olva 0:6 1:-2
c:olwa 0:2 5:3
c:oma_ 1:-5 2:2 3:-3 6:-5 7:10 8:11
c:omat 7:2
c:omba 0:4 1:-2 6:5 7:-1
c:ombe 0:-7 1:-4 5:18 7:3
c:ombi 0:-5 1:-3 3:5 4:1 5:7
c:omda 0:-6 1:16 2:3 3:-1 4:29 5:5 8:-9
c:omde 0:7 4:-2
c:omed 8:4
c:omen 0:33 1:-10 2:-2 4:11 5:-6 6:9 8:5
c:omer 0:-13 1:2 3:-5 4:21 5:-7 6:-4 7:2
c:omga 0:4 1:6 4:-1 5:-2 8:-4
c:omge 0:12 1:-2 4:-3 5:-2
c:omho 0:-6 1:-2 2:15
c:omie 0:-3 2:9 3:-5 4:2 5:-4 6:1 7:-3 8:6
c:omin 0:-12 1:17
c:omis 1:3 2:7 4:-2 8:-2
c:omla 0:-8 2:10
c:omme 0:-28 1:25 2:3 3:-3 4:2 5:-1
c:ommi 0:5 3:-6 6:1 7:3 8:-1
c:omon 0:2 4:-1
c:omop 0:5 1:-2
c:ompa 6:4
c:ompe 0:2 6:9 7:-1
c:ompl 0:4 5:-4 6:18
c:ompr 7:1
c:ompu 0:-1 1:6 3:-6 4:7 5:3 8:-6
c:oms_ 0:34 1:-4 2:2 3:-4 4:-3 6:1 8:-2
c:omsc 0:4 1:-1
c:omst 0:-5 2:-1 3:-2 5:8 6:4 8:8
c:omt_ 1:8 3:13 4:1 6:-8 7:-2
c:omwe 0:8 4:-1 7:-1 8:-2
c:onab 0:-4 5:5
c:onal 1:9 7:-2 8:-1
c:once 0:-2 1:20 4:-5 5:2
c:oncl 8:7
c:oncr 0:5 1:3 4:-2 7:-1 8:-1
c:ond_ 0:34 1:-10 2:-7 4:22 5:3 6:7 8:-4
c:onda 0:-5 1:8
c:ondd 0:3 3:-4 5:4
c:onde 0:-33 1:3 2:-12 3:1 4:-8 5:-18 6:8 7:8
c:ondh 0:9 1:-3 4:-5 5:4 6:-1 8:4
c:ondi 0:-3 5:7 6:-2 8:2
c:ondl 0:7
c:onds 0:4 1:-1 5:-1
c:one_ 0:10 2:1 3:-3 4:11 8:-1
c:onee 1:-1 3:3
c:onen 0:-1 1:2 3:-1 5:2 6:7 8:-3
c:oner 0:6 1:-5
c:onge 0:-14 1:5 2:-1 3:-5 4:46 8:-7
c:onha 0:-3 1:20 4:-2 6:1 7:2 8:-3
c:onin 6:-1 8:4
c:onis 0:1
c:onk_ 0:1
c:onke 0:-1 1:-4 4:3 5:4
c:onla 0:6 1:-3 5:4
c:onli 0:10 1:-1 4:-2
c:onma 0:-8 3:-1 4:9 7:3
c:onne 0:-2 1:-5 3:3 4:6 5:4 6:-2
c:onom 0:-2 1:4 2:9 3:-5 4:1 5:-4 7:-4 8:4
c:ons_ 0:3 1:-1 4:-2 6:3 8:9
c:ont_ 0:-1 1:7 3:-2 4:-2 5:5 8:-1
c:onta 0:23 1:6 2:1 3:2 4:-4 7:-1 8:-3
c:ontb 0:-24 1:5 2:-3 3:3 4:-2 5:12 6:20 7:-2
c:ontd 0:33 1:-7 7:-3 8:-2
c:onte 0:-8 1:10 4:-3 8:9
c:onth 0:7 1:6 4:-2 8:-2
c:ontj 0:-1 1:4 4:-1 8:-1
c:ontl 0:-4 1:4
c:ontr 0:-2 1:-1 5:2 6:2 7:6
c:ontw 0:4 2:-3 4:1 6:1 7:-1 8:3
c:onvo 0:-10 2:16 5:-1 6:-3 7:5
c:onze 0:-3 1:8 4:3 8:-2
c:ood_ 0:-10 1:-1 2:4 6:5 7:-3 8:13
c:oof_ 0:-5 4:10 5:-4 8:6
c:oofd 1:-2 3:-1 4:15 5:-2 6:-4 8:6
c:oog_ 0:-14 1:-6 2:10 4:2 5:9 6:-5 7:-4 8:9
c:oogs 0:-2 3:5
c:oogv 0:-2 1:13 4:-4 8:-4
c:ooi_ 0:19 1:-5 3:3 4:2
c:ooid 0:-6 2:-1 6:14
c:ooie 0:7 1:6 2:-1 4:3 5:2
c:oois 0:2
c:ooit 0:-10 1:43 2:-1 3:-9 4:-5 7:11
c:ook_ 0:20 1:-2 2:-4 3:22 4:16 5:7 6:-7 8:-15
c:ool_ 0:7 2:-6 3:-2 5:-2 6:3 7:9
c:oole 0:-3 2:8
c:oolj 0:-3 2:-2 5:-3 6:10
c:oolk 0:2
c:ooll 0:-1 1:-2 4:8 6:-1
c:oolm 0:4
c:ools 0:-3 4:3
c:oolt 4:-2 5:4
c:oolv 0:14 1:-3 6:-2 7:-1
c:oom_ 0:2 1:15 2:2 4:-4 6:-2 7:4 8:-10
c:oomb 0:6 1:-4 6:5
c:oomo 0:5 1:-2
c:oomp 7:1
c:oomr 0:-1 2:2
c:ooms 0:-4 7:3 8:4
c:oomt 0:7 3:2 4:-1 7:-2
c:oon_ 0:-5 1:9 2:-4 3:-4 4:5 5:16 7:-3 8:17
c:oona 0:-4 5:5
c:oond 0:-2 1:2 8:2
c:oonl 0:6
c:oonm 0:-8 3:-1 4:9 7:3
c:oont 1:3 3:-1 5:6
c:oop_ 0:-6 1:6 2:-2 3:-3 4:-3 6:2 7:1 8:9
c:oopb 0:13 1:2 3:-3 4:-5 5:6 6:11 7:-4 8:-7
c:oopd 1:-1 2:-2 3:8 5:-4 6:11 7:10
c:oopt 0:13 1:7 3:10 5:-4 6:-3 8:2
c:oopu 0:2 7:-1
c:oor_ 0:4 2:28 3:-8 5:-11 6:5 7:-5 8:22
c:oora 0:-6 1:9 2:3 3:-2 4:7 5:-3 7:-4 8:1
c:oorb 0:-3 1:2 2:-3 3:16 4:3 6:-4 7:10 8:-11
c:oord 0:8 2:24 3:-14 4:-18 5:17 6:5 7:-3 8:-14
c:oorf 1:2 4:-2
c:oorg 0:-3 1:-6 2:-2 3:2 5:-2 7:6 8:2
c:oorj 0:6 6:-2 7:4
c:oork 0:8 1:3 4:-3
c:oorl 0:-12 1:-7 5:4 6:6 8:1
c:oorn 0:-6 1:-2 2:6 5:8 6:-2 8:-1
c:oorp 0:-3 4:-1 7:6
c:oors 1:-6 2:1 3:2 4:10 5:7 6:-1
c:oort 0:3 1:-23 2:-13 3:3 5:7 6:6 7:-12
c:ooru 0:5 1:1
c:oorv 0:7 1:4 7:-2
c:oorw 0:-7 1:5 4:4
c:oorz 0:-9 1:23 2:3 5:4
c:oos_ 1:-6 2:9 3:5 4:-6 5:-1 6:-3 7:1 8:2
c:oot_ 0:21 1:-10 2:-3 3:7 5:-2 7:2 8:6
c:oots 0:5 1:-2 3:-1
c:opa_ 0:-8 5:12
c:opba 0:13 1:2 3:-3 4:-5 5:6 6:10 7:-4 8:-7
c:opbl 0:1 2:-1
c:opda 1:-1 2:-2 3:8 5:-4 6:11 7:10
c:opdr 0:7 2:3 3:-1 4:-3 5:-3 6:23 7:-3 8:1
c:oped 0:1
c:opel 0:-5 1:3
c:open 0:26 1:4 3:2 4:-17 5:-4 6:14 7:-13 8:-7
c:oper 0:-9 3:10 8:5
c:opga 0:5 3:-2
c:opge 0:2 1:12 2:-1 3:-4 6:-3 7:-1
c:opha 0:-2 2:10 5:-2 7:-1
c:opie 6:8 7:-1 8:-1
c:opig 1:-2 7:3
c:opkr 0:-1 2:4 5:-2
c:ople 0:-3 1:-8 2:7 4:3 5:5 6:-10 8:21
c:oplo 0:2 1:6 3:6 5:-3
c:opme 0:1
c:opni 0:1 7:5
c:oppa 0:3 1:5 3:-3 4:-4
c:oppe 0:15 1:-4 4:-1 7:1 8:3
c:opsc 0:-5 1:4 6:3 7:4 8:-2
c:opsp 0:2
c:opst 0:1
c:opt_ 0:12 1:-4 2:-5 3:1 5:-7 7:6 8:-9
c:opte 0:3 3:2
c:opti 1:1 4:4 7:3 8:3
c:opva 0:-14 1:8 2:-4 3:5 4:4 5:8 6:-3 7:-4
c:opvi 0:2
c:opvo 0:-1 1:7 2:3 3:-2 4:-1
c:opzi 0:-3 1:-1 2:-3 3:12
c:oral 0:-6 1:9 2:3 3:-2 4:7 5:-3 7:-4 8:1
c:oran 1:-1 6:5 8:4
c:orat 0:9 1:-2 4:-2
c:orba 0:-5 1:5 3:3 4:5 7:-2 8:-3
c:orbe 0:2 3:15 5:3
c:orbi 0:1 7:14 8:-5
c:ord_ 0:1 1:-15 3:-4 4:-2 5:-4 6:4 7:3 8:16
c:orda 0:-5 2:2 3:-4 4:-5 5:9 6:1 7:6 8:-5
c:orde 0:-15 1:9 2:20 3:9 4:-5 5:7 6:-11 8:-8
c:ordi 1:15 4:-2 5:3 8:-1
c:ordt 0:-11 1:4 3:-9 4:-5 5:-4 6:1 7:15 8:9
c:ore_ 0:-18 1:-3 2:27 6:2
c:orec 0:-6 1:21 4:13 5:-2 7:-2 8:-6
c:oren 0:4 1:-11 2:1 3:-10 4:8 5:-4 6:-4 8:3
c:oret 4:4 8:4
c:orfu 1:2 4:-2
c:org_ 0:-3 1:2 3:-5 4:-6 5:3 6:1 7:-9 8:4
c:orga 0:3 4:2 7:5 8:-2
c:orgb 0:-2 1:-2 4:5
c:orgc 0:3 5:-2
c:orge 0:-11 1:2 2:-1 3:-3 4:1 6:2 7:21 8:-3
c:orgi 0:2 3:-7 4:8
c:orgo 2:2 5:-1
c:orgr 0:-3 3:8 4:-2
c:orgs 1:4 2:2 3:1 4:-5 8:-1
c:orgt 0:-8 5:13
c:orgv 0:6 1:-3 5:-1
c:orgz 0:-3 2:4 4:6 8:-2
c:orie 0:3 1:29 3:5 5:-3 6:4 7:-2 8:-8
c:orig 0:9 1:-5 3:20 5:6 6:5 7:-3
c:orja 0:6 6:-2 7:4
c:orke 0:10 3:-3 4:-2 6:3
c:orko 0:3 1:3 4:-2
c:orks 0:6 4:-4
c:orle 1:-4 3:3 4:1 8:4
c:orli 0:3 6:5
c:orlo 0:-13 1:-5 4:-2 5:5 8:-2
c:orm_ 2:2
c:orma 0:11 1:-11 2:-2 3:4 4:4 6:7 7:-2
c:orme 0:3 6:-1
c:ormg 0:12 3:4 5:-6
c:ormu 0:-3 5:-6 6:17 7:9
c:orne 0:-2 2:6 5:-2 6:-2
c:orni 0:-4 1:-2 5:9 8:-1
c:orp_ 1:-2 3:-1 4:6 8:-2
c:orpa 0:-3 4:-1 7:6
c:orsl 0:3 3:-1
c:orsp 0:-1 1:-2 4:4
c:orst 0:-2 1:-4 3:3 4:5 5:6 6:-1 8:-1
c:ort_ 0:-13 1:-7 2:11 3:12 4:-2 5:2 7:-12 8:2
c:orta 0:-4 1:3 4:-2 6:5
c:ortc 0:5 2:4 4:-1
c:orte 0:-5 1:5 2:3 3:1 4:11 5:-1 6:-1 8:-2
c:ortf 1:-4 2:-3 3:5 5:-3 6:23 7:7 8:-3
c:ortg 0:13 1:-5 2:-2 6:18 8:2
c:orti 0:1 5:1
c:ortk 0:-12 1:14 2:5
c:orto 0:-5 2:2 4:-1 5:10
c:ortp 0:-6 1:-2 2:11 6:-2
c:orts 0:-4 1:12 7:-3 8:7
c:ortv 0:2 2:-1 6:5 7:-1
c:orui 0:5 1:1
c:oruu 0:-4 2:5 5:-2 6:3
c:orvr 0:4 1:4 7:-1
c:orwe 0:-7 1:5 4:4
c:orza 0:-2 2:3
c:orze 0:-3 1:22 8:-2
c:orzi 0:-4 1:1 5:3 8:2
c:ose_ 0:-8 1:-2 5:21 6:-2
c:osit 1:-2 2:2 7:3 8:-1
c:osli 0:-5 1:-9 4:21 5:-1 8:-2
c:osof 0:2 1:-1
c:osse 0:4 1:10 2:-2 5:-2 7:-1
c:ossi 0:-6 1:1 4:1 5:2 6:29 8:-2
c:ost_ 0:7 1:-3 2:1 3:-2 4:-1 6:-1 7:2 8:2
c:oste 5:3
c:otaa 0:-1 1:4
c:ote_ 0:4 1:-5 4:7
c:otee 0:-5 1:7 5:7 6:11 7:-2 8:-2
c:otel 0:4
c:oten 0:-9 2:3 3:31 6:-3 8:19
c:oter 5:1 6:1
c:othe 0:3
c:otie 0:26 1:-2 3:1 4:-4
c:otin 0:2
c:otis 0:-7 1:22 4:-6 8:-2
c:otiv 0:-12 1:7 2:-3 3:10 5:-6 6:3 7:1 8:-4
c:oto' 0:2
c:oto_ 0:-5 6:9 7:-2
c:ots_ 0:21 1:-2 6:-2 8:-1
c:otst 0:5 1:-2 3:-1
c:oud- 0:18 4:-5
c:oud_ 0:1 1:-2 5:-2 6:3 7:-1 8:5
c:oude 0:-9 1:-3 2:-9 3:-19 4:10 5:15 6:1
c:oudi 0:-23 1:38 2:3 4:17 6:-5 7:1 8:-1
c:ouds 3:2
c:oudt 0:-7 1:8 2:-3 3:7 5:5 6:-3 7:8
c:ourn 0:8 1:-3 4:-3
c:ousi 0:7 2:2 3:5 8:-2
c:out_ 0:-11 1:7 2:2 4:2 5:2 6:-3
c:oute 0:27 1:8 3:2 4:-4 5:-3 6:-2 7:-3 8:11
c:ouw_ 0:-23 1:8 3:13 4:34 5:-9 6:-15 7:-13 8:3
c:ouwd 5:2
c:ouwe 0:10 1:-1 2:3 4:9 5:-1
c:ouwi 1:4
c:ouwk 4:2
c:ouwp 1:3
c:ouws 0:2 5:1
c:ovee 1:-1 3:5 4:-2 5:3 6:6 8:-4
c:ovem 1:-1 2:1 3:1
c:oven 0:-11 1:4 2:18 4:7 5:-3 7:5
c:over 0:18 1:-10 2:15 3:-21 4:8 5:4 6:-7 7:-2
c:ozen 0:-8 1:-4 3:7 4:-3 5:-2 6:4 7:16 8:3
c:paal 0:9 2:3 3:-2 5:1 7:5 8:-2
c:paan 0:2
c:paar 0:7 1:-3 3:-2 4:3 7:5 8:-3
c:pabo 0:-5 1:4 2:12 3:-2 4:-1 5:1 8:12
c:paci 0:-4 1:16 4:-2
c:pak_ 0:-3 1:-1 2:7 3:-1 4:4 6:1
c:pakk 0:-9 1:-1 2:4 3:12 4:-2 5:8 8:7
c:pakt 0:12 1:5 3:-3 4:-5 5:-1 7:4
c:pale 2:3 3:8 6:-2
c:pane 0:2
c:pani 0:-6 5:13 6:-1
c:pann 0:18 1:3 4:-3 8:-1
c:papi 7:3 8:-2
c:para 0:-3 3:2 6:12
c:pare 0:-8 1:13 5:-2
c:parr 0:2 7:-1
c:part 0:-2 2:-1 5:5
c:pas_ 0:4 3:-2 5:-2 6:8 7:-1 8:-2
c:pass 0:-10 1:6 4:8 5:9 8:2
c:past 0:2 2:7 3:-5 4:9 5:-9 6:-4 7:-11 8:9
c:patr 0:-2 5:8
c:pbaa 0:13 1:2 3:-3 4:-5 5:6 6:10 7:-4 8:-7
c:pblo 0:1 2:-1
c:pdag 1:-1 2:-2 3:8 5:-4 6:11 7:10
c:pdra 0:7 2:3 3:-1 4:-3 5:-3 6:23 7:-3 8:1
c:pech 0:-4 7:7
c:pect 0:2 1:-2 6:14
c:peda 0:-2 1:-1 8:6
c:pede 0:1
c:peel 1:-6 2:-1 3:-3 4:5 5:13
c:pel_ 0:-4 2:-2 3:2 4:-1 5:-2 7:4
c:pele 0:4 1:-2 5:2
c:peli 0:4 1:-1
c:pell 0:-3 1:6 4:-1 7:-1
c:pelo 0:-5 1:3
c:pels 1:2 5:-1 6:9
c:pelt 0:11 6:-1
c:pen_ 0:36 1:13 2:-15 3:-4 5:-14 6:9 7:-18 8:2
c:penb 0:-1 7:3
c:pene 0:2 1:-3 2:5 5:-1 6:-2
c:penh 0:3
c:peni 0:-2 6:4
c:penm 0:2 1:-2 6:4 7:3
c:penp 0:-6 6:7
c:pens 0:-3 1:-2 2:2 6:5
c:pent 0:12 1:-4 3:2 4:-3 6:5 7:-2 8:10
c:per_ 0:-3 1:-8 2:12 3:-2 5:11 6:1 7:-6 8:7
c:pera 0:-2 4:4
c:perc 0:-5 2:11 3:-1
c:perf 1:-1 8:5
c:peri 1:-1 2:14 6:7
c:perk 0:-14 1:12 4:7 5:2
c:perm 5:2 6:-2 7:1 8:3
c:pers 0:3 1:-2 3:8 4:3 5:-3 8:4
c:pest 0:-4 1:5 7:6 8:-2
c:pete 0:4 2:-1 6:9
c:pgaa 0:4 3:-2
c:pgeb 5:2
c:pgee 1:7 4:-2 8:-2
c:pgel 0:-2 1:8 3:-3 4:3 6:-2 8:3
c:pgev 0:3 1:-2
c:phal 0:-2 2:10
c:pie_ 0:-10 1:9 3:-2 4:-1 5:7
c:piee 6:8 7:-1 8:-1
c:pier 7:3 8:-2
c:pig_ 1:-2 7:3
c:pij_ 0:6 4:-1 7:-2 8:5
c:pijl 0:-3 1:2 2:4 3:-2
c:pijn 5:5
c:pikt 1:2
c:pill 0:-9 1:-1 5:15 6:-1
c:pilo 0:3 8:4
c:ping 0:-2 6:-1 8:5
c:pisc 1:-8 4:40 5:-2 7:2 8:-3
c:pitt 0:2
c:pje_ 0:2 1:-2 3:7 6:2 7:-1
c:pjes 0:7 1:-1 6:-1
c:pkri 0:-1 2:4 5:-2
c:plaa 0:-2 1:7 2:-1 5:-1 7:-2
c:plan 0:-9 1:3 2:-5 3:-3 4:-8 5:11 6:26 8:11
c:plee 0:2 1:-4 2:2 3:-4 5:-4 6:18 7:-2 8:9
c:plei 0:-2 1:-8 2:7 4:3 5:6 6:-10 8:21
c:plek 0:6 1:3 2:-9 3:-4 4:-3 6:-7 7:32 8:3
c:plev 0:1
c:plez 0:14 1:-5
c:plic 0:-10 4:1 5:-3 6:24 7:3
c:plim 0:7
c:plin 1:10 4:-2 8:-3
c:ploa 0:-5 6:19 7:-4
c:plom 0:5 1:-5 2:2 3:-3 5:-5 6:-6 7:11 8:11
c:plor 0:8 1:-2 4:-2
c:plos 0:8 1:6 5:-2
c:pmer 0:1
c:pmid 0:6 5:-5
c:pnie 0:1 7:5
c:podi 0:3
c:pogi 0:2 2:-1
c:pole 3:-3 4:6
c:poli 0:-3 1:-4 3:5 4:-3 8:12
c:pool 0:-5 4:7
c:poor 0:4 5:-1 6:2
c:port 0:-10 1:-16 2:23 3:2 4:2 6:24
c:posi 1:-2 2:2 7:3 8:-1
c:poth 0:2
c:ppak 0:3 1:5 3:-3 4:-4
c:ppel 0:13 1:-2 6:-1
c:ppen 0:-4 1:-5 2:-2 3:6 4:4 6:11 8:14
c:pper 0:8 1:-6 4:6 6:-2 7:-3 8:8
c:ppij 0:5 1:2 3:-1 4:-1 7:-2 8:5
c:ppor 0:-10 2:30 4:-3 5:-3 6:3
c:praa 0:12 1:2 3:-1 5:4 7:1 8:-5
c:prac 1:8 4:-3
c:prak 0:-8 1:14 2:3 3:-5 4:2 5:-9 6:6 7:-9
c:prat 0:17 1:5 2:-3 4:4 6:-2 8:-4
c:prec 0:1 3:13 4:-4 5:7 6:-2
c:pree 0:11 1:6 2:2 5:-7 6:-9 7:-10 8:-11
c:prek 0:9 1:5 2:3 3:-12 4:-4 6:15 7:-7 8:-9
c:pres 0:-19 1:1 4:3 5:23 8:-2
c:pret 4:-2 8:4
c:pril 0:6 1:-3 7:5
c:prim 0:9 3:2 4:-3 7:-3 8:8
c:prin 0:-2 5:4
c:prob 0:-6 1:19 2:-2 5:5 7:-2
c:proc 0:-6 2:8 3:7 5:-3 6:7
c:prod 0:14 1:-2
c:proe 0:15 1:-4 2:5 3:3 4:-2 8:-2
c:prof 0:-7 1:3 4:-13 5:-10 6:3 7:6 8:-5
c:prog 0:3 6:6 7:-3
c:proj 0:13 1:4 3:-4 4:-3
c:prok 1:-1 3:2 5:-1 6:4 7:-1 8:5
c:prop 0:1
c:psch 0:-5 1:4 6:3 7:4 8:-2
c:psge 1:-1 2:2 3:5 4:3 6:-2 7:-2 8:4
c:psin 0:2 2:-2 5:-2 6:5
c:pske 0:-16 1:11 2:3 5:7
c:psop 0:2
c:psor 0:-3 2:-2 6:6
c:pspo 0:2
c:pspr 0:2
c:pswe 0:5 1:2 4:-1
c:psyc 0:-16 1:-3 2:-3 5:30
c:pta- 0:-5 2:13 3:-1
c:pte_ 0:5
c:ptem 0:-4 1:6 5:-2
c:ptie 0:-8 4:14 7:3 8:3
c:publ 0:1
c:punt 0:-11 1:15 2:47 3:-1 4:1 5:-6 6:6 7:-2
c:pute 0:-1 1:6 3:-6 4:7 5:3 8:-6
c:puzz 0:2
c:pv-b 0:10 1:-1 2:1 6:-2
c:pv-p 0:4 1:-2 7:3
c:pv-u 0:-4 6:10 7:-2
c:pval 0:-2 1:9 3:5 5:-1
c:pvan 0:-11 2:-2 3:1 4:5 5:10 6:-1 7:-3
c:pver 6:-4 7:5
c:pvie 0:2
c:pvoe 0:-1 1:7 2:3 3:-2 4:-1
c:pzic 0:-3 1:-1 2:-3 3:12
c:qomp 0:-1 6:4
c:qua_ 0:-3 1:11 2:2 3:-2 8:-2
c:raad 0:-2 1:14 2:1 4:-3 7:-2 8:10
c:raaf 0:-4 6:10
c:raag 0:31 1:16 2:2 3:-6 5:9 6:-8 7:-16 8:-16
c:raai 0:6 1:-3 4:-2 5:2 7:-1
c:raak 0:8 1:12 3:-4 4:-5 7:8 8:-2
c:raal 2:3
c:raan 0:-6 2:2 3:11 5:-2 6:-2 7:6 8:-2
c:raar 8:3
c:raat 0:12 3:-1 5:4 7:1 8:-5
c:rach 0:26 1:5 2:3 3:-3 4:-8 5:-4 6:22 7:-3
c:ract 0:-7 1:13 4:-1 7:5 8:-1
c:rade 0:1 1:3 4:-2
c:raf_ 0:11 2:3 7:-3
c:rafe 6:2
c:rafi 0:2
c:rage 0:23 1:10 2:-3 3:5 5:-3 6:5 7:-4 8:-5
c:ragi 0:-5 7:6
c:rain 0:2 2:4 5:-1
c:raje 0:-2 1:2 4:-4 5:5 8:7
c:rake 0:7 1:9 3:-4 5:-1 7:-1
c:raki 1:3
c:rakk 0:5 1:-1 4:-3
c:raks 0:-14 1:16 2:2 3:-4 5:4 6:-4 7:24 8:-6
c:rakt 0:-5 2:5 4:3 5:-6 6:8 7:-6 8:11
c:ral_ 0:-2 1:9 2:3 3:-1 4:8 5:-2
c:rale 0:3 1:-1
c:rama 3:2 8:2
c:ramm 0:3 6:6 7:-3
c:ramp 0:3 1:4 4:-4
c:rand 0:22 1:-1 2:1 3:-6 4:5 7:-4 8:-3
c:rans 0:3 1:4 2:5 3:-1 4:-3 5:-1 6:-1
c:rant 0:-11 1:10 6:4 8:8
c:rap_ 0:-3 6:-1 7:-1 8:8
c:rapi 0:-6 5:8
c:rapp 0:-11 1:4 2:30 4:-3 5:-2 6:2 8:3
c:rass 0:8 4:1
c:rast 0:13 8:-1
c:rate 0:17 1:5 2:-3 4:4 6:-2 8:-4
c:rati 0:6 1:11 4:12 6:7 8:-2
c:ravo 0:-5 1:5 4:4 5:1 6:-1 7:-2 8:3
c:rbaa 3:5 4:3 5:-2 7:5 8:-3
c:rbed 0:-5 1:-3 3:1 4:-2 6:3 7:16 8:8
c:rbee 0:2 3:12 5:4
c:rbei 0:-9 2:4 4:8
c:rber 0:-3 1:3 4:5 8:4
c:rbet 0:-7 1:6 2:3 7:4 8:-2
c:rbij 0:14 1:6 2:-4 3:8 4:-7 5:-5 7:12 8:-10
c:rbin 0:9 4:2 7:-1 8:-2
c:rbli 0:-11 1:3 3:12 4:-1 5:10 8:-3
c:rbou 0:5
c:rbui 0:2 5:-1
c:rcen 0:-5 2:11 3:-1
c:rchi 0:2
c:rdag 0:11 5:4 6:-2 7:3
c:rdam 1:-2 4:3
c:rdat 0:-5 2:2 3:-4 4:-5 5:9 6:1 7:6 8:-5
c:rde_ 1:-11 2:8 3:7 4:-2 5:7 7:16 8:-5
c:rdee 0:4 1:-2 2:3 3:-2 6:9
c:rdel 0:-21 1:7 2:26 3:-2 5:-4 6:12
c:rden 0:9 1:8 3:7 4:-3 5:-5 6:-10 7:4 8:-4
c:rder 1:2 2:-7 3:10 5:-16 6:-9 7:-15 8:8
c:rdev 0:7
c:rdew 0:-2 5:12
c:rdie 0:3 1:-4 2:-3 4:2 5:4 7:-3 8:14
c:rdig 0:-4 1:33 2:1 4:-3 5:6 6:-2
c:rdin 0:7 5:-2
c:rdoe 0:-1 2:2 7:1
c:rdoo 0:-3 1:7 2:-1 5:10 7:1 8:1
c:rdop 0:4
c:rdra 0:4 4:-1
c:rdri 0:-1 2:2 8:3
c:rdst 2:1
c:rdt_ 0:-11 1:4 3:-9 4:-5 5:-4 6:1 7:15 8:9
c:reac 0:2
c:reag 0:6 1:2
c:real 1:-7 2:2 3:2 4:3 5:-1 6:-3 8:6
c:reat 0:2 1:3 4:5 5:-2 7:-3 8:2
c:reau 7:2 8:-1
c:reca 0:-6 1:21 4:13 5:-2 7:-2 8:-6
c:rece 0:-12 1:6 4:10
c:rech 0:5 1:-7 2:3 4:10 6:-2 7:-11 8:10
c:reci 0:1 3:13 4:-4 5:7 6:-2
c:recr 0:7
c:rect 0:3 1:-1 7:3
c:red_ 0:-2 1:7 3:-2 4:-1
c:redd 0:-7 1:6 2:3 3:-2 4:15 7:-1
c:rede 0:-8 1:-9 2:11 3:-2 4:3 5:2 6:9 7:-2
c:redt 0:-1 3:4
c:ree_ 8:9
c:reed 0:2 1:11 3:-1 4:-2 6:2 8:-2
c:reef 0:-2 2:9
c:reeg 0:4 1:-2 2:3 3:2 5:-1
c:reek 0:-2 1:14 2:4 3:5 5:-2 7:-9 8:-9
c:reel 1:1
c:reen 0:4 2:-2 3:3 4:-9 5:-3 6:7 7:13 8:-5
c:reeo 8:2
c:reep 0:5 1:-2 6:4 7:-1
c:reer 0:-2 1:2 3:-2 6:13 7:-2
c:reet 0:-4 1:4 2:8 4:-1
c:refl 1:-1 2:-2 6:21 7:2
c:reft 0:-3 8:8
c:rege 1:4 3:5 5:-1 6:-6 7:2 8:10
c:regi 0:-9 3:-2 4:1 5:-2 6:23 7:-4 8:6
c:reid 0:16 1:-5 3:3 5:-1 8:-1
c:reik 0:5 1:-2 2:3 3:5 4:-1
c:rek_ 0:12 2:10 3:-16 4:-15 5:2 6:6 8:-15
c:reke 0:-7 1:5 2:23 3:-1 4:11 7:-2
c:rekk 0:-5 1:23 3:-1 4:-4 6:3 7:2
c:reks 0:-3 1:5 2:-1 6:6
c:rekt 0:12 1:11 2:-1 4:18 5:-2 6:2
c:rela 0:-1 5:4
c:reld 0:3 1:-4 4:-2 8:6
c:rele 0:6 4:-1 5:4 8:-3
c:ren_ 0:27 1:-4 2:-10 4:30 5:-11 6:12 7:-12 8:26
c:rena 0:4 1:-4 2:1 4:-1 5:-1 8:13
c:renb 6:6 7:-1
c:reng 0:11 3:-2 5:-1
c:renk 0:-2 2:3 3:-3 4:4 6:3
c:renl 0:2 6:3
c:rens 1:2 2:2
c:renv 0:1
c:renz 0:-1 1:4 4:6
c:repa 0:-7 1:13 5:-2
c:repe 0:-6 1:8 5:-1 8:11
c:rere 0:-8 1:18 3:-1 6:5
c:rese 0:5 1:3 8:-3
c:ress 0:7 3:5 4:-3 5:28 6:9 7:-2 8:-2
c:rest 0:-21 1:-2 2:-6 3:13 5:-4 6:2 7:2
c:resu 0:3 1:-2 2:17 5:-2 7:-1
c:rete 0:3
c:reti 4:4 8:4
c:rett 0:2
c:reuz 1:-2 7:6
c:reve 0:-1 1:-2 3:3 6:-2 7:3 8:2
c:rfde 0:6 1:-2 5:-1
c:rfec 1:-1 8:5
c:rfst 1:-1 2:5 6:4 7:3
c:rft_ 0:7 1:-2 5:7 6:-2
c:rfun 1:2 4:-2
c:rgaa 1:-3 4:6 7:5
c:rgad 6:6
c:rgan 0:-3 2:9 3:2 6:-2 7:8 8:-1
c:rgat 0:6 5:-2
c:rgbe 0:-2 1:-2 4:5
c:rgco 0:3 5:-2
c:rgee 0:9 1:14 2:1 3:-7 4:-2 5:-3 8:8
c:rgeg 0:4 1:-2 3:4
c:rgel 1:-6 2:2 3:37 4:-2 6:1
c:rgen 0:-15 1:18 4:-3 5:3 6:-1 7:22 8:-6
c:rger 0:12 4:-2 8:-1
c:rges 0:-4 1:4 2:1 4:-1 5:-3 6:2 8:5
c:rget 0:-7 1:6 4:1 7:15 8:2
c:rgev 0:-3 1:-1 6:2 7:5
c:rgie 0:18 1:-3 2:-2 3:-3 4:6 5:4
c:rgin 0:2 3:-7 4:8
c:rgop 2:2 5:-1
c:rgro 0:-16 1:-2 3:14 4:18
c:rgst 0:3 1:6 2:-1 3:1 4:-5
c:rgt_ 0:-8 5:13
c:rgun 0:-3 1:-2 5:9
c:rgvu 0:6 1:-3 5:-1
c:rgza 0:-3 2:4 4:6 8:-2
c:rhaa 0:31 1:-4 4:1 5:4 6:-1 8:-9
c:rhal 0:2
c:rhan 0:-4 1:13 3:-2 4:-3
c:rhei 1:-5 5:5 8:10
c:rhoe 0:-6 3:8
c:rhou 0:-2 3:3
c:rial 0:2 5:2
c:rich 0:4 1:9 2:-3 4:6 5:-7 6:-10 7:-10 8:11
c:rici 0:-3 1:-1 3:8 4:-1 8:-1
c:rie_ 0:-9 1:24 2:12 3:7 5:-9 6:16 7:-1 8:-7
c:rief 0:-2 1:-1 6:10 7:4 8:-2
c:rieg 0:5 3:-1 5:4 6:5 8:-1
c:riek 1:6 4:-3 8:-3
c:riel 1:3 8:-1
c:rien 0:10 1:-4 3:36 4:-4 6:7 7:5 8:-2
c:ries 0:4
c:riet 0:6 6:-2 7:-1
c:rieu 0:8 2:3 4:5 7:-5 8:-2
c:rift 0:-3 1:5
c:rig_ 0:11 1:-5 2:-3 3:6 6:2 7:-5 8:-4
c:rige 0:5 1:-7 3:16 4:6
c:righ 0:7 8:-3
c:rij_ 0:6 1:1 2:2 5:-2 6:-1 7:-3 8:-4
c:rijb 0:9 1:-2 4:-1
c:rijd 0:-8 1:-2 3:-1 6:12 7:15 8:-3
c:rije 0:6 4:-1
c:rijf 0:19 1:-8 2:-9 3:1 4:-11 5:-4 6:8 7:8
c:rijg 0:-12 2:3 3:-11 4:-9 5:6 7:14
c:rijk 0:15 1:-4 2:2 3:-4 6:-1 7:-1 8:2
c:rijp 0:-5 1:-5 4:10 5:5 7:5 8:-2
c:rijt 0:-2 2:3 6:2
c:rijv 1:15 2:-2 3:5 4:-4 5:-2 6:-3 7:16 8:3
c:rijw 0:2 1:5 3:-2 7:-2
c:rikk 0:-5 1:3 2:6 5:-2
c:rikt 0:1 7:2
c:ril_ 0:6 1:-3 7:5
c:rima 0:9 3:2 4:-3 7:-3 8:8
c:rin_ 0:20 1:3 3:-3 5:-1 6:1 8:-1
c:rina 0:-2 4:6
c:ring 0:19 2:-3 4:-11 5:7 6:5 7:9 8:-9
c:rink 0:-6 5:14
c:rinn 0:7 1:-1
c:rint 1:-3 4:6
c:riod 2:14 6:7
c:rip_ 0:-4 1:8 3:-1 4:3 7:-1
c:ris_ 0:2 1:-1 4:-2 5:3
c:risi 0:9 1:6 3:-2 4:-1
c:rist 0:-4 4:7
c:riti 0:19 1:4 5:-1 8:-3
c:ritm 0:3 4:-2 5:2
c:rjaa 0:9 1:9 2:-1 3:-3 6:-3 7:4 8:-3
c:rkan 0:-6 1:-2 2:14
c:rkda 0:13 1:-3 2:-2
c:rke_ 0:8 1:-3 3:-2 6:1
c:rkee 0:-15 1:-4 6:6 7:18
c:rken 0:10 1:8 2:-4 3:-9 4:13 6:-7 7:-14 8:11
c:rker 0:1 1:-3 3:3 4:-4 5:-1 6:2 8:8
c:rkeu 0:10 3:-3 4:-2 6:3
c:rkex 0:8 1:-2 4:-2
c:rkge 0:-8 1:1 2:-1 3:-1 4:-4 5:4 7:15 8:3
c:rkho 0:-4 1:14 3:-1 8:-2
c:rkin 0:-2 4:8 5:-1
c:rkla 0:-10 1:5 2:5 3:3 4:-6 5:9 8:-2
c:rklo 1:-2 5:3 8:2
c:rkom 1:9 4:-3 5:8 7:-1
c:rkoo 0:-1 3:-2 4:-2 8:10
c:rkop 0:-6 1:6 8:3
c:rkpl 1:-5 2:-3 3:-3 4:3 5:3 6:3 8:-5
c:rkse 0:-3 4:6 5:-1
c:rksh 0:6 4:-4
c:rkst 0:5 1:4 2:5 4:-3 8:-2
c:rkt_ 0:24 3:7 4:-8 6:-1 7:-2 8:-2
c:rkte 0:-1 1:16 3:6 4:-2 5:-3
c:rktu 0:-2 1:-1 4:3
c:rkun 1:5 2:3 3:8 4:2 7:-3 8:-6
c:rkve 0:9 4:-1
c:rkvl 1:1 4:7 5:-1
c:rkwe 0:4 3:-3 5:1
c:rlaa 0:-5 1:-2 2:4 3:2 7:9 8:-2
c:rlan 0:-5 1:13 2:1 4:3 5:2 6:-4 7:-10 8:-4
c:rlat 1:-1 7:1 8:4
c:rled 7:4 8:-3
c:rlee 1:-6 3:3 4:5 8:-1
c:rleg 0:-3 3:-5 4:1 7:-2 8:14
c:rlen 0:8
c:rler 0:-1 1:-2 4:3 8:4
c:rlic 0:5 1:-1 6:5
c:rlie 7:3
c:rlij 0:-22 2:6 4:2 6:-9 7:-2
c:rlin 0:-19 2:3 3:22 4:34 5:5 6:-4 7:-15
c:rloo 0:1 3:5 5:1 7:-2
c:rlop 0:-2 1:-3 2:2 3:3 5:-2 6:4 7:3
c:rmaa 2:-1 3:2 5:-1 7:-4 8:3
c:rman 0:1 2:-1 3:5 5:-2 8:2
c:rmar 0:1 5:2 6:-2 8:3
c:rmat 0:9 1:-10 2:-2 4:3 6:-3 8:-4
c:rme_ 4:2
c:rmee 0:5 1:-12 2:9 3:-1 5:12 7:3 8:-3
c:rmen 0:8 4:2 5:-3
c:rmge 0:12 3:4 5:-6
c:rmin 0:12 8:-1
c:rmog 0:-1 1:13 2:-1
c:rmul 0:-3 5:-6 6:17 7:9
c:rn-o 0:-1 5:5
c:rna_ 0:6 2:-3 4:-4 7:19 8:-6
c:rnaa 0:1 1:-5 2:5 3:-2 7:9 8:-2
c:rnal 0:8 1:-3 4:-3
c:rnat 1:9
c:rnem 0:7 1:-5 2:3 4:7 5:-5 6:-4 7:-4
c:rnis 0:-3 1:-2 5:9 8:-1
c:rnta 2:1 6:3
c:rnva 0:-3 2:6 5:-2
c:rnvr 0:3 6:-1
c:robe 0:14 1:-2 4:3 8:1
c:robl 0:-20 1:21 4:-2 5:5
c:roc_ 1:4 3:2 6:-2 7:1
c:roce 0:-6 2:8 3:7 5:-3 6:7
c:rode 0:-3 2:4
c:rodu 0:14 1:-2
c:roef 0:13 1:-5 2:1 4:-2 8:-1
c:roeg 0:12 1:2 4:-2 5:3 8:-2
c:roei 0:12 1:-1
c:roen 0:-8 3:-5 4:9 5:-1 6:9 7:-2 8:2
c:roep 0:-1 1:13 2:-14 3:39 5:-18 6:9 7:-6 8:1
c:roer 0:-17 1:-7 3:35 4:-3 5:9 6:2 7:-2 8:6
c:roev 2:3 3:3 8:-1
c:rofi 0:-6 1:3 4:-13 5:-10 6:3 7:6 8:-7
c:rogr 0:3 6:6 7:-3
c:roje 0:13 1:4 3:-4 4:-3
c:rok_ 0:18 1:-2 4:1 5:-2 6:-1 7:1 8:2
c:roke 0:-2 1:-2 3:2 5:-2 6:3 7:6 8:3
c:rokk 0:-7 2:1 4:12 5:1
c:rol_ 0:11 1:4 3:-3 4:-4 8:-1
c:role 0:-1 5:2 6:2
c:rom_ 0:-21 1:19 2:-2 3:30 4:2 7:6
c:rome 0:-12 4:13 5:-3 7:-2 8:16
c:romm 1:10 3:-3 4:-1
c:rond 0:-2 1:-11 2:1 3:-4 4:15 5:8 6:25 7:-6
c:roni 6:-1 8:4
c:ront 0:-7 1:8
c:rood 0:-10 1:-1 2:4 6:5 7:-3 8:13
c:rook 0:-3 4:-1 5:8 8:-1
c:room 0:8 1:-13 3:-3 4:-9 5:-4 7:4 8:5
c:roon 0:-2 5:8
c:root 0:4 1:-6 2:-2 3:4 5:-1 7:1 8:3
c:rop_ 0:4 1:10 3:-2 5:2
c:rope 0:1
c:ropv 0:-1 3:4 4:8 8:3
c:rote 0:2 1:-2 4:6
c:rots 0:21 1:-2 6:-2 8:-1
c:rout 0:27 1:7 3:2 4:-1 5:-3 6:-2 7:-9 8:13
c:rouw 1:1 4:15 5:-3 7:-3 8:-2
c:rove 0:4 1:-3 2:2 4:1 5:2 6:-2
c:rpak 0:-3 4:-1 7:6
c:rpen 0:6 2:-2
c:rper 0:3 1:-2
c:rpes 0:-4 1:5 7:6 8:-2
c:rple 0:11 1:-3 2:2 3:-3 8:9
c:rpli 0:-10 4:1 5:-3 6:24 7:3
c:rras 0:21 4:2 8:-1
c:rren 2:4 7:-1
c:rsas 0:2
c:rsch 1:-4 2:-8 4:3 5:5 6:-8 8:-5
c:rsda 0:3 8:-2
c:rsge 0:-7 4:10
c:rsie 0:6 3:-3 7:7
c:rsis 2:-2 3:10
c:rsit 0:-2 1:2 3:4 4:9 7:-1 8:7
c:rsla 0:-21 1:15 2:-4 5:13 6:18 7:2 8:-4
c:rsoo 0:12 3:-2
c:rsop 0:-4 1:-1 4:5 8:5
c:rspe 0:-1 1:-2 4:4
c:rst_ 0:-14 1:9 3:9 4:-9 5:-7 7:2 8:4
c:rsta 0:10 2:6 3:-7 4:5 5:-4 7:-4 8:18
c:rste 1:-8 2:4 3:5 4:4 6:-7 7:-4 8:-18
c:rstr 0:-3 2:2 3:3 5:-1 6:-2 8:1
c:rstu 0:3
c:rstv 1:-1 2:-3 6:5 7:4
c:rswe 0:2
c:rtaa 0:-4 1:-6 4:7 6:5
c:rtag 1:3 4:-2
c:rtal 0:3
c:rtci 0:2 2:5
c:rtcl 0:3
c:rte_ 0:-7 1:14 4:4 5:-2 6:3 8:-2
c:rteg 0:3 1:-1 4:1 5:-1
c:rtek 0:-2 5:-3 6:8 7:-1
c:rtel 0:28 1:-3 2:7 3:-2 4:-3 5:33 7:-2 8:7
c:rten 0:3 1:-2 2:3 6:-1
c:rter 1:-8 4:8
c:rtfo 1:-4 2:-3 3:5 5:-3 6:23 7:7 8:-3
c:rtga 0:13 1:-5 2:-2 6:18 8:2
c:rtie 0:1 1:2 6:-1
c:rtif 0:3 6:1 7:3
c:rtig 0:-2 1:-3 3:2 4:9 5:-2 7:4 8:3
c:rtje 0:-5 5:10 7:3 8:-1
c:rtko 0:-12 1:14 2:5
c:rtkw 0:2
c:rtoe 0:7 1:-3
c:rtop 0:-5 2:2 4:-1 5:10
c:rtpu 0:-3 1:-2 2:11 6:-2
c:rtra 0:-5 7:6
c:rtro 0:-1 1:2
c:rts_ 0:-5 1:-10 4:-2 5:9 6:-2 8:10
c:rtsa 0:2 2:-1
c:rtsc 0:-3 1:12
c:rtst 7:-4 8:7
c:rtve 0:2 2:-1 6:5 7:-1
c:ruar 0:5 7:-2
c:ruck 0:1
c:ruct 0:-5 1:14 3:-2 4:-2 5:1
c:rug_ 0:17 2:-4 4:-3 5:5 7:-4 8:-3
c:rugd 0:3 1:-1
c:rugg 0:1 5:-3 6:6
c:rugk 0:7 2:2 3:-2 4:-2 5:3 7:2
c:rugz 0:1
c:ruik 0:2 1:-9 5:18 7:1
c:ruim 0:11 2:3 6:-2 7:8 8:-2
c:ruis 0:-7 6:20 7:-2 8:-3
c:ruit 0:16 1:8 6:1 7:10
c:ruk_ 0:5 1:5 5:-4 7:2
c:rukk 0:-1 4:3 8:-1
c:rukt 0:1 1:2
c:rus_ 0:8 1:-1 7:4
c:rust 0:15 2:-10 4:1 6:-10 7:-13 8:-16
c:ruur 0:-4 2:5 5:-2 6:3
c:ruzi 0:-11 5:16 8:-2
c:rval 7:2
c:rvan 0:-3 1:-1 3:7 4:9 7:5 8:2
c:rvar 0:27 1:1 2:-2 3:3 4:-4 6:4 7:-7 8:-3
c:rven 0:7 1:-1
c:rver 0:4 1:-1
c:rvie 0:7 2:-1 5:-2 6:8
c:rvol 0:-9 1:12 2:-2 3:4 4:-6 7:1
c:rvoo 0:17 2:6 3:2 5:-3 7:-2 8:3
c:rvra 0:5 1:4 7:-1
c:rwac 0:9 2:9 3:1 4:-2 5:-2 6:-3 7:4 8:-6
c:rwee 0:2 1:-9 4:-3 8:13
c:rweg 0:8 2:3 3:-3 4:7 5:-5 7:-2 8:5
c:rwer 0:7 1:8 2:-4 3:-1 5:11 7:2
c:rwij 0:-5 1:-3 3:4 4:14 6:-3 7:-1 8:10
c:rzaa 2:3
c:rzet 0:-5 1:22 6:5 8:-3
c:rzic 0:-2 1:4 2:3 4:-1 6:12 7:-2 8:-3
c:rzie 0:-1 1:-2 4:7 8:2
c:rzoc 0:-4 3:2 6:3
c:rzoe 0:18 1:-7 6:-1
c:rzor 0:10 1:-1 2:1 3:-7 4:13
c:rzui 8:3
c:sala 0:2 1:-1 4:-2 5:3
c:same 0:25 1:9 2:11 4:-6 5:7 6:-7 7:-8 8:-12
c:sann 0:-7 1:-2 3:23 6:-2 7:1
c:sant 0:10 1:-3 4:-2 6:1
c:sart 0:-1 3:-2 5:8
c:sass 0:3 2:-1 8:4
c:sbal 0:-3 2:-4 6:13
c:sber 0:-2 4:4 8:1
c:sboo 0:-4 1:8 4:-2
c:sch_ 0:-11 1:4 3:-1 4:28 6:-3 7:1 8:4
c:scha 0:3 1:9 2:-2 3:-6 5:15 6:-3 7:-6 8:9
c:sche 1:-5 2:12 3:-6 4:7 5:6 6:-13 7:-9 8:9
c:schi 0:-9 1:13 2:-6 3:-8 4:7 6:-12 7:11 8:6
c:scho 0:5 1:-10 2:-5 3:-8 4:7 5:-7 6:2 7:3
c:schr 1:15 2:-6 3:4 4:-11 5:-8 6:4 7:16
c:schu 0:-19 1:-2 4:17 5:30 6:1 7:22
c:scip 1:10 4:-2 8:-3
c:scoo 0:-12 1:-4 2:9 3:11 5:-1 6:-3 8:1
c:scor 0:-18 1:-3 2:32 6:2 7:1
c:sdag 0:9 7:6 8:-10
c:se-c 0:-3 1:-2 2:9 4:-1
c:seco 7:-1 8:2
c:sect 0:-3 3:-2 4:2 5:-3 6:5 7:9 8:7
c:seer 0:-3 1:4 2:2 3:-2 5:-2 8:5
c:sef_ 0:-6 7:16
c:sel_ 0:3 1:-2
c:selb 0:-2 5:11
c:seld 0:-8 1:11 3:-1
c:sele 0:7 1:-1 5:1 7:5 8:-2
c:seli 4:2 8:-1
c:sem_ 0:-3 1:5 3:1 7:-1
c:sen_ 0:9 1:6 3:-21 4:3 5:-8 6:-15 8:-23
c:send 0:-4 1:-1 4:4 5:9 6:2
c:seng 0:-2 3:5 6:-1
c:senj 1:-1 2:1 3:1 8:21
c:senm 1:-4 7:-3 8:8
c:sens 0:2 4:-2
c:sent 0:5 1:3 8:-3
c:sept 0:-4 1:6 5:-2
c:ser_ 0:-2 3:3
c:sere 1:2 8:1
c:seri 0:8 1:-1 4:5 7:-4 8:-2
c:sers 0:9
c:ses_ 0:11 3:-1 6:2 8:-7
c:sete 0:-6 2:-1 3:9 6:5 8:3
c:seur 0:1
c:sfee 0:2
c:sgaa 1:8 5:-2
c:sgem 0:-1 1:-3 2:-1 3:7
c:sgen 0:2 1:-5 3:28 6:-2
c:sger 2:1 3:-5 5:-2 6:-3 7:-4 8:2
c:sges 0:5
c:sgev 6:2
c:sgez 0:-7 4:10
c:sgie 0:17 8:-3
c:sgin 0:9 1:-2
c:shop 0:6 4:-4
c:shou 0:-1 4:2
c:sias 0:3 1:-3 2:2 3:4 4:11 8:-4
c:sico 0:9 1:6 3:-2 4:-1
c:sie_ 0:-8 1:-1 3:-4 4:4 5:11 7:9 8:15
c:sief 0:-7 1:6 3:-2 5:10
c:siek 0:-1 5:4
c:sier 0:-11 1:2 5:1 6:28 8:-2
c:simp 0:-3 1:5 6:-2 7:6 8:2
c:sind 0:-4 1:-1 2:6 5:18
c:sing 0:5 1:-3 2:11 4:-4 7:8 8:2
c:sint 0:2 2:-2 5:-2 6:5
c:sis_ 1:7 2:-2 3:1 6:-2 7:-1 8:1
c:siss 0:2
c:sist 0:2 2:-4 3:10 6:-1 8:5
c:sisv 0:-1 1:4 2:-1
c:sita 0:-3 1:7 3:-1
c:site 0:12 1:-6 3:5 4:9 5:-1 6:-5 7:-2 8:7
c:siti 1:-2 2:2 7:3 8:-1
c:situ 0:-2 5:3
c:sje_ 0:-12 1:-4 2:2 3:2 4:36 5:-1 6:6
c:sjes 0:5 3:-2 4:2 5:2
c:sk-g 3:1
c:sk-l 0:-2 3:6 4:-2
c:skan 0:2 1:1 4:-2
c:skeu 0:-16 1:11 2:3 5:7
c:skun 0:-10 1:1 2:3 3:1 4:-6 5:-5 6:-4 8:21
c:slaa 0:-3 2:-4 4:5 5:26 7:3 8:2
c:slag 1:4 3:7 4:-5 5:2 6:17 7:-3 8:-1
c:slan 0:2
c:slap 0:5 4:-2
c:slav 1:-2 4:-2 5:7
c:slb' 0:7 6:-3
c:slec 0:-22 1:28 3:-2 4:12 7:-3 8:-3
c:slee 0:-5 1:-2 2:8 4:5
c:slex 0:3 1:-8 4:15 5:-4
c:slik 0:-9 5:20
c:slim 0:-9 1:-13 3:6 4:30 6:-2 8:4
c:slis 0:4 1:-3 4:-2 5:3 6:-1 7:22 8:-4
c:sloo 0:3 1:16 7:3 8:-13
c:slor 0:-6 1:16 6:1
c:slot 0:-8 1:5 2:3 3:-1 6:-1 7:-1 8:18
c:slui 0:-7 1:-3 6:12 7:26 8:6
c:sluk 0:6 1:3 2:6
c:smaa 0:2
c:smak 0:2
c:smbo 0:4
c:sme_ 1:-3 3:2 4:7 5:1 8:-4
c:snap 0:-4 1:26 2:2 5:9 6:2 8:-3
c:snel 0:-20 1:26 2:-4 4:2 5:-6 6:4 7:14 8:-6
c:snuf 0:7 2:-5 3:-1 4:3 5:-2 6:8
c:snug 1:4 8:-3
c:so-l 0:-10 1:-2 3:-3 4:16
c:soci 1:5 3:-2 4:-1
c:soep 0:1
c:sof_ 0:11 3:-1
c:sofi 0:2 1:-1
c:sold 1:7 4:-2 8:-3
c:soll 1:-2 5:1 7:6 8:1
c:somb 0:-9 1:-2 5:18
c:somm 0:3 1:4 3:-6
c:soms 0:34 1:-4 2:2 3:-4 4:-3 6:1 8:-2
c:soon 0:12 3:-2
c:soor 0:18 1:-2 4:6 5:1 8:-1
c:sopd 0:2
c:sopl 0:-4 1:-1 4:5 8:5
c:sori 0:-3 2:-2 6:6
c:spaa 0:2
c:span 0:16 1:3 4:-3 5:-1 8:5
c:spar 0:3 7:-1
c:spec 0:2 1:-2 6:14
c:spee 1:-6 2:-1 3:-3 4:5 5:13
c:spel 0:2 1:2 4:2 6:-1
c:spoo 0:4 5:-1 6:2
c:spor 0:6 1:-9 2:-2 4:7 5:8 6:-3 7:-4 8:6
c:spra 0:-4 1:13 3:-3 5:-1 7:3
c:spre 0:16 1:16 2:7 3:-9 5:-4 6:11 7:-13 8:-15
c:spri 0:-2 5:4
c:spro 0:2 1:-2 3:4 6:4 7:-1 8:5
c:sres 0:-2 2:5
c:ssa_ 0:3 4:-1
c:ssan 0:10 1:-3 4:-2 6:1
c:ssch 2:2 3:-2 4:8 5:12 6:-2 7:-3 8:-4
c:ssco 0:-3 2:4
c:sse_ 0:2 4:-2 5:4 8:1
c:ssee 0:2 1:4 3:-2
c:ssel 0:-5 1:10 3:-2 4:2 5:2 7:6 8:-1
c:ssen 0:-5 2:-11 3:3 4:8 5:17 6:-7 7:-8 8:7
c:sser 0:7 3:2 6:-1
c:sses 0:11 3:-1 6:2 8:-7
c:sset 0:-6 2:-1 3:9 6:5 8:3
c:ssie 0:-28 1:2 2:-2 3:-5 4:-1 5:22 6:28 8:5
c:ssin 0:9 4:-4 7:8 8:2
c:ssis 0:3 2:-1 8:4
c:sstu 0:-1 6:4
c:sta_ 0:-19 1:-5 2:6 3:15 5:-4 6:12 7:11
c:staa 0:-9 2:6 3:4 4:2 5:-5 6:37 7:-7 8:-2
c:stab 0:7 4:-1
c:stac 0:3 1:-5 3:1 5:-2 8:10
c:stad 0:-2 1:-3 3:-1 4:7 5:4 8:-1
c:stag 0:-4 2:-15 3:12 4:-9 5:14 7:5 8:-1
c:stal 0:-11 1:1 3:-7 4:32 7:1 8:-1
c:stan 0:-14 1:14 2:5 3:-2 5:-8 6:-2 7:11 8:11
c:stap 0:40 1:1 2:-5 3:-3 5:-4 6:8 7:-8 8:13
c:star 0:14 4:1 5:1
c:stat 0:-4 4:2 5:5
c:stau 0:3 5:-1
c:stba 5:4
c:ste_ 0:-7 1:-23 2:23 3:64 4:-6 6:-6 7:8 8:34
c:stea 0:1
c:stec 0:4 4:-2
c:sted 0:3 1:-2 3:-3 4:8
c:stee 0:-35 1:16 3:-6 4:-4 5:6 6:14 7:-2 8:3
c:steg 0:4 1:-1 4:7 8:-1
c:stej 3:8
c:stek 0:2 1:5 6:-2
c:stel 0:20 1:-16 2:-2 3:-6 4:7 6:-5 7:12
c:stem 0:10 1:11 2:2 6:19 7:-5 8:-2
c:sten 0:9 1:3 2:-5 4:13 5:3 6:-6 7:-4 8:-7
c:ster 0:32 2:10 3:-3 4:9 5:-6 6:10 7:-1
c:steu 0:-5 1:13 5:-2
c:stev 0:2
c:stge 0:-3 1:3 3:-2 5:3 8:2
c:stie 1:-1 4:6 5:9 8:7
c:stig 0:-5 1:19 2:-7 4:6 5:7 6:12 7:-4 8:-18
c:stij 0:-4 1:-2 2:11 3:2 4:-2
c:stil 0:7 1:7 4:14 6:-1 7:-4 8:-6
c:stis 0:-1 1:-11 2:3 3:3 4:12 6:-2 8:7
c:stje 0:-8 1:4 4:-2 5:3 6:7 7:4 8:-2
c:stkl 0:-6 5:9
c:stle 0:5
c:stlo 0:9 7:-3
c:stoe 0:-6 2:8 3:-1 4:10
c:ston 2:1 3:1
c:stoo 0:-4 1:-2 5:9 8:-1
c:stop 1:-8 2:2 4:-2 5:6 7:16 8:20
c:stra 0:-22 1:25 2:3 3:-5 4:-5 6:2 7:24 8:-9
c:stre 0:6 1:-2 2:8 3:-5 6:19 7:-4
c:stri 0:4 1:6 3:-1 7:-2 8:-4
c:stro 1:-3 2:4 3:2 5:-3 6:-2 8:8
c:stru 0:-5 1:14 3:-2 4:-2 5:1
c:stsp 1:5 3:-1
c:stud 0:-2 1:2 3:26 4:28 5:5 6:-4 7:-9 8:-4
c:stuk 0:17 1:-2 2:6 3:8 4:-4 5:-5 6:5 7:-2
c:stur 0:14 1:-3 3:-1 7:-5 8:7
c:stuu 0:-4 3:-1 5:-5 6:11 7:7 8:-3
c:stva 0:-4 1:-1 2:1 3:-1 6:8 7:7
c:stve 0:5
c:sult 0:3 1:-2 2:17 5:-2 7:-1
c:supe 0:1 5:2 6:-2 7:-1 8:3
c:suri 0:-2 4:6
c:svaa 0:-3 1:3 2:3
c:sver 0:-6 1:13 2:-1 4:-2 5:8 6:6
c:swee 2:-3 5:1 6:4
c:swer 0:-3 1:4 4:-2 5:6
c:swit 0:4 1:-1 8:3
c:sych 0:-16 1:-3 2:-3 5:30
c:syst 0:-5 1:-2 2:5 4:2 5:-2 6:19 7:-1
c:szor 0:4 1:-2 4:-2 5:3
c:t-op 4:4 8:-2
c:ta-a 0:1
c:ta-o 0:-1 2:4 6:1
c:ta-t 0:-3 2:4
c:taak 0:8 1:-2 2:-1 6:3
c:taal 0:9 1:10 3:-4 4:4 5:-7 7:-8 8:-5
c:taan 0:-2 1:-5 2:7 5:-4 6:18 7:3
c:taat 0:9 1:1 2:-5 3:1 5:-3 6:17 7:-13 8:-4
c:tabi 0:7 4:-1
c:taca 0:3 1:-5 3:1 5:-2 8:10
c:tach 1:1
c:tact 0:21 1:6 4:-5 5:1 7:-2 8:-3
c:tad_ 0:-4 1:-3 3:-1 4:7 5:4 8:-1
c:tafe 5:5 6:-3
c:tage 0:1 1:4 2:-3 3:-5 4:-11 5:10 7:4
c:tagi 0:-10 3:16
c:tail 0:-8 1:8 5:-2 8:6
c:tair 0:-3 1:7 3:-1
c:tak_ 0:-3 7:6
c:take 0:3 1:-1 2:2 4:-1 6:8 7:4
c:tal_ 0:-14 1:-4 3:-8 4:30 6:4 7:1 8:-2
c:tale 0:15 1:-4 2:-4 3:-6 4:3 5:14 7:-2
c:tali 0:-4 1:3 4:4
c:tall 0:5 1:1 3:9 7:-1
c:tand 0:-13 1:13 2:5 3:-2 5:-7 6:-1 7:5 8:11
c:tant 7:6
c:tap_ 0:41 1:6 2:-2 4:-3 7:-3 8:6
c:tapj 0:1
c:tapp 1:-3 4:6 5:-1 6:10 7:-1 8:4
c:tapt 7:-1 8:5
c:tart 0:14 4:1 5:1
c:tate 0:-16 2:19 3:2 5:-2
c:tati 0:15 1:-4 2:-2 3:4 6:9 7:-2 8:1
c:tatu 0:-4 4:2 5:5
c:taur 0:3 5:-1
c:tava 1:1 2:2
c:tbaa 0:8 5:4 6:4 7:-2 8:-1
c:tbal 0:-1 8:2
c:tbij 0:2 1:-2 2:-2 5:6 6:-2
c:tbre 0:-20 1:5 2:-2 3:3 4:-2 5:3 6:20 7:-2
c:tche 0:4 1:-1 8:3
c:tcij 0:2 2:5
c:tclu 0:3
c:tcon 1:6
c:tdag 0:10 1:-4 3:-1 4:6 8:-2
c:tdek 0:33 1:-7 7:-3 8:-2
c:tdie 0:4
c:tdru 0:-2 1:4 8:-1
c:team 0:3 1:-2 3:-5 7:13 8:10
c:tech 0:3 1:8 3:-3 4:5 5:-10 6:-5 7:-7 8:6
c:tect 0:2
c:tedi 0:2 1:-2 3:-3 4:8
c:teed 0:-10 1:24 3:-2 5:13 7:3
c:teel 0:-1 1:-1 4:-3 8:7
c:teem 0:-5 1:-2 2:5 5:-2 6:19 7:-1
c:teen 0:8 1:-2 6:1 7:-2 8:14
c:teer 0:-11 1:3 2:-5 4:2 5:4 6:6 8:-4
c:tege 0:24 1:7 2:2 5:-4 6:-5 7:6
c:tein 0:4 1:-2
c:teit 0:14 1:2 2:-5 5:-6 6:17 7:-6 8:-3
c:teja 3:8
c:teke 0:-13 2:10 3:2 4:-8 6:53 7:5 8:-11
c:teko 0:-12 1:28 2:20 4:-2 5:-1 6:-2 7:1 8:1
c:teks 0:3 1:6 4:5 5:-6 6:2 8:-3
c:tel_ 0:5 1:-18 3:-6 4:-3 5:18 6:-4 7:1
c:teld 0:10 3:-3 4:-1 5:9 8:2
c:tele 0:-3 1:-2 2:3 4:-1 5:5 7:5
c:teli 0:-6 4:11
c:telk 0:-1 1:8 3:-4
c:tell 0:23 1:-6 3:-5 4:1 5:-1 7:3
c:telt 1:-2 2:2 4:-3 5:3 6:21 7:-6 8:3
c:tem_ 0:2 1:9 8:-1
c:temb 0:-4 1:6 5:-2
c:teme 4:1
c:temm 0:11 4:-2 7:-3 8:-2
c:temp 1:19 3:3 4:-3 5:-1 6:19
c:ten_ 0:-2 2:10 3:10 4:-28 5:1 6:6 7:-21 8:-25
c:tena 1:6 3:-2
c:tend 0:-5 1:9 3:-2 5:1
c:tenl 1:-3 5:-1 8:9
c:tenr 0:2
c:tens 2:3 8:3
c:tent 0:7 2:-3 6:8 8:4
c:tenw 1:-3 4:5
c:ter_ 0:24 1:20 5:-16 6:-3 7:-15 8:29
c:tera 0:11 7:-2
c:terb 0:2 1:-3 3:13 4:-1 5:-2
c:terd 1:-2 4:3 5:4
c:tere 0:5 1:14 2:-4 6:4 7:2 8:-6
c:terg 0:-13 1:-2 3:3 4:19
c:terh 0:-6 3:8
c:teri 2:2 3:2 5:2 7:3 8:-3
c:terk 0:16 1:7 3:-4 4:4 5:-5 8:4
c:terl 0:-2 1:-1 3:4 7:5
c:tern 1:10 3:3 6:1
c:ters 0:3 2:3 3:-5 4:9 5:-3 8:-2
c:teru 0:25 1:-7 2:-3 3:2 5:-3 6:8
c:terv 0:7 2:-1 5:-2 6:8
c:terw 1:2
c:tes_ 0:19 1:-2 5:-1
c:test 0:-10 1:-2 3:14 6:13 8:16
c:teun 0:-5 1:13 5:-2
c:teur 4:-4 7:2 8:9
c:tevi 0:2
c:tevr 0:-5 1:-4 2:13 5:-2 6:10 7:1
c:tfol 1:-4 2:-3 3:5 5:-3 6:23 7:7 8:-3
c:tgaa 0:-4 2:-1 5:2 7:7
c:tgan 0:7 1:3 2:-3 6:18 7:-1 8:2
c:tgeg 0:1
c:tgek 0:7 1:-1
c:tgel 0:6 1:3 2:-2 3:-2
c:tger 0:5 1:-1 5:-2
c:tges 1:-2 5:3 8:1
c:tgev 0:2
c:tgez 6:-1 8:4
c:thea 4:-2 8:3
c:thek 0:1
c:theo 0:-5 1:18 2:3 4:7 5:-2 7:-4
c:ther 0:-6 5:8
c:thou 0:13 1:6 2:2 3:5 4:-4 6:-1 8:-5
c:thui 0:5 1:-10 2:-3 3:-4 4:11 5:45 6:-7 7:3
c:tiat 0:-8 1:17 3:-3
c:tica 0:-3 1:-5 3:2 4:4 5:2 7:4 8:-1
c:tie_ 0:13 2:-20 3:-1 4:-8 5:10 6:18 7:8 8:-13
c:tiea 0:-8 1:-2 4:7 7:-1 8:7
c:tieb 1:-2 6:4 7:3 8:-2
c:tief 0:-6 1:17 3:-3 4:2 5:6 6:-1 7:4 8:-4
c:tieg 1:1 5:2
c:tiek 0:8 1:5 4:6 7:-1 8:7
c:tiem 0:11 7:-1 8:-3
c:tien 0:12 1:-10 2:1 4:3 5:-1 8:-4
c:tieo 0:1
c:tier 0:1 1:2 6:-1
c:ties 0:-2 1:4 2:-2 3:-4 6:14 7:-5 8:3
c:tiet 0:-2 1:2 4:1 6:2
c:tieu 0:-1 3:10 5:-1
c:tiev 0:7 1:1 4:-2 6:8 7:2
c:tifi 0:3 6:1 7:3
c:tig_ 0:3 1:17 3:-8 4:-1 5:3 7:-9 8:-22
c:tige 0:-12 1:3 2:-4 3:2 4:3 5:-4 8:-8
c:tigs 8:5
c:tijd 0:15 1:7 2:-12 3:-2 5:11 6:-15 8:-5
c:tijg 0:-3 1:-2 2:11 4:-1
c:tijk 0:-3 2:1 3:2 4:8 5:-4 6:12 7:-4
c:tik_ 0:-3 7:6
c:tikt 0:-5 2:1 4:1 6:-2 7:17
c:til_ 0:2 1:-3 3:-5 4:12 5:2 7:-1 8:-2
c:till 0:-5 1:6 2:2 4:3 5:-1 8:-2
c:tils 1:-1 3:5 5:-2
c:tilt 0:13 2:5 7:-2
c:tilz 0:-5 1:5 4:3
c:timm 0:4 2:-1 8:2
c:tine 0:5 1:-2 4:3 8:-3
c:ting 0:4 1:15 2:-4 3:10 5:-10 7:-4 8:3
c:tion 1:9
c:tip_ 0:12 7:-2
c:tipp 0:-2 3:7
c:tisc 0:-3 1:10 2:6 4:9 5:-4 6:-7 8:6
c:tism 0:-1 1:-3 4:7 5:1 8:-3
c:tist 0:2 1:-8 4:14
c:tiva 1:4 2:-5 3:2 4:-5 5:-10 8:-6
c:tive 0:-7 3:6 4:3
c:tivi 5:-1 6:7
c:tje_ 0:-26 1:10 4:-11 6:3 7:2 8:-13
c:tjes 0:-8 1:12 2:3 4:-2 5:16 6:-1 8:-1
c:tkas 0:-1 1:-1 4:-3 8:7
c:tker 0:-5 4:-2 5:9 7:10 8:-1
c:tkij 0:1
c:tkla 0:-7 5:9
c:tkom 0:-9 1:13 2:8
c:tkun 0:4
c:tkwa 0:5
c:tl'e 0:-2 1:-2 4:13 8:-3
c:tl-d 2:-1 8:5
c:tlat 0:6 6:-2
c:tleg 0:7 1:-5 7:4 8:-1
c:tles 0:4
c:tlij 7:2
c:tloo 0:7 1:2 7:-3
c:tme_ 0:3 4:-2 5:2
c:tnod 0:3 5:-2
c:to's 4:4 5:-1 7:-1
c:to-t 1:-2 2:3
c:toch 0:-6 1:4 2:-13 3:-7 4:12 7:2 8:6
c:toe_ 0:10 1:7 2:2 4:-1 5:-6 6:3 7:-3
c:toeg 0:3 1:-2 2:4 5:-3 7:3
c:toek 0:2 2:-2 3:-2 5:5 6:-2 7:-3 8:5
c:toel 0:-3 1:-2 4:5 7:4 8:-2
c:toen 0:20 1:-5 4:-1 5:3
c:toer 4:4 8:-1
c:toes 0:5 4:-2 5:3 8:-2
c:toet 0:-21 2:62 3:-5 4:-2 5:-2 6:3 8:2
c:toma 7:2
c:tomo 0:2 4:-1
c:tond 2:1 3:1
c:tone 0:-1 3:-1 4:5 5:-1 6:8 8:-3
c:toog 0:5 1:-1 3:4 4:-1 5:-4
c:tooi 0:-6 2:-1 6:14
c:toon 0:-2 1:7 8:-1
c:toor 0:-14 1:8 3:3 4:12 5:4 7:-3 8:-4
c:top_ 0:-8 1:-4 2:7 3:11 4:-7 5:1 7:-3 8:8
c:topl 0:-6 2:2 4:-2 5:10 8:3
c:topp 0:2 1:-3 7:2 8:5
c:topt 0:4 1:-6 4:-1 5:6 7:14 8:-2
c:tor_ 0:12 1:-3 4:3 5:-1 6:-4 7:9 8:7
c:tore 1:-1 8:4
c:torg 0:-8 1:4 3:8 4:-2 5:-1 6:2
c:tori 1:6 4:-3 8:-2
c:tork 0:5 3:-3 6:4
c:torl 1:-2 3:4 4:-1
c:toru 0:-4 2:5 5:-2 6:3
c:tot_ 1:1 2:-5 3:2 4:-9 6:-2 7:8 8:-4
c:tota 0:-1 1:4
c:tpak 0:3 7:-3 8:4
c:tpat 0:-3 5:8
c:tpro 0:8 1:-2
c:tpun 0:-3 1:-2 2:11 6:-2
c:tra_ 0:-12 1:15 4:-1
c:traa 0:-16 1:26 2:2 4:-6 5:-1 7:4
c:trac 0:-7 1:12 4:-1 7:5 8:-1
c:trag 0:-9 1:6 3:7 4:-1 7:6
c:trai 0:2 2:4 5:-1
c:traj 0:-2 1:2 4:-4 5:5 8:7
c:trak 0:-6 1:18 2:5 5:7 7:27 8:-3
c:tral 0:3 1:-1
c:tran 0:7
c:trat 0:-2 1:16 4:-2 6:7
c:tred 1:-3 4:6
c:tree 0:-12 2:15 3:-2 4:1 5:-1 6:16 7:-3 8:12
c:tref 0:-3 8:8
c:trek 0:20 1:6 2:9 4:16 5:-3 7:-2
c:tren 0:7 1:-2 5:-1
c:trer 1:4 3:-3 6:4 7:-1 8:-2
c:tres 5:2
c:treu 1:-2 7:6
c:tria 0:3
c:tric 0:-3 1:5 3:8 4:-2 7:-2 8:-6
c:trij 0:4 1:-1 3:-1
c:trok 0:17 1:-2 6:-2 8:1
c:trol 0:-1 5:2 6:2
c:trom 0:-6 4:5 5:-2 7:-1 8:12
c:troo 0:2 1:-4 2:3 4:-4 5:6 6:-3 8:-4
c:trot 0:21 1:-1 6:-2 8:-1
c:trou 1:2
c:truc 0:-4 1:13 3:-2 4:-2 5:1
c:tsas 0:2 2:-1
c:tsch 0:3 1:14 3:-1 8:9
c:tsen 0:-7 1:8 2:17 5:-2
c:tsge 6:2
c:tsla 0:3 2:5
c:tspr 1:5 3:-1
c:tsre 0:-1 2:5
c:tst_ 0:14 7:5
c:tste 0:-20 1:-9 2:5 3:2 4:-2 5:6 6:-7 7:16
c:tstr 0:-2 2:2 7:1
c:tswe 2:-3 5:1 6:4
c:tte_ 0:8 2:-2 3:2
c:tten 1:19 2:-5 3:-5 5:3 6:11 8:-3
c:tter 0:-3 1:12 8:-3
c:ttie 0:-2 7:4
c:ttig 0:9 7:-1
c:ttin 1:9
c:tuat 0:-2 5:3
c:tude 0:3 1:-17 2:-5 3:16 4:31 5:-4 6:1 7:-12
c:tudi 0:-6 1:9 2:4 3:4 5:2 6:-9 7:-2 8:-8
c:tuig 1:-1 4:3
c:tuin 0:2 2:-2
c:tuk_ 1:4 2:7 3:9 4:-2 5:-2 7:-1
c:tukj 0:11 5:-1
c:tukk 0:6 1:-3 6:8
c:tum_ 0:5 7:8
c:ture 0:17 1:-4 2:-4 3:-5 4:8 7:-6 8:6
c:turi 0:7
c:turk 0:-3 4:6 5:-1
c:tus_ 0:-4 5:4 8:4
c:tuss 0:2 1:-6 4:-4 5:4 7:2 8:19
c:tuur 0:-7 2:3 3:1 4:32 5:-11 6:9 8:-7
c:tvak 0:-4 1:-1 2:1 3:-1 6:8 7:7
c:tval 4:2
c:tver 0:2 5:6 6:5 7:-1
c:twee 0:2 1:5 3:16 4:-11 5:-9 6:-1 7:11 8:-8
c:twer 0:23 1:-2 2:3 3:1 4:7 7:-1 8:-2
c:twij 0:18 1:-10 2:-3 3:14 4:-3 7:22 8:3
c:twik 1:2 2:-1 4:-2 6:2 8:4
c:twin 0:2
c:twoo 0:-1 1:6 2:6 5:-2 6:16 7:2 8:-3
c:type 0:-4 1:1 3:-6 4:3 7:-4 8:12
c:typi 1:-8 4:40 5:-2 7:2 8:-3
c:tzet 3:1
c:tzie 0:10 1:-2 2:2 3:-1
c:tzoe 0:8 1:2 2:-1 4:-2
c:uari 0:5 6:-1 7:8 8:-5
c:uati 0:-2 5:3
c:ubli 0:1
c:ucer 0:5
c:ucht 0:-7 4:3 5:6 8:5
c:uckc 0:1
c:uct_ 0:4 1:-2
c:ucte 0:4
c:ucti 0:-3 1:9 4:-3
c:uctu 0:-2 1:5 3:-2 4:1
c:ud-l 0:15 4:-5
c:ud-s 0:3
c:udee 0:1 1:-4 2:1 3:8 4:16 5:-4 8:-2
c:uden 0:-2 1:-3 4:16 5:2 6:4 7:-15
c:uder 0:-3 1:-5 2:-6 3:-4 4:18 5:20 7:11 8:10
c:udie 0:-6 1:9 2:4 3:4 5:2 6:-9 7:-2 8:-8
c:udig 0:-20 1:11 4:14 6:-1
c:udin 0:-3 1:28 2:3 4:3 6:-3
c:udst 3:2
c:udt_ 0:-7 1:8 2:-3 3:7 5:5 6:-3 7:8
c:uffe 0:9 2:-5 3:-1 4:2 5:-1 6:8
c:ugde 0:2 1:-1
c:ugdz 5:9 6:-5
c:ugen 0:-2 1:9 5:-2
c:ugge 1:4 5:-3 6:6 8:-3
c:ugki 0:3
c:ugkl 0:5 2:2 3:-2 4:-2 5:3
c:ugko 7:2
c:ugzi 0:1
c:uide 0:-8 1:7 4:-2 7:4 8:9
c:uidi 0:3 1:-3 8:3
c:uift 0:-3 7:5
c:uigb 0:-2 1:-1 4:3
c:uige 1:3
c:uik_ 1:-2 5:11 7:5
c:uikb 0:2
c:uike 0:8 1:-6
c:uikt 0:-2 5:8
c:uile 1:4 7:-1
c:uimt 0:11 2:4 6:-2 7:8 8:-2
c:uin_ 0:2 2:-2
c:uis_ 0:-5 1:-16 2:-6 3:-10 4:21 5:33 6:7 7:5
c:uisa 0:-1 3:-2 5:8
c:uist 0:36 1:-4 3:-3 4:1 5:-2 6:1 7:-3 8:1
c:uisw 0:-3 4:-2 5:5
c:uisz 1:-1 5:5 7:2
c:uit_ 1:-12 2:-10 3:7 4:16 5:-1 6:8 7:17 8:-6
c:uitd 0:9 3:-2 4:6 8:-3
c:uite 0:10 1:-7 2:-5 3:-8 5:-9 6:5 7:8 8:4
c:uitg 0:13 1:5 2:-3 5:-4 8:4
c:uith 1:1
c:uiti 1:6 3:-3
c:uitk 0:3 2:3 4:-2 5:9 7:10 8:-1
c:uitl 0:6 1:-4 7:4 8:-1
c:uitn 0:3 5:-2
c:uitp 0:10 1:-2 7:-3
c:uitr 2:5 6:-2
c:uits 0:-8 1:3 2:20 4:-2 5:-5 6:2 7:16
c:uitv 0:2
c:uitz 0:18 2:1 3:-2 4:-2
c:uke_ 1:-4 6:-1 7:9
c:uken 0:-3 1:4 2:3 3:-2 5:3
c:uker 0:2
c:ukje 0:11 5:-1
c:ukke 1:4 2:-1 3:-1 4:2 5:-1 6:8 7:3 8:-2
c:ukki 0:7 1:-4 4:5 7:-1 8:-1
c:ukst 0:5 1:-1 2:-2 4:9 6:-3 7:4
c:ukt_ 0:-7 1:31 3:8 4:-8 5:4 7:-4 8:-1
c:ukte 0:9 1:-4 2:7 3:-2
c:uld_ 0:-6 2:-1 6:22 7:5 8:2
c:ulde 0:-10 5:27 7:1
c:uldh 5:2
c:uldi 0:11 1:-3 5:-1
c:ule_ 0:-2 1:1 2:5 4:2 5:-3 6:13
c:ulie 0:-3 2:1 4:5 5:-6 6:16 7:10
c:ulk_ 0:10 1:-2 4:-2
c:ulke 2:1
c:ulle 0:5 1:-9 3:-3 5:-7 6:2 7:-5 8:14
c:ulli 0:-9 1:-6 3:13 4:1 5:19 7:-2 8:-7
c:ulp_ 0:4 1:3 3:1 4:-3 5:1 7:-1
c:ulpm 0:6 5:-5
c:ulpv 0:2
c:ult_ 0:-3 6:11 8:-4
c:ulta 0:3 1:-2 2:17 5:-2 7:-1
c:ultu 0:-3 4:16 5:-2 8:3
c:umer 0:8 1:-1 7:4
c:umni 0:4 4:-2
c:unct 1:8 7:-2 8:-2
c:unde 0:-10 1:1 2:14 3:8 5:-4 6:-6 7:-5 8:14
c:undi 0:10 1:-2 2:3 3:-4 4:-2 8:2
c:unen 0:-10 1:12
c:uni_ 0:-2 2:7
c:unin 0:1
c:univ 0:-2 1:2 3:4 4:9 7:-1 8:7
c:unne 1:14 2:-4 3:-2 4:-10 5:7 6:2 7:10
c:unni 0:-3 1:-2 5:9
c:unst 0:10 1:-4 4:-1 5:1 6:-5 7:-1 8:14
c:unt_ 1:30 2:15 4:-6 5:13 7:-2 8:10
c:unte 0:-16 2:41 3:-3 5:-8 6:4
c:uper 0:1 5:2 6:-2 7:-1 8:3
c:uplo 0:-5 6:19 7:-4
c:urd_ 0:-8 5:3 6:9 7:6 8:-2
c:urde 0:4
c:ure_ 0:3 2:-4 3:-3 4:8 5:3
c:urea 7:2 8:-1
c:uren 0:13 1:-11 3:-3 4:-4 6:38 7:-12 8:23
c:urf_ 0:7 3:-1
c:urfd 0:6 1:-2 5:-1
c:urft 0:7 1:-2 5:7 6:-2
c:urge 0:4 4:-1
c:urig 3:4
c:urin 0:5 4:6 5:-1
c:urks 0:-3 4:6 5:-1
c:urku 1:5 2:3 3:8 4:2 7:-3 8:-6
c:urli 0:-5 1:-6 2:2 4:17 8:-1
c:urn- 0:-1 5:5
c:urna 0:8 1:-3 4:-3
c:urs_ 0:-7 1:-1 5:1 7:4
c:ursi 0:4 2:-3 3:8 7:7
c:urst 0:-2 1:-2 2:3
c:urt_ 3:-1 4:4 5:-7 6:4 7:10 8:-4
c:urve 0:7 1:-1
c:urza 0:2
c:usch 0:2
c:use_ 0:1
c:usia 0:7 2:2 3:5 8:-2
c:usie 8:7
c:usje 0:2 4:-3 5:3
c:usse 0:3 1:-6 4:-4 5:4 7:2 8:19
c:ust_ 0:33 6:-1 7:-6
c:usti 0:-2 1:4 2:-3 3:6 4:7 5:6 6:-2 8:-11
c:ute_ 0:7 1:10 4:-4 5:-2 6:-2 7:-3 8:12
c:uten 5:-1 6:6
c:uter 0:-2 1:6 3:-4 4:7 5:3 8:-6
c:utes 0:18 1:-2 5:-1
c:utis 0:-3 1:-10 3:-1 4:21 8:-4
c:uto' 0:-2 4:4
c:utom 0:1 4:-1 7:2
c:utti 0:5
c:uur_ 0:-11 2:-3 3:-8 4:13 5:23 6:11 7:3
c:uurd 5:-4 6:6 7:8 8:-2
c:uurk 1:5 2:3 3:8 4:2 7:-3 8:-6
c:uurl 0:-5 1:-6 2:2 4:17 8:-1
c:uurt 0:2 1:3 4:6 5:-6 6:4 7:-2 8:-3
c:uurz 0:2
c:uwac 0:1
c:uwd_ 0:17 3:-2 5:1 8:-8
c:uwe_ 0:22 1:-4 3:-3 4:1 5:2 8:-1
c:uwen 0:5 1:-1 2:2 4:7 5:-2
c:uwer 0:3
c:uwin 0:-2 1:4 2:-2 7:5
c:uwke 3:4
c:uwko 0:-15 1:-1 4:17
c:uwku 4:2
c:uwpl 1:3
c:uws_ 0:4
c:uwsg 0:17 8:-3
c:uwst 0:2 5:1
c:uze_ 2:-3 3:5 4:-7 5:23 6:-3 7:31
c:uzec 0:13 4:-2 6:2 7:1
c:uzed 0:2 4:3
c:uzef 0:-5 5:-6 6:11 7:2
c:uzeg 0:-2 1:6
c:uzel 0:2 1:-2 7:6
c:uzem 0:6 2:-1 5:-2 6:5 7:-2 8:-1
c:uzep 0:-2 2:1 3:1 6:3
c:uzes 0:13 3:11 5:-3 6:-2 7:-3
c:uzev 0:12 1:-2
c:uzie 0:-10 1:-5 2:6 3:3 5:15 7:-1 8:7
c:uzze 0:2
c:v-be 0:10 1:-1 2:1 6:-2
c:v-pe 0:2 8:-1
c:v-pl 0:2 1:-2 7:3
c:v-ur 0:-4 6:10 7:-2
c:vaak 0:7 2:-2 3:-11 4:46 5:25 7:-1 8:-6
c:vaar 0:-3 1:19 2:5 4:-2 6:-3 7:5
c:vade 0:-17 1:-12 2:-3 3:3 4:5 5:28 7:-6 8:9
c:vak_ 0:21 1:-2 2:28 3:2 4:10 5:-6 6:-6 8:-3
c:vaka 0:4 1:-2 2:2 3:-1 5:-4 6:7 7:12
c:vake 0:3 2:6
c:vakg 0:2
c:vakj 0:-6 6:15 8:-2
c:vakk 0:-4 1:13 2:24
c:vakm 0:3
c:vakt 0:3
c:val_ 0:3 4:7 5:-3 7:4
c:vall 0:-17 1:14 2:8 3:1 4:-3 5:15 6:-5 7:-8
c:valt 0:-7 1:17 3:3 4:-3 6:-6 8:4
c:van_ 0:4 1:-11 3:20 4:3 5:-4 6:9 7:-21 8:-13
c:vana 0:1 1:-2 7:8 8:-3
c:vand 0:8 1:-11 3:-4 4:6 6:2 7:23 8:-7
c:vang 0:-6 1:-4 2:-4 4:4 5:12 6:-2
c:vanu 0:6
c:vanz 0:7 1:-2
c:vare 2:-3 7:-2 8:11
c:vari 0:26 1:1 4:-5 6:2 7:-8 8:-4
c:vast 0:-9 1:10 2:5 3:-5 4:36 5:2 7:-2 8:-3
c:vat_ 0:5
c:vati 0:-3 1:8 3:6 5:-3 6:5 7:4 8:-3
c:veau 0:-4 1:18 2:-3 3:1 5:-3 6:-5 8:20
c:veel 0:-15 1:-10 2:9 5:15 6:4 7:-21 8:-3
c:veer 0:-7 1:2 2:-3 3:5 4:7 6:-1 7:-2 8:6
c:veil 0:-4 1:-1 2:2 4:8 5:7 6:-2 7:-4 8:19
c:veld 0:8 1:-3 4:-2 6:11 7:-2 8:-2
c:vele 0:-3 1:-1 4:7 5:7 8:-2
c:vemb 1:-1 2:1 3:1
c:ven_ 0:4 1:4 2:-7 3:3 4:-12 6:12 7:-2 8:-9
c:vena 3:3
c:venb 0:-3 1:1 2:4 3:1
c:vend 0:8 7:3 8:-1
c:vens 0:2
c:ver_ 0:22 1:16 2:6 3:4 4:-6 5:-11 6:-9 7:-2
c:vera 0:10 1:12 3:-4 4:-1 6:4 7:-2 8:-5
c:verb 1:6 2:3 3:-2 4:-2 5:11 7:3 8:-7
c:verd 0:15 2:-3 3:9 4:-2 5:-7 6:3 8:26
c:vere 0:-5 1:-4 4:1 5:4 6:6
c:verg 0:-17 1:-2 3:22 4:-6 5:6 6:-5 7:13 8:3
c:verh 0:35 1:-5 3:4 4:3 5:3 8:-9
c:verk 1:-4 2:1 3:-2 4:-8 5:5 6:-5 7:11 8:3
c:verl 0:-4 1:-2 3:-6 4:2 5:11 7:6 8:15
c:verm 1:18 5:8 6:-4
c:vern 0:-1 4:3
c:verp 0:-15 1:2 3:-6 5:-6 6:20 7:8 8:5
c:verr 0:21 4:2 8:-1
c:vers 0:-26 1:-7 2:-14 3:18 6:5 8:10
c:vert 0:19 1:-8 2:3 3:-6 4:-9 5:28 6:-5 8:10
c:verv 0:-10 1:9 2:-2 3:4 7:6 8:-2
c:verw 0:11 1:-14 2:10 3:-1 4:-3 6:-4 8:4
c:verz 0:9 1:-2 2:3 3:-7 4:19 5:-4 6:11 7:-4
c:vest 0:-9 5:-1 6:18
c:via_ 0:7 4:-3 5:-1 6:4
c:viel 0:18 3:-3 5:-4
c:vier 0:3 1:-4 3:11 4:6 6:-5 7:2
c:vies 0:10 1:-6 2:8 3:-6 5:-2 7:5 8:15
c:view 0:7 2:-1 5:-2 6:8
c:vige 0:2 3:-1 4:1
c:vijf 0:15 1:-5 2:-3 3:5 4:6 6:20 7:-3 8:-4
c:vind 0:16 1:6 2:-12 3:-4 4:23 5:-12 6:-6 8:7
c:ving 0:22 1:-5 4:-5 5:-2 6:-1 7:13 8:2
c:vink 0:-3 1:-6 3:2 4:2 6:38 7:-2 8:-4
c:vise 0:-3 8:8
c:vist 0:-8 1:-3 2:-2 4:27 6:1 7:6
c:vite 5:-1 6:7
c:vlie 0:-1 1:13 4:-4 8:-4
c:vloe 0:-11 1:1 4:6 5:24
c:vloo 0:3
c:vluc 0:-5 1:-1 4:7 5:7 8:-1
c:vmbo 0:3 3:2 4:25 5:2 8:-3
c:vo-h 0:1
c:voed 0:-4 1:6 2:1 3:-3 4:-3 5:12
c:voeg 2:-2 6:4
c:voel 0:52 1:-4 2:-3 3:12 4:4 5:-10 7:-4
c:voer 0:6 5:-3 6:5
c:voet 0:-2 1:2 4:-1 8:2
c:vol_ 0:1 1:5 2:-2 3:-3 4:4 5:-3 6:9 8:-4
c:vold 0:-3 1:2 2:23 3:-2 5:-6 6:5 7:2 8:-3
c:volg 0:2 2:14 3:-8 4:-17 5:-3 6:-3 7:14 8:14
c:volh 0:-5 1:11 5:4 7:-1
c:voll 1:-1 5:4 6:3
c:volt 0:-6 2:-1 6:14
c:volw 0:2 5:3
c:vond 0:34 1:4 2:-8 3:1 5:-2 6:-3 7:4
c:voor 0:-6 2:18 3:-10 5:-6 6:-2 7:4 8:6
c:vori 0:15 1:-5 3:19 5:5 6:3 7:-4 8:-1
c:vorm 0:19 3:4 5:-6 7:-1 8:-2
c:voud 0:-20 1:11 4:14 6:-1
c:vraa 0:22 1:17 2:10 4:-8 5:10 6:-5 7:-10 8:-7
c:vrag 0:27 1:10 3:-2 4:5 5:-4 6:10 7:-4
c:vred 0:-5 1:-4 2:13 5:-2 6:10 7:1
c:vrie 0:9 1:-9 3:29 4:-4 8:-3
c:vrij 1:2 2:5 3:-2 4:-3 6:11 7:13 8:-4
c:vroe 0:12 1:2 4:-2 5:3 8:-2
c:vrou 4:14 5:-2 7:-3 8:-1
c:vso- 0:-9 1:-2 3:-3 4:16
c:vso_ 1:-1 3:-1 4:5
c:vul_ 0:-7 6:17 7:4 8:-1
c:vuld 1:-4 3:1 5:-1 6:23 7:6
c:vull 0:11 7:-3 8:-2
c:vult 0:-3 6:11 8:-4
c:vwo' 0:-2 3:-5 4:15 8:-3
c:vwo_ 0:-2 1:2 2:2 3:16 4:-2 6:-1 7:-4 8:15
c:waai 0:2 8:-1
c:waar 0:52 1:45 3:22 4:9 5:-10 6:-21 7:-10 8:-14
c:wach 0:-3 2:10 4:1 5:-3 6:-2 7:53 8:-4
c:wage 6:-1 8:3
c:wak_ 1:7 4:1 7:-3 8:-1
c:wakk 0:-10 1:31 3:-1 4:-5 5:6 6:2
c:waks 0:5 1:-2 4:-2
c:wali 0:24 1:-3 5:1 6:9 8:-4
c:wam_ 1:12 3:3 4:-2 5:-4
c:wand 0:6 6:-1
c:wang 0:-10 1:-5 5:30 7:-2
c:wann 0:23 1:-2 3:-2 5:-4 6:12 7:9 8:1
c:want 0:-19 3:-3 4:-2 5:7 6:7 7:14 8:2
c:ware 0:5 4:-3 5:2 6:-1 8:-1
c:warm 0:9 1:-2
c:wart 0:1 1:2 6:-1
c:was_ 0:25 1:-6 2:8 4:-2 5:4 7:-3 8:8
c:wat_ 0:45 1:25 2:11 3:2 5:-17 6:-8 7:-14 8:-11
c:wate 0:7 1:-2 4:-3
c:webs 0:3
c:weds 0:4 1:-1 3:-1
c:wee_ 0:1 1:21 3:-2 4:-1 5:-2 6:6 7:14
c:weed 0:7 1:-8 2:4 3:2 4:-5 6:-3 7:1 8:-3
c:weeg 0:10 1:-9 4:-3 8:13
c:week 0:3 1:-6 2:-3 3:-9 4:-4 5:28 6:14 7:18
c:weel 0:-4 1:-3 3:13 5:-2
c:weer 0:2 2:3 3:-4 4:-3 5:1 6:-3 7:2 8:-4
c:wees 0:1 1:2 3:-2 4:-1 5:9 8:-1
c:weet 0:9 1:-18 2:-10 3:21 4:2 5:-6 6:-6 7:13
c:weg_ 0:-3 1:8 2:4 3:-11 4:3 5:-6 6:-6 8:4
c:wege 0:22 1:-6 2:3 4:4 7:-2 8:-5
c:wegg 0:3 1:-2 8:-2
c:wegi 0:2 1:-5 4:5
c:wegw 2:6 8:-1
c:wein 0:-13 1:35 3:-4 4:9 7:-3 8:5
c:weke 0:4 1:-2 2:-3 5:1 6:-3 7:22
c:wel_ 0:-35 1:16 2:-12 3:15 5:21 6:-15 7:12 8:-13
c:wele 0:-3 1:-4 4:-2 5:28
c:welk 0:25 1:24 2:18 3:-22 4:3 5:-37 6:-17 7:-29
c:welz 0:6 1:2 2:1 5:-2 6:2 7:-1
c:wen_ 0:6 2:2 4:7 5:3
c:wend 0:21 3:-2 4:2 5:-4 7:-1
c:wens 0:10 1:2 2:1 3:-1 4:-1
c:werd 0:7 2:-2 5:5
c:were 0:3 1:-4 4:-2 8:6
c:werk 0:23 1:46 2:-2 3:-2 5:16 6:-11
c:werp 0:29 1:-4 2:-6 4:2
c:wers 0:2
c:wete 0:14 1:2 2:4 5:24 6:-5 7:-3
c:weze 0:10 1:-2 4:-2 7:6 8:-1
c:wezi 0:-1 1:-1 4:-1 5:5
c:wich 0:-11 1:-2 2:-1 5:21 6:-2
c:wie_ 0:33 3:18 4:-2 6:-4 7:43 8:-4
c:wij_ 0:-7 3:-2 5:2 7:5 8:9
c:wijf 0:18 1:-11 2:-3 3:14 4:-3 7:22 8:3
c:wijk 0:-7 3:5 4:3
c:wijl 1:2
c:wijs 0:3 1:-10 2:-5 4:10 5:-4 6:9 8:4
c:wijt 1:15 2:2 4:-2 5:-1 6:1 7:8
c:wijz 0:19 1:-1 3:-3 4:5 5:-3 6:3 7:-2
c:wikk 1:2 2:-1 4:-2 6:2 8:4
c:wil_ 0:-3 3:11 4:28 5:-12 6:-2 7:21 8:12
c:wild 0:15 1:-5 3:4 7:-1
c:will 0:7 1:12 2:-4 4:7 5:-3 6:-2 8:-2
c:wilt 0:27 2:6 3:-8 5:20 6:-4 7:-7 8:-13
c:wing 0:-2 1:4 2:-2 7:5
c:wink 0:2 1:2 4:2
c:winn 0:1 1:-3 2:3
c:wint 0:2
c:wisk 1:3 2:3 3:2 4:-3 5:-1 7:-5 8:6
c:wiss 0:-5 1:10 3:-2 4:2 5:2 7:6 8:-1
c:wist 0:-4 1:-5 3:3 4:1 5:3 6:-1
c:witc 0:4 1:-1 8:3
c:wkeu 3:4
c:wkom 0:-15 1:-1 4:17
c:wkun 4:2
c:wo'e 0:-2 3:-5 4:15 8:-3
c:woen 0:-2 7:9 8:-5
c:wone 0:17 1:-5 2:2 4:5 5:4 6:-1 7:-2 8:-2
c:woon 0:-4 1:6 2:-2 3:-5 4:4 5:8 7:-3 8:20
c:woor 0:7 1:15 2:3 3:-6 4:-8 6:12 7:-5 8:-8
c:word 0:-29 2:-1 3:1 4:2 5:-4 6:-10 7:31 8:26
c:work 0:6 4:-4
c:wpla 1:3
c:wsgi 0:17 8:-3
c:wust 0:10 8:-1
c:xact 0:-2 1:-4 2:2 4:4
c:xame 0:7 1:-8 2:23 4:-1 5:-4 7:8 8:6
c:xcur 0:5 3:-2 7:7
c:xibe 1:-2 4:4
c:xie_ 0:3 1:-8 4:15 5:-4
c:xplo 0:8 1:-2 4:-2
c:xtra 0:-12 1:15 4:-1
c:xus_ 0:8 1:-1 7:4
c:ychi 0:-2 1:-2 5:7
c:ycho 0:-14 1:-1 2:-2 5:23
c:ymna 0:-5 1:-2 4:16
c:ype_ 0:-4 1:1 3:-6 4:3 7:-4 8:12
c:ypis 1:-8 4:40 5:-2 7:2 8:-3
c:ysie 0:-1 5:4
c:ysle 1:-17 4:34 5:-3 6:1 7:-2 8:-2
c:yste 0:-5 1:-2 2:5 4:2 5:-2 6:19 7:-1
c:zaak 0:-4 1:-1 2:3 3:-2 4:6 5:-1
c:zaam 0:-8 1:7 2:8 3:7 8:-1
c:zag_ 0:17 1:-3 2:3 5:15 8:-3
c:zakk 2:1
c:zakt 0:-2 1:1 2:6 5:-3 8:1
c:zal_ 0:-2 1:-5 4:9
c:zame 2:-3 4:6
c:zat_ 3:3
c:zate 0:-1 2:-2 3:2 5:3
c:zech 0:13 4:-2 6:2 7:1
c:zede 0:2 4:3
c:zefo 0:-5 5:-6 6:11 7:2
c:zeg_ 0:-4 2:1 4:4 7:16 8:6
c:zegd 0:-4 1:-1 3:9 4:-5 6:1 8:13
c:zege 0:-2 1:6
c:zegg 0:16 1:-4 3:3 7:-1 8:-3
c:zegt 0:2 1:4 2:13 3:-3 4:-7 5:9 6:-2 7:-9
c:zei_ 0:24 1:-13 2:7 3:-2 5:3 6:1 8:-3
c:zeke 0:-2 1:3 2:-3 5:1 8:13
c:zeld 0:-2 4:9 8:-3
c:zele 0:1 1:-2 7:3
c:zelf 0:40 1:33 2:-11 5:-5 6:-16 7:3 8:-9
c:zelt 7:3
c:zemo 0:6 2:-1 5:-2 6:5 7:-2 8:-1
c:zen_ 0:-4 1:5 2:-6 4:16 5:-8 6:6 7:12 8:-4
c:zenl 0:8 1:-1 4:-3
c:zenu 0:1
c:zepl 2:1 3:-3 6:4
c:zer_ 0:-5 1:5
c:zers 0:-3 1:-2 3:4 4:3
c:zes_ 0:9 2:4 3:10 5:-6 7:-4
c:zet_ 0:-5 1:18 2:4 3:12 4:-7 5:-5 6:15 8:-3
c:zett 0:-1 1:28 3:3 5:-5 6:16 7:-4 8:5
c:zeva 0:12 1:-2
c:zeve 0:-1 2:2 3:2
c:zich 0:-10 1:9 3:8 4:-2 5:-3 8:-7
c:zie_ 0:-4 1:8 4:7 5:-4 6:3 8:14
c:ziek 0:-8 1:-14 3:-5 5:29 6:-2 7:1 8:12
c:zien 0:36 1:17 2:1 3:-1 5:-9 6:6 7:-6 8:-6
c:zier 0:14 1:-5
c:zies 0:-9 5:13 8:-2
c:ziet 0:15 2:-2 3:1 6:1 7:-6 8:-7
c:zig_ 0:17 1:-8 5:6 7:1 8:1
c:zigh 0:4 1:-2
c:zij_ 0:-7 1:4 3:22 4:-3 5:-2
c:zijn 0:-6 1:-6 2:4 4:20 5:3 6:8 7:-9 8:-10
c:zijp 0:2
c:zin_ 0:-5 1:-8 3:-2 4:21 5:25 6:-4 8:5
c:zing 0:15 1:-1 5:-2 7:-2
c:zinn 0:2 4:5 5:-1 6:8 7:-2 8:-2
c:zit_ 0:-23 1:-3 2:3 3:8 4:-2 5:6 6:-5
c:zitt 1:16 3:-3 4:4 5:8 7:7 8:-5
c:zo'n 1:8 3:-7 4:13 5:-3 7:3 8:-3
c:zoal 0:11 1:-4 3:-3 4:17 7:-3 8:5
c:zoch 0:-8 1:-4 3:11 5:-1 6:15 8:3
c:zoda 0:-19 1:12 2:8 4:-2 5:11 6:10 7:-5 8:-3
c:zodr 1:2 6:3
c:zoek 0:32 1:4 2:-13 3:-8 4:3 6:-8 7:-24 8:9
c:zoie 0:-2 1:-3 4:7
c:zome 1:3 3:-2 4:-3 5:-4 6:-3 7:3
c:zond 0:-2 1:15 3:-2 4:-5 5:4 6:-7 7:35 8:10
c:zoon 0:-5 1:2 3:4 4:1 5:3 8:-2
c:zorg 0:-1 1:2 2:4 3:-16 4:9 5:14 6:-1 7:-12
c:zou_ 0:15 1:2 2:-9 4:3 5:-13 6:-9 7:-9 8:25
c:zoud 0:5 1:-1
c:zove 1:-2 3:5 4:-3 5:2 6:6 8:-4
c:zulk 0:9 1:-2 4:-3
c:zull 0:-5 1:-8 2:2 3:-1 4:2 5:-5 6:4 8:17
c:zus_ 0:-6 1:-5 2:4 3:46 6:4 7:3 8:-1
c:zusj 4:-2 5:4
c:zwaa 0:9 2:-2 3:-5 4:8 5:3 7:-2 8:-3
c:zwak 0:-8 1:37 2:2 3:-1 4:-3 6:2 7:-4
c:zwan 0:-10 1:-5 5:30 7:-2
c:zwar 0:-1 1:2 5:4
c:zzel 0:2
q:<grade> 0:-35 1:2 2:47 4:-8 5:-9 8:3
q:<num> 0:-4 1:-5 2:5 4:8 5:-4 6:14
q:a 0:-2 1:-2 2:8
q:aan 0:-5 1:-1 2:6 4:20 5:18 6:-11 8:4
q:aangenomen 0:4
q:aankunnen 0:-2 1:3
q:aankunt 0:-2 2:2 4:-1 5:5
q:aanleiding 0:5 2:-4
q:aanmelden 0:-3 2:2 4:-1 5:-1 8:9
q:aanmeldt 7:3
q:aanpak 0:1
q:aanpakken 0:-3 1:6 2:-1 3:2
q:aansluiten 0:1 1:-1
q:aanspreekt 0:1 1:-1
q:aanspreken 0:6 1:-1
q:aantrekkelijk 0:3 1:-2
q:achter 0:14 1:-3 2:-2 3:1 4:-2 7:3
q:achteraf 0:3
q:achtergrond 0:-3 3:3 4:3
q:achterstand 0:-1 1:11 3:-3
q:adhd 0:-7 1:-5 4:9 5:7
q:advies 0:14 1:-2 3:-5
q:af 0:-8 1:15 2:10 3:-1 4:-3 5:-2 6:4
q:afdeling 0:4 1:5 3:-1 5:-4
q:afgelopen 0:4 1:-1
q:afgerond 0:4 5:-2 6:3
q:afgesloten 2:2 6:-1
q:afgevallen 5:2
q:afgevinkt 0:-4 6:5
q:afgewezen 0:1
q:afronden 2:-2 6:5
q:afspraken 0:-1 1:7 3:-3
q:afstuderen 0:1
q:aftekenen 0:-1 6:6
q:afwezig 0:-1 1:-1 5:4
q:al 0:-9 1:9 3:25 4:5 5:-15 6:55 8:-2
q:alcohol 1:-1 4:2
q:allang 0:-2 3:3
q:alle 0:-1 3:-2 4:1 5:-2 6:13 7:4 8:1
q:allebei 0:4 1:1 4:-4 5:1
q:alleen 0:-1 2:3 4:6
q:allemaal 0:-10 1:6 2:-1 3:5 5:4
q:alles 0:5 1:4 6:4
q:als 0:3 1:-4 4:5 5:2 6:-3 7:-16 8:7
q:altijd 0:-9 1:18 3:-6 4:4 5:-2
q:ambitieus 0:-1 3:10 5:-1
q:ander 0:-3 1:7
q:andere 0:-21 1:3 3:5 4:-4 5:10 7:-2 8:13
q:anderen 0:11 1:-4 3:1 4:-2 5:-1
q:anders 0:9 1:-5 2:3 3:16 5:-2 6:-4 7:-3
q:angsten 5:2
q:angstklachten 0:-6 5:9
q:arts 0:-2 1:-4 3:5 4:-1 5:4
q:autisme 1:-2 4:2 5:1
q:auto's 4:3
q:avonds 0:4 1:-1 5:-1
q:b 0:12 1:-8 2:3 3:-2 8:4
q:baan 0:-6 1:19 3:-3 5:-2
q:bakker 0:11 1:-2 5:-2
q:band 0:-2 5:3
q:banen 0:-1 1:5 3:-1 4:-1
q:basis 0:-6 1:7 4:1
q:bbl 0:4 4:3
q:bbl'ers 3:1
q:bbl-groep 3:2
q:bbl-studenten 1:-1 3:2
q:bbl-werkplek 1:-3 4:-1 5:5
q:beantwoord 5:-2 6:2
q:bed 0:-2 1:-1 5:12
q:bedenken 0:4 5:-2
q:bedrijf 0:10 3:-3 4:3 5:-1
q:bedrijven 0:-2 1:7 3:-2
q:beeld 3:3 5:-2
q:beetje 0:-9 3:-4 4:1 5:12 7:5
q:begeleider 0:-9 2:4 6:7
q:begin 3:1
q:beginnen 2:5 4:2 6:-2
q:begint 0:4 1:2 2:-1 6:-1
q:begonnen 1:-5 3:3 4:7
q:behaald 0:-2 6:7
q:behalve 0:-12 1:12 3:5 5:-1
q:behandeling 1:-3 4:-2 5:7
q:beinvloedt 0:-3 5:7
q:bekeken 0:7 1:2 4:-1 6:-3
q:bekijken 1:4
q:bel 0:8 7:-2
q:belangrijk 0:8 1:-3 2:-2 5:-1
q:bellen 0:-2 5:-3 7:8
q:ben 1:5 2:4 3:5 4:-7 5:16 6:-3 7:-2 8:-2
q:bent 1:18 2:-3 3:-2 4:5 5:17 8:-2
q:beoordeling 0:2 1:-3 2:3
q:beperkte 0:-2 1:4
q:bereid 0:1 1:-2 4:2
q:bereik 2:3
q:bereiken 0:-2 3:4 5:-1
q:beroep 0:3 1:20 2:-3 3:-4 4:7 5:-6
q:beroepen 0:2 1:4 2:-1 4:6 5:-1 6:-3
q:beroepentest 2:-1 3:2 6:4
q:beroepsgerichte 0:-2 2:3
q:beroepskeuze 0:-14 1:12 2:4 5:2
q:beschrijven 0:5 1:-4
q:beschut 0:-6 1:-1 3:-1 4:9
q:besef 0:-4 7:10
q:beslissing 0:3
q:beslissingen 0:1
q:beslist 0:-3 1:-1 5:2 7:8
q:besloot 0:4 1:-1 3:-1
q:bespreken 0:5 1:-2 3:-1
q:best 0:-2 1:1 4:8
q:bestaat 0:4 1:-3
q:beste 0:3 2:2 3:5 4:-1 5:-2
q:besteed 1:2 4:-1
q:betalen 0:-4 1:-3 4:-1 5:14
q:betavakken 1:1 2:2
q:betekenen 0:6 1:-4 3:-1 4:2
q:betekent 1:-6 2:10 3:5 5:7 8:-1
q:beter 0:15 1:9 2:-2 3:4 4:4 5:-8 8:-7
q:betere 2:-1 3:1 8:5
q:bevalt 0:8
q:beweging 1:-5 4:5
q:bewijs 0:-8 6:10
q:bewijsstukken 6:3
q:bewust 0:3 5:-1
q:bezig 0:19 1:-6 7:1 8:1
q:bezocht 0:-1 3:4 6:3
q:bezoeken 0:-6 1:4 2:2 4:4
q:bieden 0:2 1:-2
q:biedt 0:-5 1:11 3:-2
q:bij 0:-10 1:16 2:22 3:-2 4:9 5:15 6:-8 7:-7
q:bijbaan 0:7 1:-2 2:-1 4:-1 5:7
q:bijbaantje 1:-2 3:4
q:bijdrage 5:2
q:bijgebleven 0:9 5:-1
q:bijna 0:1 1:3 3:2 8:-1
q:bijvoorbeeld 0:-1 2:-1 5:5
q:binnen 0:1 2:1 5:-2 6:5
q:biologie 0:1 2:4 3:2 4:-2 5:-1
q:bleef 0:4
q:bleek 0:3 1:-2
q:blij 0:13 2:-2 3:-2 4:-2 5:-1
q:blijf 0:-5 1:2 2:-1 3:8
q:blijft 0:-10 1:13 2:2 5:4
q:blijven 0:-12 1:14 2:-2 3:1 4:2 5:3 6:-3 7:-1
q:blow 0:-6 1:-3 5:13 8:-2
q:boeiend 0:4 2:-3
q:boeken 0:-1 4:2
q:boos 0:2 5:-1 7:2
q:bouw 0:-10 1:-2 3:1 4:13 5:6
q:bouwen 0:-2 2:2
q:bouwkunde 0:1
q:bouwplaats 1:3
q:boven 0:-2 1:-2 2:15 3:-4 4:9 5:-2 7:1 8:2
q:bovenaan 3:3
q:bovenbouw 0:-2 2:2 3:2
q:bpv 0:3 3:2 5:-1 6:-2
q:bpv-beoordeling 0:6 2:-4
q:bpv-plek 0:5 1:-2 3:-1
q:bracht 0:2
q:brandweer 0:6 1:-2 3:-1 5:-1
q:brengen 1:3 3:-2
q:broer 0:-4 1:-5 3:14 4:-2 5:1
q:broertjes 0:-5 5:10
q:buiten 0:7 1:-2 4:2 5:-2
q:buitenland 5:-2 8:4
q:buitenwerk 1:-3 4:5
q:buschauffeur 0:2
q:buurt 4:7 5:-5
q:c 0:-3 2:4 4:1
q:centraal 0:-1 2:2
q:checken 0:-1 6:3
q:cijfer 0:-1 1:-3 2:18 5:-3 6:1 7:1 8:1
q:cijferlijst 0:-3 2:7
q:cijfers 0:-3 2:18 5:-3 7:2 8:2
q:cito-toets 1:-2 2:3
q:collega 0:5 1:-2
q:collega's 0:4 1:-1
q:collegegeld 5:1
q:colleges 0:3 1:-1 5:-2
q:combineert 0:-4 5:8
q:combineren 0:-2 1:-2 3:5 4:2
q:competenties 0:-5 6:7
q:compleet 0:-1 5:-3 6:14 7:-1
q:compliment 0:4 5:-1
q:computer 4:-2 5:3
q:concentratie 0:7 1:10 4:-4 5:-2 8:1
q:contact 0:4 1:-3 5:1
q:cultuur 0:-8 4:12 5:-2
q:cv 0:2 7:3
q:daan 0:-3 1:-1 3:9 6:-1
q:daar 0:-7 1:-12 2:5 3:1 4:5 5:1 6:-7 8:-9
q:daaraan 0:-4 1:-2 2:3 3:7 4:1 5:-1 7:2
q:daarachter 0:5 1:-2 4:-1
q:daarbij 0:1 1:4 2:-2 3:5
q:daarbuiten 0:2 5:-1
q:daardoor 0:-2 1:6 5:3
q:daarin 0:8 1:-1 3:-2
q:daarmee 0:-4 1:-6 2:10 5:9
q:daarna 0:7 1:1 2:-1 3:-1
q:daarnaar 0:-4 2:5 4:1
q:daarom 0:-3 1:1 4:7 5:-4
q:daarop 0:-1 1:4
q:daarover 0:4 1:-3 4:2
q:daartegen 0:3 1:-1 5:-1
q:daartegenaan 4:3
q:daaruit 0:2
q:daarvan 0:-10 1:4 4:10
q:daarvoor 0:3 8:6
q:dacht 0:8 1:-4
q:dag 0:10 1:3 2:-2 3:3 4:-5 5:-3 6:5
q:dagen 0:3 1:-5 3:1 5:12 6:-2
q:dan 1:25 2:15 3:11 4:11 5:-11 6:-8 7:-8
q:dat 1:7 2:8 3:29 4:-1 5:-34 6:-23 7:22 8:-8
q:de 0:-11 1:-16 2:12 4:10 5:3 6:4 7:-18 8:-15
q:deadline 0:4 3:-2
q:decaan 0:2 3:-1 6:2
q:deed 0:13 1:-3 2:-2 3:5
q:deel 0:9 2:-2
q:delen 0:-3 5:7
q:delft 0:4 1:-2 3:1 4:-2
q:denk 0:-1 2:2 3:8 4:16 5:-13 6:-2 7:10 8:-2
q:denken 0:-5 1:-4 2:3 4:-2 5:6 8:12
q:denkt 0:9 1:-4 2:6 3:4 5:-2 6:-1 7:-3
q:depressie 5:7 6:-1
q:depressief 0:-5 5:10
q:destijds 0:-1 3:2
q:detailhandel 0:-5 1:9 5:-2
q:deur 2:-1 5:-1 7:7
q:deuren 0:4
q:deze 0:8 1:-8 2:3 3:6 4:-4 5:-5 6:6
q:dezelfde 0:5
q:diagnose 0:-4 5:13
q:dicht 0:2 5:-1
q:dichtbij 0:1 4:2 5:-2
q:dichten 0:-3 1:1 2:7
q:dichterbij 0:9 1:-5
q:die 0:7 1:-14 2:20 3:10 5:-2 6:-2 7:7
q:diep 0:-2 4:-1 5:12
q:dieren 1:5 4:3 5:-2 8:-4
q:dierenarts 1:-4 2:2 4:-1 8:11
q:dietist 0:4 1:-2 2:-1
q:ding 1:2
q:dingen 0:-6 1:16 3:-3 4:2 5:-2 6:-1
q:diploma 1:2 3:-1 4:3 5:-2 7:1
q:dit 0:27 1:-11 2:15 3:-9 5:-3 6:3 7:12
q:docent 0:2
q:doe 0:-4 1:-2 2:2 5:4 6:6 7:-4 8:-3
q:doel 2:2
q:doen 0:-13 1:17 2:7 4:-15 5:-3 7:12 8:-5
q:doet 0:10 1:-7 2:-1 3:2 4:-3 5:2 7:2 8:-1
q:door 0:5 1:-7 2:4 4:-1 6:10
q:doordeweeks 0:-3 5:7
q:doordeweekse 1:-1 5:5
q:doorgaat 0:2
q:doorlopen 0:-2 2:3 5:-1 6:2
q:doornemen 0:-2 2:6 5:-2 6:-2
q:doorslag 0:3 3:-1
q:doorstuderen 0:2
q:doorzetter 1:4
q:doorzettingsvermogen 1:5
q:dossier 5:-1 6:4
q:draag 0:-2 5:5
q:draaien 0:4 1:-3
q:draait 0:-2 5:5
q:drama 3:2
q:drie 0:-3 1:6 2:-1 3:1 5:-1 6:3
q:driegesprek 0:5 3:-2 5:-6 6:7
q:drijft 0:5 1:-2
q:drink 0:-1 5:7
q:drinkt 0:-4 5:8
q:droombaan 0:1
q:droomopleiding 0:5 1:-2
q:druk 0:8 5:-4
q:drukke 1:-3 4:4
q:duidelijk 0:-3 1:9 8:-1
q:duits 0:3 1:4 2:2 3:-1 4:-2 5:-1 6:3
q:durf 0:8
q:durfde 0:1
q:durven 0:4 1:-2
q:dus 0:-2 1:6 2:2 3:2 5:-3 7:14
q:dyslect 4:1
q:echt 0:3 1:15 2:-1 5:-2 7:12 8:-2
q:echte 0:-2 1:-4 3:3 4:8
q:economie 0:-5 1:6 2:7 3:-2 5:-2
q:een 0:23 1:10 2:16 3:-5 5:32 7:-5 8:-2
q:eenmaal 0:-6 4:11
q:eens 0:17 1:-3 2:-4 3:14 5:-6 6:-2 8:1
q:eentje 0:-2 1:2
q:eenvoudig 0:-15 1:7 4:9
q:eerder 0:-5 3:9
q:eerdere 0:2
q:eerlijk 3:-2 4:-1 5:-2 8:10
q:eerlijke 0:3 3:-2
q:eerst 0:-13 1:8 2:4 3:-5 5:-7 7:3
q:eerste 0:5 1:-1 2:10 4:-2 6:4 7:-2
q:eerstejaars 0:2
q:eet 0:-11 1:-2 4:-1 5:29
q:eetpatroon 5:3
q:eigen 0:-3 1:5 2:-2 3:-2 4:4 5:3
q:eigenlijk 0:-7 1:16 2:-2 3:3 4:3 5:13
q:eind 2:-1 6:2
q:eindcijfer 0:-3 2:8
q:eindelijk 0:-12 1:10 5:-3 7:8
q:elk 0:1 1:-2 2:5 5:-2
q:elkaar 0:8 2:-2 3:-2 5:4
q:elke 0:2 1:-7 2:-2 3:-2 4:-3 5:4 6:7 7:4
q:en 0:28 1:-24 2:29 4:-8 5:33 6:13 7:-9 8:-4
q:ene 0:2 3:-1
q:energie 0:11 1:-3 2:-3 3:-3 4:6 5:1
q:engels 0:-1 1:9 2:1 3:-2 5:-3
q:engelse 0:1
q:enige 1:-4 3:8 7:5
q:enthousiast 0:2
q:er 1:8 2:-6 3:11 4:-13 5:11 6:6 7:-3 8:-5
q:eraan 1:5
q:erbij 0:2
q:erg 0:2 1:-3 5:9
q:ergens 0:5 1:9 3:-3 4:-2 7:-3
q:ergste 0:3 2:-1
q:ermee 0:2
q:ernaar 0:2 1:-2 3:-1 7:9 8:-2
q:erover 5:2
q:eruit 1:9 2:-1 5:-2
q:eruitzien 0:6 1:-2 3:-1
q:eruitziet 0:2
q:ervan 0:5 1:-1 4:-1
q:ervaring 0:3
q:ervaringen 0:1
q:ervoor 0:-7 1:4 2:6 3:3 5:-1 7:-1
q:eten 0:3 1:-3 2:-1 5:6
q:even 1:-4 3:10 4:-1 5:-5 6:9
q:exacte 0:-2 1:-4 2:2 4:4
q:examen 0:2 1:-6 2:2 4:-2 5:-1 7:2 8:7
q:excursie 0:5
q:f 1:6 6:-2
q:familie 1:-1 2:-1 4:2 5:4
q:families 0:-3 4:5
q:feedback 0:2 1:2 3:-2
q:feit 0:-2 1:10 3:-1 5:-2
q:ff 6:2
q:fietst 5:2
q:fijn 0:3 1:-2 4:3
q:fijnst 0:4
q:financieel 5:2
q:fixus 0:2
q:formulier 0:-1 6:4
q:fout 0:10 6:-2
q:frans 1:7 2:4 4:-2
q:functie 1:-4 4:5
q:ga 0:-18 1:16 3:-2 4:8 5:-3 6:2 7:6 8:-6
q:gaan 0:-10 1:7 2:9 4:4 5:4 8:-5
q:gaat 0:-13 1:-5 2:2 3:3 4:-11 5:10 6:-5 7:5
q:gaf 0:12 2:-3 3:-2
q:gamen 0:-3 5:14 6:1
q:garage 3:3
q:gast 0:2 4:2
q:gastles 0:3 3:-1
q:gat 0:-3 1:2 2:8 7:3
q:gaven 0:1
q:gebeurde 0:2
q:gebeuren 0:4 2:3 5:-1
q:gebeurt 0:-2 1:-2 5:-1 7:8
q:gebracht 0:4 3:-2
q:gebrek 0:-5 1:16 2:-2 5:-1
q:gebrekkig 1:5 6:-1
q:gebruik 0:-1 1:-2 5:11
q:gebruiken 0:11 1:-5
q:gebruikt 0:-4 5:7
q:gedaan 0:9 1:-2 7:3
q:gedacht 4:8 5:-2 6:-1
q:gedachte 0:3 2:-1
q:gedachten 0:7 1:-3 2:-5 5:5
q:geeft 0:3 1:2
q:geen 0:-16 2:-7 3:4 6:-5 7:12 8:-8
q:gehaald 0:-6 1:-1 2:10 3:5 5:-2
q:gehad 0:1 1:-1 2:-2 5:1 6:3
q:geholpen 0:7 1:-1 3:-2
q:gekeken 0:-2 4:6 6:2
q:gekozen 0:2 1:-2 6:1 7:3
q:geld 0:4 1:2 2:-2 4:-2 5:11 6:-1
q:geldt 0:-2 4:3
q:geleden 0:4 1:-2
q:geleerd 0:18 1:7 3:-6 4:-2 5:-3 6:-3
q:gelukt 0:-5 1:8
q:gemaakt 0:5 1:-2 5:-1 6:6
q:gemerkt 0:3 2:-1
q:gemiddeld 0:-2 2:6 3:-1 5:2
q:gemiddelde 0:-16 2:25 3:6 5:-2 7:1 8:1
q:gemotiveerd 0:-1 1:-3 3:5
q:geneeskunde 0:-5 1:-1 3:1 4:4 8:6
q:genoeg 0:-7 1:2 2:12 4:-2 5:15 6:-2 7:1
q:genoegen 0:-1 8:9
q:genomen 0:3
q:geregeld 0:-2 3:2 7:2
q:geregistreerd 6:1
q:geschiedenis 0:4 1:-4 2:4 8:2
q:geslaagd 0:3
q:geslagen 5:2
q:gesprek 0:9 1:-2 2:8 3:-3 5:-5
q:gesprekken 0:2
q:gestopt 0:-2 5:7
q:getekend 0:-3 5:-1 6:8
q:geupload 6:5
q:geval 0:3 1:-1
q:geven 0:5 2:-2
q:gevoel 0:4
q:gevoerd 5:-3 6:3
q:gevolgen 0:3 1:-1
q:geweest 3:-3 5:9
q:gewone 0:2
q:gewoon 1:-1 3:2 4:-1 8:7
q:geworden 0:5 1:-1 3:4 5:-4
q:gezakt 2:6 5:-2
q:gezegd 0:2 1:-3 3:-1 5:-1 8:5
q:gezet 6:2
q:gezien 0:-7 1:18 3:3 5:-5 6:-1
q:gezin 0:-5 1:-2 3:-2 4:6 5:23 6:-4
q:gezinnen 1:-1 4:4
q:gezondheid 0:-2 1:-1 5:8
q:gezondheidszorg 0:4 4:-1
q:ging 0:21 1:-6 3:2 7:1
q:goed 0:11 1:-13 4:15 5:3 6:-2 7:-3 8:-3
q:goede 0:-7 1:7 2:5 5:-1 7:8 8:1
q:gok 0:1
q:graag 0:15 1:-11 2:-3 3:-2 4:9 5:-3
q:grafieken 0:3 2:-3
q:grens 2:2
q:groen 3:-3 6:5
q:groep 2:-2 3:19 4:-4 6:1 7:1
q:groepje 0:-3 3:7
q:groepsopdracht 0:2
q:groepsproject 0:2
q:groot 0:4 5:-1
q:grote 0:3 1:-3
q:grotendeels 0:-2 1:2
q:haal 0:-10 2:14 5:-2
q:haalbaar 0:3 1:3 2:2 5:2
q:haalde 0:1
q:haalt 0:-5 2:6 4:-2 5:7 7:1
q:haar 0:3 1:-1 3:3 4:-1 5:-1
q:had 0:17 1:-8 2:6 3:-5 4:-2
q:hadden 5:-1 6:3
q:halen 0:-7 1:-2 2:13 5:-1
q:hand 0:-2 3:7
q:handel 4:1
q:handen 0:-4 1:5 3:-3 4:12 5:-1
q:handig 0:-3 2:6 4:2
q:handiger 1:4 4:-2
q:handtekening 5:-2 6:3
q:handwerk 0:-2 1:3
q:hangen 0:4
q:hardop 0:4
q:hardst 2:1
q:haven 0:3
q:havist 1:-2 4:3
q:havisten 0:-2 3:-1 4:14 7:1
q:havo 1:-3 2:-2 3:4 4:5 5:-2 8:11
q:hbo 0:1 1:-5 4:7 5:-1 8:3
q:hbo-opleiding 1:-4 4:-6 8:11
q:hbo-opleidingen 0:1
q:hbo-studie 1:3
q:he 0:2 1:-3 5:8
q:heb 0:24 1:-10 2:6 3:-5 5:13 6:26 8:-2
q:hebben 0:-4 1:6 2:-1 3:5 4:6 5:1 6:-1
q:hebt 0:-3 1:5 2:-5 3:4 4:-2 5:2 6:-3 7:4
q:heeft 0:8 1:-14 2:-3 5:3 6:6 7:-11 8:-8
q:heel 0:-3 1:5 3:5 4:-3 5:-2 8:-1
q:heen 1:-1 3:3
q:hele 0:-1 1:-1 3:1 5:4
q:helemaal 0:7 1:2 3:-3 4:-2 5:-1 6:1
q:helft 3:1
q:helpen 0:13 1:8 3:-4 4:-9 5:-3
q:helpt 0:-5 1:-1 4:2 5:6
q:hem 1:-3 3:7
q:hen 0:-4 1:-2 3:4 5:3
q:herfstvakantie 6:3
q:herintreder 1:-3 4:6
q:herkansen 0:-3 2:4
q:herkansing 0:-3 1:-2 2:8
q:herken 0:5 1:6 2:-4 3:-1 4:6 5:-2
q:het 0:-11 1:6 3:11 4:9 6:-8 8:-8
q:hielp 0:6 1:-3
q:hier 0:4 1:-2 5:7
q:hieronder 0:2 1:-2
q:hij 0:-5 1:-7 3:10 4:-2 5:15 7:11
q:hoe 0:28 1:11 3:1 4:-8 5:2 6:-15 7:-6 8:-6
q:hoef 0:-2 1:6
q:hoeft 0:6 1:2 3:-4 5:-2
q:hoeveel 0:-13 1:-5 2:10 3:2 4:-2 5:4 6:16
q:hoeven 1:3
q:hoger 0:-2 2:3
q:hogeschool 0:-3 4:4
q:hoofd 0:2 1:6 5:-1 6:-2
q:hoog 0:-4 1:1 2:3 3:1 4:6 5:-2 8:-2
q:hoogvlieger 0:-2 1:3
q:hoop 0:1
q:hoor 0:13 1:-3 3:6 4:2 5:-3 7:-2 8:-1
q:hoort 0:4 1:-1
q:horeca 0:-8 1:8 4:3 5:-1
q:horen 0:6 1:-3 3:-5 4:8
q:hou 0:-3 1:-1 4:6
q:houd 0:4 1:-4 3:3 4:-3
q:houden 0:-10 2:7 3:-1 4:7 5:8 6:-1
q:houding 0:-11 1:13 4:3
q:houdt 0:-7 1:3 2:-2 3:7 6:-2 7:4
q:huis 0:6 1:-3 4:1 5:-2
q:huisarts 0:-1 3:-2 5:8
q:huiswerk 0:-3 4:-2 5:6
q:hulp 0:2 3:-1
q:hun 1:-3 3:2 4:8 5:-4
q:huur 1:-2 3:-1 5:5
q:ict 0:4 1:-3 4:3 5:-2 8:3
q:ideaal 4:2
q:ideale 0:5 1:-1 3:-1
q:idee 0:10 1:7 3:-1 5:-1
q:iedereen 0:-5 1:-7 3:6 7:13
q:iemand 1:12 5:6 8:-1
q:iets 0:12 3:11 6:-6 7:-7 8:-12
q:ik 0:17 1:-10 2:3 3:-4 5:-4 7:10
q:in 0:4 1:3 2:-10 3:-14 5:15 7:-12 8:-3
q:informatie 0:9 1:-1
q:ingeleverd 0:-3 3:-2 6:10
q:ingeloot 0:6 1:-3 7:-1
q:ingenieur 3:2
q:ingeschreven 0:-1 1:-2 3:2 7:4
q:ingevuld 6:5 7:-2
q:inhalen 0:-3 1:-1 3:7
q:inhoud 0:1 1:-1
q:initiatief 0:-3 1:10 3:-2
q:inleveren 0:-2 5:5 6:-1
q:inmiddels 0:-1 2:-2 5:-3 6:8
q:interessant 0:10 1:-3 4:-2
q:interesseert 0:1 1:-1
q:interesses 1:2 3:-1
q:interessetest 0:-1 2:-2 3:2 6:5
q:invloed 0:-2 5:11 6:-1
q:inzet 0:-1 1:4 2:-1
q:inzetten 0:7 5:-4
q:is 0:-35 1:3 2:2 4:-13 5:7 6:2 7:-6 8:-4
q:isk-leerlingen 4:1
q:jaar 0:25 1:-10 2:9 4:-1 5:4 6:-3 7:-2 8:1
q:jaarlaag 2:4 3:-2
q:jaren 0:2 1:-1 3:1
q:je 1:12 2:11 3:-15 4:-13 5:39 6:16 7:-6 8:-21
q:jeugdzorg 5:9 6:-5
q:jezelf 0:-6 1:17 2:-4 3:3 4:6 6:-1 7:-1
q:jij 1:10 2:-3 3:39 4:5 6:-12 7:2 8:-19
q:jongen 4:4 5:-1
q:jongens 0:4 1:-3 3:-4 4:8 5:-1
q:jongere 0:1
q:jongeren 3:3 4:-1
q:jou 0:27 1:6 2:-10 3:27 5:-5 6:-3 7:-6 8:9
q:jouw 0:-8 1:21 2:3 3:8 5:-4 6:-3 7:5
q:jouwe 4:2
q:juist 0:19 1:-2 3:-2 6:1 8:1
q:jullie 0:-13 1:-4 2:4 3:16 4:7 5:15 6:-3 7:-1
q:kader 3:2
q:kamer 0:-3 1:-2 5:6
q:kamers 0:-1 5:3
q:kan 0:14 1:6 3:11 4:-4 5:-2 7:-1
q:kans 0:10 1:-3
q:kansen 0:6 1:-2 2:2 4:-2 5:-3 7:5
q:kant 0:6 2:-3 3:3 5:-1
q:kanten 0:2 1:-1
q:kantoor 0:2 1:-2 4:5 5:-3
q:kantoorbaan 1:-4 3:3 4:2
q:kappersopleiding 0:-2 1:-1 4:5
q:kassa 0:3 4:-1
q:keer 0:-4 1:21 3:-3 4:-3 7:8
q:ken 0:9 1:2 4:4 5:-2
q:kennen 0:2 1:-1
q:kent 0:-1 1:6 5:-2
q:kerst 5:-2 6:3 7:3
q:kerstvakantie 0:4 1:-1 6:-1 7:2
q:keuken 0:2 2:3 3:-2
q:keus 0:5
q:keuze 0:13 2:-6 3:7 5:-6 6:-1 7:6
q:keuzedeel 4:3
q:keuzeformulier 0:-3 5:-2 6:6
q:keuzes 0:7 2:-1 3:1 5:-3 6:-2
q:keuzevak 0:4 1:-3
q:kies 0:-18 1:-2 3:5 4:3 7:12 8:4
q:kiest 0:4 1:9 3:2 7:-4
q:kiezen 0:3 1:14 3:2 4:-4 5:3 8:-1
q:kijk 0:15 2:5 3:-8 4:2 5:-6
q:kijken 0:2 1:-3 2:2 4:5 5:-1
q:kijkt 0:-3 1:7
q:kind 0:1
q:kinderen 0:1 3:-1 4:4
q:kinderopvang 4:5 5:-2 8:3
q:klaar 5:-2 6:7
q:klant 0:3 5:-1
q:klanten 1:2
q:klas 0:-2 1:-1 3:36 5:-2 6:3 7:4 8:4
q:klasgenoot 0:1 3:1
q:klasgenoten 0:-4 1:-3 3:12
q:klein 0:4
q:kleine 5:4
q:kleiner 0:-2 7:5
q:klopt 1:1 4:9 5:-3 6:2
q:klus 0:14 1:-3 7:1 8:1
q:klusje 0:2
q:kok 0:2
q:kom 0:7 1:7 2:14 3:-9 5:-2 6:-1
q:komen 0:-3 1:-5 2:-4 3:1 4:9 5:2 6:6
q:komende 0:7 1:-2 2:-1
q:komt 0:5 1:6 2:-2 3:15 5:-1 7:-6 8:-2
q:kon 0:6 1:-2
q:koos 2:-1 3:5
q:kort 1:10 5:-1
q:korte 0:-5 1:9
q:kost 0:3 1:-1
q:kosten 5:3
q:kreeg 0:6 1:-1 2:-2 3:1 5:-2
q:krijg 0:12 1:-4 3:-3 5:5 6:-1 7:-1
q:krijgen 0:-2 2:6 5:4 7:-2
q:krijgt 5:1
q:krikken 2:1
q:kritiek 1:4
q:kun 0:-8 1:10 2:9 3:10 4:-9 7:4 8:-3
q:kunnen 0:-18 1:16 2:-5 3:3 4:-6 5:2 7:15 8:-3
q:kunstacademie 0:4 1:-2 4:2 5:-2 8:3
q:kunt 0:-9 1:2 2:4 4:1 5:10
q:kwaliteit 0:1
q:kwam 0:-4 1:14 4:-2 5:-2
q:kwijt 1:6 5:-2 7:-2
q:laagst 2:3 6:-2
q:laagste 0:-9 2:9
q:laat 1:2 2:-5 3:-4 4:4 5:6 7:4
q:laatst 0:12 5:-3
q:laatste 0:-7 3:9 5:11 7:-2
q:lag 0:-4 2:5
q:lage 0:-3 1:6 5:-1
q:lager 2:-3 3:5
q:land 0:-24 1:-3 4:5 5:19 8:7
q:lang 0:-6 1:-8 2:-1 3:2 5:-3 7:24 8:1
q:lange 0:4 1:-3
q:lassen 4:4
q:last 0:-4 5:9 6:-2
q:lastig 0:6 1:12 2:-2 3:-2 4:-4
q:lastige 0:2
q:laten 0:4 1:-4 2:6 3:-3 4:-2 5:-3 6:7 7:6
q:later 0:2 2:4 4:3 5:-5 6:-1 7:-3 8:-4
q:leeftijd 1:-1 3:5
q:leer 0:5
q:leerbaan 0:6 1:-5 3:2 4:-2
q:leerbedrijf 1:9 3:-1 5:2 6:5 7:-3
q:leerde 0:7
q:leerjaar 0:-5 1:9 3:-3
q:leerling 0:17 1:4 2:-1 3:1 4:-10 5:-4
q:leerlingen 1:-3 3:4
q:leermeester 1:-2 6:3
q:leert 0:8 2:-1 3:-2
q:leg 0:-1 3:5 6:-2
q:leggen 1:-1 7:2
q:leidinggevende 0:5 1:-2 5:-1
q:leren 0:-4 1:5 2:-5 3:13 4:8 5:-3 8:7
q:les 0:6 1:2 5:-2
q:lessen 0:1
q:let 0:-4 5:8
q:leuk 0:3 1:7 2:-2 3:-2 4:3
q:leuke 0:4 1:-3
q:leuker 0:2
q:leukst 0:11 2:-2 4:-1 6:-4
q:leukste 0:-8 4:10
q:lever 0:-2 1:-2 6:1 7:5
q:lezen 0:-5 1:12
q:lichamelijk 0:3 1:-1
q:lichtere 0:-4 1:5
q:liefst 0:10 1:-2 3:-2 4:4 5:-2
q:liep 0:4 2:-2
q:liever 0:-2 1:5 3:1 4:10 5:-5
q:lig 0:-1 5:4
q:liggen 0:-2 1:5 4:-1
q:ligt 0:-5 1:-2 2:8 3:6 5:3 6:-1
q:lijken 0:-3 3:5
q:lijkt 0:7 1:-13 3:-2 4:12 5:-1 8:8
q:lijst 0:4 1:-1
q:lijstje 1:-2 5:-1 7:5
q:lob 0:-1 2:-2 5:3 6:2
q:lob-dossier 6:1
q:lob-opdrachten 2:-1 6:2
q:lob-portfolio 6:1
q:lob-punten 0:-2 2:-2 5:-3 6:9
q:lob-uren 6:1
q:logistiek 0:-2 4:4
q:loop 0:-7 1:7
q:loopbaangesprek 0:-3 1:-1 2:5 6:1
q:loopbaanopdrachten 2:-1 6:3
q:loopbaanorientatie 6:2
q:loopbaansturing 0:5
q:loopt 0:5 1:2 3:-1 5:-4
q:los 0:12 1:1 2:-5
q:lossen 1:2
q:lui 0:-2 3:-3 4:8
q:luisteren 0:-1 1:-1 4:3
q:lukken 0:-3 1:2 3:-1 7:4
q:lukt 0:-1 1:4 3:8 4:-2 5:5
q:lukte 0:6 1:-2 3:-2
q:m 4:1
q:maak 0:-2 2:1 5:3
q:maakt 0:-2 2:-3 3:13 5:-2 7:12
q:maakte 0:9 1:-1 3:-2
q:maand 0:2
q:maanden 0:3 1:-2
q:maar 0:16 1:-5 4:6 7:1
q:maat 0:-2 1:4 2:5 3:-1 5:-3
q:mag 0:-7 1:5 2:2 4:-1 5:4
q:maken 0:-9 1:1 6:3 7:6
q:makkelijkst 0:3 1:-3 2:3
q:manier 0:2 1:-1
q:marokkaanse 4:2
q:mavo 0:-2 8:6
q:mbo 1:2 2:2 4:2 5:-3 6:-1 7:-1
q:mbo-opleiding 0:1 1:-7 2:4 4:13
q:mbo-opleidingen 0:2 1:-1 2:5
q:me 1:-5 2:-1 4:2 7:7
q:medecursisten 3:5
q:medeleerlingen 1:-1 3:2
q:medestudenten 0:-3 3:4
q:mediavormgeving 0:9 5:-6
q:medicatie 0:-8 1:-1 5:18
q:medicijnen 0:-4 5:11
q:mee 0:20 1:8 2:5 3:-2 4:-4 5:-4 7:-1
q:meedenkt 0:9 5:-4
q:meegekregen 0:1
q:meegemaakt 0:-8 5:10
q:meegenomen 0:-9 6:10
q:meekijkt 7:6
q:meeloopdag 0:5 1:-4 2:-1 3:3 5:-3 7:2
q:meeloopdagen 6:2
q:meelopen 0:5 6:-2
q:meenemen 0:5 1:-3 5:3
q:meer 0:5 1:3 3:3 4:7 5:-4 6:-2 7:-3
q:meest 0:14 1:5 5:-6 6:-8 7:-1
q:meestal 1:-1 3:-2 4:7 5:1
q:meeste 0:3 1:-1 2:-1 3:5 5:-1
q:mei 7:3
q:meiden 0:-2 1:-2 4:5
q:meisje 0:-9 1:-3 4:20
q:meisjes 0:2 4:3 5:-2
q:mensen 0:10 1:-2 2:-1 4:-1 5:-2 6:1 7:9
q:mentale 0:-2 5:5
q:mentor 0:2 6:2
q:mentorgroep 0:-2 3:4
q:merk 0:8 1:-5 2:-1 3:-2 5:4
q:merkt 0:9 1:-3 2:-1 5:-2
q:merkte 0:5
q:met 1:-2 5:17 7:-6 8:-12
q:meteen 0:1 8:5
q:meting 0:-3 2:4
q:mij 0:7 1:-2 4:-1 5:7
q:mijn 0:4 2:-2 5:-2 6:2
q:mik 3:2
q:minder 0:-6 1:7 2:-2 3:3 4:4 5:2 6:-2 7:-1
q:minimaal 0:-3 2:4 5:-2 6:3
q:minor 0:3 1:-2
q:minst 0:-2 1:9 3:2 5:-1
q:mis 0:-3 1:20 8:2
q:misgaat 0:-2 1:4 3:-1
q:misging 0:2 2:-1
q:mislukken 0:-6 1:9
q:mislukking 0:3 1:-1
q:mislukt 0:2 1:-1
q:mislukte 0:3 1:-1
q:misschien 1:-2 4:3
q:mist 0:3 1:4 3:-3 6:2
q:mocht 0:8 1:-1 4:-3
q:module 0:1
q:moe 0:-3 1:-3 5:11
q:moeder 0:-6 4:-2 5:13 6:4
q:moeilijk 0:6 1:2 3:1 4:-2 5:-1
q:moeilijke 0:3
q:moeilijkste 0:2
q:moeite 0:3 1:4 5:-2
q:moet 0:-6 1:9 2:1 3:-1 6:3 7:3 8:-3
q:moeten 0:-8 1:-3 2:5 3:3 4:-2 5:3 6:4
q:mogelijk 0:-1 4:1
q:mogelijkheden 0:4 1:-1
q:mogen 2:6 5:-2
q:moment 0:-5 2:10 3:-1 5:3 6:-2
q:monteur 0:-4 1:6 5:-1
q:mooi 0:7 1:-3 4:-1
q:mooie 0:2 1:-1 2:-2 4:4
q:mooiste 0:1
q:moslima 0:-2 4:5
q:motieven 0:1
q:motivatie 0:-8 1:8 3:6 5:-3
q:muziek 0:3 1:-4 2:6 3:3
q:n 0:-1 3:1
q:na 0:-2 1:12 2:-2 3:-6 5:5 8:13
q:naar 0:4 2:12 3:-11 4:15 5:-2 6:-5 7:-8 8:3
q:naartoe 0:2
q:naast 1:-2 2:-2 3:7 4:-2 5:9 6:-2
q:nacht 0:-3 2:-3 4:-2 5:22 7:1 8:2
q:nachts 5:3
q:nadelen 0:1
q:nagedacht 4:4
q:nam 0:4 4:-2
q:natuurkunde 0:-2 2:3
q:natuurlijk 1:-6 4:7
q:nederland 0:-3 5:10
q:nederlands 1:12 2:6 3:-4 4:-4 5:-3 6:-1
q:neef 0:-1 1:-2 3:5
q:neem 0:4 1:-1 2:-2 4:1 5:8
q:neemt 0:2 1:1 3:-1
q:nemen 2:-5 3:1 5:-7 6:-2 7:-2 8:10
q:nergens 1:6 4:-3 7:-1
q:net 0:-3 1:-3 2:2 3:8 4:-3 7:3
q:niemand 0:-3 3:-3 4:2 7:10
q:niet 0:21 1:-21 3:40 4:9 5:-10 7:-3 8:-5
q:niets 0:-5 1:-8 3:-1 4:-2 5:4 7:2 8:11
q:nieuw 0:4 1:-2
q:nieuwe 0:12 1:-4 4:-3 5:-2
q:nieuwkomers 4:1
q:nieuws 0:3
q:nieuwsgierig 0:4
q:niks 0:-5 1:-1 3:-1 4:5 8:5
q:niveau 0:5 1:7 2:-2 3:1 5:-2 6:-3 8:2
q:nodig 0:-7 1:3 2:6 3:3
q:noemen 1:-2 3:2
q:nog 0:-12 2:-14 4:-22 6:15 8:2
q:nooit 0:-2 1:19 3:-8 5:-1
q:normaal 0:4
q:nou 2:-1 3:8 4:-2
q:nu 0:29 2:5 3:-9 5:4 6:10 7:-8 8:-2
q:numerus 0:2
q:nuttig 0:5
q:ochtend 0:1
q:ochtends 5:2
q:oefenen 0:6
q:of 0:37 1:-14 2:4 3:9 4:-2 5:18 6:-4 7:-2
q:om 0:17 1:-8 2:8 3:23 4:-16 5:21 6:-2 7:-8
q:omdat 0:12 1:-9 3:-4 4:-3 5:4 7:5
q:omgaan 0:3 5:-1
q:omgaat 0:1
q:omgeving 0:6 1:-2 5:-2
q:omhoog 1:-2 2:5
q:omlaag 0:-5 2:6
q:omschrijven 0:4 1:-1
q:onder 1:4 2:5 3:-3 4:-2 5:9 6:-5
q:onderaan 0:-2 3:3
q:onderdeel 0:8
q:onderdelen 0:-1 3:-3 6:7
q:ondernemen 4:1
q:ondernemend 0:-1 3:4 4:-2
q:onderste 0:-2 2:-1 3:6
q:onderweg 0:6 5:-3
q:onderwerp 0:16 1:-2 2:-4 4:-1
q:onderzoeken 0:7 1:-6 4:2
q:ongeveer 2:-1 5:3
q:onlangs 0:7 1:-2
q:ons 0:2 6:3
q:ontbijt 0:-1 5:4
q:ontbreekt 0:-12 1:4 3:3 4:-1 5:4 6:5
q:ontbreken 0:-5 6:8
q:ontdekken 0:9 1:-2 7:-2
q:ontdekt 0:5 1:-3
q:ontdekte 0:2
q:onthouden 0:4 6:-1
q:ontwerp 0:2 2:-2
q:ontwikkelen 0:2
q:onvoldoende 2:2 6:-1
q:onvoldoendes 0:-5 2:10 5:-2 6:-2
q:onzekere 0:-4 1:5
q:onzekerheid 0:3 1:-2
q:ooit 1:8 4:-2 5:1
q:ook 0:-4 1:-6 3:16 4:25 6:4 8:-2
q:oom 5:1
q:oorzaak 0:-2 2:3
q:op 0:-3 1:2 2:9 3:6 4:-14 6:-3 7:2 8:-9
q:opdracht 0:8 1:-4 2:5 4:-2 5:-1
q:opdrachten 0:-3 1:2 6:4
q:open 0:-5 1:2 2:1 3:3 4:-5 6:7 7:-3 8:-2
q:opgeleverd 0:6 1:-2 6:-1
q:ophalen 2:5 5:-1
q:opleiding 0:-16 1:14 2:-7 3:15 5:8 6:-4 7:9 8:-9
q:opleidingen 0:8 2:8 4:-2 5:-2
q:oplossen 0:2 1:8 5:-2
q:opmerking 0:1
q:opnieuw 0:3
q:opvallen 0:-4 1:4 3:6 5:-1
q:opvang 0:-5 5:6
q:opvangen 1:2 5:-1
q:opzichte 0:-3 1:-1 2:-3 3:9
q:orientatie 0:-2 3:5 5:-1
q:orienteren 1:4 6:-1
q:oud-leerling 0:4 4:-1
q:ouder 0:-2 5:3 6:1
q:oudere 1:-1 4:3
q:ouders 0:-9 1:-7 2:-4 3:-7 4:6 5:26 6:3 7:5
q:over 0:26 1:24 2:15 3:1 4:-7 5:-12 6:-5 7:-1
q:overgang 0:-4 2:4
q:overnemen 0:-2 4:3
q:overslaan 0:-5 1:5 4:1
q:overstap 0:5
q:overwegen 1:-1 4:3
q:pabo 0:-3 2:7 3:-3 8:4
q:pak 0:-2 2:3 3:-1 4:4
q:pakken 0:3 1:-5 2:6
q:pakket 0:-2 5:9
q:pakte 0:4
q:paniekaanvallen 0:-6 5:13 6:-1
q:pas 0:1
q:passen 0:-9 1:-2 3:2 4:10 5:2 8:-2
q:passief 0:-2 1:7 3:-2
q:past 0:-13 1:8 2:7 4:15 5:-2 8:3
q:paste 0:3 1:-1
q:per 0:-3 2:-1 5:13
q:periode 0:-6 2:8 3:-2 6:2
q:persoon 0:5 3:-2
q:pie 0:-3 1:10 3:-2
q:pijn 0:-2 5:5
q:plaats 0:-6 1:5 8:4
q:plan 1:-17 2:-6 3:2 4:-4 5:2 6:11 7:-1
q:plannen 0:2 1:-3 3:9 4:-1 5:3 6:-1
q:plant 0:-2 1:8 3:-2
q:plek 0:10 1:-3 4:8 5:-4 8:6
q:plezier 0:4 1:-1
q:poging 0:2 2:-1
q:portfolio 0:-2 2:-1 3:5 6:4
q:praat 0:-3 5:5
q:praktijk 0:3 1:5 4:-2
q:praktijkbegeleider 0:5 1:-2 6:2
q:praktijkexamen 0:-1 2:3
q:praktijkleerlingen 0:-3 1:-1 4:4
q:praktijkles 1:4 5:-1
q:praktijklessen 0:-1 1:3 3:-1 4:-1 5:4
q:praktijkonderwijsleerlingen 4:1
q:praktijkopdracht 6:3
q:praktijkopdrachten 0:1
q:praktijkopleider 0:2
q:praktijkvak 0:2
q:praktijkvakken 0:-2 1:1 2:2 4:-1
q:praktisch 0:-3 1:1 4:3
q:praktische 0:-2 1:4 2:6 4:-4
q:praten 0:12 1:-2 4:-1
q:precies 0:5 1:-4 4:-2 5:11 6:-2
q:presentatie 0:9 2:-4 3:-1 5:-1
q:presentaties 0:-2 5:3
q:prettig 0:2
q:prima 0:-2 1:2 3:1
q:probeerde 0:2 2:-1
q:proberen 0:-2 1:5 4:4
q:probleem 0:4 1:-1 2:-1
q:procent 0:-4 2:5 5:-3 6:6
q:product 0:4 1:-2
q:proef 0:2
q:proefles 0:4 1:-1
q:profiel 1:5 2:4 3:7 5:3 6:-3 7:-1
q:profielkeuze 0:3 1:-1 6:4
q:profielkeuzeformulier 0:-2 5:-4 6:7
q:profielwerkstuk 2:3 3:1
q:programmeur 4:1
q:project 0:2 1:6 3:-3 4:-2
q:propedeuse 0:1
q:psychische 1:-2 5:4
q:psycholoog 0:-9 2:-2 5:16
q:punt 0:-3 1:2 2:5
q:punten 0:-1 1:4 2:11 3:-1 5:-2 6:-2
q:raakt 1:3
q:rapport 0:-5 1:-2 2:12 6:-4
q:rapportcijfers 0:-6 2:7
q:reageer 0:6 1:-2
q:reageerde 0:1 2:-1
q:realistisch 0:3 1:-4 3:4 4:1
q:rechten 0:-1 1:-3 2:6 4:4
q:rechtzetten 3:1
q:redden 0:-2 2:2 3:-3 4:5 5:-1
q:reflectie 6:1
q:regelen 0:-1 3:1 8:2
q:regio 0:-2 4:3
q:rekenen 0:-3 1:6 5:-1
q:rekening 0:-9 1:2 5:9
q:rekentoets 0:3 1:-3 2:5
q:repareren 0:-9 1:13 5:-1
q:rest 0:-5 1:4 2:-2 3:3 6:6 7:-2
q:resultaat 0:4 2:-1
q:resultaten 0:-2 2:5
q:richting 0:-23 1:-2 2:3 3:13 4:8 5:-3 8:11
q:richtingen 0:3 1:7 2:-5 6:-2
q:rij 0:-1 3:2
q:risico 0:12 1:-4 3:-1
q:risico's 0:5
q:ritme 0:3 4:-2 5:2
q:roc 1:3 3:-1
q:rol 0:5 1:5 3:-3 4:-3 5:-1
q:rond 0:-3 1:-1 5:5 6:3
q:rood 6:1
q:rook 0:-3 5:3
q:route 0:-2 1:9
q:routes 0:5 5:-2
q:rug 0:2 1:-1 4:-1 5:7 6:-1
q:rust 5:1
q:rustig 0:-6 1:5 4:-2 5:6
q:rustige 0:-6 1:2 4:5
q:rustiger 1:-4 3:9
q:ruzie 0:-1 5:1
q:s 0:3 1:-2 5:3
q:samen 0:5 1:5 4:-2 5:-2
q:samenwerken 0:1 1:1
q:samenwerkt 0:3 1:-2
q:sanne 0:-1 1:-4 3:7 5:-1
q:scheiding 0:-5 2:-1 5:7
q:scheikunde 1:-1 2:3 5:-2
q:schermen 0:8 4:2 5:-3
q:schiet 1:2 3:-3 5:-2 7:5
q:school 0:2 1:3 2:-3 3:-1 4:-2 6:4
q:schoolexamen 0:-2 2:5 5:-1 6:-1
q:schooljaar 0:-2 2:-2 5:-3 6:9
q:schooltijd 4:-2 5:4
q:schoolvak 0:5 1:-2
q:schoonmaak 0:-2 4:3
q:schrijven 0:-9 1:9 3:5
q:schrikt 0:1
q:schulden 0:-7 5:14
q:scoor 2:-3 3:5
q:scoorde 1:-3 2:9
q:score 0:-14 1:-3 2:24
q:se 0:-2 2:2 3:2
q:sector 0:4 1:4 2:-1 4:5 7:-2 8:1
q:sectorkeuze 0:1
q:selectie 0:2
q:series 0:2
q:sfeer 0:2
q:sinds 1:-2 5:14
q:slaap 0:-2 1:-2 2:-3 5:20 8:1
q:slagen 0:-2 1:-2 2:2 3:8
q:slecht 0:-5 1:13 2:-2
q:slik 0:-9 5:13
q:slim 7:-1
q:slimmer 0:-2 7:2 8:3
q:slordig 0:-3 1:6 4:-1
q:snapt 0:-3 1:9 4:-3
q:snel 0:-5 4:7 6:3 7:9 8:1
q:snuffelstage 0:-1 3:-2 4:2 6:2
q:sociaal 1:3 4:-2
q:sollicitatie 0:3
q:sollicitatiegesprek 0:-5 1:3 5:3
q:solliciteren 0:-3 7:4
q:somber 0:-2 5:3
q:somberheid 0:-3 1:-1 5:6
q:soms 0:-1 7:3
q:soort 0:6 1:-1 2:-1
q:spannend 0:3 1:-1
q:spanningsboog 1:3
q:speelde 0:4 1:-2 4:-1
q:speelt 0:3 1:-5 3:-2 5:6
q:sport 0:-4 3:2 4:4 8:2
q:sportclub 0:2
q:sportopleiding 0:-5 1:-2 2:2 5:10
q:spreek 0:1
q:spreekt 0:11 1:3 3:-1 4:7 5:-3 6:-1
q:spreken 2:-2 4:8
q:sta 0:-13 1:-2 2:6 3:16 5:-4 6:7
q:staan 0:-6 1:-4 2:7 5:-4 6:8 7:5
q:staat 0:-25 1:12 3:5 4:-2 6:18
q:stad 0:-2 4:1 5:3
q:stage 0:37 1:11 2:-3 3:-3 4:2 5:-2 6:-1 8:17
q:stage-uren 5:-1 6:4
q:stagebedrijf 0:-2 5:5 6:3
q:stagebegeleider 0:1 1:3 5:-1
q:stagebeoordeling 0:-6 2:11 5:-2
q:stageplek 0:1 1:2 2:-3 4:-2 6:-2 7:2 8:-2
q:stages 0:-3 1:3
q:stageweek 0:2
q:stap 0:14 1:11 2:-2 3:-3 4:-6
q:stappen 0:-6 1:2 6:9
q:start 0:2
q:steeds 0:-6 1:12 2:-1 3:-2 5:10 6:-3
q:steken 0:2 1:5 6:-2
q:stel 0:6 1:-1
q:stellen 0:3 1:1 2:-1
q:stempels 2:-1 5:-2 6:6
q:sterk 4:7 5:-4
q:sterke 0:1
q:sterker 0:1
q:sterkste 1:6 2:-1
q:stiefvader 0:-5 2:-1 5:8
q:stiekem 0:3 1:-2
q:stijgen 0:-3 1:-2 2:9 4:-1
q:stoornis 1:-2 5:3
q:stopte 0:1
q:straks 0:-13 1:19 3:2 4:-4 5:6
q:streefcijfer 0:-2 2:3
q:stress 5:2
q:stromen 4:3 5:-1
q:structuur 0:-2 1:4 3:-2 4:2
q:studeert 0:-1 3:4
q:student 0:-1 1:5 2:-2 3:-3 4:2 5:2
q:studenten 0:-2 3:3
q:studeren 0:1 8:2
q:studie 0:-10 1:9 2:4 3:-1 4:15 5:4 8:-2
q:studiefinanciering 0:2 2:-1
q:studiekeuze 0:-4 1:-2 2:3 3:11 4:-1 5:-4
q:studiekeuzecheck 6:2
q:studies 1:-5 2:1 4:4 5:3 6:-1
q:stuk 0:-6 1:11 3:3 5:-2
q:stukje 0:3 4:-1
q:supermarkt 0:1 5:3 6:-3
q:systeem 5:-3 6:4
q:t 0:-1 3:1
q:taak 0:7 1:-1
q:taal 0:2 1:2 4:-2 5:-1
q:taken 1:1 4:-2 6:5
q:talen 0:1
q:talenten 0:2 5:-1
q:te 1:8 2:11 4:-9 5:4 6:-8 7:10 8:-5
q:team 0:4 1:-2
q:techniek 0:2 1:7 2:3 3:-2 4:2 5:-3 6:-1 8:-3
q:technisch 1:-2 4:3
q:tegen 0:-8 1:9 2:-4 3:5 4:-2 5:1 7:4
q:tegenaan 0:-2 2:5
q:tegenvaller 0:5 1:-1
q:tegenvalt 0:-4 1:-1 2:6 5:2
q:tekenen 0:-4 2:3 6:4
q:tekort 0:11 1:-5 2:1 4:-2 5:-1
q:tekortkomingen 0:-12 1:17
q:teksten 0:6 4:-1 5:-4
q:telefoon 0:2
q:telefoonabonnement 0:-4 5:5
q:teleurstelling 0:4 1:-2
q:tempo 0:3 1:2 2:-1 3:5 4:-5
q:ten 0:-3 1:-1 2:-3 3:9
q:terecht 0:3 1:-2 4:4 5:-2
q:terug 0:10 1:-4 2:-2 3:4
q:terugdenkt 0:2 1:-1
q:teruggestuurd 5:-3 6:6
q:terugkijkt 0:1
q:tevreden 1:-2 2:8 3:-1 5:-1
q:theorie 0:-5 1:7 2:4 4:-1 5:-1
q:thuis 0:19 4:-4 5:30 8:3
q:thuiszorg 0:-1 5:5
q:tien 0:3 1:-1 2:2 3:-2
q:tijd 0:27 1:-6 2:-3 3:-5 4:-2 5:7 7:1 8:1
q:tijdens 1:1 2:-2 5:9
q:tillen 0:-2 2:2
q:toch 0:-11 1:6 2:-4 3:-6 4:18 6:-6 7:7 8:6
q:toe 0:3 2:2 5:-3 6:4
q:toegelaten 2:2
q:toekomst 0:2 1:5 3:-1 4:-1 5:2
q:toen 0:13 1:-4 5:4 8:1
q:toets 0:5 2:-2
q:toetsen 0:-4 2:7 6:-1
q:toetsweek 2:-2 6:3
q:tonen 0:-1 1:3
q:top 0:-3 1:-1 2:11 4:-1
q:tot 1:-3 2:3 4:-4 5:7 6:3
q:traag 0:-7 1:12 4:-2 5:-1
q:trekken 0:3 2:2 4:-1
q:trekt 0:7 1:13 4:15 5:-3 6:1 7:-1
q:trialoog 0:3
q:trok 0:18 1:-2 4:1 5:-2 6:-1 7:1 8:2
q:trots 0:7 1:-2 5:-1
q:turkse 0:-2 4:4 5:-1
q:tussen 1:-2 5:6
q:tussenjaar 0:2
q:twee 0:-5 1:21 2:-2 3:-6 5:-3 6:2
q:tweede 0:-2 2:4 5:2
q:tweelingbroer 0:-4 3:10 5:-2
q:twijfel 0:11 1:-5 2:-1 3:5 5:-3 7:-2
q:twijfelen 0:2 1:-1 3:-1 5:-1 7:5
q:twijfelt 0:-2 3:4
q:typisch 0:6 1:-1
q:typische 0:5 1:-3 4:5 5:-3 6:-2
q:u 0:-18 1:-9 3:3 4:15 5:14 6:-3 7:3 8:-6
q:uit 0:11 1:-9 2:-11 3:1 5:4 6:6 7:-3
q:uitdaging 0:5 5:-1
q:uiteindelijk 0:3 1:-2
q:uitgezocht 0:2 1:-1
q:uithoudingsvermogen 1:1
q:uitkering 0:-4 4:-2 5:10 7:-2
q:uitkomst 0:3
q:uitleggen 1:-4 7:4
q:uitnodigen 0:3 5:-2
q:uitproberen 0:5 1:-2
q:uitziet 0:-1 2:2
q:uitzoeken 0:14 1:-3 8:1
q:universitaire 0:-5 1:7
q:universiteit 0:-2 4:9 5:-1
q:uren 0:3 1:-3 2:-2 5:2 6:3
q:uur 0:-4 1:4 2:-4 3:-1 5:22 8:2
q:uw 0:-8 1:-10 3:2 4:4 5:14 7:-2 8:-4
q:uzelf 0:1
q:vaak 0:-22 1:11 2:-5 3:-8 4:15 5:28
q:vaardigheden 0:-2 1:6
q:vaardigheid 0:5 1:-4
q:vader 0:-7 1:-8 3:-4 4:3 5:25 6:3 7:-2
q:vak 0:-1 1:3 2:9 4:9 5:-5 6:-3 7:-2
q:vakantie 0:2
q:vaker 0:1
q:vakken 0:-7 1:5 2:17 8:1
q:val 4:2
q:vallen 0:-9 1:11 2:10 4:-3
q:valt 0:-6 1:10 2:-3 3:5 6:-1
q:van 0:9 1:-2 2:2 3:13 4:-7 5:12 7:-16
q:vandaag 0:-3 1:-2 2:4 4:-1 6:2 7:6
q:vandaan 0:8 1:-4 3:-2 4:5 5:3 8:-2
q:vanuit 0:2
q:vast 0:-4 1:2 2:1 3:-1 4:10 5:-2 7:2
q:vaste 0:-1 4:3
q:vastloopt 0:9 7:-3
q:veel 0:-17 1:-2 2:-2 3:2 4:15 5:24 6:-3
q:veertig 1:-2 4:8 5:-2
q:ver 0:-5 1:-1 2:1 3:6
q:veranderd 0:6 1:-1 7:-2
q:veranderen 0:-2 1:4 3:-1
q:verbeteren 0:-6 1:6 2:3
q:verder 0:7 1:11 3:2 5:-5 6:-2 7:-2 8:8
q:verdienen 0:3 2:-2 5:4
q:verdient 0:5 2:-2
q:vergaat 0:-1 4:3
q:vergat 0:5 5:-2
q:vergeet 0:8 1:3 3:-6 5:-1
q:vergeleken 1:-1 3:6
q:vergelijk 1:-1 3:2
q:vergelijken 0:6 3:-2
q:verhaal 0:11 1:-3 5:-2
q:verkennen 0:9
q:verklaar 0:-5 1:-1 2:5 3:5 5:-1
q:verkoop 1:8 3:-2
q:verpleegkunde 0:-5 2:5 4:-2 8:5
q:verpleegkundige 0:7 1:-1 4:-2
q:verplichte 5:-4 6:5
q:verraste 0:5
q:verschil 0:3 1:-1
q:verschillen 0:2
q:verschillend 0:2
q:verschillende 0:3 6:-1
q:verslag 1:-4 3:4 6:1
q:verslagen 0:-1 1:9 2:-2 3:-2 6:4
q:verslaving 0:-1 1:-1 4:-2 5:8
q:verst 0:-8 3:13 5:-1
q:vertel 0:-4 1:1 2:1 5:2
q:vertelde 0:-2 5:3
q:vertellen 0:9 1:4 3:-2 5:-2 7:-2
q:vertelt 2:2
q:vervolg 1:4 5:-1
q:vervolgopleiding 0:-4 1:-3 2:4 4:-1 5:3 7:4
q:vervolgopleidingen 0:1 1:1
q:verwacht 0:-9 1:-3 2:13 3:-1 7:5
q:verwachting 0:1
q:verwachtte 0:2
q:via 5:-2 6:4
q:viel 0:2
q:vier 0:-2 3:2
q:vijf 2:-2 3:5 5:-1 6:5
q:vind 0:14 1:2 2:-3 3:-3 4:16 5:-5 8:10
q:vinden 0:-9 1:17 3:-4 4:4 5:-1
q:vindt 0:2 1:-7 2:-2 3:2 4:8
q:vmbo'er 0:-1 4:3
q:voedselbank 0:-2 5:11
q:voel 0:6 1:-1 5:2
q:voelde 0:12 5:-1 7:-2
q:voelen 0:4 5:-2 8:-1
q:voelt 0:2 3:15 5:-4 7:-1
q:voeren 0:1
q:vol 0:2 1:3 2:-1 3:-1 4:5 5:-2 6:2
q:voldoende 0:-7 1:-3 2:11 5:-4 6:5
q:voldoening 0:6
q:volgen 0:3 1:-2 2:-2 6:3
q:volgend 0:1
q:volgende 0:12 1:-3 2:8 3:-2 5:-2 7:-1
q:volgens 0:8 1:-4 2:9 3:4 4:-2 5:-2 8:-1
q:volhouden 0:-5 1:10 5:-1 7:-2
q:volhoudt 1:3 5:-1
q:voltooid 6:1
q:vond 0:27 1:-1 2:-4 6:-3 7:2 8:2
q:vonden 3:3
q:voor 1:-2 2:31 3:6 4:-4 5:2 7:-10 8:-8
q:vooral 0:-2 2:3 4:2
q:voorbeeld 0:-2 3:6
q:voorbij 0:4
q:voordat 1:5 2:4 4:-1 5:-7 6:5 7:11
q:voorjaar 0:3 6:-1
q:voortgang 0:14 1:-4 3:-1 4:-2
q:voortgangsbalk 0:-2 2:-4 6:11
q:vorig 0:2 2:-2 3:2 5:4 6:-2
q:vorige 0:11 1:-4 3:-3
q:vraag 0:21 1:-8 2:3 3:1 5:-4 7:10
q:vraagt 0:-9 1:16 2:5 3:-4 4:-3
q:vragen 0:8 1:7 2:-2 3:-3 5:-6 6:1
q:vriend 3:4
q:vrienden 1:-3 3:16 4:-2 5:-1 7:1 8:1
q:vriendinnen 0:-2 3:3
q:vrij 0:3 4:-1
q:vrije 0:3 1:-1
q:vroeg 0:7 4:-1
q:vrouw 4:4
q:vso-leerlingen 0:-4 4:6
q:vul 2:-1 6:3
q:vwo 0:-3 1:-5 2:3 3:7 7:-1 8:14
q:vwo'ers 0:-1 3:-5 4:8
q:waar 0:27 1:15 2:2 3:7 4:-2 5:-5 6:-6 8:-6
q:waarbij 0:7 1:-3
q:waard 0:2
q:waarden 0:2
q:waardoor 0:-2 1:1 5:6
q:waarin 0:5 1:-2
q:waarmee 0:1
q:waarom 0:-6 1:2 2:-1 3:19 4:2 6:-3 7:-1 8:14
q:waarop 0:3 1:-1
q:waarschijnlijk 0:-3 1:-1 4:6
q:waarvan 0:5 1:-3
q:waarvoor 0:4
q:wacht 1:-5 3:2 7:8
q:wanneer 0:17 1:-2 5:-4 6:13 7:9 8:2
q:waren 0:2 2:2
q:was 0:24 1:-2 2:-2 3:-6 5:7 8:1
q:wat 0:39 1:3 3:7 4:-4 5:-33 6:-20 8:-28
q:we 0:-25 1:9 2:13 3:-2 4:3 7:-3 8:17
q:wedstrijd 0:4 1:-1 3:-1
q:weeg 0:5 1:-2 3:-1
q:weegt 0:5 1:-1
q:week 0:-4 1:-1 3:-2 4:-1 5:8 6:11 7:10 8:2
q:weekend 0:-4 4:-1 5:10
q:weer 0:-3 1:5 2:2 5:6 7:-2
q:weet 0:4 1:-7 2:-5 3:12 4:2 5:-2 7:26
q:weg 0:-5 1:6 2:7 4:-1 8:6
q:wegen 0:4 1:-2
q:weinig 0:7 3:-3 4:2
q:weken 0:7 1:-2 2:-3 7:3
q:wel 0:-27 1:16 2:-2 3:25 5:32 6:-1 7:7 8:-3
q:weleens 0:-5 1:-4 4:-1 5:27
q:welk 0:34 1:22 2:13 3:-6 4:13 5:-20 6:-10 8:-2
q:welke 0:20 1:12 2:3 4:5 5:-23 6:-14 7:-12 8:-9
q:welzijn 1:4 5:-1
q:wens 0:4
q:werd 2:-2 5:5
q:wereld 0:3 1:-1
q:werk 0:25 1:11 2:-4 3:-5 4:6 6:-1 7:3 8:-4
q:werkdag 0:13 1:-3 2:-2
q:werken 2:4 4:-3 5:8 8:3
q:werkexploratie 0:5 1:-2 4:-1
q:werkgever 0:-4 1:8 7:2
q:werkgevers 0:-5 7:13
q:werkloos 5:3
q:werkplaats 0:2 1:-4 4:4
q:werkplek 0:6 1:3 4:1 5:-2 7:1
q:werkstuk 0:7 1:-1 2:-2
q:werkt 0:3 3:-1
q:werkte 0:-3 3:5
q:werkveld 0:2
q:werkvloer 0:3
q:werkweek 5:1
q:weten 0:9 1:-1 2:3 4:-2 5:-6 6:-3 7:8
q:wie 0:43 1:8 2:-1 3:12 4:-2 5:-10 7:-13
q:wil 0:11 2:-5 3:1 4:10 5:-27 6:-12 8:-5
q:wilde 0:2 2:-1
q:willen 0:4 1:19 2:-3 3:2 4:-1 5:-6 7:6 8:-2
q:wilt 0:7 2:5 3:-7 5:-3 6:-2 7:1
q:winkel 0:1 4:2
q:winnen 0:1 1:-3 2:3
q:wiskunde 0:-3 1:7 2:7 5:-2 6:2
q:wist 1:-5 2:1 4:2 5:3
q:wo 0:-4 1:5 2:3
q:wonen 0:-3 2:2 5:1
q:woon 0:-8 5:12
q:woont 1:-2 5:5
q:woord 0:2
q:woorden 0:3 3:-2
q:word 0:11 1:-3 2:3 3:-2 4:-2
q:worden 0:-16 1:9 2:-2 3:3 4:5 5:5
q:wordt 2:1 7:12 8:3
q:zaak 0:-3 4:7 5:-1
q:zag 0:11 1:-6 2:-1 5:1
q:zakken 2:1
q:ze 2:-2 3:11 4:-4 6:-1 7:2
q:zeg 4:4
q:zeggen 0:8 1:-1 3:-3
q:zegt 0:-16 1:5 2:14 3:4 4:-3 5:8
q:zei 1:-1 5:4
q:zeker 0:6 1:-4 2:-1 4:4 5:3
q:zelf 0:20 1:7 2:-7 3:-7 4:1 7:-1
q:zelfstandig 0:-2 1:-1 3:7
q:zet 0:3 1:8 3:5 4:-7 5:-3 6:2
q:zette 0:1
q:zetten 0:-1 1:6 2:-1 6:3
q:zich 0:2 1:1 3:2 5:-3
q:zie 0:5 1:6 4:9 5:-6 6:-2 7:-1 8:3
q:ziek 1:-4 4:-4 5:12
q:zieke 0:4 2:-2 3:-2 4:-2 5:10
q:ziekenhuis 0:2 3:-2 5:2
q:ziekte 0:-1 5:8
q:zien 0:20 1:-4 2:-1 4:-2 8:1
q:ziet 1:4 2:-3 3:1 6:-3
q:zij 0:2 3:5 4:-2
q:zijn 0:-12 1:14 2:7 3:14 5:-7 6:5 7:-3 8:-2
q:zin 0:8 3:-1
q:zit 0:-2 1:-8 2:5 3:13 4:2 5:12 6:-2
q:zitten 0:-3 1:2 4:3 5:2 8:-1
q:zo 0:-23 1:30 2:-4 3:12 4:2 5:8 6:-1 7:-4
q:zo'n 0:1 1:4 3:-2
q:zoals 0:17 1:-4 4:-5 5:1
q:zodat 0:-6 1:3 2:2 5:9
q:zoek 0:4 1:3 2:-3 4:3 5:-2 8:-1
q:zoeken 0:-2 1:-3 4:5 5:4
q:zoekt 0:2 1:-5 4:5
q:zomer 1:7 2:3 3:-3
q:zonder 0:-17 1:22 2:-1 3:-5 4:6 5:2 8:-1
q:zoon 4:-1 5:4 8:-1
q:zorg 0:-3 1:9 2:5 4:7 5:2 6:-3 7:-1
q:zorgberoep 0:-2 1:-2 4:4
q:zorgen 1:4 3:-1 5:4
q:zorgt 0:-8 5:13
q:zorgzaam 2:3 4:-1
q:zou 0:31 1:18 2:-2 3:6 4:-2 5:-15 6:-3 8:6
q:zouden 0:5 1:-1
q:zoveel 0:-1 5:3
q:zulk 0:10 1:-2 4:-2
q:zullen 0:-3 1:-7 2:3 4:4 5:-4 6:5 7:-2 8:19
q:zus 0:-5 1:-3 3:22 5:-3
q:zusjes 4:-2 5:4
q:zwaar 1:-4 2:-1 3:-3 4:9 5:4 8:-1
q:zwaarst 0:5 1:-2
q:zwak 0:2
q:zwakke 0:-7 1:21 4:-6 7:1
q:zwanger 0:-2 1:-4 5:17
q:zware 0:-2 5:4
s:comparative-dan 1:-1 2:-5 3:21 4:6 5:-2 6:-3 7:1 8:4
s:compare 0:-2 2:-2 3:73 4:9 6:21 7:45 8:-4
s:exclamation 0:-35 1:2 2:4 4:-2 6:-4 7:6 8:-1
s:grade 0:-26 1:-5 2:69 3:12 4:-16 5:-14 6:16 8:4
s:imperative-first 0:16 1:-30 2:-27 3:-28 4:-22 5:1 6:35
s:long 0:3 1:14 3:11 4:-2 5:-1 7:21 8:-22
s:medium 0:60 1:-16 2:-5 3:-15 5:24 6:23 7:-4 8:27
s:modal 0:7 3:-10 4:-18 5:-5 8:24
s:negation 0:-8 1:44 2:-24 4:14 5:-19 6:-9 7:48 8:28
s:number 0:-24 1:-11 2:75 3:16 4:-4 5:-18 6:49 7:24
s:question 0:3 1:-2 2:-7 3:4 4:21 5:37 7:-23 8:-38
s:question-word-first 0:53 1:50 2:27 3:18 4:-16 5:-44 6:-12 8:-16
s:several 0:-20 1:11 2:-11 3:28 4:31 5:24 6:-21 8:-10
s:short 1:-24 2:-2 3:20 4:34 5:-10 6:-7 7:16 8:18
s:statement 0:29 2:-8 3:-15 4:17 5:-8 6:-4 7:22 8:36
s:why-not 0:-20 1:3 3:21 4:-6 5:-4 6:-1 8:9
s:you-modal 0:13 1:-2 3:10 4:5 5:9 6:-2 7:-18 8:-6
s:you-negation 1:32 2:-13 3:27 4:1 5:-1 6:-17 7:16 8:-3
s:you-question 0:5 1:6 3:-10 4:12 5:53 6:-6 7:-15 8:-51
s:you-statement 0:-22 1:39 3:2 4:-2 5:-11 6:-9 7:20 8:44
w:! 0:-35 1:2 2:4 4:-2 6:-4 7:6 8:-1
w:% 0:-5 1:-2 2:5 5:-3 6:16 7:-2
w:/ 0:21 3:2 4:-1 6:-1
w:<grade> 0:-26 1:-5 2:69 3:12 4:-16 5:-14 6:16 8:4
w:<num> 0:-3 1:-9 2:2 4:8 5:-8 6:31 7:21 8:-8
w:? 2:-7 3:3 4:21 5:36 7:-23 8:-37
w:a 0:1 1:-2 2:9 8:2
w:aan 1:-5 2:-2 3:-4 4:12 5:7 8:4
w:aandacht 1:9 5:-4 7:-2
w:aangemeld 0:-3 1:-3 3:2 7:8 8:3
w:aangenomen 0:7 1:-1
w:aangepakt 0:4 5:-1
w:aankan 0:-8 1:11 5:3 6:-1
w:aankunnen 0:-2 1:3
w:aankunt 0:-2 2:2 4:-1 5:5
w:aanleiding 0:8 2:-5
w:aanmelddatum 0:2 1:-1 7:8
w:aanmelddeadline 0:2
w:aanmelden 0:6 1:-1 4:-2 5:-3 6:-2 8:7
w:aanmelding 0:-4 5:-1 6:4 7:6
w:aanmeldt 0:10 2:2 7:-2 8:-2
w:aannames 0:6 5:-2
w:aanpak 0:1
w:aanpakken 0:-3 1:6 2:-1 3:2
w:aanpakker 1:-1 3:3 4:-1
w:aanraking 1:3
w:aansluiten 0:2 1:-1
w:aanspreekt 0:4 1:-1 5:-1
w:aanspreken 0:6 1:-1
w:aantal 0:-2 6:5
w:aantrekkelijk 0:3 1:-2
w:aanwijzing 0:2
w:aardrijkskunde 8:3
w:abstracte 0:-5 1:10
w:achter 0:8 1:12 2:-2 3:5 7:6 8:-6
w:achteraf 0:11 7:-2
w:achterblijft 0:-4 1:2 3:8
w:achtergrond 0:-7 1:-1 3:2 4:10
w:achterhoede 0:-6 3:8
w:achterloopt 0:1 1:-1 3:4 7:-2
w:achterstand 0:2 1:8 2:3 3:-5 4:-1 5:-3
w:achttien 0:-2 7:3
w:activiteit 0:-1 6:2
w:activiteiten 6:3
w:add 0:-3 4:3
w:adhd 0:-10 1:-16 4:33 5:7 8:-4
w:adhd'er 0:-5 4:6
w:administratie 1:1 4:2 6:1
w:advies 0:10 1:-4 2:2 3:-5 4:-3 7:2 8:17
w:af 0:-25 1:17 2:5 3:-10 4:-11 5:-8 6:3 8:6
w:afbreken 0:2 3:-1
w:afdeling 0:2 1:3 3:3 5:-4
w:afgaat 1:2 4:-2
w:afgebroken 7:9
w:afgeleid 1:7
w:afgelopen 0:4 1:-1
w:afgerond 0:9 5:-2 6:7
w:afgesloten 2:2 6:-1
w:afgesproken 0:2 1:-2 6:-1 8:5
w:afgevallen 5:7
w:afgevinkt 0:-12 1:-1 6:14
w:afgewezen 0:4 1:-1 7:3 8:-2
w:afhaakt 0:-3 1:6 7:-1
w:afmaken 7:-2 8:3
w:afronden 2:-1 6:7 7:2
w:afspraak 7:3
w:afspraken 0:-4 1:13 3:-3
w:afspreken 1:-4 8:8
w:afstuderen 0:1
w:aftekenen 0:-4 6:16 7:-4
w:afvallen 0:-2 1:3
w:afvinken 6:9
w:afweging 0:2
w:afwezig 0:-1 1:-1 4:-1 5:5
w:afwijkt 0:-5 3:6
w:afwijzing 0:13 1:-1 5:-2 7:-1
w:afwisseling 4:2 8:-1
w:agenda 0:8 6:-3
w:al 0:3 1:-2 2:-4 3:55 5:-23 6:36 7:-3 8:6
w:alcohol 1:-4 4:5
w:allang 0:-4 3:9
w:alle 0:-12 1:3 2:-2 5:-6 6:16 7:5 8:6
w:allebei 0:17 1:2 3:-2 4:-9 6:1
w:alleen 1:-3 4:6 5:-4 6:10 7:5 8:-6
w:allemaal 0:-12 1:9 2:-1 3:19 4:-3 5:4
w:alles 0:2 1:9 2:1 3:-3 5:-4 7:-3
w:als 0:16 1:-6 2:-4 4:31 5:-7 6:12 7:23
w:alsof 0:11 3:-1
w:alternatieven 0:-2 1:4 2:-1
w:altijd 0:2 1:16 3:-9 4:10 5:-2 7:-9
w:alumniavond 0:2
w:alvast 1:2
w:ambitieus 0:-1 3:10 5:-1
w:ander 0:-2 1:10 4:-1 7:3 8:-1
w:andere 0:-5 1:-6 3:23 4:-8 5:10 7:-13 8:24
w:anderen 0:13 1:-4 2:2 3:14 4:-4 7:6 8:-1
w:anders 0:21 1:-10 3:1 4:-3 5:-9 6:14 7:19 8:-7
w:angsten 5:2
w:angstklachten 0:-6 5:9
w:antwoord 0:3 1:-2 7:4
w:antwoorden 0:8 1:-1 2:7
w:april 0:6 1:-3 7:5
w:arbeidersgezin 0:-5 4:7
w:architecten 0:2
w:arts 0:-4 1:-4 3:5 4:2 5:4 7:1
w:autisme 0:-1 1:-3 4:7 5:1 8:-3
w:autist 4:5
w:autisten 4:1
w:auto's 0:-2 4:4
w:automatisch 7:2
w:avond 0:1
w:avonddiensten 0:3 3:-4 5:4
w:avonds 0:4 1:-1 5:-1
w:b 0:12 1:-8 2:3 4:1 7:-3 8:14
w:baan 0:-9 1:21 3:-6 4:15 5:-2 7:3 8:9
w:baangarantie 0:-2 8:5
w:baanzekerheid 4:-2 8:5
w:bakker 0:12 1:-3 5:-2 8:4
w:bakkerij 0:6 1:2 4:3 8:-2
w:bakkers 0:3 4:-2
w:balen 0:2
w:band 0:-2 5:3
w:banen 1:5 3:-1 4:-2
w:bang 0:13 1:-8 3:2 7:-1 8:-1
w:bank 3:-1 4:4 5:-2 7:4
w:basis 1:7 2:-2 3:1 6:-2 7:-1 8:1
w:basisvaardigheden 0:-1 1:4 2:-1
w:bbl 0:4 2:-1 3:-2 6:-3 8:4
w:bbl'er 0:-9 1:2 2:4 4:7
w:bbl'ers 0:-3 1:-2 3:7 4:4 7:-3
w:bbl-baan 0:1 4:-2 5:3 7:-2
w:bbl-contract 7:2
w:bbl-groep 3:3
w:bbl-plek 0:-4 1:5
w:bbl-plekken 1:3 7:2
w:bbl-route 8:5
w:bbl-student 1:-4 4:8 6:3
w:bbl-studenten 1:-1 3:2
w:bbl-traject 0:-1 1:2 4:-4 5:3 8:7
w:bbl-werkplek 1:-2 4:-1 5:5
w:beantwoord 5:-1 6:8
w:bed 0:-2 1:-1 5:12
w:bedenk 7:4
w:bedenken 0:8 5:-1
w:bedenkt 0:2
w:bedoeld 0:-2 1:-2 4:5 6:3
w:bedoeling 0:2
w:bedrijf 0:14 3:10 8:5
w:bedrijven 0:5 1:7 6:-1 7:1 8:2
w:beeld 0:6 2:6 3:3 4:-4
w:beelddenker 1:-2 4:4 8:-2
w:beetje 0:-7 1:9 3:-5 4:-1 5:12 7:5
w:begeleider 0:-2 1:-3 2:4 3:-1 6:11 7:-2
w:begeleiding 0:-9 1:8 4:-2 6:10 8:-2
w:begin 0:4 1:-2 4:3 6:-2 8:5
w:beginnen 0:2 1:-4 2:6 4:9 6:-3 8:6
w:begint 0:7 1:2 2:-2 4:-2 5:3 6:-2 7:-1 8:6
w:begon 0:6 5:-2
w:begonnen 1:-5 3:3 4:7 6:-1
w:begrijp 0:-5 5:6 7:5
w:begrijpelijk 0:1
w:begrijpen 0:1
w:begrip 0:-4 1:8 3:-1 4:3 7:-1
w:behaald 0:10 1:-3 2:-1 6:5 8:1
w:behaalde 0:5
w:behalve 0:-12 1:10 3:10 5:-1
w:behandeling 1:-3 4:-2 5:7
w:beheerst 1:9 4:-2
w:behouden 0:5 4:-2 8:-1
w:beide 0:4 5:-2
w:beinvloeden 0:-2 5:3
w:beinvloedt 0:-4 5:9
w:bekeken 0:6 1:1 4:-2
w:bekend 0:4
w:bekende 0:4
w:bekijk 0:13 1:-4 2:-2 4:-2
w:bekijken 0:4 1:2
w:bel 0:4 5:-1 6:-2 7:12 8:-2
w:belangrijk 0:5 1:-3 2:-2 5:1 7:2
w:belangrijker 0:-1 4:3
w:belangrijkste 2:2
w:belangstelling 0:3
w:beleefd 1:-2 4:3
w:bellen 0:10 1:-4 5:-3 7:9
w:ben 0:6 1:-3 3:11 5:3 6:-10 7:-6 8:-5
w:benieuwd 0:17 3:-1 8:-8
w:benoemen 0:2 1:3
w:bent 0:-22 1:26 2:-5 4:12 5:10 7:-12 8:9
w:beoordeling 0:2 1:-3 2:7 3:-1
w:bepaald 1:2
w:bepaalt 0:10 1:-2 2:3 3:-2 5:1 7:5 8:-2
w:bepalen 2:3 3:8 6:-2
w:beperkte 0:-7 1:12
w:bereid 0:5 1:-3 4:3
w:bereiden 0:11 1:-1 4:-2
w:bereik 2:3
w:bereiken 0:1 1:-2 3:4 5:-1
w:beroep 0:18 1:13 2:-5 3:-8 4:5 5:-6 7:-8 8:7
w:beroepen 0:26 1:5 3:2 4:9 5:-2 6:-2 8:-9
w:beroepenmarkt 0:2 1:-2 6:4 7:3
w:beroepentest 0:-2 1:-2 3:2 6:6 8:12
w:beroepsgerichte 0:-2 2:3
w:beroepskeuze 0:-16 1:11 2:3 5:7
w:beroepsorientatie 0:-3 2:-2 6:6
w:beschouwing 1:4
w:beschrijf 0:6 7:-2 8:-2
w:beschrijven 0:5 1:-4
w:beschut 0:-9 1:-4 4:18
w:besef 0:-6 7:16
w:beslis 7:6
w:beslissen 0:11 1:-2 7:-3
w:beslissing 0:-3 7:8
w:beslissingen 0:1
w:beslist 0:-3 5:2 7:15 8:-3
w:besloot 0:4 1:-1 3:-1
w:besloten 0:-6 3:-1 8:18
w:besluit 1:-4 7:15
w:bespreek 0:-9 1:10 2:8 3:6 5:1 6:-3 7:-5 8:-7
w:bespreken 0:4 1:-2 2:1 3:2
w:besproken 8:3
w:best 0:6 1:9 3:-2 4:18 7:-3 8:3
w:bestaan 0:7 7:-1 8:-2
w:bestaat 0:9 1:-3 7:-1
w:beste 0:-2 1:-4 2:4 3:14 4:-4 6:6 7:-2 8:30
w:besteed 1:3 6:2
w:beta 0:-2 1:-1 3:-1 4:8 8:-3
w:betaalt 0:-2 5:1 8:3
w:betalen 0:-5 1:-3 3:-1 4:-2 5:14 7:2
w:betavakken 1:1 2:2
w:betekenen 0:8 1:4 8:-3
w:betekenis 0:5
w:betekent 1:-7 2:10 3:6 4:-1 5:7 6:-3 7:11 8:-1
w:beter 0:-4 1:7 2:-3 3:7 4:11 6:-2 7:-11 8:27
w:betere 0:-1 3:1 6:1 8:9
w:betoog 0:5 1:-1 3:4 4:-1 5:-4
w:betreft 0:-3 8:8
w:bevalt 0:8
w:beveiliging 0:-7 1:1 4:7 5:6 6:-2 7:-2 8:3
w:bewegen 0:8 1:-2 4:4 8:-4
w:beweging 1:-5 4:5
w:bewijs 0:-4 2:-1 6:8 7:5
w:bewijsstukken 6:5
w:bewijzen 0:-1 3:-4 4:6 6:2
w:bewust 0:9 8:-1
w:bezig 0:19 1:-7
w:bezighoudt 0:4 1:-2
w:bezocht 0:-8 1:-1 3:10 5:-1 6:8
w:bezochte 0:-3 6:5
w:bezoek 0:7 3:-2 6:5 7:-3
w:bezoeken 0:5 1:3 2:2 3:-4 4:3 6:-1 8:-3
w:bezoekt 0:-4 3:6
w:bieden 0:5 1:-2
w:biedt 0:-3 1:9 3:-4 4:-1 8:2
w:bij 0:-6 1:2 2:2 3:2 5:4 6:-3 7:-24 8:-10
w:bijbaan 0:13 1:-5 4:-1 5:8 6:-1 8:3
w:bijbaantje 1:-2 3:4
w:bijdrage 5:2
w:bijgebleven 0:9 5:-1
w:bijhoudt 1:2
w:bijna 0:-5 1:3 3:16 4:-2 8:-1
w:bijstand 0:-7 7:9
w:bijvoorbeeld 0:5 5:4 6:-2
w:bindend 2:5 5:-2
w:binnen 0:7 2:3 4:-3 5:-2 6:8 7:2
w:biologie 2:8 3:2 4:-2 5:-2 8:2
w:bleef 0:9 1:-2 6:-1
w:bleek 0:6 1:-2 8:-1
w:blij 0:14 2:-1 4:2 6:-1 7:3
w:blijf 0:-7 1:2 3:8 4:-1 5:-1 7:4 8:15
w:blijft 0:-2 1:11 2:6 3:-4 4:-4 6:-2 7:7 8:4
w:blijkt 0:-3 1:2 7:-2 8:8
w:blijven 0:-17 1:8 2:-3 4:4 6:1 7:-2
w:blik 0:7 1:-3 8:-1
w:bloed 0:-5 1:-1 4:16 8:-2
w:blok 1:2
w:blow 0:-6 1:-3 5:13 8:-2
w:boeiend 0:4 2:-3
w:boeit 0:2
w:boek 0:-2 1:3
w:boeken 4:5 5:1 8:-1
w:boekhouden 0:4 5:-2
w:bol 8:2
w:boos 0:10 1:-1 5:-2 7:5 8:-2
w:boot 0:-5 3:1 7:2
w:bouw 0:-6 1:-4 3:-2 4:20 5:6 8:2
w:bouwen 0:6 1:-3 2:2 4:3 8:-1
w:bouwkunde 1:2 4:-1
w:bouwplaats 1:3
w:boven 0:-7 1:3 2:14 3:-5 4:8 5:-3 6:-1
w:bovenaan 3:3
w:bovenbouw 0:-3 1:1 2:4 3:1
w:bpv 0:1 4:-2 5:2 7:-2 8:-3
w:bpv-begeleider 0:7 6:-2
w:bpv-beoordeling 0:3 1:-1
w:bpv-periode 0:2 8:-1
w:bpv-plek 0:2 1:-2 7:3
w:bpv-uren 0:-4 6:8 7:-2
w:bracht 0:2
w:brandweer 0:6 1:-2 3:-1 5:-1
w:brede 0:3 8:1
w:breed 0:2
w:breedte 0:5 6:-3
w:brengen 1:3 3:-2
w:brengt 0:3
w:brief 7:2
w:broer 0:-8 1:-7 3:22 4:-3 5:1 7:-2 8:4
w:broertjes 0:-5 5:10
w:brood 0:-5 7:-3 8:13
w:brug 1:5 8:-3
w:brugklas 0:-1 2:3
w:brugklassers 0:6
w:bruikbaar 0:2
w:buiten 0:20 1:2 2:-1 5:-1 7:2
w:buitenland 1:-3 5:-1 8:9
w:buitenwerk 1:-3 4:5
w:bureau 7:2 8:-1
w:buren 0:3
w:buschauffeur 0:2
w:buurt 0:4 4:7 5:-5
w:c 0:-3 2:4 3:-1 4:1 8:3
w:capaciteiten 0:-4 1:16 4:-2
w:centraal 2:3
w:certificaat 0:1 7:3
w:chaos 0:6 1:-2 3:-1 5:-1
w:chaotisch 0:-6 1:16 4:-2 8:-1
w:chaotische 1:6 4:-4 8:-1
w:checken 0:-3 5:5
w:checklist 0:-5 5:-1 6:12 7:2
w:chef 0:1
w:cijfer 0:4 1:-6 2:25 4:-2 5:-3
w:cijferlijst 0:-2 2:12 4:1 7:-1
w:cijfers 0:-2 2:29 5:-3 6:-3 7:1 8:2
w:cito-toets 1:-2 2:3
w:cohort 0:-5 3:10 4:-1
w:collega 0:6 1:-2
w:collega's 0:2 1:6 4:-2
w:collegegeld 5:1
w:colleges 0:3 1:-1 5:-2
w:combineert 0:-3 5:8
w:combineren 0:-2 1:-2 3:5 4:2
w:competenties 2:-1 6:10
w:compleet 0:-3 5:-3 6:19 7:-1
w:compliment 0:7
w:computer 1:6 3:-6 4:1 5:3 8:-2
w:computers 4:6 8:-4
w:concentratie 1:14 4:-5 5:1
w:concentreren 0:-3 1:5
w:conclusie 8:7
w:concreet 0:4
w:concrete 0:2
w:contact 0:17 4:-2 5:2 8:-1
w:contacten 0:4 4:-1
w:contactgegevens 0:1
w:contract 7:4
w:creatief 0:-4 1:5 4:6 5:-1 7:-2 8:1
w:cultuur 0:-11 1:-2 4:13 5:-2 8:4
w:cv 7:3 8:3
w:daan 0:-6 1:-2 3:14 6:-3
w:daar 0:5 1:-4 2:11 3:-1 6:-12 7:-18 8:26
w:daaraan 0:-4 1:-2 2:3 3:7 4:1 5:-1 7:2
w:daarachter 0:5 1:-2 4:-1
w:daarbij 0:3 1:4 2:-1 3:12 4:-1 5:-2 7:-1
w:daarbuiten 0:2 5:-1
w:daardoor 0:-2 1:6 5:3
w:daarin 0:8 1:-1 3:-2
w:daarmee 0:-8 1:-5 2:11 3:2 5:14 7:5
w:daarna 0:2 2:-3 3:-3 4:-4 7:19 8:-4
w:daarnaar 0:-4 2:5 4:1
w:daarom 0:-3 1:9 4:4 5:-4 7:3 8:-1
w:daaronder 0:-2 5:3 8:1
w:daarop 0:-5 1:13 5:2
w:daarover 0:5 1:-3 4:2
w:daartegen 0:3 1:-1 5:-1
w:daartegenaan 4:3
w:daaruit 0:2
w:daarvan 0:-13 1:4 3:7 4:10 5:-1
w:daarvoor 0:3 8:6
w:dacht 0:12 1:-4
w:dag 0:21 1:13 3:6 4:-4 6:13 7:-5 8:-3
w:dagbesteding 0:2 1:-2 3:-3 4:8
w:dagen 0:-6 1:-8 2:-1 3:12 5:19 6:2 7:13
w:dagje 0:3 7:-1
w:dan 0:-3 1:3 3:4 4:-8 5:-3 6:12 7:4 8:-4
w:dapper 0:4 8:-1
w:dat 0:3 1:-4 3:12 4:-7 5:-11 6:-5 7:7 8:20
w:data 0:1
w:datum 0:2
w:de 0:3 1:-18 2:-9 3:11 4:-14 6:-3 8:5
w:deadline 0:4 1:-3 3:-3 4:-3 7:12
w:deadlines 0:2
w:debat 0:1
w:decaan 0:7 3:-3 4:-2 5:-1 6:8 8:3
w:decanen 0:2
w:deden 0:8 1:-2 4:-1
w:deed 0:19 1:-4 2:-1 3:14 5:-2 6:1 7:-1
w:deel 0:11 2:-1 3:-1 7:3
w:deelnemer 1:-2 3:2 7:5 8:-1
w:definitieve 0:-4 7:7 8:-1
w:degene 0:-2 3:3
w:delen 0:2 1:-1 5:7 7:-1
w:delft 0:4 1:-2 3:1 4:-2
w:denk 0:-4 3:4 4:16 5:-14 6:-6 7:25 8:-11
w:denken 0:-7 1:-4 2:3 3:-2 4:6 5:5 7:-3 8:18
w:denker 0:-7 1:11 4:1 7:-3
w:denkers 1:-3 4:6
w:denkt 0:10 1:3 2:6 3:4 4:-1
w:denkvermogen 1:2
w:depressie 0:-6 5:13 6:-1
w:depressief 0:-5 5:10
w:derde 0:-3 1:-1 3:4 5:4 7:2
w:destijds 0:-1 3:2
w:detailhandel 0:-5 1:8 5:-2
w:deur 0:10 1:-3 3:1 7:8
w:deuren 0:2 1:-3 6:-1 8:12
w:deze 1:-19 3:5 4:-6 5:-15 6:11 7:3 8:-22
w:dezelfde 0:3 1:-1 7:-3 8:6
w:diagnose 0:-8 1:-2 5:21 6:-2
w:dicht 3:-1 4:1 5:-3 6:3 8:3
w:dichtbij 0:7 1:-1 5:-3 6:-1
w:dichten 0:-3 1:1 2:7
w:dichterbij 0:9 1:-5
w:die 0:16 2:16 3:16 4:-17 5:-4 6:-8 7:-11 8:11
w:diensten 0:-3 1:4 4:-1 5:4 8:-2
w:diep 0:-2 4:-1 5:12 6:1
w:dieren 0:2 1:5 4:3 5:-2 8:-5
w:dierenarts 0:2 1:-4 2:3 5:-1 8:13
w:dierenzorg 0:4 8:-1
w:dietist 0:4 1:-2 2:-1
w:digitale 6:2
w:ding 0:2 1:11 4:-2 7:-3 8:-3
w:dingen 0:10 1:18 3:-4 5:-1 6:-1 7:-2
w:dinsdag 0:4 7:2 8:-3
w:diploma 0:6 1:-6 2:3 3:-4 5:-6 6:-6 7:8 8:2
w:discipline 1:10 2:-1 4:-2 8:-2
w:dit 0:8 1:-8 2:18 5:-3 6:25 7:17
w:docent 0:2
w:docenten 0:4 1:-1
w:dochter 1:13 2:3 4:-1 8:-2
w:doe 0:-13 1:-5 2:2 4:-2 5:3 6:5 7:-3 8:20
w:doel 0:3 2:3
w:doen 0:-20 1:3 3:-2 5:-7 6:-3 7:3 8:13
w:doener 0:-2 1:-5 3:6 8:3
w:doeners 0:-2 1:3 4:6 7:-2
w:doet 0:28 1:-7 3:2 5:2 6:-1 7:5
w:dokter 0:1
w:donderdag 0:2 6:-3 7:2
w:door 0:22 1:-15 2:3 3:-4 4:-3 6:14 7:5
w:doordeweeks 0:-3 5:7
w:doordeweekse 1:-1 5:5
w:doorgaat 0:4 1:-2 7:5
w:doorgegeven 0:4 1:-2 3:4
w:doorgeven 0:-3 6:2 7:2
w:doorleren 0:-1 1:-2 4:3 8:4
w:doorlopen 0:-2 2:3 6:4
w:doornemen 0:-2 2:6 5:-2 6:-2
w:doorpakt 0:-3 4:-1 7:6
w:doorslag 0:3 3:-1
w:doorstromen 0:-3 1:1 3:3 4:-3 7:-1 8:5
w:doorstroom 2:4 7:3 8:-2
w:doorstroomt 3:4
w:doorstuderen 0:3
w:doorvragen 0:4 1:5 7:-1
w:doorzetter 0:-2 1:12 2:1 6:1 8:-2
w:doorzettingsvermogen 1:9
w:dorp 1:-2 3:-1 4:6 8:-2
w:dossier 0:-6 1:4 3:-1 4:1 5:-2 6:19 7:1 8:-2
w:draad 0:-3 1:11 4:-3
w:draag 0:-2 5:5
w:draagt 0:-6 1:-4 4:8 7:4
w:draaien 0:4 1:-3
w:draait 5:3
w:dragen 0:3
w:drama 3:2 8:2
w:drie 0:-5 1:3 2:6 3:5 4:-7 5:-9 6:14 8:-6
w:driegesprek 0:5 3:-1 5:4 6:5 8:-1
w:drijft 0:7 1:-2
w:dringt 7:2
w:drink 0:-1 5:7
w:drinkt 0:-4 5:8
w:dromen 0:-6 4:6 8:5
w:droom 0:-2 7:2 8:6
w:droombaan 0:4 1:-2 6:5 7:-1
w:droomberoep 0:2 1:-2 7:2
w:droomopleiding 0:5 1:-2
w:droomstudie 0:-4 7:3 8:4
w:droomt 0:2 3:-1
w:druk 0:10 1:-2 4:2 5:-3 7:2
w:drukke 1:-3 4:4
w:drukte 1:2 8:-1
w:duidelijk 0:-9 1:8 4:-2 7:5 8:10
w:duidelijker 0:1
w:duiken 0:4
w:duits 0:-2 1:4 2:14 4:-2 5:-2 6:2
w:duitsland 0:2
w:duo 0:3
w:dure 0:-2 5:3
w:durf 0:7 3:-1
w:durfde 0:6 1:-2 5:-1
w:durft 0:7 1:-2 5:2 7:-1 8:-1
w:durven 0:7 1:-1
w:dus 0:-35 1:30 2:-8 3:6 4:30 5:-11 6:-4 7:13
w:duurt 0:-2 1:3 6:4 7:-1 8:-2
w:duurzaam 0:1
w:dyslect 0:-2 1:-6 4:15 7:-2 8:-2
w:dyslexie 0:3 1:-8 4:15 5:-4
w:e 5:-1 6:-1 7:5 8:2
w:echt 0:16 1:19 2:-3 3:-4 5:-4 6:-4 7:17 8:12
w:echte 1:-14 3:1 4:31 7:-1 8:-9
w:economie 0:-3 2:10 3:-8 4:3 5:-4 6:1 7:-3 8:6
w:economische 1:3 2:7 4:-2 8:-2
w:een 0:27 1:3 2:6 3:-13 4:20 5:-5 6:-7 8:-18
w:eenmaal 0:-10 1:9 3:-4 4:14 7:-1
w:eens 0:13 1:-1 2:4 3:19 4:3 6:-11 7:-12 8:-9
w:eentje 0:-1 1:2
w:eenvoudig 0:-15 1:7 4:10
w:eenvoudige 1:4 6:-2
w:eerder 0:-3 3:4 4:7 7:-1
w:eerdere 0:2
w:eerlijk 0:3 1:14 3:8 4:-8 5:-2 8:9
w:eerlijke 0:4 3:-2
w:eerst 1:8 2:5 3:-6 4:-2 6:-2 7:-2 8:12
w:eerste 0:25 1:-5 2:8 3:-6 4:-3 7:3 8:-7
w:eerstegeneratiestudent 0:-6 4:9
w:eerstegeneratiestudenten 0:10 4:-1
w:eerstejaars 3:8
w:eersten 0:7 4:-4
w:eet 0:-15 1:-2 5:35
w:eetpatroon 0:-3 5:8
w:eigen 0:36 1:1 3:-2 4:5 6:-4 7:-4 8:-3
w:eigenlijk 0:-20 1:12 2:-5 4:6 5:10 6:-3 7:-5 8:7
w:eind 0:1 1:-3 6:2 7:5
w:eindcijfer 0:-3 1:-1 2:9
w:einde 0:-4 7:5
w:eindelijk 0:-12 1:10 5:-3 7:8
w:eindeloos 0:7 1:-1 7:3
w:eindigen 0:-9 2:6 7:8
w:eindigt 4:-1 7:4 8:-1
w:eindpunt 0:4 1:-1
w:elektricien 0:-3 1:-1 3:8 4:-1 8:-1
w:elk 0:10 2:5 3:-1 4:-4 5:-4
w:elkaar 0:16 1:-2 2:-4 3:-1 5:4 6:4
w:elkaars 0:-5 3:8
w:elke 0:4 1:-5 3:-1 4:-5 5:3 6:21 7:9
w:en 0:32 1:-18 2:6 4:-35 5:9 6:-10 7:9 8:-6
w:ene 0:2 3:-1
w:energie 0:18 1:-3 2:-2 3:-3 4:6 5:4
w:eng 1:4 8:-3
w:engels 0:-6 1:20 2:6 3:1 5:-1
w:engelse 0:1
w:enige 0:-11 1:-7 3:20 4:-2 6:2 7:4 8:6
w:enkele 0:2 1:3 3:-2 4:-1
w:enthousiasme 0:1 3:2
w:enthousiast 0:5 1:-1 2:2 3:3 8:-2
w:entree 8:9
w:entreeopleiding 8:2
w:er 0:8 1:2 2:-15 3:-9 4:-34 5:17 6:7 8:-6
w:eraan 0:2 1:4 7:5
w:erachter 0:2
w:erbij 0:3 6:4 7:3
w:erg 0:5 1:-3 3:3 5:13 7:-4
w:ergens 0:7 1:9 3:-3 4:-2 5:-1 7:-3
w:ergste 0:3 2:-1
w:erin 0:6 1:-2
w:ermee 0:6 4:1 8:-1
w:erna 0:4 8:-1
w:ernaar 0:2 1:-2 3:-1 7:9 8:-2
w:erom 1:-2 6:6 7:8 8:-3
w:eronder 0:-3 2:6 3:-3 6:3
w:erop 0:1 7:2
w:erover 0:1 5:3
w:eruit 0:-3 1:8 4:-1 5:-1 7:10
w:eruitzien 0:6 1:-2 3:-1
w:eruitziet 0:5
w:ervan 0:7 1:-1 4:-1 7:1 8:2
w:ervaren 0:7 2:-2
w:ervaring 0:20 1:2 4:-3 7:-7 8:-3
w:ervaringen 0:2
w:ervoor 0:7 2:5 3:1 5:-2 7:-2 8:-3
w:eten 0:1 1:-2 2:-1 5:12 6:-3
w:even 0:-6 1:-1 3:10 5:14 6:28 7:-4 8:-2
w:exacte 0:-2 1:-4 2:2 4:4
w:examen 0:6 1:-7 2:3 4:-2 8:7
w:examencommissie 0:-2 6:1 7:4 8:-1
w:examenjaar 0:3
w:examenklas 0:-1 7:2
w:excursie 0:5 3:-2 7:7
w:extra 0:-12 1:15 4:-1
w:f 0:-2 1:4 2:8 6:-3
w:falen 0:11 7:-2 8:-4
w:familie 0:10 1:-1 4:2 5:4
w:families 0:-3 4:5
w:fase 0:1
w:favoriete 0:6 6:-2 7:-1
w:februari 0:5 7:-2
w:feedback 0:5 1:2 3:-2
w:feit 0:-2 1:10 3:-1 5:-2
w:ff 0:-2 6:6 7:-1
w:fietst 0:8 1:-4 5:2
w:fijn 1:4 5:2 7:1 8:-4
w:fijnst 0:1 1:-1 4:3
w:filmpje 0:4 1:-1
w:filmpjes 0:2 6:-1
w:filosofie 0:2 1:-1
w:financieel 5:2
w:financiele 0:-4 5:5
w:fixus 0:8 1:-1 7:4
w:flexibel 1:-2 4:4
w:flink 2:1 3:5 5:5 7:6
w:flinke 0:-2
w:fluiten 0:-3 7:6
w:formulier 0:5 6:4
w:foto 0:-5 6:9 7:-2
w:foto's 0:2
w:fout 0:-10 1:8 2:2 4:3 5:-2 6:-3
w:foute 0:-1 3:-1 4:1 7:6
w:fouten 0:2
w:frans 0:-4 1:4 2:6 3:-1 4:-3 5:-1 7:1 8:1
w:functie 1:5 4:3 7:-2 8:-2
w:g 0:-2 5:-2 8:13
w:ga 0:-15 1:8 5:-6 8:24
w:gaan 0:-14 1:9 2:1 3:-2 4:5 6:1 7:-8 8:-6
w:gaapt 0:-2 5:5
w:gaat 0:-13 1:1 2:11 4:-9 5:21 6:-11 8:8
w:gaf 0:28 1:-1 2:-3 4:-1 6:1
w:game-ontwikkelaar 4:-2 8:4
w:gamen 0:-3 5:14 6:1
w:games 0:2
w:gang 0:2
w:gapen 1:-2 5:3
w:garage 0:3 3:4
w:gast 0:2 4:2
w:gastles 0:4
w:gastspreker 1:5 3:-1
w:gat 0:-3 1:2 2:8 7:3
w:gaven 0:1
w:gebeld 0:2
w:gebeurde 0:2
w:gebeuren 0:4 2:3 5:-1
w:gebeurt 1:-3 4:-1 7:13
w:gebracht 0:4 3:-2
w:gebrek 0:-4 1:17 2:-1 5:-1
w:gebrekkig 1:7 4:-2 6:-1
w:gebruik 0:-1 1:-2 5:11
w:gebruiken 0:4 1:-5 2:1 7:1
w:gebruikt 0:-3 5:8
w:gedaan 0:-6 1:-3 3:9 4:-2 5:-3 6:16 8:8
w:gedacht 4:8 5:-2 6:-1
w:gedachte 0:3 2:-1
w:gedachten 0:9 1:-3 2:-5 5:6
w:gedeeld 0:5
w:gedoe 0:-3 1:-1 4:3 6:2
w:geduld 8:3
w:geduldig 0:5
w:geef 0:5 1:14 2:-3 3:-2 4:-1 5:-1 7:6 8:2
w:geeft 0:13 1:5 3:-1 7:-3
w:geen 0:-8 1:20 2:-2 3:9 4:18 6:-8 7:35 8:-2
w:gefeliciteerd 0:10
w:gefrustreerd 1:1
w:gegaan 0:2 3:2
w:gegrepen 0:-5 1:5 8:10
w:gehaald 0:-6 1:-2 2:15 3:5 5:-2 6:-2
w:gehad 2:-1 5:1 6:9
w:geheugen 0:-2 1:9 5:-2
w:geholpen 0:8 1:-2 3:-3
w:gehoopt 0:2
w:gekeken 0:-2 4:6 6:2
w:geknipt 8:1
w:gekomen 0:2 1:4 5:-2
w:gekozen 0:-8 1:-4 3:7 4:-3 5:-2 6:4 7:16 8:3
w:geld 0:9 1:-3 2:-2 4:4 5:11 7:3
w:geldt 0:3 4:4 6:4 7:-2 8:-2
w:geldzorgen 0:1
w:geleden 0:4 1:-2
w:geleerd 0:19 1:7 3:-5 4:-2 5:-3 6:-3
w:geloof 0:-5 4:10 5:-4 8:6
w:gelukt 0:-3 1:7
w:gemaakt 0:7 1:-2 4:4 5:-2 6:6 7:-2
w:gemengde 0:3 8:-2
w:gemerkt 0:3 2:-1
w:gemiddeld 0:4 2:6 3:-4 5:7
w:gemiddelde 0:-9 1:-1 2:31 3:15 5:-1 6:1 8:1
w:gemiste 0:-2 5:-2 7:8
w:gemotiveerd 0:-1 1:-3 3:5
w:geneeskunde 0:-8 1:2 3:1 5:-2 7:7 8:9
w:genoeg 0:-11 1:6 2:9 3:-3 4:-3 5:19 6:4 7:-11
w:genoegen 0:-1 8:9
w:genomen 0:5 4:6 7:-2 8:-1
w:gepland 0:2
w:geprobeerd 0:2 1:-1
w:gerecht 0:1
w:gereedschap 0:-1 1:7 3:-1
w:geregeld 3:3 6:-2 7:-3 8:8
w:geregistreerd 0:-3 3:-2 6:11 7:-1
w:gerust 0:20 1:2 6:-1 7:-4 8:-2
w:geschiedenis 0:6 1:-4 7:3 8:2
w:geschikt 0:-6 4:-3 8:16
w:geslaagd 0:8 1:-1
w:geslagen 5:3
w:gesprek 0:19 1:-4 2:3 3:-4 4:-6 6:13 7:8 8:-5
w:gesprekken 0:8 5:2 6:-3 7:-1
w:gespreksverslag 0:-3 1:5 2:-1 6:6
w:gesproken 0:-1 3:3 6:5 8:-3
w:gesteld 1:5 3:-1
w:gestopt 0:4 1:-4 5:6
w:gestudeerd 0:-2 1:-2 2:1 3:2 4:10
w:getekend 0:-3 5:-1 6:8
w:geupload 6:6
w:geval 0:3 1:-1
w:geven 0:-1 1:10 2:-3 6:1 8:8
w:gevoel 0:12 1:3 5:-1 6:1
w:gevoerd 0:-2 5:-3 6:7
w:gevolgen 0:-4 1:-2 5:7 7:4
w:gevonden 0:-7 1:8 3:5 4:-1
w:gevraagd 0:5 1:2
w:gevuld 0:-2 3:2 6:18
w:geweest 1:2 3:-2 4:-1 5:9 8:-1
w:gewend 0:20 3:-2 4:3 5:-4 7:-1
w:gewerkt 0:-1 1:-1 5:4
w:gewicht 0:-4 5:11 6:-2
w:gewisseld 0:-8 1:11 3:-1
w:gewone 0:9 4:5 6:-1 7:-2 8:-2
w:gewoon 0:3 1:9 2:-2 3:-5 4:5 5:-8 7:-2 8:20
w:geworden 0:1 1:-4 3:12 4:-2 8:-1
w:gezakt 0:-2 2:7 5:-2
w:gezegd 0:-4 1:-1 3:9 4:-5 6:1 8:13
w:gezet 0:3 3:-1 6:6
w:gezien 0:-6 1:17 3:2 5:-5
w:gezin 0:-8 1:-5 3:-2 4:12 5:23 6:-4
w:gezinnen 1:-1 4:4
w:gezocht 0:6 1:-2 8:-2
w:gezondheid 0:6 1:-2 4:-3 5:5 6:-1 8:4
w:gezondheidszorg 0:4 4:-1
w:ging 0:26 1:-7 2:2 3:3 4:-2 5:-1
w:gingen 5:1
w:gl 1:6 2:3 7:-3
w:goed 0:14 1:-4 2:7 4:13 5:-7 6:-9 7:-1 8:8
w:goede 0:3 1:3 3:-1 5:-1 6:-1 7:7 8:4
w:gok 0:1
w:graag 0:40 1:-12 4:9 5:1 6:3 7:-5 8:-4
w:grafieken 0:3 2:-3
w:grens 1:2 2:2
w:grijpen 0:-3 1:-4 4:11
w:groei 0:1
w:groeit 0:9 1:-1 3:-1
w:groen 0:-3 3:-3 4:4 6:10 7:-1
w:groenvoorziening 0:-2 1:1 8:2
w:groep 1:2 2:1 3:34 4:-4 5:-2 7:6 8:-5
w:groepje 0:-3 3:7
w:groepsgemiddelde 0:-1 1:-3 2:-1 3:7
w:groepsopdracht 0:2
w:groepsproject 0:2
w:groepswerk 0:-2 1:3
w:groningen 6:-1 8:4
w:groot 0:-1 1:-3 3:6 4:1 7:2 8:4
w:grootste 0:5 1:-2 3:-1
w:grote 0:4 1:-5 4:7
w:grotendeels 0:-2 1:2
w:gymnasiasten 0:-4 4:8
w:haakt 0:-4 7:15
w:haal 0:-16 1:1 2:13 4:-1 5:-2 7:8
w:haalbaar 0:-3 1:3 3:-2 5:10 6:-2 7:-2 8:2
w:haalbaars 0:-2 1:-3 7:4 8:5
w:haalde 0:-2 1:-2 2:2 3:3
w:haalt 1:5 2:9 4:-3 5:8 6:-2 7:2 8:-3
w:haar 0:-3 1:9 3:15 4:-2 5:12 7:-3 8:-4
w:had 0:15 1:-11 2:12 3:8 4:-1 5:-2 6:-1
w:hadden 3:3 6:3
w:hakken 0:3 5:-2 6:-2 7:5
w:halen 0:-9 2:15 5:-2 6:1 7:-2 8:2
w:half 0:-4 1:-1 2:4 3:5
w:halve 0:1 2:2
w:halverwege 0:7 8:-1
w:hand 0:-2 1:-6 3:12 4:18 5:2 6:2 8:-4
w:handel 4:7
w:handen 0:-2 1:2 3:-6 4:14 5:-2 7:7
w:handig 0:-3 1:-3 2:6 4:7 5:2 8:3
w:handiger 0:-2 1:4 3:1 4:-2
w:handigheid 0:-1 4:-2 8:8
w:handschrift 0:-3 1:5
w:handtekening 0:-2 5:-2 6:7 7:5
w:handtekeningen 0:-3 6:9
w:handwerk 0:-2 1:2
w:hangen 0:4
w:hangt 2:6
w:hard 0:1 1:2
w:harder 0:-5 3:2 8:2
w:hardop 0:4
w:hardst 2:1
w:haven 0:2 1:-1 3:2
w:havist 0:-3 1:-2 3:4 4:14 6:1
w:havisten 0:-3 3:-2 4:15 7:1
w:havo 0:5 3:3 4:3 5:-6 6:-9 7:-9 8:22
w:hbo 0:12 1:-5 3:2 4:22 5:-2 6:-6 7:-3 8:5
w:hbo-opleiding 1:-4 3:4 4:-9 8:10
w:hbo-opleidingen 0:1
w:hbo-studie 1:4
w:he 1:3 2:2 3:-3 5:8 6:-2
w:heb 0:-4 1:-7 3:-5 4:12 5:4 6:24 7:-6 8:17
w:hebben 0:-5 1:-8 2:-1 3:12 4:7 6:8 7:-9
w:hebt 0:-3 1:8 2:4 4:-3 5:-2 6:15 7:17 8:-11
w:heeft 0:-20 1:-8 2:-4 3:10 4:-12 5:13 7:4 8:9
w:heel 1:5 3:2 4:6 5:-4 6:-2 8:-6
w:heen 0:10 1:-5 3:5 7:-2
w:heftruckcertificaat 0:1
w:helder 0:3 8:2
w:hele 0:-3 3:7 5:7 6:-3 7:4
w:helemaal 0:13 1:2 3:-5 4:1 5:-2 7:-2 8:-2
w:helft 0:-5 1:4 3:7
w:help 0:1
w:helpen 0:14 1:7 3:-4 4:-3 5:-4 7:-2
w:helpt 0:13 5:9
w:hem 0:-1 1:9 2:-3 3:3 4:9 5:-5 7:-2 8:12
w:hen 0:-3 1:-2 3:4 5:3
w:herfstvakantie 0:-4 2:4 6:3 7:2
w:herintreder 1:-3 4:6
w:herkansen 0:-3 2:4
w:herkansing 0:-3 1:-2 2:9
w:herken 0:5 1:6 2:-4 3:-1 4:6 5:-2
w:het 0:3 2:-9 3:6 4:-5 6:18 7:-6
w:hield 0:3 5:-2
w:hielp 0:14 1:-3 8:-4
w:hier 0:14 1:-7 3:9 4:-2 5:5 6:3 7:-3 8:-4
w:hieronder 0:2 1:-2
w:hij 0:-31 1:12 2:7 3:4 4:-19 6:-16 7:5 8:-8
w:hobby 1:-2 6:-2 7:-2 8:9
w:hoe 0:22 1:3 2:13 4:-19 5:6 6:-27 7:-14 8:-21
w:hoef 0:3 1:2 6:2 7:-1 8:3
w:hoeft 0:18 1:-6 3:1 4:-1 5:-3 6:6 7:-8 8:3
w:hoeveel 0:-12 1:-10 2:24 3:2 4:-2 5:5 6:15 7:-3
w:hoeven 1:2 6:4 7:-2
w:hoge 0:-5 2:1 4:6
w:hoger 0:-2 2:6 4:-3 6:1 8:7
w:hogeschool 4:4
w:hoofd 0:7 1:4 3:-1 5:-2 6:-4 8:7
w:hoofddoek 0:-7 1:-5 4:16
w:hoog 0:-3 1:-3 2:3 3:2 4:9 5:-4 8:13
w:hoogvlieger 0:-2 1:13 4:-4 8:-4
w:hoop 0:1
w:hoopte 0:1
w:hoor 0:7 1:15 3:6 5:-6 7:-1
w:hoorde 0:5 5:8 6:1 8:-1
w:hoort 0:-10 1:-5 3:4 4:5 5:18 6:-2 7:-2 8:10
w:hopeloos 0:-5 1:3
w:hopen 0:5 3:-3
w:horeca 0:-6 1:21 4:13 5:-2 7:-2 8:-6
w:horen 0:10 1:-5 3:-6 4:14 7:4 8:-3
w:hou 0:-3 1:-1 4:6
w:houd 0:-3 5:-2 7:-2 8:6
w:houden 0:-12 1:-6 2:3 3:-7 4:5 5:3 7:-6
w:houding 1:11 2:1 4:2 5:-1 6:-4
w:houdt 0:-8 1:6 2:-3 3:4 6:-3 7:8 8:2
w:huidige 0:3 1:-3 8:3
w:huis 0:5 1:-3 4:2 5:-4 7:6
w:huisarts 0:-1 3:-2 5:8
w:huiswerk 0:-3 4:-2 5:5
w:hulp 0:6 1:3 3:1 4:-3 7:-1
w:hun 0:2 1:-2 2:3 3:18 4:7 5:-5 6:-1 7:-1
w:huur 1:-2 3:-1 5:5
w:ict 0:7 1:-5 3:-2 4:6 5:2 6:-1 7:-3 8:3
w:ideaal 4:2
w:ideale 0:5 1:-1 3:-1
w:idee 0:11 1:5 3:2 4:-6 5:-2 6:-2 7:-5 8:10
w:ideeen 0:8 4:7 8:-4
w:iedere 1:1
w:iedereen 0:7 2:-2 3:3 4:-9 5:-3 7:14 8:-5
w:iemand 0:17 1:16 3:-4 4:-3 5:3 6:-1 8:6
w:iets 0:20 1:7 2:-4 4:11 5:-9 7:-15 8:-4
w:ik 0:-1 1:-15 2:-1 3:-4 5:13 6:20 7:25 8:47
w:in 0:14 1:-4 2:-13 4:12 5:11 7:-6
w:indirecte 0:5
w:informatica 0:-3 1:-6 3:2 4:4 5:2 7:4 8:-1
w:informatie 0:15 1:-2 3:1 7:-1
w:ingedeeld 7:3
w:ingeleverd 0:-8 3:-1 6:9 7:9
w:ingeloot 0:10 1:-4 7:-1
w:ingenieur 3:12 8:-4
w:ingenieurs 0:-7 5:1 7:1
w:ingeschreven 0:-1 1:-2 3:2 6:-2 7:3 8:2
w:ingevuld 0:-4 6:5 7:6
w:inhalen 0:-3 1:-2 2:5 3:6 5:-1
w:inhoud 1:-1 6:2
w:initiatief 0:-8 1:17 3:-3
w:inleveren 0:-5 5:5 7:2
w:inmiddels 0:-1 2:-2 5:-3 6:8
w:inschrijving 0:-3 5:-2 6:-2 7:13 8:2
w:inspectie 0:-4 6:14
w:installatietechniek 0:-2 1:2
w:instroomt 0:4 7:-2
w:instructies 0:-3 1:9 4:-4
w:intake 0:-3 7:5
w:interessant 0:9 1:-3 4:-2 6:1
w:interesse 0:2 4:-2 5:4 8:1
w:interesseert 0:5 1:-1
w:interesses 0:11 3:-1 6:2 8:-7
w:interessetest 0:-6 2:-1 3:8 6:4 8:3
w:interieur 0:3 2:2
w:internationale 1:9
w:interview 0:4
w:interviewen 0:2
w:invloed 0:-5 5:14 6:-1
w:invullen 0:2 6:1
w:invult 0:-4 6:11 8:-4
w:inzet 0:-6 1:15 2:-2 8:-2
w:inzetten 0:7 5:-4
w:inzicht 0:-1 1:7 7:-1
w:is 0:-14 1:12 2:-9 3:-12 4:-1 5:10 6:17 8:23
w:isk 1:-2 4:3
w:isk-groep 3:1
w:isk-leerlingen 0:-2 3:4
w:jaar 1:-8 3:7 4:-18 5:-10 6:3 7:14 8:-6
w:jaargenoten 0:-2 1:-2 3:6
w:jaarlaag 0:-3 2:4 3:1
w:januari 2:1 7:10 8:-5
w:jaren 0:-6 1:2 3:2 7:7
w:je 1:-17 2:3 3:-11 4:-23 5:16 6:12 7:17 8:-2
w:jeugdzorg 5:9 6:-5
w:jezelf 0:4 1:13 3:1 4:4 5:-2 6:-3 7:-6 8:-3
w:jij 1:20 2:-6 3:66 4:29 5:-12 6:-14 7:-5 8:20
w:jongen 0:-3 4:6 5:-1
w:jongens 1:-7 2:1 3:-6 4:32 6:2 7:1 8:-3
w:jongere 0:1 3:1 4:-1
w:jongeren 0:-3 3:3 7:2
w:jou 1:13 2:-18 3:25 4:4 5:-14 6:-13 7:-8 8:27
w:journalisten 0:5 1:-1 4:-3
w:jouw 0:-19 1:15 3:20 4:6 5:-9 6:-11 7:-5 8:8
w:jouwe 0:1 4:2
w:juist 0:21 1:-3 3:-2 6:1 8:1
w:juiste 8:3
w:jullie 0:-9 1:-6 3:13 4:1 5:19 7:-2 8:-7
w:juni 0:-2 2:7
w:kader 0:-2 2:2 3:3
w:kaderberoepsgerichte 0:-4 1:2 3:-3 4:4 7:-1 8:4
w:kaderleerling 1:-3 4:5 8:-1
w:kaderleerlingen 1:-1 4:2
w:kamer 0:-3 1:-2 5:6
w:kamers 4:-1 5:3
w:kan 0:17 1:11 2:-5 3:2 4:-8 6:14 7:-7 8:-8
w:kans 0:-5 1:-6 6:-3 7:28
w:kansen 1:-2 2:3 3:-2 5:-3 7:10 8:4
w:kant 0:17 1:6 2:-2 3:4 4:-1 7:-4 8:-1
w:kanten 0:12 1:-2 3:-3 7:-2
w:kantoor 0:2 1:-2 4:5 5:-3
w:kantoorbaan 0:-5 1:5 3:3 4:5 7:-2 8:-3
w:kantoorfunctie 1:2 4:-2
w:kantoorwerk 0:-7 1:5 4:4
w:kapper 0:5 1:-4 4:2 7:-2 8:4
w:kappersopleiding 0:-4 1:-1 4:5 8:5
w:karakter 0:-2 1:-3 8:9
w:kassa 0:3 4:-1
w:keer 0:3 1:13 4:-8 5:-4 6:-3 7:13 8:-6
w:ken 0:13 1:5 2:-1 4:4 5:-2 7:-1 8:-1
w:kende 0:9 1:-1 7:-3
w:kennen 0:9 1:-2 4:-3
w:kennistoets 2:3 3:-1
w:kent 0:14 1:3 2:1 5:-1 7:-2 8:-1
w:kern 0:3
w:kerntaak 6:3
w:kernvraag 0:3 6:-1
w:kerst 5:-1 6:6 7:10 8:-4
w:kerstvakantie 1:-1 2:-3 6:5 7:4
w:keuken 0:-4 1:4 2:3 3:-2 5:3
w:keus 0:5
w:keuze 0:11 1:-12 2:-5 4:-2 5:9 6:-7 7:33 8:6
w:keuzedeel 1:-1 4:3
w:keuzedelen 0:1
w:keuzeformulier 0:-4 5:-2 6:4 7:3
w:keuzegesprek 0:1
w:keuzemodule 0:-2 6:7
w:keuzemoment 0:6 6:-1
w:keuzemomenten 0:2
w:keuzeplan 2:1 3:-3 6:4
w:keuzes 0:12 3:11 5:-3 6:-2 7:-3
w:keuzevak 0:11 1:-2
w:kies 0:-16 3:3 5:-2 6:-2 7:28 8:29
w:kiesmbo 0:4
w:kiest 0:-5 1:2 2:-2 4:-5 6:1 7:11 8:8
w:kiezen 0:9 1:-3 2:-2 3:1 4:18 6:-4 7:-4 8:1
w:kijk 0:-7 2:7 3:14 4:1 5:-2 6:1 7:-8 8:-2
w:kijken 0:16 1:-4 2:1 3:-2 4:4 5:2 7:-3 8:-2
w:kijkt 0:4 1:7 3:-1 8:-1
w:kind 0:-12 1:3 2:-2 3:3 5:1 6:-5 7:-5
w:kinderen 0:-4 1:-8 3:-2 4:12 8:10
w:kinderopvang 0:-1 3:4 4:8 8:3
w:klaar 0:-6 3:-3 4:2 5:-2 6:23 8:8
w:klant 0:7 5:-1
w:klantcontact 1:6
w:klanten 0:6 1:2 8:-4
w:klas 0:2 1:-7 2:1 3:44 4:7 5:-4 7:-3
w:klasgenoot 0:4 3:1
w:klasgenoten 1:-5 3:15
w:klassengemiddelde 0:-2 3:5 6:-1
w:klein 0:3 1:3 3:-3 4:5 7:-3
w:kleine 0:5 5:3 6:-1 7:-1 8:5
w:kleiner 0:-1 7:7
w:kleins 0:6 4:-1 6:-1
w:kleur 0:-2 1:2 2:3
w:kleuren 5:2
w:klik 0:3 4:-5 6:9
w:klinkt 0:2
w:klok 0:-1 2:1 4:1 6:-2 7:12
w:klonk 0:1
w:kloppen 6:2
w:klopt 0:3 4:8 5:-3 6:8 7:-2 8:-3
w:klus 0:15 1:-3 5:-1 8:1
w:klusje 0:2
w:knap 0:13 4:1 7:-2
w:kok 0:-11 1:7 3:-2 7:-2 8:17
w:koken 0:7 5:-1
w:kom 0:-6 1:17 2:18 3:-9 5:-1 7:9 8:3
w:komen 0:-2 1:-5 2:-4 4:13 5:1 6:4 7:4 8:-5
w:komende 0:9 1:-3 2:-1
w:komt 0:-12 1:6 2:-8 3:11 4:5 5:-5 6:-9
w:kon 0:6 1:-2
w:koos 0:4 1:-3 3:7 4:-1 7:-3 8:7
w:kopieer 6:8 7:-1 8:-1
w:koppelt 0:11 6:-1
w:kort 1:11 2:-1 6:17 8:-3
w:korte 0:-7 1:14 4:3 5:-1 8:-2
w:kortste 7:-4 8:7
w:kost 0:7 1:-3 3:-2 4:-1 7:3 8:-2
w:kosten 5:3
w:kracht 0:3
w:kreeg 0:4 1:-2 2:3 3:2 5:-1
w:krijg 0:1 1:4 3:-3 4:-2 5:5 6:-3 7:5
w:krijgen 0:-9 1:3 2:7 3:-1 5:4 7:4
w:krijgt 1:-4 3:-3 4:-3 6:7 7:8 8:4
w:krikken 2:1
w:kritiek 0:3 1:6
w:kritische 0:4 1:-2
w:kruis 0:-7 1:-1 6:17 7:-3 8:-4
w:kun 0:-29 1:1 2:1 4:5 5:-11 6:-11 7:5 8:-10
w:kunnen 1:9 2:-6 3:-4 4:-12 5:6 7:8 8:-3
w:kunst 1:-3 5:5 6:-2 8:8
w:kunstacademie 0:3 1:-5 3:1 5:-2 8:10
w:kunt 0:-7 1:16 2:7 4:-5 5:7 8:12
w:kwaliteit 0:15 2:1 4:-1
w:kwaliteiten 0:6 1:-2 6:10 8:-4
w:kwaliteitenreflectie 0:1
w:kwam 0:-5 1:13 3:3 4:-2 5:-2
w:kwartier 0:1 1:2 6:-1
w:kwijt 1:7 3:-1 5:-2 7:7
w:kwijtraakt 0:-3 1:8 4:-3
w:laag 0:-16 1:9 2:6 4:-5 5:-2
w:laagst 0:-3 2:3 3:4 6:-2
w:laagste 0:-10 2:9 3:4
w:laat 0:6 1:-5 2:-5 3:-8 4:-4 6:8 7:9 8:5
w:laatst 0:16 1:-2 5:-2
w:laatste 0:-16 1:-4 2:8 3:4 5:10 6:-5 8:-3
w:laborant 8:3
w:ladders 0:5 4:-1
w:lag 0:-4 2:5
w:lage 0:-3 1:6 5:-1
w:lager 0:-3 1:2 2:-3 3:7 6:-1 8:1
w:land 0:-15 1:-4 3:-2 4:4 5:19 8:8
w:landbouw 3:-3 4:4
w:landen 0:1
w:landt 0:1 1:4 8:-2
w:lang 0:2 1:-2 2:-1 3:4 5:-2 6:3 7:25 8:-3
w:lange 1:5 3:-2 4:5 5:-2 7:-2 8:-2
w:langer 3:-2 7:10 8:-1
w:langs 0:5 1:-2 3:-2 6:6
w:langst 3:2
w:langzaam 0:-5 1:7
w:langzaamste 0:-3 3:7
w:lassen 4:4
w:last 0:-4 5:9 6:-2
w:lastig 0:3 1:19 2:-1 3:-2 4:3 5:6 7:-1 8:-4
w:lastige 0:4
w:laten 0:-5 1:17 2:8 5:-3 6:10
w:later 0:19 1:-7 2:5 3:-2 4:2 5:-6 6:-4 8:17
w:latere 0:2
w:leeft 0:8 1:-3
w:leeftijd 0:-10 1:-4 3:16 4:7
w:leeftijdsgenoten 0:-2 3:10 6:-1
w:leeg 0:-5 1:4 3:-2 6:10 7:-3 8:-1
w:leek 8:1
w:leer 0:4 1:-1 8:5
w:leerbaan 0:5 1:-5 3:2 4:-2 7:8
w:leerbedrijf 0:-10 1:-3 4:-3 6:2 7:16 8:8
w:leerbedrijven 0:4 5:-1 7:-1
w:leerde 0:5 6:1
w:leerjaar 0:4 1:9 3:-3 8:-3
w:leerling 0:17 1:9 3:-10 4:-14 5:6 6:-3 7:-13 8:5
w:leerlingen 0:3 1:-8 3:23 4:6 8:-3
w:leermeester 0:5 1:-5 6:3
w:leert 0:14 4:-2 6:1 7:-1
w:leerweg 0:-2 1:2 3:-3 4:4 6:-1 7:-1 8:7
w:leerwerkloket 8:2
w:leerwerkplek 0:-3 5:4 7:4
w:lees 0:6 2:-2
w:leest 0:2 1:2 4:-1
w:lef 0:4 7:-1
w:leg 0:4 1:4 2:2 3:15 4:-5 6:-1 7:-2
w:legde 0:5
w:lege 0:-1 1:-1 3:-3 7:8
w:leggen 0:1 1:-2 4:5 6:3 8:-3
w:legt 0:4
w:leiden 4:2
w:leiding 0:-10 1:12
w:leidinggevende 0:6 1:-3 5:-1
w:lekker 0:-5 1:3 4:-2 8:8
w:lens 0:6 6:-2
w:leraar 8:3
w:leren 0:2 1:5 2:-7 3:13 4:8 5:-5 6:-2 7:-6
w:les 0:15 1:3 3:3 7:-2 8:-2
w:lessen 0:1
w:let 0:-10 5:8 7:2
w:letten 0:-2 1:4 5:5
w:leuk 0:15 1:14 3:-4 7:-2 8:2
w:leuke 1:-4 6:-1 7:9
w:leuker 0:2
w:leukst 0:14 2:-2 6:-3
w:leukste 0:-9 4:10 7:4
w:leven 0:6 4:-1 6:-2 7:4
w:lever 0:-5 1:-2 2:2 6:11 7:12 8:-2
w:levert 1:-2 8:8
w:lezen 0:-8 1:18 4:-2
w:lezer 0:-5 1:5
w:lezers 1:-2 4:3
w:lichamelijk 0:3 1:-2
w:lichamelijke 0:-1 1:7 2:3 3:-2 4:-1
w:lichtere 0:-4 1:5
w:lichting 0:-3 2:-1 3:11 4:-4
w:liefst 0:14 1:-2 3:-2 4:4 5:-2
w:liep 0:9 1:-2 2:-2 3:-2
w:liet 0:4 1:-1 8:-1
w:liever 0:4 1:6 4:9 5:-5 7:-4 8:10
w:lig 0:-4 1:-1 5:9 7:10
w:liggen 0:-2 1:2 2:2 4:6
w:ligt 0:-10 1:8 2:5 3:9 4:6 6:-6 7:-6 8:-7
w:lijken 0:-3 1:-2 3:6
w:lijkt 0:5 2:-1 3:-8 4:5 7:-3 8:9
w:lijn 0:6 2:2 5:-1 6:-3
w:lijst 0:5 1:-4 2:-1 3:2 6:5
w:lijstje 0:-7 1:5 5:-1 6:8 7:3 8:-2
w:link 0:2
w:linkerhanden 0:-4 1:13 3:-2 4:-3
w:ll 0:-5 1:7 3:1
w:lo 0:3 1:2 2:-1
w:lob 0:-1 2:-2 3:3 5:4 6:16 7:-2 8:-2
w:lob-activiteiten 5:-1 6:2
w:lob-dossier 6:2
w:lob-formulier 6:2
w:lob-gesprek 5:1 6:-1
w:lob-opdrachten 2:-1 3:2
w:lob-portfolio 6:1
w:lob-programma 1:-1 6:6 7:-3
w:lob-punten 0:-3 2:-2 5:-3 6:11
w:lob-uren 0:-3 6:6
w:lob-week 0:2
w:logboek 0:-2 7:4
w:logisch 4:2
w:logische 0:-2 1:-2 4:2 8:6
w:logistiek 1:1 4:5 7:-2 8:6
w:lontje 0:-1 1:4 4:-1 8:-1
w:loondienst 8:2
w:loop 0:-5 1:6 2:-1 6:3 7:2
w:loopbaan 0:10 6:-3 7:-1
w:loopbaanbegeleider 0:5 6:-4
w:loopbaanbegeleiding 0:14 1:-3 6:-2 7:-1 8:-2
w:loopbaancompetenties 0:4 6:-1
w:loopbaandossier 0:-3 3:1 5:4 6:6
w:loopbaangesprek 0:-6 2:11 5:8 6:-6 7:3
w:loopbaangesprekken 0:-11 1:12 2:-1 6:9 8:1
w:loopbaanopdrachten 2:-1 6:4
w:loopbaanorientatie 6:2
w:loopbaanplan 0:-4 5:3 7:3
w:loopbaansturing 0:7
w:loopt 0:2 1:6 3:2 4:-1 5:-5 6:-2
w:lopen 0:9 1:-3 3:2 6:1
w:los 0:12 1:1 2:-5 8:2
w:lossen 1:2
w:loting 0:2
w:luchtkasteel 0:-1 1:-1 4:-3 8:7
w:lui 0:-4 3:-3 4:10 8:1
w:luister 0:12 7:-1 8:-3
w:luisteren 0:4 4:2 6:-1 7:-2
w:lukken 0:2 1:-2 7:4
w:lukt 0:-8 1:26 3:8 4:-8 5:4 7:-4 8:-2
w:lukte 0:9 1:-4 3:-2 7:-1
w:m 4:1 7:-1 8:6
w:maak 0:-14 1:2 2:4 3:-3 4:-3 6:-2 7:2 8:4
w:maakt 0:24 2:-7 3:11 4:-4 5:-3 6:14 7:4 8:-9
w:maakte 0:11 1:-2 3:-3
w:maand 0:4 6:4 7:5 8:-5
w:maandag 0:-4 1:-1 3:-2 6:-5 7:16
w:maanden 0:3 1:-3 7:3 8:-1
w:maar 0:-18 1:6 2:-5 5:-4 6:20 7:-4 8:41
w:maart 7:10 8:-4
w:maat 0:-1 1:11 2:6 3:-1 5:-2 8:-2
w:maatschappelijke 0:2
w:maatschappij 0:6 4:-1 7:-2 8:5
w:maatschappijleer 1:2 3:-2
w:machine 0:3 1:4 3:-5 4:-1
w:mag 0:26 1:-3 2:3 3:-5 4:-4 7:10 8:-10
w:magazijn 0:-2 1:-2 4:3 8:3
w:mager 1:-2 5:4
w:magister 0:-7 2:5 5:-2 6:7 7:2 8:-1
w:mail 0:-4 6:5 7:2
w:maken 0:3 6:4 7:8 8:-3
w:makkelijk 0:4 1:-2
w:makkelijker 8:1
w:makkelijkst 0:3 1:-3 2:3
w:manier 0:2 1:5 4:-4 8:-1
w:manieren 0:3 6:-2
w:map 0:-1 6:8 8:-1
w:marokkaanse 0:-6 4:10
w:matig 0:-4 2:12 5:-3
w:mavo 0:-2 8:6
w:mbo 0:13 1:-10 3:5 4:3 5:-3 7:-4 8:19
w:mbo-diploma 0:-5 1:2 8:3
w:mbo-opleiding 0:-4 1:3 2:3 4:12 7:-1 8:2
w:mbo-opleidingen 0:2 1:-1 2:5
w:mbo-school 3:1
w:me 0:3 2:-3 3:-6 5:-9 6:4 7:-6 8:2
w:medecursisten 3:5
w:medeleerlingen 0:-2 1:-2 3:6 4:-1
w:medestudenten 0:-3 3:4
w:medewerker 0:1 1:-1 4:-3 8:5
w:mediavormgeving 0:9 5:-6
w:medicatie 0:-8 1:-1 5:18
w:medicijnen 0:-7 5:16
w:mee 0:15 3:-8 4:-1 6:4 8:4
w:meedenken 0:1
w:meedenkt 0:11 5:-4
w:meegekregen 0:1
w:meegemaakt 0:-8 5:10
w:meegenomen 0:-9 6:10
w:meekijkt 7:6
w:meeloopdag 0:5 1:-2 3:2 4:-1 5:-3 6:4 7:7
w:meeloopdagen 0:-5 2:-1 3:6 6:7 7:2
w:meelopen 0:12 6:-2 7:-6
w:meemaakte 0:1
w:meeneemt 0:3
w:meenemen 0:5 1:-3 5:3
w:meer 0:-7 1:-4 2:-5 3:3 4:6 6:-7 7:12
w:meerdere 0:7
w:meest 0:17 1:4 4:-3 5:-6 6:-9 7:-1 8:6
w:meestal 0:-11 1:-4 3:-7 4:32 7:2 8:-1
w:meeste 0:3 2:1 3:13 4:-4 8:3
w:meet 0:-2 1:5 4:-1 5:-1
w:meetlat 0:6 6:-2
w:mei 0:17 2:-3 5:2 7:14 8:-1
w:meid 0:-3 4:14 5:-2
w:meiden 0:-1 1:-1 2:-1 3:-5 4:22 5:1 6:2 7:2
w:meisje 0:-12 1:-4 2:2 3:2 4:36 6:1
w:meisjes 0:5 3:-2 4:3 5:-2
w:meld 0:-9 1:-3 2:1 6:-2 7:19 8:4
w:melding 0:-5 3:-2 6:10 7:2
w:mening 0:3 7:-2
w:mens 0:10 8:-2
w:mensen 0:19 3:-2 4:7 5:-2 6:1 7:7 8:-5
w:mensenmens 1:-4 7:-2 8:9
w:mentale 0:-2 5:5
w:mentor 0:14 1:-2 3:-2 5:4 6:-2 7:2
w:mentoren 0:-2 1:-1 8:4
w:mentorgroep 0:-3 3:8 4:-2
w:mentoruur 0:-4 2:5 5:-2 6:3
w:merk 0:12 1:-3 5:10 6:1 8:-3
w:merken 0:-2 8:5
w:merkt 0:15 1:-4 5:-1 7:-1
w:merkte 0:7 1:-2
w:met 1:18 4:14 5:12 6:-9 7:-9 8:10
w:meteen 0:8 1:-2 6:1 7:-2 8:14
w:meting 0:-3 2:4
w:migratieachtergrond 0:-6 4:9
w:mij 0:-7 1:-5 4:-2 5:8 7:4 8:22
w:mijn 0:-2 1:-4 5:-2 6:14 8:15
w:mik 0:-6 1:-1 3:2 6:2 8:2
w:minder 0:-8 1:5 2:-3 3:5 4:12 6:-3 8:-3
w:minimaal 0:-3 2:9 5:-2 6:3
w:minimum 0:-2 5:-1 6:3
w:minor 0:3 1:-2
w:minst 0:-4 1:9 3:5 5:-2
w:minste 0:-4 3:6
w:minstens 2:3
w:minuten 0:-3 5:-1 6:6
w:mis 0:-4 1:25 3:6 7:13 8:-3
w:misgaat 0:-3 1:9 5:-1
w:misging 0:9 1:-2
w:misloopt 0:-1 7:3
w:mislukken 0:-6 1:9
w:mislukking 0:9 1:-2 7:-1 8:-1
w:mislukt 0:3 1:-2
w:mislukte 0:-1 1:-3 2:6
w:misschien 2:3 3:-1 4:9 5:13 7:-3 8:-4
w:mist 0:-17 1:38 3:-4 6:3 7:12 8:-2
w:mocht 0:10 1:-2 4:-3
w:module 2:4 3:-1 5:-2 6:2
w:moe 0:-7 1:-3 3:-2 5:18
w:moed 0:6
w:moeder 0:-9 4:-2 5:15 6:5 8:9
w:moedig 0:10 1:-2 8:-5
w:moeilijk 0:2 1:11 4:1 5:-2 8:-6
w:moeilijke 0:3
w:moeilijkste 0:2
w:moeite 0:3 1:15 3:3 5:-3 6:1 8:-2
w:moet 0:-14 1:7 3:-10 4:-6 5:-6 6:2 7:11 8:10
w:moeten 0:-15 1:-6 2:5 4:-4 5:3 6:3 7:-3
w:mogelijk 1:2 4:1
w:mogelijke 0:2
w:mogelijkheden 0:8 1:-2
w:mogen 1:-3 2:10 3:3 5:-2 8:-1
w:moment 0:13 1:-1 2:10 4:-3 5:4 6:-3 8:-2
w:momenten 0:3
w:monteur 0:-3 1:2 4:-2 8:8
w:mooi 0:19 1:-5 3:3 4:2
w:mooie 0:6 1:6 2:-1 4:3 5:2
w:mooiste 0:1
w:morgen 0:-9 7:23 8:-5
w:moslim 1:-8 4:12 8:-2
w:moslima 0:-5 4:9
w:motief 0:13 1:-2 4:-3
w:motieven 0:13
w:motivatie 0:-2 1:10 3:6 5:-2
w:motivatiebrief 0:-1 1:-1 6:4 7:3 8:-2
w:muziek 0:3 1:-5 2:5 3:2 8:1
w:muziekdroom 0:-2 8:3
w:n 0:-3 2:1 3:2 5:-2 8:14
w:na 0:6 1:-7 2:-7 3:2 4:-10 5:1 6:-9 8:29
w:naam 6:7 7:-2
w:naar 0:-9 1:-8 2:8 4:4 5:-4 6:-22 7:1 8:5
w:naartoe 0:2
w:naast 0:18 1:1 3:21 5:12 8:-3
w:nacht 0:-3 2:-3 4:-2 5:23 7:1 8:2
w:nachtje 0:2 7:-2
w:nachts 5:3
w:nadelen 0:3
w:nadenken 4:3 7:5 8:-4
w:nadenkt 0:3 7:-2
w:nagedacht 4:4
w:najaar 0:3 1:-1
w:nam 0:7 3:-1 4:-2
w:namen 0:1
w:nature 0:-2 2:-3 3:-3 4:11
w:natuur 0:16 4:-1 5:-1 7:-2 8:6
w:natuurkunde 1:5 2:3 3:8 4:2 7:-3 8:-6
w:natuurlijk 0:-5 1:-6 2:2 4:17 8:-1
w:nauwkeurig 0:2
w:nederland 0:-4 4:-1 5:9
w:nederlands 1:12 2:4 4:5 5:-5 6:-3 7:-9 8:-3
w:nederlandse 0:2
w:nee 0:-3 6:4
w:neef 0:-9 1:-4 3:19 4:-2 8:-2
w:neem 0:19 1:-4 2:-3 3:5 5:7 6:-2 7:-5 8:13
w:neemt 3:-2 5:7 6:1 7:4 8:-1
w:negen 0:-1 3:5 4:-2
w:nemen 0:-6 1:13 3:4 4:1 8:25
w:nergens 0:-7 1:11 3:2 4:-6 5:2 7:4 8:-1
w:net 1:-6 3:7 4:-2 5:-4 6:-2
w:netjes 1:3 2:3 7:-1
w:netwerk 0:18 4:2 7:-2 8:-3
w:netwerken 0:-1 2:3
w:nichtje 3:8
w:niemand 0:4 1:-4 3:-4 4:7 5:-1 7:11 8:-4
w:niet 0:-4 1:18 2:-15 3:3 5:-20 6:6 7:10
w:niets 0:2 1:-7 3:-2 4:-4 5:8 6:-6 7:7 8:17
w:nieuw 0:6 3:-1 7:1
w:nieuwe 0:20 1:-4 3:-2 4:-1 5:1 8:-1
w:nieuwkomer 0:-5 4:5
w:nieuwkomers 0:-10 4:12
w:nieuws 0:4
w:nieuwsgierig 0:9
w:nieuwsgierigheid 0:7 8:-3
w:niks 0:-9 1:5 2:-1 3:4 4:3 5:-2 8:12
w:niveau 1:3 2:-3 3:1 4:3 5:-2 6:-3 8:21
w:nodig 1:1 2:13 3:-2 4:-7 5:2 6:5 7:-7 8:-2
w:nodigen 0:5 5:-2 6:-1
w:noem 0:10 4:3 7:-3 8:-5
w:noemde 0:6
w:noemen 0:9 1:-3 2:1 3:2
w:nog 0:-16 2:-14 4:-18 5:3 6:18 7:22 8:-28
w:nogal 0:-3 1:12 4:-1 8:-4
w:nooit 0:-8 1:35 3:-7 4:-2 6:1 7:12
w:normaal 0:7 1:-1 3:2 7:-2
w:noteer 0:-5 1:7 5:11 6:7 7:-2 8:-2
w:noteren 5:1 6:1
w:nou 0:-6 1:8 3:6 4:-2 6:-2 8:12
w:november 1:-1 2:1 3:1
w:nt 8:3
w:nu 0:17 2:1 3:-16 4:-6 5:-3 6:4 7:36 8:-15
w:numerus 0:8 1:-1 7:4
w:nuttig 0:5
w:ochtend 0:1
w:ochtends 5:2
w:oefenen 0:7
w:of 0:46 1:-16 2:10 4:15 5:50 7:-2 8:-22
w:oke 1:6 7:-2
w:om 0:40 1:-5 2:20 3:18 4:-14 5:14 6:-5
w:oma 0:-4 5:5
w:omdat 0:-6 1:16 2:3 3:-1 4:29 5:5 8:-9
w:omgaan 0:3 5:-1
w:omgaat 0:1
w:omgeving 0:9 1:-2 4:-2 5:-2
w:omhoog 0:-6 1:-2 2:15
w:omlaag 0:-8 2:10
w:omschrijven 0:4 1:-1
w:omweg 0:6 8:-2
w:omwegen 0:2
w:ondanks 0:-5 1:8
w:onder 0:-15 1:3 2:6 3:2 4:-5 5:7 6:-3 8:-4
w:onderaan 0:-3 3:5
w:onderbouw 0:2
w:onderdeel 0:2 3:-1 6:8
w:onderdelen 0:-2 2:-1 3:-3 6:12
w:ondermaats 0:-6 1:2
w:ondernemen 0:11 4:4 8:-3
w:ondernemend 0:-1 3:4 4:-2
w:ondernemer 0:2 1:-2 3:-2 4:1 8:5
w:ondernemers 4:2
w:ondernemerschap 0:1 8:1
w:onderste 0:-6 3:12
w:ondersteuningsteam 0:1
w:ondertekend 0:-2 5:-3 6:6
w:ondertekenen 6:2
w:onderweg 0:6 5:-3
w:onderwerp 0:25 1:-2 2:-4 4:-1 5:1 8:1
w:onderwijs 3:-2 4:2 6:-2 8:4
w:onderzocht 0:-4 3:2 6:3
w:onderzoek 0:3
w:onderzoeken 0:9 1:-6 4:2
w:onderzoekt 0:2
w:ongemotiveerd 0:-4 1:6
w:ongeveer 1:4 2:-2 5:4
w:onhandig 0:-3 1:20 4:-2 6:1 7:2 8:-3
w:onlangs 0:6 1:-3 5:4
w:online 0:4
w:ons 0:3 1:-1 4:-2 6:3 8:9
w:ontbijt 0:-4 2:-1 5:9
w:ontbreekt 0:-15 1:6 3:3 4:-1 5:4 6:7 7:-1
w:ontbreken 0:-5 6:12
w:ontdek 0:2
w:ontdekken 0:18 1:-4 7:-4 8:-1
w:ontdekking 0:3 8:-1
w:ontdekt 0:7 1:-3
w:ontdekte 0:3
w:onthouden 0:7 1:4 4:-1 8:-1
w:ontwerp 0:3 2:-2
w:ontwerpen 0:5 2:-2
w:ontwikkelen 0:2
w:onvoldoende 0:-5 2:5 6:-1 7:4
w:onvoldoendes 0:-6 2:11 5:-2 6:-2
w:onzeker 0:-3 1:7 8:-2
w:onzekere 0:-4 1:5
w:onzekerheid 0:4 1:-2
w:ooit 1:8 4:-2 5:1
w:ook 0:23 1:-2 2:-4 3:22 4:16 5:4 6:-7 8:-15
w:oom 0:3 8:-1
w:oordeel 0:3 1:-1
w:oorzaak 0:-2 2:3
w:op 1:-3 2:9 3:14 4:-4 5:-14 6:9 8:-10
w:opa 0:-8 5:12
w:opbloeit 0:1 2:-1
w:opdracht 0:6 1:-4 2:6 3:-2 4:-2 6:8
w:opdrachten 1:5 6:7
w:open 1:-2 2:-3 3:12 4:-8 5:4 6:12 7:-7 8:1
w:openen 0:2 1:-3 2:5 5:-1 6:-2
w:openstaan 0:-1 1:-2 6:5
w:opent 0:15 2:1 4:-1
w:opgaat 0:2
w:opgebouwd 5:2
w:opgeeft 1:7 4:-2 8:-2
w:opgeleverd 0:6 1:-2 6:-1
w:opgelopen 0:-8 1:11 3:-3
w:opgelost 6:-1 8:3
w:opgeven 0:3 1:-2
w:ophalen 0:-2 2:10
w:opkrikken 0:-1 2:4 5:-2
w:opleiding 0:-15 1:-2 2:-18 3:1 6:-12 7:5 8:3
w:opleidingen 0:30 1:3 2:10 3:-1 4:-4 8:-2
w:oplossen 0:4 1:8 5:-2
w:oplossing 0:4 1:-1
w:opmerking 0:1
w:opnieuw 0:1 7:5
w:oppakt 0:3 1:5 3:-3 4:-4
w:opschiet 0:-2 7:5 8:-1
w:opschrijven 0:-3 1:5 6:3
w:optie 0:-1 1:2 4:4 7:3 8:-2
w:opties 8:4
w:opvallen 0:-5 1:7 2:-1 3:5 5:-2
w:opvalt 0:3 1:1
w:opvang 0:-5 5:10
w:opvangen 1:2 5:-1
w:opviel 0:2
w:opvoeding 0:-1 1:7 2:3 3:-2 4:-1
w:opzichte 0:-3 1:-1 2:-3 3:12
w:orde 1:1 3:3 6:3 8:-1
w:organiseren 0:1 1:2 8:-1
w:orientatie 0:4 3:3 4:-2 5:-2 6:-1
w:orientaties 0:1
w:orienteren 0:-3 1:4 6:-2 7:4
w:oud-leerling 0:13 4:-5
w:oud-leerlingen 0:1
w:oud-student 0:3
w:ouder 0:-5 5:3 7:-1 8:7
w:ouderavond 0:-5 1:5 4:4 5:1 6:-1 7:-2 8:3
w:oudere 1:-1 3:2 4:5
w:ouders 1:-12 2:-9 3:-13 5:14 6:-4 7:11 8:1
w:oudste 3:2
w:over 0:37 1:5 2:16 3:-9 6:-11 8:5
w:overal 0:4 7:3 8:-2
w:overblijft 1:4 7:1 8:-3
w:overdoen 0:-1 2:2 7:1
w:overdracht 0:4 4:-1
w:overgang 0:-4 1:-2 2:7 6:2
w:overgangsvergadering 2:1 7:2
w:overheid 4:2
w:overkomt 1:6 7:-2
w:overleg 1:2 8:5
w:overlijden 0:-7 1:-1 5:11
w:overnemen 0:-2 4:3
w:overslaan 0:-6 1:5 4:3
w:overstap 0:9
w:overstappen 0:3 1:-2 3:-2 4:6 7:-1 8:2
w:overweegt 0:3
w:overwegen 0:-1 1:-1 2:3 4:4 5:-1
w:overzicht 0:2 1:5 3:1 5:-2 6:13 8:-1
w:overzien 1:-4 4:7 7:-1
w:paar 0:7 1:-3 3:-2 4:3 7:5 8:-3
w:pabo 0:-5 1:4 2:12 3:-2 4:-1 5:1 8:12
w:pak 0:-4 2:7 3:-1 4:4 6:1
w:pakken 0:-2 1:-5 2:6 3:7
w:pakket 0:-3 5:9 8:2
w:pakte 0:4
w:paniekaanvallen 0:-6 5:13 6:-1
w:paraaf 0:-4 6:10
w:pas 0:4 1:1 3:-1 5:-2 6:4 7:-1 8:-2
w:passen 0:-4 1:2 3:2 4:10 8:-3
w:passend 0:3 4:-1
w:passende 0:-7 1:-1 5:10
w:passie 0:-1 8:4
w:passief 0:-2 1:7 3:-2
w:past 1:1 2:7 3:-5 4:9 5:-9 6:-3 7:-11 8:10
w:paste 0:3 1:-1
w:pech 0:-4 7:7
w:per 0:-10 2:13 5:12 6:3 7:-1
w:perfect 1:-1 8:5
w:periode 0:-3 2:14 6:7 7:-1
w:persoon 0:7 3:-2
w:pie 0:-3 1:10 3:-2
w:pijn 5:5
w:pillen 0:-9 5:14 6:-1
w:piloot 0:3 8:4
w:pittig 0:2
w:plaats 0:-2 1:4 8:3
w:plaatsgevonden 6:2
w:plan 0:15 1:-20 2:-3 3:-3 4:-2 5:2 6:10 8:6
w:plannen 0:-3 1:20 3:7 4:-2 5:5
w:planner 0:1
w:planning 0:3
w:plant 0:-3 1:8 3:-2 7:1
w:plek 2:-2 3:-3 4:4 5:-5 6:-3 7:13 8:7
w:plekken 0:2 1:-1 7:3
w:plezier 0:14 1:-5
w:podium 0:3
w:poging 0:2 2:-1
w:polen 3:-3 4:6
w:politie 0:-3 1:-3 3:5 8:4
w:politieacademie 8:2
w:politieopleiding 0:1 1:-1
w:poolse 0:-3 4:3
w:portfolio 1:-3 2:-2 3:5 5:-3 6:19 7:2 8:-2
w:positief 1:-2 2:2 7:3 8:-1
w:praat 0:12 1:2 3:-1 5:4 7:-2 8:-4
w:praatje 0:1
w:praktijk 0:14 1:5 2:-2 4:-6 8:2
w:praktijkbegeleider 0:13 3:-2 7:3
w:praktijkdag 6:1
w:praktijkexamen 0:3 1:-1 2:2
w:praktijkleerlingen 0:-3 1:-1 4:5
w:praktijkles 0:3 1:4 8:2
w:praktijklessen 0:-4 1:2 3:-1 4:-1 5:7
w:praktijkonderwijs 0:-8 1:-3 3:5 4:8 8:1
w:praktijkonderwijsleerlingen 1:-3 4:4
w:praktijkopdracht 0:-1 6:3
w:praktijkopleider 0:3 1:2 2:3 3:-1 4:-2 5:-1 6:5 7:-1
w:praktijkvak 0:2 3:2
w:praktijkvakken 0:-2 1:1 2:2 4:-1
w:praktisch 1:7 4:2 8:-4
w:praktische 0:1 1:-2 2:5 4:-3 6:-2 8:8
w:praten 0:26 1:-6 2:-3 4:5 6:-2 8:-4
w:prater 0:-9 1:11
w:precies 1:-5 3:13 4:-2 5:9 6:-2
w:precisie 0:2 1:5 4:-2 5:-2
w:presentatie 0:13 2:-4 3:-1 5:-2
w:presentaties 0:-2 5:3
w:presenteren 0:-2 1:7 8:-2
w:prettig 0:2
w:prima 0:9 3:2 4:-3 7:-3 8:8
w:probeer 0:3 1:-2 7:-1 8:2
w:probeerde 0:2 2:-1
w:proberen 0:3 1:4 4:3 8:-1
w:probleem 1:15 3:1 4:-4
w:probleemleerling 0:-8 1:7
w:problemen 0:-3 5:5
w:procent 0:-5 2:8 3:1 5:-3 6:7
w:product 0:4 1:-2
w:proef 0:2 1:-1
w:proefles 0:4 1:-1
w:proefstudeerdag 0:5 4:-2 8:-1
w:proefstuderen 0:2
w:proefwerk 1:-1 2:3
w:proeve 0:-3 2:3 3:3
w:proeven 0:1
w:profiel 0:2 3:6 4:-6 5:-1 6:-4 8:1
w:profielen 1:5 4:-1
w:profielkeuze 0:3 1:7 2:-2 3:-4 6:7 7:2 8:-3
w:profielkeuzeformulier 0:-2 5:-4 6:7
w:profielvak 2:2
w:profielwerkstuk 0:-3 1:-1 2:4 3:3
w:programmeren 1:1
w:programmeur 4:1
w:project 0:6 1:5 3:-4 4:-2
w:propedeuse 0:1
w:psychische 1:-2 5:4
w:psycholoog 0:-14 2:-2 5:23
w:pta-onderdeel 0:-1 2:4 6:1
w:punt 0:-2 1:5 2:5 7:-1
w:punten 0:-6 1:5 2:21 3:-1 5:-3 6:-3
w:qompas 0:-1 6:4
w:qua 0:-3 1:11 2:2 3:-2 8:-2
w:raad 1:3 7:-2 8:9
w:raakt 0:6 1:6 3:-4 4:-1 7:5
w:raakte 0:2 8:-1
w:raakten 0:2
w:raken 0:10 1:-4
w:ramp 0:3 1:4 4:-4
w:rapport 0:-11 1:-2 2:26 5:-2 7:3
w:rapportcijfer 0:8 2:-4
w:rapportcijfers 0:-6 2:9 6:-1
w:rapportvergadering 6:5 7:-1
w:reactie 0:2
w:reageer 0:6 1:-2
w:reageerde 0:1 2:-1
w:realistisch 1:-3 2:2 3:2 6:-2 8:7
w:realistischer 1:-3 4:3
w:recente 0:2
w:recept 0:-9 1:10
w:receptie 0:-7 1:-2 4:10
w:recht 0:12 7:-9
w:rechten 0:-4 1:-8 2:7 3:3 4:4 8:14
w:rechtzetten 3:1
w:red 0:-2 1:7 3:-2 4:-1
w:redden 0:-7 1:6 2:3 3:-4 4:14 7:-1
w:reden 0:-3 5:6
w:redt 0:-1 3:4
w:reflectie 0:-1 6:2 7:6
w:reflecties 2:-2 6:6
w:reflectieverslag 6:3 7:-1
w:reflectieverslagen 1:-1 6:5 7:-3
w:regel 0:5 6:-6 7:2
w:regelen 0:-7 1:6 3:1 8:2
w:regelt 0:-3 6:3 7:3
w:regio 0:-4 4:2 8:7
w:regionale 0:2
w:registreer 6:2
w:registreren 6:4 7:-1 8:-1
w:reken 2:7 7:2 8:-1
w:rekenen 0:1 1:15 4:-2 5:-1 6:-3 7:6 8:-3
w:rekening 0:-9 4:7 5:9
w:rekentoets 0:2 1:-4 2:8 6:-1
w:rekenvaardigheid 0:-1 1:7
w:relatie 0:-1 5:4
w:ren 0:4 3:-2
w:repareren 0:-9 1:13 5:-1
w:rest 0:-9 2:-3 3:14 4:-1 5:-1 6:4 7:1
w:resultaat 0:19 1:-1 2:-1 3:-1 7:-2
w:resultaten 0:-13 2:14 3:2
w:richt 0:3 1:3
w:richten 5:3 8:4
w:richting 0:5 1:-8 3:9 4:4 5:-7 6:-1 8:6
w:richtingen 0:5 1:10 2:-5 4:-2 6:-3
w:rij 1:2 3:2
w:rijbewijs 0:5 1:-1
w:rijker 0:5 7:-2
w:rijtje 0:-2 2:3 6:2
w:risico 0:16 1:-4 3:-2 4:-1 7:1
w:risico's 0:5 1:-1
w:risicoleerling 0:-9 1:11
w:ritme 0:3 4:-2 5:2
w:roc 1:4 3:2 6:-2 7:1
w:rode 0:-3 2:4
w:rol 0:11 1:4 3:-3 4:-4 8:-1
w:rond 0:7 1:-3 3:1 5:11 6:7 7:-3
w:ronde 0:-4 6:5
w:rondleiding 0:4
w:rood 0:-5 2:3 6:5
w:rook 0:-3 5:3
w:route 0:10 1:10 3:-2 4:-3 7:-7 8:6
w:routes 0:18 1:-2 5:-1
w:rug 0:2 1:2 3:-1 4:-1 5:7
w:ruimte 0:13 6:-2 7:9 8:-1
w:rust 5:1 7:-1 8:3
w:rustig 0:12 1:9 4:-2 5:8 7:2 8:-9
w:rustige 0:-10 4:12
w:rustiger 1:-4 3:9
w:rustigs 0:-2 1:2
w:ruzie 0:-2 5:3
w:ruzies 0:-9 5:13 8:-2
w:s 0:3 1:-2 5:3
w:salaris 0:2 1:-1 4:-2 5:3
w:samen 0:21 2:12 3:1 4:-4 5:9 6:-6 7:-7 8:-9
w:samenwerken 0:-4 1:13 4:-1 8:-2
w:samenwerkt 0:3 1:-2
w:sanne 0:-7 1:-2 3:23 6:-2 7:1
w:schaamde 0:1
w:scheiding 0:-6 2:-1 5:9
w:scheikunde 0:4 1:-4 2:8 5:3 7:-1
w:schermen 0:8 4:2 5:-3
w:schiet 0:-4 1:10 3:-2 7:12
w:schieten 1:-2 4:2 8:5
w:school 0:14 1:3 2:-5 3:-5 4:-4 5:-1 7:10
w:schoolexamen 0:-2 2:5 5:-1 6:-1
w:schooljaar 0:-3 2:-2 5:-3 6:10
w:schooltijd 4:-2 5:4
w:schoolvak 0:5 1:-2
w:schoonmaak 0:-8 3:-1 4:9 7:3
w:schrap 0:-2 6:-1 7:-1 8:8
w:schrappen 1:4 8:3
w:schreef 0:2
w:schrijf 0:7 1:6 3:-2 6:13 7:2 8:-7
w:schrijven 0:-9 1:10 3:9 4:-4 6:-2 7:4
w:schrikt 0:1
w:schuift 0:-3 7:5
w:schulden 0:-10 5:26
w:schuldhulpverlener 0:2
w:schuren 0:2 4:-1
w:scoor 2:-3 3:5
w:scoorde 0:-2 1:-4 2:13 6:-2
w:scoort 0:-9 3:6
w:score 0:-15 1:-3 2:22 6:2
w:scoren 2:5
w:se 0:-2 2:2 3:2
w:se-cijfers 0:-3 1:-2 2:9 4:-1
w:sector 0:-11 2:-5 4:-4 5:-4 7:6 8:5
w:sectorkeuze 0:5 3:-3 6:4
w:selectie 0:6
w:sem 0:-3 1:5 3:1 7:-1
w:september 0:-4 1:6 5:-2
w:series 0:2
w:serieus 0:5 4:5 7:-5 8:-2
w:sfeer 0:2
w:simpel 0:-3 1:3 3:-1 6:-3 7:5 8:2
w:sinds 0:-4 1:-1 2:6 5:18
w:site 0:8 6:-4
w:slaan 1:-1 4:2 5:1
w:slaap 1:-2 2:-3 5:20 8:1
w:slaapt 5:2
w:slag 3:1 6:1
w:slagen 1:-5 2:3 3:7 8:4
w:slapen 0:5 4:-2
w:slb'er 0:7 6:-3
w:slecht 0:-13 1:23 2:2 4:-5 5:2
w:slechte 0:-2 1:9 5:-2
w:slik 0:-9 5:13
w:slikt 1:-1 5:7
w:slim 0:5 1:-4 3:-1 4:1 5:4 8:3
w:slimme 3:4 4:6 5:-1 8:-2
w:slimmer 0:-7 7:2 8:10
w:slimste 3:5 4:-3
w:slordig 0:-3 1:10 4:-1
w:sluit 0:-5 1:-2 3:4 7:15 8:6
w:sluiten 0:-1 6:10 7:-3
w:snap 0:-3 1:8 4:2 5:7 7:-3 8:-5
w:snapt 0:-5 1:16 3:-2 4:-4
w:snel 0:-12 1:31 3:-4 4:7 5:-1 6:8 7:18 8:-7
w:sneller 0:-5 3:9 4:-2 8:5
w:snuffeldag 0:1
w:snuffelstage 0:6 2:-4 3:-1 4:2 6:4
w:snugger 1:4 8:-3
w:sociaal 1:4 4:-3
w:sollicitatie 0:6 1:-3
w:sollicitatiegesprek 1:1 5:2
w:sollicitaties 8:2
w:solliciteren 0:-3 7:4
w:somber 0:-5 5:10
w:somberheid 0:-3 1:-1 5:6
w:sommen 0:-4 1:4
w:sommige 0:7 3:-6
w:soms 0:34 1:-4 2:2 3:-4 4:-3 6:1 8:-2
w:soort 0:15 1:-2 4:5 8:-2
w:soorten 0:2
w:spaans 0:2
w:spannend 0:14 1:-2 4:-1 8:-2
w:spanningsboog 0:-4 1:8 4:-2
w:sparren 0:2 7:-1
w:speelde 0:5 1:-2 4:-1
w:speelt 0:-4 1:-4 3:-2 5:13
w:spelling 0:-3 1:6 4:-1 7:-1
w:sport 0:1 2:-2 3:2 4:3 8:9
w:sportclub 0:2
w:sportopleiding 0:-5 2:2 4:-1 5:10
w:spreek 0:2
w:spreekt 0:16 1:3 3:-1 4:5 5:-3 6:-1
w:spreken 3:5 4:14 7:-3
w:springt 6:3
w:sta 0:-19 1:-5 2:6 3:15 5:-4 6:12 7:11
w:staan 0:-9 1:-2 2:7 5:-4 6:15 7:4 8:2
w:staat 0:-20 1:10 3:6 4:4 6:19 7:-7 8:-2
w:stabieler 0:7 4:-1
w:stad 0:-1 4:1 5:3
w:stage 0:17 1:-15 2:-11 3:-4 5:9 6:-14 8:10
w:stage-ervaring 0:4 3:-1
w:stage-uren 6:4
w:stagebedrijf 3:-1 5:5 6:3
w:stagebedrijven 0:-3 5:3
w:stagebegeleider 0:2 1:7
w:stagebeoordeling 0:-7 2:10 3:3 5:-3
w:stagedag 0:5
w:stagegesprek 0:-2 1:-1 6:4
w:stageplek 0:4 1:2 2:-6 3:3 4:-7 6:-7
w:stageplekken 0:-3 7:12
w:stages 0:-2 1:3
w:stageverslag 1:1 3:3
w:stageweek 6:3 7:-1
w:stagiair 0:-5 3:10
w:stagiairs 0:-5 3:6
w:stand 2:1
w:stands 0:2 3:-1 6:1
w:stap 0:30 1:7 2:-1 3:-6 4:-1 7:-4 8:7
w:stapje 0:1
w:stappen 0:-2 3:1 6:8 8:2
w:stapt 7:-1 8:6
w:start 0:8 7:-1
w:startkwalificatie 0:2
w:startpunt 0:3
w:steeds 0:-10 1:21 3:-2 5:13 6:-2 7:4
w:steken 0:2 1:5 6:-2
w:stel 0:11 1:-7 4:5 5:-1 7:3 8:1
w:stellen 0:10 4:-1
w:stelt 0:3 1:-1
w:stem 0:2 1:9 8:-1
w:stemmen 0:3 5:2 7:-2
w:stempel 0:-3 6:5 7:-1
w:stempels 5:-2 6:8
w:sterk 0:5 1:2 3:-2 4:6 5:-5 6:-1
w:sterke 0:8 1:-3 3:-2 6:1
w:sterker 0:4 1:-1 8:4
w:sterkste 1:10 4:-1 6:1
w:steviger 0:2
w:stiefvader 0:-5 2:-1 5:8
w:stiekem 0:3 1:-2
w:stijgen 0:-3 1:-2 2:9 4:-1
w:stil 0:2 1:-3 3:-5 4:12 5:2 7:-1 8:-2
w:stilte 0:13 7:-2
w:stilzitten 0:-5 1:5 4:3
w:stoere 4:5 8:-1
w:stond 2:1 3:1
w:stoornis 1:-2 5:3
w:stop 0:-6 7:-1 8:14
w:stoppen 0:2 1:-3 7:2 8:5
w:stopt 0:-5 1:-1 7:14 8:-2
w:stopte 0:2
w:straat 0:-2 7:4
w:strakke 0:5 1:-1 4:-3
w:straks 0:-14 1:16 2:2 3:-4 5:4 6:-4 7:24 8:-6
w:stralen 0:3 1:-1
w:streefcijfer 0:-2 2:3
w:streng 0:2
w:stress 5:2
w:stromen 0:-6 1:-1 4:2 5:-1 8:7
w:structuur 0:-2 1:5 3:-2 4:1
w:studeert 0:-2 1:-1 3:6
w:student 0:-6 2:1 5:4 6:2 7:-6 8:4
w:studenten 0:4 2:-4 3:5
w:studeren 1:-2 3:2 4:3 7:-1 8:3
w:studie 0:-5 1:13 2:-2 3:1 4:11 6:-3 7:-3
w:studieadvies 0:2 1:-2 2:7 7:3
w:studiebol 0:-1 1:4 4:-2
w:studiefinanciering 0:2 7:3
w:studiekeuze 1:-3 2:4 3:12 5:10 6:-2 7:-3
w:studiekeuzecheck 0:13 4:-2 6:2 7:1
w:studielink 0:-1 5:-1 6:4 7:2
w:studiepunten 1:-1 2:7 5:-1
w:studies 3:-2 4:3 5:1 6:-2 8:-1
w:stuk 0:-7 1:10 3:8 5:-1 8:3
w:stukje 0:3 4:-1
w:stukken 0:4 1:-2 6:3
w:sturen 1:-2 3:-2 7:-1 8:7
w:stuur 0:-3 5:-1 6:6
w:supermarkt 0:1 5:2 6:-2 8:3
w:switchen 0:4 1:-1 8:3
w:systeem 0:-2 5:-2 6:13 7:-2
w:systemen 4:1
w:t 0:-1 3:1 4:1
w:taak 0:8 1:-2
w:taal 0:17 1:16 4:-8 7:-1 8:-3
w:taalniveau 0:-5 1:9 4:-2 5:-1
w:taaltoets 2:2
w:tafel 5:5 6:-3
w:tak 0:-3 7:6
w:taken 0:6 1:-1 4:-1 6:5
w:talen 0:8 1:-5 4:3
w:talenstudie 1:-4 4:9 8:-2
w:talent 0:8 1:6 4:-2 8:5
w:talenten 0:6 1:-2
w:talige 0:-2 4:5
w:te 0:-12 1:24 3:-18 4:-21 5:4 6:-6 7:5 8:2
w:team 0:5 1:-3 3:-2 7:-1 8:11
w:teamleider 0:-4 1:2 3:-2 7:15 8:-1
w:techniek 0:-7 1:8 2:4 3:-4 4:13 5:-5 7:-2 8:6
w:techniekdag 0:6 4:-4
w:technisch 0:-2 1:1 4:2
w:technische 1:5 3:1 4:-1 8:3
w:tegen 0:-11 1:15 2:-5 3:4 4:-4 6:-1 7:11 8:6
w:tegenaan 0:-2 2:5
w:tegenop 0:1
w:tegenslag 0:18 1:-2 2:-1 5:-7
w:tegenvaller 0:5 1:-1
w:tegenvalt 0:-3 1:3 2:6 5:1
w:tegenwoordig 5:7
w:tegenzit 1:1
w:teken 0:-3 7:8 8:-2
w:tekenen 0:-7 1:3 2:3 3:2 4:-2 6:10 7:-2
w:tekening 0:2
w:tekeningen 5:4 6:-2
w:tekent 0:-2 3:4 6:3
w:tekort 0:9 1:4 4:-2 5:-1
w:tekorten 1:-2 2:3
w:tekortkomingen 0:-12 1:17
w:tekortkomt 1:-2 2:6
w:tekortpunten 0:-6 1:-2 2:11 6:-2
w:tekortschiet 0:-3 1:12
w:tekst 1:-2 4:5 6:1 8:-3
w:teksten 0:3 1:8 5:-6
w:telefoon 0:2
w:telefoonabonnement 0:-4 5:5
w:teleur 0:-3 7:4
w:teleurgesteld 0:4 4:-1
w:teleurstelling 0:4 1:-2
w:telkens 0:-1 1:8 3:-4
w:telt 0:-5 6:20 7:-4
w:tempo 0:8 1:10 2:-1 3:2 4:-8 7:3 8:-2
w:ten 0:-3 1:-1 2:-3 3:12
w:terecht 0:-3 1:5 3:-2 4:9 5:-2
w:terechtgekomen 0:-2 5:5
w:terechtkunt 0:4
w:terug 0:17 1:-5 2:-3 3:3 6:2 7:-3
w:terugdenkt 0:2 1:-1
w:teruggestuurd 5:-3 6:6
w:terugkijken 0:1
w:terugkijkt 0:2
w:terugkomen 0:-2 7:2
w:terwijl 1:2
w:tevreden 0:-5 1:-4 2:13 5:-2 6:10 7:1
w:theoretische 1:2 8:4
w:theorie 0:-6 1:18 2:5 4:3 7:-2 8:-3
w:theorielessen 1:3 8:-1
w:thuis 0:7 1:-9 2:-3 3:-5 4:11 5:42 6:-7 7:1
w:thuiszorg 5:5
w:tien 0:3 2:2 3:3 4:-2 6:2
w:tijd 0:37 1:-4 3:-9 4:-2 5:8 6:-3 7:21 8:7
w:tijden 0:-1 1:3
w:tijdens 0:5 2:-2 3:-2 5:14
w:tik 0:-3 7:6
w:tikt 0:-5 2:1 4:1 6:-2 7:17
w:tillen 0:-2 2:2
w:timmerman 0:4 2:-1 8:2
w:tip 0:12 7:-2
w:tippen 0:-2 3:7
w:tl 0:-3 1:7 2:8 3:2 7:-2
w:tl-diploma 2:-1 8:5
w:toch 0:-13 1:4 2:-8 3:-6 4:13 7:3 8:6
w:toe 0:3 1:10 2:2 5:-6 6:3 7:-3
w:toegelaten 1:-2 2:4
w:toegewezen 0:-1 7:3
w:toekomst 0:1 1:1 2:-2 3:-2 6:-2 7:-3 8:5
w:toekomstige 0:2
w:toelating 1:-1 7:4 8:-2
w:toen 0:20 1:-5 4:-1 5:3
w:toets 0:7 2:3 4:-3
w:toetsen 0:-7 1:8 2:10 5:-2 6:-1
w:toetsresultaten 0:-2 2:5
w:toetsweek 2:-3 5:1 6:4
w:tonen 0:-2 1:3 6:5 8:-2
w:toont 1:5 8:-1
w:top 1:-2 2:10 3:13 4:-5 6:3 8:-4
w:tot 1:1 2:-5 3:2 4:-9 6:-2 7:8 8:-4
w:totaal 0:-1 1:4
w:traag 0:-11 1:19 4:-3 5:-1
w:trager 0:-4 1:4 3:7 6:-1
w:trainer 0:6 5:-1
w:traject 5:1 7:1
w:trekken 0:3 2:2 4:-1
w:trekt 0:12 1:11 2:-1 4:18 5:-2 6:2
w:trialoog 0:3
w:trok 0:18 1:-2 4:1 5:-2 6:-1 7:1 8:2
w:trots 0:21 1:-2 6:-2 8:-1
w:turkse 0:-3 4:6 5:-1
w:tussen 0:1 1:-2 5:7 7:5
w:tussenjaar 1:-1 2:1 3:1 8:21
w:tussenstap 0:2 4:-2
w:twee 0:1 1:21 3:-2 4:-1 5:-2 6:6 7:14
w:tweede 0:14 1:-5 2:7 4:-1 5:3 7:5
w:tweelingbroer 0:-4 3:10 5:-2
w:tweelingzus 1:-3 3:3
w:tweetallen 0:2 3:8
w:twijfel 0:10 1:-6 2:-1 3:5 5:-1 7:5 8:3
w:twijfelde 0:2
w:twijfelen 0:12 1:-4 4:-2 5:-2 7:13 8:1
w:twijfels 0:2 5:5 8:-2
w:twijfelt 0:-3 3:9 5:-1 7:6 8:1
w:twintig 0:2
w:type 0:-3 1:2 3:-5 4:4 7:-3 8:7
w:typisch 1:-3 3:-1 4:17
w:typische 1:-4 2:2 3:2 4:24 5:-1 7:2 8:-2
w:u 0:-39 1:-16 2:-8 3:6 4:2 5:2 6:-3 7:3
w:uit 1:-12 2:-7 3:6 4:18 5:2 6:11 7:-19 8:-9
w:uitdaging 0:9 1:-2 3:-1 4:-1
w:uitdrukken 0:-2 1:4 8:-1
w:uiteindelijk 0:4 1:-2
w:uiterlijk 0:-3 7:7
w:uitgeloot 0:8 1:-2 2:-1 8:-1
w:uitgezocht 6:-1 8:4
w:uithoudingsvermogen 1:1
w:uitkering 0:-5 4:-3 5:10 7:3 8:-1
w:uitkomst 0:3
w:uitkwam 0:2
w:uitleg 0:1
w:uitleggen 0:5 1:-4 7:4
w:uitnodigen 0:3 5:-2
w:uitpakt 0:4 7:-3
w:uitproberen 0:5 1:-2
w:uitrekenen 2:5 6:-2
w:uitslag 2:5
w:uitstellen 0:-2 5:-1 7:9
w:uitstroomprofiel 7:1
w:uitziet 0:-1 2:2
w:uitzoeken 0:8 1:2 2:-1 4:-2
w:universitaire 0:-3 1:7 3:-1
w:universiteit 0:1 1:-5 3:5 4:9 8:7
w:upload 0:-5 6:13 7:-4
w:uren 0:4 1:-3 2:-1 5:3 6:8 7:-2
w:urenbriefje 6:4
w:urenkaart 6:2
w:uur 0:-7 1:1 2:-7 3:-2 5:27 6:4 7:9 8:-3
w:uw 0:-22 1:-8 3:4 4:-3 5:13 6:3 7:10 8:-3
w:uzelf 0:1
w:vaak 0:6 2:-2 3:-11 4:46 5:25 7:-1 8:-6
w:vaardigheden 0:-2 1:12 2:-2 6:-3
w:vaardigheid 0:5 1:-4
w:vader 0:-12 1:-12 2:-1 3:3 4:5 5:20 7:-6 8:9
w:vak 0:5 1:3 2:20 4:11 5:-4 6:-5 8:-3
w:vakantie 0:2
w:vaker 0:5
w:vakexamen 0:-1 2:6
w:vakgebied 0:2
w:vakje 0:-6 6:11 8:-3
w:vakjes 6:3
w:vakken 0:-4 1:10 2:19 7:1
w:vaktaal 0:3
w:val 4:3 7:3 8:-1
w:vallen 0:-2 1:8 2:12 3:-1 4:-3 7:-5 8:2
w:valt 0:-16 1:14 2:-5 3:5 5:2 6:-3 8:6
w:van 0:8 1:-8 2:2 3:20 4:-4 6:13 7:-20 8:-13
w:vanaf 0:3 1:-2
w:vanavond 0:-1 7:8 8:-3
w:vandaag 0:1 1:-5 2:5 4:-3 5:-3 6:4 7:26 8:-2
w:vandaan 0:10 1:-4 3:-2 4:6 5:4 6:1 8:-2
w:vanuit 0:6
w:vanzelf 0:6 1:-2
w:varen 0:-6 7:-2 8:11
w:vast 0:-16 1:4 2:4 3:-9 4:35 7:3 8:-8
w:vaste 0:-3 3:4 4:3 7:-3 8:3
w:vastloopt 0:9 7:-3
w:vat 0:5
w:veel 1:6 2:-11 3:-2 4:10 5:14 6:-13 7:-13 8:6
w:veertig 1:-2 4:8 5:-2
w:veilig 0:-1 8:9
w:veilige 4:2
w:veld 1:-2 6:11 7:-2 8:-2
w:ver 0:-16 1:16 3:17 4:-6 5:2 8:-5
w:veranderd 0:6 1:-1 7:-2
w:veranderen 0:10 1:4 3:-4 7:-2 8:-2
w:verantwoordelijkheid 0:-9 1:11
w:verbeteren 0:-6 1:6 2:3
w:verbinden 0:4
w:verbindt 0:6
w:verblijfsvergunning 0:-3 1:-2 5:9
w:verder 0:12 1:9 3:12 4:-2 5:-8 6:-3 7:-6 8:14
w:verdien 8:2
w:verdienen 1:-3 2:-2 4:4 5:3 7:-2 8:6
w:verdient 0:3 2:-2 8:6
w:vergaat 0:-1 4:3
w:vergat 0:6 5:-2
w:vergeet 0:10 1:9 2:1 3:-6 5:-2 7:-1 8:8
w:vergeetachtig 1:1
w:vergeleken 0:-3 1:-3 3:25 4:-2 5:1
w:vergelijk 0:2 1:-2 3:1
w:vergelijken 1:-1 3:5 7:-1
w:vergelijking 0:-1 3:6
w:vergeten 0:-7 1:6 4:1 7:15 8:2
w:verhaal 0:36 1:-3 4:2 5:-3 8:-8
w:verhalen 0:2
w:verkeerde 0:-10 1:-4 7:18
w:verkennen 0:18 1:-1 8:-3
w:verkenning 0:8 1:-4 8:-1
w:verklaar 0:-5 1:-1 2:5 3:5 5:-1
w:verklaart 0:-2 5:3
w:verklaren 0:-1 1:-3 5:8 8:-2
w:verkoop 0:-1 3:-2 4:-2 8:10
w:verkopen 0:-3 1:6 8:-2
w:verlaten 0:-2 1:-1 7:2 8:4
w:verleden 7:4 8:-3
w:verlegen 0:-2 1:-2 3:-5 4:2 8:9
w:verliest 7:3
w:verpest 0:-4 1:5 7:6 8:-2
w:verpleegkunde 0:-6 1:-2 2:2 4:3 8:7
w:verpleegkundige 0:11 1:-1 3:-4 4:-2 8:2
w:verplicht 0:-4 1:-1 6:6
w:verplichte 0:-4 5:-3 6:15
w:verrassende 0:-2 4:5
w:verrassingen 0:7 4:-4
w:verrast 0:2
w:verraste 0:11 8:-2
w:verschil 0:5 3:3 4:-1 6:-1
w:verschillen 0:-1 3:4
w:verschillend 0:7 3:-1
w:verschillende 0:7 6:-2
w:verslag 0:-4 3:3 6:11
w:verslagen 0:-1 1:9 2:-2 3:-2 6:4
w:verslaving 0:-1 1:-1 4:-2 5:8
w:verslavingszorg 0:1
w:verst 0:-15 3:21 5:-1
w:verstandig 0:-1 1:-2 2:3 8:5
w:verstandiger 0:-2 7:-2 8:4
w:vertalen 0:3
w:vertel 0:4 1:-6 2:5 4:-2 5:25 6:-3 8:4
w:vertelde 0:6 1:-2 5:8 6:1 8:-1
w:vertellen 0:14 1:3 2:-1 3:-3 5:4 7:-3 8:-2
w:vertelt 0:4 2:1 4:-2 5:-6 8:4
w:vertraging 0:-5 7:6
w:vervalt 7:2
w:vervolg 0:-2 1:12 2:-2 7:1 8:5
w:vervolgopleiding 0:-8 1:-2 2:2 3:1 4:-4 8:-3
w:vervolgopleidingen 0:2 1:3 3:-2
w:vervolgstap 3:5
w:verwacht 0:-5 1:3 2:14 3:5 6:-1 7:6 8:-3
w:verwachten 0:3
w:verwachting 0:1
w:verwachtingen 0:5
w:verwachtte 0:7 2:-2
w:verzorgen 1:-2 4:3
w:verzorgers 0:11 4:-2 5:-2 7:-1 8:-2
w:verzorging 3:-7 4:8
w:via 0:7 4:-3 5:-1 6:4
w:viel 0:16 1:1 3:-3 5:-4
w:vier 3:12 6:-5 7:2
w:vijf 0:2 2:-4 3:5 5:-1 6:19 7:-1 8:-2
w:vind 0:7 1:4 2:-2 3:-2 4:23 5:-5 7:-2 8:16
w:vinden 0:-1 1:11 2:-2 3:-5 4:2 5:-2 8:3
w:vindt 0:16 1:-4 2:-2 3:9 4:3 7:8 8:-6
w:vink 0:-2 6:7 7:-1
w:vinken 0:10 1:-3 6:-2 8:-2
w:vinkje 0:3 1:-3 2:-1 6:7
w:vist 0:-2 7:4
w:vluchtelingen 4:1
w:vmbo 0:4 1:4 3:-2 4:3 6:-1 7:-2
w:vmbo'er 0:-3 1:-4 4:19 8:-4
w:vmbo-havo-hbo 0:1
w:vmbo-mbo-hbo 0:1
w:vmbo-t 3:2
w:voeding 5:2
w:voedselbank 0:-2 5:11
w:voel 0:6 1:-1 5:2
w:voelde 0:15 5:-2 7:-1 8:1
w:voelen 0:7 4:1 5:-2
w:voelt 0:10 3:14 5:-3 7:-2
w:voeren 0:1
w:voert 0:4 6:-2
w:vol 0:-3 1:8 4:6 6:11 7:3
w:voldoen 0:-1 6:3
w:voldoende 0:-8 2:10 5:-4 6:5 7:-1
w:voldoendes 2:4
w:voldoening 0:15 8:-1
w:volgen 0:-4 1:9 6:4 8:2
w:volgend 0:-6 3:-1 7:9 8:6
w:volgende 0:23 1:-3 2:9 3:-1 4:2 7:2
w:volgens 0:3 1:-6 2:9 4:-4 5:-2 7:-1 8:14
w:volgt 0:5 1:-3 4:-3 7:5
w:volhouden 0:-5 1:10 5:-1 7:-2
w:volhoudt 5:6
w:volledig 0:-2 5:3 6:4
w:voltooid 0:-6 2:-1 6:14
w:volwaardig 0:4
w:vond 0:42 1:-4 2:-3 5:-1 6:-2 7:2 8:3
w:vonden 1:-1 3:3
w:voor 0:-9 1:10 2:29 3:-12 4:4 5:-3 6:-4 8:14
w:vooral 0:-6 1:9 2:3 3:-2 4:7 5:-3 7:-4 8:1
w:voorbeeld 0:-4 3:12
w:voorbij 7:14 8:-5
w:voordat 0:-5 2:2 3:-4 4:-5 5:9 6:1 7:6 8:-5
w:voorjaar 0:6 6:-1
w:voorkeuren 0:5 4:-1
w:voorlichting 0:6 1:-1
w:voorlopig 1:-2 7:3
w:voorstellen 0:2 1:-4 4:6 8:-2
w:voortgang 0:8 1:-5 2:1 3:-1 4:-2 6:6
w:voortgangsbalk 0:-2 2:-4 6:11
w:vooruit 0:4
w:voorzichtig 0:-2 5:3
w:vorig 0:3 1:-2 2:-1 3:7 5:4 6:5 7:-3 8:-1
w:vorige 0:5 1:-3 3:12 4:-2
w:vraag 0:12 1:-3 2:8 3:7 4:-1 5:15 6:-3 7:-5
w:vraagstukken 0:2
w:vraagt 0:2 1:24 2:5 3:-4 4:-3 7:-1 8:-2
w:vragen 0:20 1:5 2:-1 3:-3 4:5 5:-2 6:8 7:-3
w:vriend 3:4 5:2
w:vrienden 0:4 1:-9 3:20 4:-4 5:-2
w:vriendin 3:2
w:vriendinnen 0:-2 3:3
w:vrij 2:4 4:-1
w:vrijblijvend 0:4 8:-1
w:vrijdag 0:-12 6:11 7:15 8:-4
w:vrije 0:3 1:-1
w:vrijwilligerswerk 0:2
w:vroeg 0:14 4:-1
w:vroege 0:-4 1:3 5:4
w:vroeger 0:1
w:vrouw 4:10 7:-2 8:-1
w:vrouwen 4:5 5:-1
w:vso 1:-1 3:-1 4:5
w:vso-leerling 0:-4 3:-2 4:7
w:vso-leerlingen 0:-6 1:-1 3:-1 4:9
w:vul 0:-7 6:17 7:4 8:-1
w:vullen 0:9 7:-2 8:-1
w:vult 0:1
w:vwo 0:-2 1:2 2:2 3:16 4:-2 6:-1 7:-4 8:15
w:vwo'er 4:5 8:-1
w:vwo'ers 0:-2 3:-5 4:10 8:-2
w:waar 0:45 1:29 3:11 4:3 5:-11 6:-12 7:-2 8:-4
w:waarbij 1:11 4:-2 8:-2
w:waard 0:10 3:-3
w:waarden 0:14 1:-2
w:waardevol 0:6
w:waardevolle 0:1
w:waardoor 0:-2 1:1 5:6
w:waarin 0:5 1:6 3:-1 4:-1 5:-1 8:-1
w:waarom 0:-15 1:14 3:32 5:4 6:-4 7:-3 8:6
w:waarop 0:9 1:-1
w:waarschijnlijk 0:-9 1:5 4:12 8:-2
w:waarschuw 7:2
w:waarschuwing 2:-2 7:5
w:waarvan 0:5 1:-3
w:waarvoor 0:7
w:wacht 0:-7 1:-5 7:23
w:wachten 3:-1 4:2 7:17
w:wachtlijst 7:2
w:wakker 0:-2 5:5 7:-1
w:wandelend 0:4 6:-1
w:wanneer 0:23 1:-2 3:-2 5:-4 6:12 7:9 8:1
w:want 0:-19 3:-3 4:-2 5:7 6:7 7:14 8:2
w:waren 0:7 2:3 3:2 4:-1
w:warme 0:4 4:-1
w:warming-up 0:5 1:-1
w:was 0:25 1:-6 2:8 4:-2 5:4 7:-3 8:8
w:wat 0:45 1:25 2:11 3:2 5:-17 6:-8 7:-14 8:-11
w:water 0:3 1:-2
w:we 0:-22 1:10 3:-21 4:-13 5:3 7:-28 8:4
w:website 0:2
w:wedstrijd 0:4 1:-1 3:-1
w:weeg 0:5 1:-2 3:-1
w:weegt 0:5 1:-1
w:week 1:-3 2:2 3:-4 4:-2 5:5 6:8 7:22
w:weekend 0:-4 4:-1 5:10
w:weer 0:-1 1:4 2:6 5:5 7:5 8:-1
w:weet 0:6 1:-18 2:-11 3:13 4:2 5:-6 6:-6 7:13
w:weg 0:-6 1:9 2:6 3:-5 4:3 6:-2 7:4
w:wegen 0:7 1:-2 4:-3
w:wegwerkt 0:-4 2:6
w:weinig 0:-13 1:35 3:-4 4:9 7:-3 8:5
w:weken 0:4 1:-2 2:-3 5:1 6:-3 7:22
w:wel 0:-37 1:11 2:-12 3:17 5:21 6:-14 7:12 8:-14
w:weleens 0:-3 1:-4 4:-2 5:28
w:welk 0:20 1:5 2:12 3:-19 4:2 5:-16 6:-11 7:-12
w:welke 0:17 1:19 2:5 3:-4 5:-21 6:-6 7:-19
w:welkom 0:17 4:-4 5:-1
w:welzijn 0:6 1:2 2:1 5:-2 6:2 7:-1
w:wens 0:5
w:wensen 0:-2 1:3
w:werd 0:7 2:-2 5:5
w:wereld 0:3 1:-4 4:-2 8:6
w:werk 0:36 1:10 2:-8 3:-3 4:-3 6:-8 7:3
w:werkdag 0:13 1:-3 2:-2
w:werken 0:-11 2:3 3:-2 4:16 5:4 7:-5 8:17
w:werkervaring 3:4
w:werkexploratie 0:8 1:-2 4:-2
w:werkgever 1:4 7:1 8:4
w:werkgevers 0:-6 5:6 7:15
w:werkhouding 0:-4 1:14 3:-1 8:-2
w:werkloos 1:-2 5:3 7:1
w:werkplaats 3:2 4:2 8:-1
w:werkplek 0:8 4:6 5:-2 6:4 8:-1
w:werkstuk 0:9 1:-3 2:4 3:-1
w:werkt 0:1 1:8 3:10 4:-3 8:-1
w:werkte 0:2 3:6
w:werktuigbouwkunde 0:-2 1:-1 4:3
w:werkveld 0:4
w:werkvelden 0:5
w:werkvloer 1:1 4:7 5:-1
w:werkweek 0:4 3:-3 5:1
w:weten 0:15 2:5 4:1 5:25 6:-4 7:-3 8:-4
w:wezenlijk 0:8 1:-1 4:-3
w:wie 0:33 3:18 4:-2 6:-4 7:43 8:-4
w:wij 0:-7 3:-2 5:2 7:5 8:9
w:wijk 0:-1 3:-1 4:3
w:wijs 0:2 5:-1
w:wijst 0:11 8:-2
w:wijzen 0:3
w:wil 0:-3 3:11 4:28 5:-12 6:-2 7:21 8:12
w:wilde 0:13 1:-3 3:4 7:-2
w:willen 0:5 1:11 2:-5 4:6 5:-4 6:-2 8:-3
w:wilt 0:27 2:6 3:-8 5:20 6:-4 7:-7 8:-13
w:winkel 0:2 1:2 4:2
w:winnen 0:1 1:-3 2:3
w:wiskunde 1:3 2:3 3:2 4:-3 5:-1 7:-5 8:6
w:wisselen 0:2 1:-2 7:5
w:wisselende 5:1
w:wist 0:-4 1:-5 3:3 4:1 5:3 6:-1
w:wo 0:-5 1:4 2:4 8:3
w:woensdag 0:-2 7:9 8:-5
w:wonen 0:1 2:2 5:4
w:woon 0:-8 5:12
w:woont 1:-2 5:5
w:woord 0:2
w:woorden 0:17 1:5 2:2 3:-2 4:-2
w:woordenschat 0:-2 1:7 7:-3
w:word 1:-9 2:2 3:-5 6:-2 7:4 8:16
w:worden 0:-27 1:6 2:-7 4:5 5:-2 6:-9 7:10
w:wordt 0:-6 1:7 2:3 3:-6 4:-2 5:-1 7:18 8:12
w:workshop 0:6 4:-4
w:zaak 0:-2 1:-1 3:-1 4:6 5:-1
w:zag 0:24 1:-4 2:3 3:-1 5:5 8:-3
w:zakken 2:1
w:zakt 0:-3 1:1
w:zal 0:-2 1:-5 4:9
w:zat 3:3
w:ze 0:2 1:10 2:-5 3:16 4:-6 5:7 6:-3 8:-11
w:zeg 0:-4 2:1 4:4 7:16 8:6
w:zeggen 0:16 1:-4 3:3 7:-1 8:-3
w:zegt 0:2 1:4 2:13 3:-3 4:-7 5:9 6:-2 7:-9
w:zei 0:24 1:-13 2:7 3:-2 5:3 6:1 8:-3
w:zeker 0:1 1:-6 2:-2 4:3 5:2 6:-1 7:-1 8:5
w:zekerheid 1:-1 4:-1 8:5
w:zelden 0:-2 4:9 8:-3
w:zelf 0:50 1:10 2:-6 3:-3 4:8 5:-1 6:-7 7:9
w:zelfstandig 0:-2 1:9 3:7 4:-1 8:-4
w:zelfstandigheid 1:5
w:zelfvertrouwen 0:-1 1:2
w:zenuwachtig 0:1
w:zes 0:-3 2:4 5:-2 6:3
w:zet 0:-1 1:4 2:6 3:13 4:-7 5:-5 6:10
w:zette 0:2
w:zetten 0:-4 1:3 2:-1 3:2 5:-1 6:11 7:-3 8:8
w:zich 0:-3 1:2 3:3 4:8
w:zicht 2:5 5:-1
w:zichtbaar 0:8 6:4 7:-2 8:-2
w:zichzelf 0:-5 1:4 3:-2 4:-3 7:8
w:zie 0:-2 1:8 4:7 5:-7 6:3 8:15
w:ziek 0:1 1:-4 4:-4 5:12
w:zieke 0:4 2:-2 3:-2 4:-2 5:10
w:ziekenhuis 0:-6 3:-3 4:9 5:-3 7:4 8:5
w:ziekte 0:-6 1:-1 5:13
w:zien 0:39 1:4 2:4 4:-4 5:-1 6:7 7:-4 8:-5
w:ziet 0:10 2:-5 4:-1 7:-6 8:-7
w:zij 0:-7 1:4 3:22 4:-3 5:-2
w:zijn 0:-10 1:-6 2:1 4:17 5:4 6:5 7:-9 8:-14
w:zijpaneel 0:2
w:zin 0:6 1:-3 5:2 8:5
w:zinnen 0:-3 6:8 7:-1
w:zit 0:-22 1:-5 2:3 3:8 4:-1 5:6 6:-5
w:zitten 0:3 1:11 2:-2 3:-4 5:7 6:-1 7:4 8:-6
w:zo 0:-31 1:55 2:-2 3:7 5:17 6:-6 7:7 8:-7
w:zo'n 1:8 3:-7 4:13 5:-3 7:3 8:-3
w:zoals 0:11 1:-4 3:-3 4:17 7:-3 8:5
w:zodat 0:-19 1:12 2:8 4:-2 5:11 6:10 7:-5 8:-3
w:zodra 1:2 6:3
w:zoek 1:14 2:-2 7:-4 8:16
w:zoeken 1:8 3:-1 4:5 5:7 6:-4 7:-8 8:3
w:zoekt 0:7 1:-9 4:5
w:zoiets 0:-2 1:-3 4:7
w:zomer 0:-6 1:5 2:2 4:-2 6:-2 7:4 8:2
w:zonde 0:-7 2:1 3:-2 5:1 8:24
w:zonder 0:-2 1:20 3:2 4:2 5:-1 6:-4 7:38 8:-16
w:zoon 1:3 3:4 4:-4 5:4 8:-2
w:zorg 0:-8 1:8 2:3 3:-1 5:-5 6:10 7:-5 8:9
w:zorgberoep 0:-2 1:-2 4:4
w:zorgcoordinator 0:3 5:-2
w:zorgen 1:4 3:-1 5:4
w:zorgstudie 1:6 3:1 4:-5 8:-1
w:zorgt 0:-8 5:13
w:zorgvuldig 0:6 1:-3 5:-1
w:zorgzaam 0:-2 2:7 8:-1
w:zou 0:15 1:2 2:-9 4:3 5:-13 6:-9 7:-9 8:25
w:zouden 0:5 1:-1
w:zoveel 1:-1 3:5 4:-2 5:3 6:6 8:-4
w:zulk 0:10 1:-2 4:-2
w:zulke 2:1
w:zullen 0:-5 1:-8 2:2 3:-1 4:2 5:-5 6:4 8:17
w:zus 0:-6 1:-2 2:4 3:43 6:4 7:3 8:-1
w:zusjes 4:-2 5:4
w:zwaar 0:3 1:3 2:-1 3:-4 4:8 5:3 7:-2 8:-3
w:zwaarder 0:1
w:zwaarst 0:5 1:-2
w:zwak 1:7 4:1 7:-3 8:-1
w:zwakke 0:-9 1:30 3:-2 4:-6 6:1
w:zwakstroom 0:4 1:-1 4:-2
w:zwanger 0:-2 1:-4 5:17
w:zwangerschap 0:-8 5:13
w:zware 0:-1 1:2 5:4
`,
};
