/**
 * The weights of the learned backstop (./learned.ts), written by scripts/train-guardrails.ts: do not
 * edit. λ=0.0003, epochs=300, library weight=0.3, refuse target=0.004, warn target=0.01; weights below 0.1 left out.
 */
import type { LearnedModel } from './learned';

export const LEARNED_MODEL: LearnedModel = {
  classes: ['sound', 'deficit', 'grade-topic', 'comparison', 'labelling', 'care', 'tick-box', 'pressure', 'verdict'],
  bias: [0.618, -0.755, -0.777, -1.126, -0.438, -0.224, -0.388, -0.917, -0.307],
  refuse: 0.76,
  warn: 0.684,
  weights: `
a:<grade> 0:-11 2:45 3:12 4:-14 6:21 7:11 8:-12
a:<num> 6:28 7:18
a:aan 0:15 3:11 7:19 8:-13
a:aandacht 0:-13 4:12
a:aanleiding 0:11
a:aanmelddatum 7:32
a:aanmelden 0:24
a:aanmeldt 0:18 2:11 8:-10
a:achter 1:12 4:10
a:achterstand 0:-17 4:16
a:adhd 4:14
a:advies 0:-12 8:21
a:af 6:20
a:afgerond 6:17
a:afspraak 7:12
a:al 0:59 1:16 3:69 4:-23 6:-28 8:-18
a:alle 0:-14 1:12 6:17
a:alleen 4:16
a:allemaal 3:40
a:alles 1:11
a:als 0:14 3:-11 4:34 6:-12 7:46
a:altijd 1:15
a:andere 3:21 8:15
a:anderen 0:27
a:anders 0:28 7:70 8:-22
a:april 7:11
a:baan 4:31
a:bank 4:18
a:bbl-traject 8:16
a:bedrijf 3:13
a:bedrijven 3:11
a:beeld 0:15
a:begin 0:11 8:11
a:begint 0:22
a:behaald 6:11
a:behalve 3:11
a:bekende 0:22
a:belangstelling 0:11
a:ben 4:17
a:benoemen 0:14
a:bent 0:-17 1:18 8:53
a:bepaalt 7:17
a:beroep 0:23
a:beroepen 0:49
a:beroepenmarkt 0:-14 6:10 7:12
a:beroepentest 8:37
a:besef 0:-15 7:28
a:best 1:25
a:bestaan 0:13
a:beste 0:15 3:16 8:17
a:betekenis 0:16 4:-11
a:betekent 7:19
a:beter 0:-33 4:38 7:-13 8:23
a:beveiliging 4:13
a:bewegen 0:18
a:bewust 0:13
a:bij 0:37 1:16 4:-23 7:14 8:17
a:bijna 3:11
a:bijvoorbeeld 0:21
a:binnen 0:13 2:15 4:-13
a:blijf 1:12
a:blijft 0:12
a:blijkt 8:11
a:blik 0:15
a:bouw 4:14
a:bouwen 0:14
a:bpv 0:-12 5:15 6:23
a:bpv-begeleider 0:16
a:broer 3:13
a:buiten 0:18
a:checklist 0:-11 8:16
a:cijfer 0:-10 4:17
a:cijferlijst 0:-11 2:33
a:competenties 6:12
a:concreet 0:13
a:contact 0:25
a:contacten 0:19
a:creatief 0:-13 4:14
a:daar 8:39
a:daarna 4:-12 7:30
a:dag 1:14 4:-11 6:12 8:-12
a:dagen 7:27
a:dan 0:31 6:60
a:dat 5:23 6:24 8:71
a:de 0:40 1:-16 5:-18 8:22
a:deadline 0:13 4:-19 7:13
a:decaan 4:-11 6:12 7:11
a:deed 3:17
a:delen 0:29
a:denk 7:22
a:denken 0:15
a:deur 0:10
a:deuren 8:20
a:deze 0:-28 4:16 7:23
a:die 0:-18 1:28 8:11
a:dinsdag 7:15
a:diploma 7:11
a:dit 4:34 6:12
a:doe 0:-31 4:14 6:14
a:doen 4:42 7:-17
a:doet 0:57
a:door 0:40 2:13 7:-13
a:doorstromen 8:12
a:dossier 1:19
a:drie 0:-26 1:20 3:16 6:14 7:-10
a:droom 0:-14 8:11
a:dus 0:-17 4:11 7:15 8:31
a:dyslexie 0:-14 4:30
a:echt 0:29 3:12
a:echte 4:20
a:economie 6:10 8:15
a:een 0:10 1:-16 2:11 4:63 5:-30 6:-47 7:12
a:eens 0:-28 1:16 2:20 3:16 5:30
a:eerlijk 8:13
a:eerst 1:13 2:16
a:eerste 0:19 2:21
a:eerstegeneratiestudenten 0:15
a:eigen 0:65 8:-15
a:eigenlijk 0:-19 4:11 8:21
a:elk 1:12
a:elkaar 0:19
a:elke 0:17 4:-15 6:12
a:en 0:102 2:-14 4:-41 6:-23 7:37
a:energie 0:14
a:enige 0:-14 3:15
a:entreeopleiding 8:14
a:er 4:-17 7:40 8:12
a:erbij 7:11
a:eruit 7:13
a:ervaring 0:45
a:ervaringen 0:10
a:ervoor 0:27
a:even 0:19
a:extra 0:-17 4:13
a:f 2:22 6:-11
a:februari 0:19
a:fijn 5:14
a:fout 0:-29 4:28
a:ga 0:-12 8:30
a:gaan 3:16 6:21 8:11
a:gaat 1:11 2:15 5:22 8:-12
a:gebruikt 0:-10 5:19
a:gedaan 0:-57 3:27 4:12 6:20 8:24
a:geef 1:19
a:geeft 0:18
a:geen 0:-20 1:13 3:-10 4:28 6:-10 7:55
a:gehaald 2:20
a:gekozen 0:-16
a:geldt 0:12
a:geneeskunde 8:16
a:gerust 0:17
a:geschikt 0:-14 4:11
a:gesprek 0:-10 4:20 7:22
a:gesprekken 0:12
a:gestopt 0:12
a:gevuld 6:12
a:gewend 0:37
a:gewone 0:15
a:gewoon 8:44
a:gezegd 8:14
a:ging 0:12
a:goed 0:11 2:13 7:17
a:groeit 0:18
a:haalbaar 8:11
a:haalt 0:13
a:haar 5:13
a:had 0:-11 3:16
a:hand 4:16
a:handig 1:14
a:havist 4:13
a:havo 0:-10 3:12 8:33
a:hbo 4:38
a:heb 2:16 3:20 6:-15
a:hebt 3:-17 6:12 7:20 8:-14
a:heeft 0:-54 3:38 7:36 8:20
a:heel 3:11
a:helpt 0:41 4:-13
a:hem 0:14
a:het 0:27 2:-22 3:12 5:-17 6:15
a:hier 0:20
a:hij 0:-29 7:22
a:hoe 2:18 5:28 7:-12
a:hoger 0:-36 6:20
a:hoofd 0:10
a:hoog 0:-12 8:27
a:hoor 4:13 8:11
a:hoort 8:14
a:horeca 4:18
a:houding 1:13
a:hun 3:13
a:idee 3:14
a:iedere 7:11
a:iedereen 3:17
a:iemand 0:36
a:iets 0:12 4:-15 7:-11 8:51
a:ik 3:-15 7:49 8:35
a:in 0:36 3:16 5:-12
a:ingeleverd 7:25
a:ingesteld 0:-12 4:17
a:ingevuld 7:16
a:inschrijving 7:12
a:is 5:-13 8:62
a:isk-groep 3:11
a:jaar 3:17 4:-18
a:je 0:-59 2:18 3:-15 4:-32 6:12 7:52
a:jezelf 0:12
a:jij 0:-39 1:47 3:35 4:-14 8:60
a:jongen 4:15
a:jongens 4:34
a:jongeren 4:13
a:jou 0:-31 1:13 7:-11 8:80
a:journalisten 0:15 4:-13
a:jouw 0:-28 3:22 8:28
a:jouwe 3:14
a:kan 0:25 6:18 8:-10
a:kans 7:23
a:kansen 8:14
a:kanten 0:16
a:kantoorbaan 0:-11 1:24
a:keer 1:15 3:-14 7:14
a:ken 0:14
a:kennen 0:13
a:kent 0:23
a:kerstvakantie 6:20
a:keuze 0:-15 2:12 6:-12 7:38
a:keuzedeel 0:22
a:keuzemoment 0:15
a:keuzes 0:25 3:14
a:keuzevak 0:24
a:kies 0:-41 7:18 8:57
a:kiest 7:17
a:kiezen 4:38
a:kijk 3:16
a:kijkt 0:15
a:kind 4:21
a:klaar 6:14
a:klas 0:-16 4:14
a:klasgenoten 3:22
a:kleiner 7:16
a:kleins 0:10
a:klik 0:17
a:kok 8:28
a:komen 4:10
a:komt 4:-11 5:19
a:koos 0:-13 3:16 8:16
a:koppelt 0:22
a:korte 1:27 4:-10
a:krijgt 7:24
a:kun 2:11 4:31 7:19
a:kunnen 0:-10 4:15 5:19
a:kunt 1:11 4:-11 7:13
a:kwaliteit 0:17
a:kwaliteiten 0:41
a:kwijt 1:14
a:laat 0:13 7:18 8:16
a:laatst 0:18
a:laatste 0:-23 2:12
a:lang 7:15
a:lastig 0:-16 1:26
a:later 8:22
a:leerbedrijf 0:-11 7:31
a:leerling 4:62 7:-14 8:-14
a:leerlingen 3:24
a:leg 0:15 2:18
a:leggen 0:12
a:lens 0:12
a:leraar 8:17
a:leren 0:17
a:les 0:11
a:leven 7:16
a:lever 0:-15 6:17 7:17
a:levert 8:16
a:lichamelijke 1:13
a:liever 8:23
a:ligt 4:12
a:lijkt 0:-21 4:17
a:lijst 3:15
a:lob 3:16
a:loopbaan 0:14
a:loopbaanbegeleider 0:19
a:loopbaanbegeleiding 0:50 4:-12 8:-12
a:loopbaandossier 0:-29 4:17 6:20
a:loopbaangesprek 7:13
a:lukt 1:14
a:maakt 0:56
a:maandag 7:24
a:maar 0:-28 7:-10 8:74
a:maart 7:16
a:maatschappij 8:22
a:mag 7:21
a:magazijn 0:-10
a:maken 1:10
a:makkelijker 8:11
a:mbo 0:-13 6:18 8:13
a:mbo-diploma 8:13
a:mbo-opleiding 1:28
a:mee 8:27
a:meeloopdagen 0:-23 3:14 6:19
a:meer 3:-26 7:30 8:28
a:meest 0:-10 4:11
a:meestal 0:-12 4:46
a:meetlat 0:12
a:mei 0:29 7:14
a:meiden 3:-16 4:22
a:meisje 0:-12 4:31
a:meisjes 0:-16 4:20
a:meld 7:12
a:mens 0:11
a:mensen 0:14
a:mentor 0:17 6:14
a:met 1:25 2:-15 5:-10 6:-19 7:22 8:30
a:meteen 8:17
a:mij 8:12
a:mijn 0:-11 7:17 8:13
a:minder 0:12
a:misschien 0:-20 2:13 4:11 5:19
a:mist 0:-25 1:55 7:23 8:-11
a:moeder 0:-11 5:13 8:14
a:moeite 1:11
a:moet 7:11 8:16
a:mogelijke 0:16
a:moment 0:28
a:motief 0:30 4:-15
a:motieven 0:37 4:-17
a:na 0:14 1:-11 6:19
a:naar 0:17 2:-12 3:26 4:-25 6:-20 7:13 8:18
a:naast 0:30
a:nadenken 4:22
a:natuur 8:23
a:nederlands 0:15 3:12
a:neem 0:-10 8:18
a:neemt 0:14
a:nemen 2:15
a:nergens 7:11
a:net 0:16
a:netwerk 0:51 8:-11
a:netwerken 0:19
a:niet 0:17 1:-14 3:-15 4:39 6:-10 7:66
a:niets 7:11 8:16
a:nieuw 1:12
a:nieuwe 0:12 5:12
a:nieuwsgierigheid 0:24 8:-11
a:niveau 0:-18 8:14
a:nodig 0:-13 4:13
a:nodigt 0:11
a:noem 1:12
a:noemen 0:19
a:nog 0:-18 1:22 3:-18 4:-13 6:43 7:61 8:-24
a:nooit 1:12 7:11
a:nu 0:-17 3:12 4:12 7:11
a:of 0:55 4:10 5:29 8:-15
a:om 0:37 1:12 2:12 8:-21
a:omdat 0:-18 4:31
a:onderdelen 6:19
a:ondermaats 0:-22 1:11 4:14
a:ondernemer 0:11
a:onderwerp 0:12
a:ontbreekt 6:13
a:ontdekken 0:12
a:ontwerpen 0:12
a:ook 0:49 3:31 4:-20
a:op 0:-41 1:19 2:10 4:-13 6:33 7:-11
a:opdracht 6:10
a:open 1:11 6:10 7:-12
a:openen 0:10
a:opent 0:31
a:opleiding 2:17 8:28
a:opleidingen 0:11
a:opties 8:11
a:opvoeding 1:13
a:orientatie 0:13
a:ouders 7:29 8:-15
a:over 0:46 7:36 8:-15
a:pabo 2:15
a:past 0:15 7:-10 8:32
a:periode 2:19
a:plek 7:18 8:10
a:politieacademie 0:-14 8:17
a:praat 0:15
a:praktijk 0:14
a:praktijkbegeleider 0:17
a:praktijkonderwijs 0:-21 3:15 4:11
a:praktijkopleider 1:12 6:24
a:praktisch 4:17
a:praten 0:12
a:prima 8:18
a:profielkeuze 0:-16 7:32
a:raakt 1:11
a:raken 0:14
a:recht 0:21
a:rechten 3:13 4:10
a:redden 4:20
a:reflectie 7:18
a:reflecties 6:20
a:rest 7:17
a:resultaat 0:39 4:-10
a:resultaten 0:-13
a:richting 0:25
a:rij 1:14
a:roc 1:10 3:16
a:route 0:38 4:-13
a:routes 0:20
a:ruimte 0:25 7:22
a:samen 0:27
a:schiet 1:18
a:school 0:21
a:schoonmaak 0:-12 4:13
a:serieus 4:11
a:slapen 0:19
a:slb'er 0:19
a:slecht 1:12
a:snel 0:-15 1:24 7:28
a:soms 0:27
a:soort 0:15
a:soorten 0:11
a:sta 0:-18 3:15 6:17
a:staan 8:13
a:staat 0:13 6:13 7:-10 8:12
a:stage-ervaring 0:16
a:stageplek 4:-15 5:13 8:-11
a:stap 0:13
a:start 0:11
a:steeds 0:-11 1:11
a:stel 0:24
a:sterk 0:34 4:-17
a:sterker 8:13
a:straks 0:-15 1:13 2:21 7:25
a:stromen 8:13
a:student 0:10
a:studie 3:18
a:studiekeuze 0:25
a:studiekeuzecheck 0:31 4:-11
a:switchen 0:10
a:taal 0:18 1:13 4:-11
a:talent 0:14 1:22
a:te 0:-12 1:13 2:-15 3:-21 4:-30 7:12 8:15
a:teamleider 0:-15 7:40
a:techniek 0:-15 1:16 4:11 8:14
a:tekort 1:17
a:telt 0:17
a:terecht 4:11
a:terechtkunt 0:15
a:terug 0:10
a:terugkijken 0:10
a:thuis 0:18
a:tijd 0:-19 4:-13 7:13 8:26
a:toe 0:10
a:toegelaten 2:18
a:toekomst 0:-12 8:18
a:toont 1:16
a:tot 0:19 2:15 7:25
a:tussen 7:15
a:tussenjaar 8:16
a:twee 0:20 7:22
a:tweede 0:22
a:twijfel 4:-10 7:30
a:twijfelen 8:10
a:typisch 0:-19 4:25
a:typische 0:-17 4:19
a:uit 2:25 4:50
a:universiteit 4:15 8:22
a:vaak 0:11 4:69
a:vak 0:25 1:11 8:-11
a:vakken 1:18
a:valt 0:-10 4:19
a:van 0:17 1:-28 5:-24 7:-16 8:-37
a:vandaag 0:-19 4:19 7:29
a:vast 4:36
a:veel 0:17 4:27 7:-13 8:19
a:ver 1:18
a:verbindt 0:18
a:vergeleken 3:19
a:vergeten 0:-12 7:39
a:verkeerde 0:-21 7:21
a:verkennen 0:12
a:verrassingen 0:12
a:verschillende 0:26
a:vertel 0:-11 1:13 5:30
a:vervolgstap 0:13
a:verwachtingen 0:16
a:verzorgers 0:25
a:via 0:19
a:vijf 6:10
a:vindt 7:12
a:vink 0:-12 6:26
a:vinkje 6:22
a:vmbo 0:12 1:16
a:vol 6:13
a:voldoening 0:10
a:volgende 0:15
a:volgt 0:11 4:-15 7:14
a:voltooid 0:-32 4:19 6:26
a:voor 1:-14 4:-16 5:-12 7:23 8:42
a:vooral 4:14
a:voordat 2:12 5:12 8:-11
a:voorkeuren 0:19 4:-11
a:voortgang 0:-16
a:vorig 3:15
a:vorige 0:11 3:15
a:vraag 0:41
a:vraagstukken 0:13
a:vraagt 1:29 8:-11
a:vragen 0:36
a:vriend 5:13
a:vrijdag 0:-27 7:27
a:vroeg 0:16
a:vwo 3:26 8:13
a:waar 0:32 1:13
a:waarden 0:46 4:-13
a:waardevol 0:12
a:waarom 1:14
a:wacht 7:34
a:wachten 7:12
a:wandelend 0:18
a:want 0:-18 7:44
a:was 0:-15 8:22
a:wat 0:-15 3:15 4:42 7:-18 8:30
a:we 1:13 5:20
a:week 7:21
a:weet 3:12
a:weg 0:19
a:weinig 0:-26 1:24 4:19
a:wel 7:19
a:welke 0:13 6:11
a:werk 0:48 3:15 5:18
a:werken 0:13 4:13
a:werkhouding 1:28
a:werkplek 0:12
a:werkt 0:12 3:12 4:-15
a:werkveld 0:15
a:werkvelden 0:20
a:werkvloer 0:20
a:weten 5:17 7:-12
a:wie 6:16 7:69 8:-12
a:wijst 0:15
a:wil 0:-26 4:13 7:14
a:willen 0:-11 5:19
a:wiskunde 4:11
a:woensdag 7:24 8:-10
a:woorden 0:15
a:word 0:-14 8:55
a:worden 0:-23 7:11 8:20
a:wordt 1:21 2:18 4:-17 7:32
a:zag 0:20
a:ze 3:18 4:23
a:zegt 0:14
a:zelf 0:20 1:10 8:-15
a:zet 8:12
a:zetten 0:-10 1:13 6:21
a:zichtbaar 0:18
a:zie 0:-24 6:15 8:36
a:zien 0:44
a:zij 0:-26 3:14 4:14
a:zijn 0:43 3:14 4:31
a:zitten 0:-13
a:zo'n 1:12
a:zoals 4:34 8:19
a:zodat 2:20 6:23
a:zoek 4:-16 8:37
a:zoeken 1:16
a:zomer 0:-11 3:14
a:zonde 8:28
a:zonder 3:15 7:41
a:zorg 0:11 6:19 7:-13 8:14
a:zou 0:-22 4:15 8:36
a:zus 3:26
a:zwakke 4:10
b:%_gevuld 6:12
b:/_<grade> 0:-15 2:-12 6:24
b:<grade>_/ 0:-15 2:-12 6:24
b:<grade>_? 8:14
b:<grade>_april 0:17
b:<grade>_de 0:16
b:<grade>_f 2:22 6:-11
b:<grade>_februari 0:18
b:<grade>_havo 3:10
b:<grade>_kader 0:-10 3:22
b:<grade>_maart 7:16
b:<grade>_mei 0:29 7:14
b:<grade>_van 0:-14 6:41
b:<grade>_voor 2:46
b:<grade>_vwo 3:13
b:<num>_% 0:-12 6:29
b:^_<grade> 6:19
b:^_aanmelden 0:18
b:^_als 0:-25 4:49 6:-11 7:42
b:^_andere 3:15
b:^_begin 8:17
b:^_ben 0:-11 3:30 5:28
b:^_besef 0:-15 7:28
b:^_bij 0:44 1:10 4:-12
b:^_contact 0:15
b:^_contacten 0:19
b:^_daarna 0:12 4:-12 7:21
b:^_dan 0:-10
b:^_dat 8:41
b:^_de 0:54 4:-20 7:22
b:^_denk 7:22
b:^_deze 0:-18 4:24
b:^_die 0:-24 4:14 8:20
b:^_dit 4:15 7:17
b:^_doorstromen 8:12
b:^_een 0:48 4:38 7:-17 8:10
b:^_eerst 8:10
b:^_eerstegeneratiestudenten 0:15
b:^_eet 5:18
b:^_elke 7:12
b:^_er 4:-12 7:32
b:^_ga 3:22
b:^_gebruik 0:-14 5:32
b:^_geen 7:33
b:^_goed 0:15
b:^_havisten 4:19
b:^_heb 0:-43 4:16 5:49 6:29
b:^_heeft 5:23
b:^_herken 0:-24 1:19 4:22
b:^_het 0:32 3:16
b:^_hij 0:-30 4:13 7:11
b:^_hoe 0:22 2:15 3:16 4:-29 6:-24 7:-11
b:^_hoeveel 0:-16 1:-15 2:19 6:31
b:^_hoor 0:16
b:^_iedereen 3:11
b:^_ik 0:11 7:24 8:18
b:^_in 0:34 2:11 3:15 6:15
b:^_is 1:-14 2:11 3:11 6:39
b:^_je 0:-61 1:61 3:33 4:-53 7:-40
b:^_jij 0:-29 1:37 3:-21 4:40 8:26
b:^_jongens 4:34
b:^_journalisten 0:14 4:-13
b:^_jouw 0:-10 3:22
b:^_kies 0:-21 7:18 8:25
b:^_kijk 3:15
b:^_klopt 4:20 8:-11
b:^_koppelt 0:22
b:^_kwaliteiten 0:11
b:^_laat 8:10
b:^_leerlingen 4:26
b:^_let 0:-30 5:22
b:^_lever 0:-15 6:17 7:17
b:^_lijkt 0:12
b:^_loopbaanbegeleiding 0:12
b:^_mag 5:16
b:^_mens 0:11
b:^_mensen 0:-13 4:17
b:^_met 1:18 2:35 4:37 8:36
b:^_mijn 0:-12 8:21
b:^_misschien 0:-14 2:12 5:12
b:^_na 0:27
b:^_natuur 0:14
b:^_netwerken 0:13
b:^_nieuwe 0:16
b:^_nieuwsgierigheid 0:20 8:-10
b:^_nog 0:-28 6:33 7:18
b:^_nu 0:16
b:^_omdat 0:-30 1:14 4:36
b:^_op 0:-12 3:11 6:27
b:^_ouders 0:23
b:^_past 4:12
b:^_slaap 5:14
b:^_spreekt 0:12
b:^_staat 2:14
b:^_stel 0:15
b:^_sterk 0:13
b:^_twijfel 0:13
b:^_typisch 0:-19 4:25
b:^_uit 8:11
b:^_van 0:23
b:^_veel 0:11
b:^_verbindt 0:18
b:^_vergeleken 3:25
b:^_vergelijk 3:10
b:^_vertel 0:-18 1:15 5:31
b:^_verwachtingen 0:16
b:^_vink 0:-12 6:26
b:^_voor 0:-13 4:35 6:11
b:^_voorkeuren 0:19 4:-11
b:^_vraag 0:12
b:^_waar 0:61 5:-21 7:12
b:^_waarom 0:-55 1:60 3:44 5:12 6:-15
b:^_wanneer 6:35 7:38
b:^_wat 0:72 1:29 2:12 5:-26 6:-10
b:^_we 0:-13 1:12 5:15
b:^_weet 4:11
b:^_welk 0:38 1:37 2:29 4:43 5:-14 6:-13
b:^_welke 0:54 2:15 3:-16 4:17 5:-24 6:10 7:-19
b:^_werkexploratie 0:12
b:^_wie 3:38 5:11 7:64
b:^_wil 7:28
b:^_wilt 6:13 7:12
b:^_wist 0:-22 4:17
b:^_woon 0:-12 5:15
b:^_ze 0:-32 4:33
b:^_zie 5:-14 8:16
b:^_zij 0:-27 3:14 4:14
b:^_zijn 6:21
b:^_zoek 4:-16 8:21
b:^_zonder 7:23
b:^_zorg 0:25 4:-10 6:21 8:-12
b:^_zou 0:-24 1:17 3:14 4:-11
b:aan_? 0:-38 2:11 4:49 7:14
b:aan_de 0:14
b:aan_het 2:16
b:aan_je 0:-13 1:40
b:aan_te 7:12
b:aanleiding_zijn 0:11
b:aanmelden_voor 0:15 8:15
b:aanmeldt_heeft 0:20 7:-10
b:aanmeldt_voor 2:14 8:-11
b:aanpakken_? 1:13
b:achter_de 0:25
b:advies_van 0:14
b:af_? 6:15
b:af_bij 1:10
b:af_in 6:16
b:afspraak_met 7:12
b:al_bij 3:27 5:30
b:al_drie 1:11 3:18
b:al_eens 0:14 4:17 6:-11
b:al_gedaan 0:11
b:al_in 1:16
b:al_is 0:12
b:al_laten 6:16
b:al_op 6:11
b:al_over 4:12
b:al_twee 1:25
b:al_wandelend 0:18
b:alle_onderdelen 6:11
b:alles_wat 1:11
b:als_de 0:21 3:12
b:als_een 0:13
b:als_eerste 1:10 6:11
b:als_het 0:32
b:als_je 0:17 1:29 4:-27 6:-10 7:56 8:-14
b:als_jij 7:13
b:als_kind 4:21
b:als_meisje 0:-21 1:-11 4:48
b:andere_leerlingen 3:11
b:anders_? 0:-12 3:33
b:anders_dan 0:40
b:anders_wordt 7:15
b:baan_in 0:-11 4:13
b:begin_van 0:10
b:begint_bij 0:22
b:behalve_jij 3:11
b:ben_je 0:-19 3:-11 4:20 5:32 6:-12 8:16
b:ben_jij 3:53
b:bent_? 1:36
b:bent_best 1:25
b:bent_een 0:-11 4:23
b:bent_te 8:14
b:bent_voor 0:30 1:-16
b:beroep_dat 0:12
b:beroep_noemen 0:15
b:beroep_zonder 0:-11 1:11
b:beroepen_in 0:23
b:beroepen_waarin 0:15
b:beroepskeuze_? 0:-19 1:12 2:16
b:beschut_werk 0:-23 4:39
b:best_? 4:21
b:beste_resultaat 0:10
b:betalen_? 5:22
b:betekent_dat 0:-14 1:11 2:12
b:beter_? 4:21
b:beter_bij 0:-12 3:13 8:14
b:beter_in 0:11
b:bezig_? 0:17
b:bezocht_? 1:-10 3:12
b:bezoeken_? 0:-13 4:14
b:bij_? 2:12
b:bij_alle 1:18
b:bij_de 0:-19 1:-20 5:20 7:16 8:-14
b:bij_die 2:15
b:bij_economie 1:20
b:bij_een 0:27 4:-18
b:bij_elk 1:11
b:bij_het 3:23
b:bij_je 1:-26 7:-15
b:bij_jou 0:-61 1:22 4:29 5:16
b:bij_jullie 5:10
b:bij_lichamelijke 1:13
b:bij_mij 0:11
b:bij_techniek 2:25 7:14
b:bij_wat 0:37
b:bij_welk 0:19
b:bij_welke 0:10
b:bij_wie 0:19 5:12
b:bij_wiskunde 0:-12 4:12
b:bijbaan_? 0:27 1:-13
b:bijgebleven_? 0:28
b:binnen_een 0:16 4:-11
b:blijf_jij 1:18
b:blijft_bij 0:11
b:blijkt_dat 8:11
b:bouw_of 0:-11 4:12
b:bouwen_wonen 2:20
b:broertjes_en 5:14
b:buiten_school 0:18
b:cijfer_mag 0:11
b:cijfer_voor 2:40
b:cijferlijst_van 2:18
b:cijfers_? 2:15
b:collega's_op 0:10
b:competenties_zijn 0:12
b:contacten_uit 0:12
b:daar_? 0:11
b:daar_al 4:12
b:daaraan_doen 3:18
b:daarbij_? 0:-20 1:15
b:daarmee_aan 0:-12 2:14
b:daarna_volgt 0:17 4:-12
b:dag_hebt 1:-10 3:12
b:dag_met 0:11
b:dag_van 0:15 1:13
b:dan_? 0:10
b:dan_alleen 1:16
b:dan_de 3:34
b:dan_een 0:11
b:dan_het 0:-27 6:19
b:dan_iets 2:10
b:dan_ik 0:40
b:dan_je 0:21
b:dan_jij 3:17
b:dan_niet 4:12
b:dan_nog 2:27 6:-12
b:dan_wel 1:23 2:12
b:dat_? 0:-30 1:-22 3:33 4:18 8:16
b:dat_aanpakken 1:13
b:dat_bij 0:-19 2:26 4:15
b:dat_deze 6:11
b:dat_het 2:12 4:20
b:dat_iets 0:12
b:dat_ik 7:19
b:dat_in 2:11
b:dat_is 0:-16 8:17
b:dat_je 0:58 1:21 2:-18 3:-16 5:-22 7:14
b:dat_jij 1:41
b:dat_jouw 1:29 5:-11
b:dat_kan 0:16
b:dat_niet 3:52
b:dat_nu 0:13
b:dat_ook 0:-21 3:26
b:dat_op 0:-16 4:27
b:dat_over 0:-12 2:13
b:dat_tempo 0:24 4:-19
b:dat_uit 0:10
b:dat_van 4:12
b:dat_wat 0:-14 4:17 7:13
b:dat_werk 0:11
b:dat_zie 4:11
b:dat_zo 0:12
b:de_<grade> 0:16 6:19
b:de_aanleiding 0:11
b:de_aanmelddatum 7:32
b:de_andere 3:31
b:de_bbl 0:11
b:de_beroepenmarkt 0:-11 6:10 7:12
b:de_beroepentest 8:37
b:de_beste 3:15
b:de_beveiliging 4:13
b:de_bouw 4:14
b:de_competenties 0:12
b:de_deadline 7:13
b:de_decaan 0:-12 6:17 7:13
b:de_doorslag 0:15
b:de_eerste 2:20
b:de_enige 0:-14 3:15
b:de_entreeopleiding 8:14
b:de_grens 2:17
b:de_hand 4:16
b:de_havo 0:-28 2:11 8:42
b:de_herfstvakantie 6:23
b:de_horeca 4:21
b:de_jouwe 3:14
b:de_kerstvakantie 6:18
b:de_keuze 0:28
b:de_kinderopvang 4:12
b:de_klas 3:29
b:de_komende 0:15
b:de_laatste 0:-22 5:19
b:de_leerling 0:75
b:de_leerlingen 0:-21 3:20
b:de_lijst 3:15
b:de_loopbaan 0:11
b:de_meeste 3:13
b:de_mentor 0:14
b:de_mentorgroep 3:14
b:de_open 0:15 1:27 3:12
b:de_opleiding 0:23 2:27
b:de_pabo 0:-11 2:36 8:21
b:de_politie 3:13
b:de_politieacademie 0:-14 8:17
b:de_praktijk 0:22
b:de_praktijklessen 1:11 5:13
b:de_profielkeuze 7:12 8:12
b:de_relatie 5:27
b:de_rest 0:-12 3:16 7:16
b:de_scheiding 5:12
b:de_schermen 0:13
b:de_schoonmaak 0:-16 4:22
b:de_stage 0:17
b:de_start 0:15
b:de_student 0:16
b:de_studiekeuze 3:14
b:de_taal 1:12
b:de_teamleider 0:-15 7:40
b:de_techniek 0:-17 1:16
b:de_tijd 0:12
b:de_toetsweek 5:19
b:de_twee 4:11
b:de_universiteit 4:13 8:21
b:de_vijf 6:13
b:de_volgende 0:20
b:de_vraag 0:11
b:de_weg 1:31 2:14
b:de_werkplek 0:15
b:de_werkvloer 0:32 1:10
b:de_zomer 0:-10 3:14
b:de_zorg 1:21 8:30
b:deed_? 0:11
b:deed_je 0:15
b:deel_van 0:17
b:delen_voor 0:29
b:denk_je 0:-13 3:14 5:-23 6:-21
b:deur_openen 0:10
b:deuren_open 8:10
b:deze_keuze 7:17
b:deze_leerling 4:11
b:deze_week 6:26
b:die_al 0:-11 3:17
b:die_anders 0:12
b:die_de 2:18
b:die_droom 0:-14 8:11
b:die_een 1:30
b:die_je 0:59 5:15
b:die_meedenkt 0:23
b:die_stage 8:10
b:dierenarts_? 0:10
b:dingen_heb 0:11
b:dit_gesprek 0:-10
b:dit_haalt 0:15
b:dit_is 4:10 7:19
b:dit_jaar 0:-20 2:39
b:dit_moment 0:-13 5:26
b:dit_resultaat 0:14
b:dit_schooljaar 5:-11 6:28
b:doe_je 0:12 3:-14
b:doe_jij 3:13
b:doen_? 2:30 3:17 7:11 8:13
b:doen_aan 0:-18 1:32
b:doet_die 3:11
b:doet_een 0:13
b:door_je 0:-15 5:21
b:door_te 0:13 2:33
b:doorstromen_naar 8:12
b:drie_meeloopdagen 0:-12 3:14 6:12
b:duits_? 0:-26 2:41
b:dus_de 8:12
b:dus_je 4:33
b:echt_de 7:20
b:echt_goed 1:17
b:echt_keuzemoment 0:11
b:economie_en 8:17
b:een_<grade> 0:-15 2:103
b:een_achterstand 0:-13 4:12
b:een_andere 8:14
b:een_baan 0:-11 4:34
b:een_bakker 0:17
b:een_beetje 4:14
b:een_bekende 0:22
b:een_beroep 0:25 8:-10
b:een_cijfer 0:20 4:-11
b:een_deadline 0:15
b:een_deur 0:10
b:een_echt 3:12
b:een_echte 0:-16 4:29
b:een_gemiddelde 0:11
b:een_gesprek 7:24
b:een_goede 1:23
b:een_jaar 0:10 4:-12 7:16
b:een_kamer 0:-12 5:17
b:een_kantoorbaan 0:-11 1:24
b:een_keer 7:17
b:een_keuze 0:11
b:een_klik 0:17
b:een_kwaliteit 0:16
b:een_laag 0:-11 1:16
b:een_lastig 1:10
b:een_leerling 0:36
b:een_lens 0:12
b:een_magazijn 0:-10
b:een_mbo-diploma 8:13
b:een_mbo-opleiding 1:28
b:een_mogelijke 0:13
b:een_nieuwe 0:15
b:een_opleiding 0:-18 1:25 2:-12 3:13 8:20
b:een_plek 3:12
b:een_profiel 0:-10 2:24
b:een_rij 1:14
b:een_route 0:23 4:-12
b:een_stage 3:14
b:een_stageplek 0:32 1:23 3:20
b:een_sterk 0:19 4:-10
b:een_studie 3:12 8:10
b:een_studiekeuzecheck 0:27 4:-11
b:een_werkplek 0:10
b:eens_hoe 0:-14 5:31
b:eens_met 3:12
b:eens_naar 0:-10 3:17 4:19
b:eerlijk_gezegd 8:14
b:eerst_je 2:20
b:eerste_jaar 0:10
b:eerste_keus 0:14
b:eerste_periode 0:-10 2:19
b:eet_je 5:23
b:eigen_keuze 0:-16 1:21
b:eigen_route 0:10
b:eigenlijk_? 5:17
b:eigenlijk_op 4:14
b:eigenlijk_wel 5:16
b:elke_dag 7:13
b:en_hoe 0:17 5:16
b:en_interieur 2:20
b:en_je 0:-18 6:11 7:48
b:en_kies 0:-13 8:16
b:en_maatschappij 8:22
b:en_techniek 8:22
b:en_waarom 0:41
b:en_wat 0:29 2:31
b:en_welk 2:17
b:en_welke 0:11
b:er_achter 0:20
b:er_bij 0:-22 1:33 5:20
b:er_iemand 0:17 5:14
b:er_met 2:18
b:er_nog 3:10 6:21
b:er_nu 2:13
b:er_thuis 5:15
b:er_toch 1:12
b:er_zijn 0:14
b:ernaar_? 0:12
b:eten_? 5:14
b:familie_in 5:14
b:feedback_van 0:11
b:fout_op 0:14
b:foute_keuzes 0:13
b:ga_je 0:-22 1:23 5:12 6:-12 7:18
b:ga_jij 3:16
b:ga_voor 0:-12 8:16
b:gaan_? 2:28
b:gaan_bekijken 4:19
b:gaat_? 5:12
b:gaat_doen 0:-15 2:19
b:gaat_het 1:18 5:30
b:gebrek_aan 0:-14 1:30
b:gebruik_je 0:-13 5:32
b:gedaan_? 7:14
b:gedaan_om 0:19
b:geef_je 1:19
b:geeft_ruimte 0:13
b:geen_loopbaanbegeleiding 0:33 4:-11
b:geen_meetlat 0:12
b:geen_open 1:-10 3:12
b:geholpen_? 0:10
b:gekozen_? 3:13
b:geld_van 5:11
b:geldt_<grade> 0:11
b:geleerd_? 0:26
b:geleerd_dat 0:13
b:gemiddelde_voor 2:12
b:gemiddelde_werkdag 0:11
b:geneeskunde_is 8:16
b:genoeg_geld 5:17
b:genoeg_voor 0:-10 2:34
b:geschikt_voor 0:-14 4:11
b:gesprek_geen 0:12
b:gesprek_met 7:28
b:gewend_ben 0:37
b:gezien_? 3:11
b:ging_anders 0:10
b:ging_het 0:12
b:goed_bij 4:14
b:goed_gedaan 0:10
b:goed_in 0:-17 1:12 4:14
b:goed_om 0:12 2:16
b:groep_? 3:15
b:haal_je 7:11
b:halen_om 2:22
b:havo_? 2:17
b:havo_is 0:-10 8:14
b:hbo_? 4:16
b:hbo_of 0:17
b:heb_je 0:13 6:33
b:heb_jij 0:-17 3:27
b:hebben_je 0:-13 2:11
b:hebben_om 0:13
b:hebt_<grade> 6:11
b:hebt_? 1:12
b:hebt_bezocht 1:-10 3:12
b:hebt_een 2:16
b:hebt_het 0:14
b:hebt_je 0:29
b:hebt_nog 7:26
b:heeft_al 3:25
b:heeft_het 7:14
b:heeft_ingeleverd 7:24
b:heeft_je 5:15 6:16
b:heeft_recht 0:20 7:-10
b:helpt_kiezen 0:14 4:-11
b:hem_met 0:11
b:herken_je 0:-13 1:18 4:21
b:het_? 0:-22 7:16 8:16
b:het_aan 7:14
b:het_bedrijf 0:10
b:het_beroep 0:16
b:het_best 4:21
b:het_beste 8:22
b:het_bij 0:-37 1:17 3:15 7:10 8:16
b:het_buitenland 8:11
b:het_dat 0:-13 1:23
b:het_de 0:11
b:het_eerste 0:13
b:het_fijnst 4:11
b:het_gaat 5:12
b:het_gesprek 0:41
b:het_hbo 4:57
b:het_in 6:15
b:het_is 0:-18 4:26
b:het_je 3:14
b:het_jou 0:-18 1:19 4:19
b:het_kan 0:10
b:het_kiezen 0:-15 1:15 3:11
b:het_leukst 0:14
b:het_liefst 0:23
b:het_loopbaangesprek 0:11 7:13
b:het_mbo 0:-19 6:16 8:16
b:het_meelopen 0:13
b:het_meest 0:13 1:16 4:27 5:-13 6:-24
b:het_met 5:22 6:27
b:het_niet 0:-21 7:13 8:13
b:het_niveau 7:12
b:het_nog 0:23 7:15
b:het_om 0:15
b:het_onderwerp 0:11
b:het_over 0:-19 1:20 7:11
b:het_praktijkonderwijs 0:-21 3:15 4:11
b:het_profiel 0:12
b:het_roc 3:16
b:het_te 7:29
b:het_vak 0:14
b:het_vinkje 0:-13 6:24
b:het_voor 0:15
b:het_vwo 0:-19 3:16 8:18
b:het_werk 0:11
b:het_ziekenhuis 0:-11 5:14
b:het_zo 1:14
b:hielp_je 0:12
b:hoe_denk 0:-11 4:15
b:hoe_ga 0:36 1:36 2:-17 3:-12
b:hoe_gaat 5:35
b:hoe_ging 0:11
b:hoe_heb 0:14
b:hoe_het 0:-10 5:18
b:hoe_is 0:-20 5:42
b:hoe_je 0:11 2:17 7:-11
b:hoe_jij 5:11
b:hoe_kan 3:14
b:hoe_kijk 0:14 3:-14
b:hoe_kom 0:13
b:hoe_komt 1:25 3:17
b:hoe_krijg 2:21
b:hoe_laat 5:19
b:hoe_lang 7:27
b:hoe_pak 0:-17 4:21
b:hoe_pakte 0:14
b:hoe_sta 3:10
b:hoe_staan 0:-16 2:24
b:hoe_staat 0:-17 3:17 5:-10 6:30
b:hoe_voelt 3:17
b:hoe_was 0:34
b:hoe_weeg 0:13
b:hoe_wil 0:-35 1:27 2:24
b:hoe_ziet 0:13
b:hoe_zit 3:18
b:hoe_zou 0:15
b:hoeveel_uur 5:36
b:hoeveel_van 0:-12 2:23 5:-13 6:13
b:hoor_je 8:10
b:houdt_je 0:13
b:houdt_jou 0:-13 1:15 3:13
b:iedereen_in 3:12
b:iedereen_kent 0:10
b:iemand_die 0:29
b:iemand_met 4:11
b:iemand_uit 0:12
b:iemand_zoals 8:18
b:iets_in 4:15
b:iets_kleins 0:10
b:iets_met 4:-16 8:38
b:iets_moet 0:-14 1:19
b:iets_over 0:17
b:iets_van 0:26
b:iets_voor 2:11 3:32
b:ik_gewend 0:15
b:ik_je 0:-12 7:16
b:ik_niet 0:16
b:ik_van 0:33
b:ik_vragen 5:16
b:ik_zag 0:16
b:ik_zie 8:24
b:in_<grade> 1:23 3:26
b:in_? 7:23
b:in_anders 7:18
b:in_bent 1:13
b:in_bij 6:19
b:in_de 1:17 2:12 4:44 5:-28 7:-15 8:24
b:in_dit 0:13
b:in_een 5:10 8:15
b:in_het 0:46 1:-12 4:-17 5:32 6:16
b:in_je 1:-24 3:11 4:12 6:54
b:in_jouw 3:18 4:14
b:in_leerjaar 0:10
b:in_plaats 8:13
b:in_welk 0:20
b:in_wilt 0:-18 1:17 4:12
b:ingevuld_? 0:-12 6:26
b:interessant_? 0:10
b:is_? 0:-17 7:20
b:is_anders 0:16
b:is_dan 1:11
b:is_dat 0:-12 3:20 4:11 7:14
b:is_de 5:27 8:27
b:is_echt 7:20
b:is_een 0:20 2:11 4:53
b:is_er 0:14 1:11 3:10
b:is_geen 0:16 4:-20 7:24
b:is_goed 0:13
b:is_het 0:-15
b:is_je 2:29 5:-14 6:34
b:is_ook 3:32 4:-16 8:-10
b:is_te 8:30
b:is_vol 6:13
b:is_voor 5:11 6:12 7:-11 8:18
b:is_zonde 8:16
b:jaar_en 0:-19 2:20
b:je_? 1:-10 3:32 4:62 7:26
b:je_aan 0:10 2:18 4:16 7:20
b:je_aanmeldt 2:14
b:je_afspraken 1:31
b:je_al 0:12 1:26 4:16 5:18 6:-14
b:je_alle 6:27
b:je_als 0:36 6:13
b:je_begeleider 0:-25 6:20
b:je_bent 0:-38 1:23 3:-11 4:17 8:20
b:je_beste 3:16
b:je_beter 0:10 4:20
b:je_bezocht 6:11
b:je_bij 0:16
b:je_bijbaan 0:18 1:-14 5:14
b:je_bpv-plek 7:13
b:je_broer 3:22
b:je_broertjes 5:14
b:je_cijfer 2:16
b:je_cijferlijst 0:-10 2:37
b:je_cijfers 0:-35 2:55 5:-11
b:je_concentratie 1:20 5:18
b:je_cv 8:15
b:je_daar 8:13
b:je_daaraan 0:-19 2:21 3:18
b:je_daarmee 2:12
b:je_dan 1:58
b:je_dat 1:27 3:-21 4:17 5:-13 6:-12 8:22
b:je_de 2:-11 3:-10 5:11 6:15
b:je_deze 6:10
b:je_die 6:15
b:je_diploma 0:12
b:je_dit 0:22
b:je_doen 0:-12 1:26
b:je_doet 0:48
b:je_door 0:19
b:je_dossier 1:17
b:je_een 0:-41 2:13 3:-11 6:-12 8:17
b:je_eerste 0:27
b:je_eigen 0:28 1:24
b:je_eigenlijk 0:-32 1:47 4:11
b:je_eraan 0:-20 1:26
b:je_ergens 0:-16 1:20
b:je_eruit 7:13
b:je_ervan 0:11
b:je_familie 0:-16 5:20
b:je_gaat 4:15
b:je_gemiddeld 5:12
b:je_gemiddelde 0:-26 2:56
b:je_gewend 0:20
b:je_goed 0:14
b:je_graag 0:12
b:je_groep 3:20
b:je_handen 4:21
b:je_hebt 0:16 3:-16 4:-20 6:13 7:13
b:je_hem 0:10
b:je_het 0:71 2:-11 4:-12 7:31
b:je_hoofd 4:13
b:je_hoort 0:-15 8:13
b:je_iets 1:13
b:je_in 1:-18 3:-17 4:-18 5:11 6:-14
b:je_je 0:14 1:-14 2:46 4:-15 5:17 7:55
b:je_jezelf 0:21 5:-14
b:je_kans 7:24
b:je_ken 0:12
b:je_keuze 0:28 6:-12 7:23 8:-11
b:je_klas 0:-10 3:23
b:je_klasgenoten 0:-14 1:-15 3:56
b:je_kunt 0:-14 7:20
b:je_laat 5:16
b:je_laatst 0:34
b:je_laatste 2:11
b:je_later 0:-27 2:17 8:12
b:je_leerbedrijf 1:13
b:je_leren 0:-23 3:14 4:13
b:je_lob-punten 5:-12 6:36
b:je_loopbaandossier 6:14
b:je_medicijnen 0:-16 5:35
b:je_mee 0:17
b:je_meer 8:13
b:je_mentor 0:-11 6:32
b:je_met 0:21 7:11
b:je_misschien 4:10
b:je_mist 1:44
b:je_moeder 0:-19 5:30 8:15
b:je_moeilijk 0:11
b:je_moet 8:11
b:je_naar 1:10 5:26
b:je_nederlands 1:16
b:je_netwerk 0:29
b:je_niet 1:11 6:-12
b:je_nieuwsgierig 0:18
b:je_nog 1:-11 3:-11 6:12
b:je_nu 0:17 6:14 7:10
b:je_om 0:47 2:-14
b:je_onlangs 0:19
b:je_ooit 1:17
b:je_op 0:21 2:16
b:je_opleiding 3:12 5:20
b:je_ouders 0:-24 5:44 6:17 7:23
b:je_over 0:20
b:je_passen 4:14
b:je_plek 7:11 8:12
b:je_portfolio 0:-11 6:43
b:je_praktijkopleider 1:11 6:24
b:je_profielkeuze 0:16 1:11
b:je_profielkeuzeformulier 6:39
b:je_profielwerkstuk 2:19
b:je_rapport 0:-19 2:26
b:je_rapportcijfers 0:-28 2:44
b:je_resultaten 0:-13
b:je_snuffelstage 0:-20 4:22 6:11
b:je_staat 0:25
b:je_stage 0:19 1:12
b:je_straks 2:18
b:je_studiekeuze 2:18 3:15
b:je_thuis 0:-15 5:25
b:je_toen 0:18
b:je_trekt 0:18
b:je_tussen 7:16
b:je_vaak 1:17 5:11
b:je_vader 0:-15 5:42 6:-10 8:17
b:je_vak 0:17
b:je_van 0:25
b:je_vandaag 0:13 2:-11 6:15
b:je_vast 0:-28 4:51
b:je_veel 5:13 8:10
b:je_verder 4:16
b:je_verkennen 1:15
b:je_volgende 0:15
b:je_voor 0:-30 2:24 4:19 5:-12 6:27
b:je_vooral 4:14
b:je_vorige 0:16
b:je_vrienden 0:13
b:je_wacht 7:24
b:je_wel 5:21
b:je_weleens 5:18
b:je_werk 5:18
b:je_wilt 3:-13 5:-17 6:-15
b:je_zeker 4:11
b:je_zelf 0:10 1:25 4:-11
b:je_ziet 0:11
b:je_zit 1:15
b:je_zo 0:-30 1:30 5:17 7:14
b:je_zo'n 0:17
b:je_zus 3:20
b:je_zwakke 0:-22 1:34
b:jezelf_? 4:13
b:jezelf_eens 0:-11 3:20
b:jij_? 3:16
b:jij_als 0:-13 1:-11 3:32
b:jij_altijd 1:31 3:-11
b:jij_anders 3:13
b:jij_bent 8:28
b:jij_bij 1:12
b:jij_dat 1:-16 4:24
b:jij_er 3:12
b:jij_ernaar 0:12
b:jij_hebt 1:10
b:jij_je 0:-12 7:13
b:jij_naar 0:12
b:jij_net 3:17
b:jij_niet 1:-10 3:12 7:12
b:jij_nog 1:30
b:jij_ook 3:-17 4:27
b:jij_op 3:17 7:16
b:jij_uitzoeken 0:14
b:jij_zelf 0:13
b:jij_zo 1:23 3:-13
b:jou_? 1:-10 3:41 4:11
b:jou_als 4:23
b:jou_bij 2:12
b:jou_dat 0:-21 1:17 3:11
b:jou_en 0:13
b:jou_het 0:17
b:jou_in 0:13
b:jou_niet 3:14 8:12
b:jou_nooit 1:22
b:jou_om 0:-26 1:32
b:jou_ook 4:12
b:jou_passen 4:11
b:jou_tegen 0:-29 1:32
b:jou_thuis 5:30
b:jou_was 8:18
b:jou_wat 0:15 4:-12
b:jou_zijn 3:21
b:journalisten_werken 0:14 4:-12
b:jouw_cijfer 2:17
b:jouw_keuze 0:11
b:jouw_klas 4:13
b:jouw_plan 3:13
b:jouw_talent 8:10
b:jullie_thuis 5:22
b:kamer_in 5:12
b:kan_een 0:10
b:kan_het 0:-22 7:10
b:kan_iets 0:10
b:kan_ik 0:17
b:kan_tot 0:17
b:kans_op 7:11
b:ken_je 0:25
b:kent_ze 0:10
b:keuze_? 1:17
b:keuze_blijft 0:11
b:keuze_en 0:16
b:keuze_in 7:15
b:keuze_voor 0:13 8:12
b:keuzes_die 0:14
b:kies_gewoon 8:17
b:kies_iets 8:13
b:kies_je 0:-40 4:14 7:33
b:kiest_? 0:-15 1:21 7:10
b:kiezen_? 0:-11 1:19 3:15
b:kiezen_vaak 0:-11 4:18
b:kiezen_van 1:16
b:kiezen_voor 8:13
b:kijk_je 1:10
b:kijk_jij 0:16
b:kind_van 4:21
b:klaar_met 6:17
b:klas_heeft 3:11
b:klasgenoten_die 0:-20 3:29
b:kleins_zijn 0:10
b:klik_leg 0:17
b:klopt_dat 4:20 8:-11
b:kom_je 1:15
b:komen_meestal 4:11
b:komt_dat 3:16
b:komt_het 1:28
b:kreeg_je 0:10
b:krijg_je 2:15
b:kun_je 0:-25 1:12 4:13 7:11 8:-13
b:kun_jij 0:11
b:kunnen_net 0:14
b:laag_niveau 1:16
b:laat_de 8:11
b:laat_is 7:38
b:laat_je 6:15
b:laat_zien 0:16
b:laatst_de 0:22
b:laatst_echt 0:12
b:laatst_iets 0:12
b:laatste_tijd 5:23
b:lang_denk 7:27
b:laten_aftekenen 6:16
b:later_meer 8:17
b:leerjaar_<grade> 0:10
b:leerling_in 1:10
b:leerling_niet 0:28
b:leerling_uit 0:-45 3:27 4:25
b:leerlingen_die 3:12
b:leerlingen_kennen 0:11
b:leerlingen_uit 3:14
b:leerlingen_van 0:-11 3:15
b:leert_? 0:15
b:leg_je 0:17
b:lens_voor 0:12
b:leren_? 4:13
b:leren_kennen 0:11
b:leren_van 3:14
b:let_je 0:-13 5:22
b:leuk_vindt 0:13
b:lever_je 0:-17 7:41
b:lichamelijke_opvoeding 1:13
b:liever_iets 4:-16 8:23
b:liever_niet 0:12
b:ligt_dan 2:15
b:lijkt_dat 0:23 4:-17
b:lijkt_een 0:-15 4:23
b:lijkt_je 0:-10 4:16 8:26
b:loopbaanbegeleiding_is 0:12
b:los_van 0:18
b:lukt_het 3:12
b:maak_je 5:14
b:maakt_het 1:20
b:mag_de 0:11
b:mag_ik 5:16
b:mag_je 2:18
b:mag_niet 0:-13 7:20
b:maken_? 0:19
b:mee_? 3:16
b:mee_naar 7:14
b:meedenkt_? 0:23
b:meeloopdag_al 6:11
b:meer_? 4:11
b:meer_dan 0:10
b:meer_op 0:-11 3:14 8:18
b:meer_van 3:-16 4:17
b:meest_? 0:16
b:meest_bijgebleven 0:18
b:meest_geleerd 0:15
b:meest_in 0:-18 1:30
b:meest_op 0:13
b:meest_over 0:-14 2:19
b:meest_realistisch 0:-17 4:32
b:meestal_een 0:17 4:-12
b:meestal_in 4:20
b:meeste_leerlingen 3:14
b:mei_aanmeldt 0:10
b:mens_en 0:11
b:mensen_die 0:15
b:mensen_met 0:-10 4:16
b:merk_je 5:17
b:merkt_dat 0:25 1:-14
b:met_de 0:-26 3:58 7:35
b:met_dyslexie 4:20
b:met_een 0:66 2:21 4:-13
b:met_het 0:-54 1:14 5:55
b:met_iemand 0:16
b:met_je 0:-51 1:-28 5:49 6:30 7:-11 8:-12
b:met_jouw 0:-27 1:17 4:12 8:26
b:met_meer 0:13
b:met_ouders 0:-14 7:15
b:met_veel 8:11
b:met_wie 0:24
b:mij_? 0:16
b:mijn_advies 0:-12 8:21
b:misschien_beter 4:11
b:misschien_is 1:14
b:mist_? 1:13
b:mist_de 1:44
b:moet_een 0:21 1:-15
b:moet_er 2:15
b:moet_je 0:-13 1:25
b:moet_werken 0:12
b:mogelijke_vervolgstap 0:13
b:moment_vast 0:17
b:na_de 8:17
b:na_je 0:19
b:naar_bed 0:-13 5:20
b:naar_dat 0:11
b:naar_de 0:-45 1:10 5:-20 6:-17
b:naar_het 3:16 8:13
b:naar_je 5:29
b:naast_de 0:21
b:natuur_en 8:29
b:nederlands_? 1:12
b:neem_je 0:12 8:10
b:nemen_? 0:-14 4:23
b:nemen_bij 3:18
b:nemen_voor 1:20
b:nergens_meer 7:11
b:net_zo 3:16
b:netwerk_delen 0:29
b:niet_? 0:43 1:-14 3:20
b:niet_aan 0:-20
b:niet_altijd 0:14
b:niet_beter 4:11 8:12
b:niet_bij 0:17 8:11
b:niet_doen 3:10
b:niet_door 0:20
b:niet_ervoor 0:24
b:niet_gehaald 2:12
b:niet_geschikt 0:-14 4:11
b:niet_goed 4:14
b:niet_het 0:11
b:niet_iedereen 0:14
b:niet_mee 0:-14 7:23
b:niet_op 0:-18 4:18 7:15
b:niet_over 0:11 7:10
b:niet_slimmer 0:-12 8:11
b:niet_te 4:10
b:niet_voor 7:10
b:niet_wist 0:14
b:niet_zo 0:-17 4:19
b:niet_zo'n 0:-10 1:42
b:niets_voor 8:10
b:nieuwe_kwaliteiten 0:16
b:nieuwsgierigheid_is 0:22 8:-11
b:niveau_<grade> 8:25
b:niveau_bij 0:11
b:niveau_is 1:16
b:nodig_om 0:-20 5:15
b:noemen_dat 0:15
b:nog_<grade> 0:-12 6:17 7:17
b:nog_? 6:13
b:nog_bezig 0:12
b:nog_een 7:26
b:nog_geen 1:-11 3:12
b:nog_in 0:-15 5:10 6:28
b:nog_meer 0:10 4:11
b:nog_mist 1:10
b:nog_niet 0:43 1:-15 2:16 6:30 7:-15
b:nog_om 1:18
b:nog_op 0:-24 1:13 6:30
b:nog_steeds 0:-16 1:11 5:13 6:-13 7:17
b:nog_te 7:27
b:nog_tot 7:14
b:nog_twee 6:10 7:14
b:nu_? 0:-17 6:11
b:nu_de 0:14
b:nu_je 5:29
b:nu_toe 0:16
b:nu_voor 2:13
b:nu_wat 0:11
b:of_de 4:33
b:of_er 0:-13 5:18
b:of_het 0:10
b:of_in 4:11
b:of_je 0:-24 3:17 5:37
b:of_opleiding 0:10
b:om_door 2:17
b:om_een 3:14
b:om_eerst 2:20
b:om_het 0:27
b:om_je 2:24
b:om_met 0:37 2:-11
b:om_na 8:13
b:om_op 1:20
b:om_over 2:18
b:om_te 0:20 2:-12 5:14
b:om_zelf 1:14
b:omdat_je 0:-13 1:16 4:21
b:omhoog_? 2:21
b:onder_de 1:22 5:-10
b:onderdelen_van 0:-13 6:31
b:onderzoeken_? 4:11
b:ontbreekt_er 0:-19 6:19
b:ontbreken_nog 6:25
b:ontdekken_wat 0:11
b:ooit_een 1:16
b:ook_? 4:23
b:ook_bij 1:19
b:ook_een 0:15 4:-13
b:op_<num> 6:14
b:op_bent 0:11
b:op_dan 3:15
b:op_dat 7:14
b:op_de 1:15 6:-15 8:-11
b:op_dit 5:27
b:op_een 0:14 1:23 5:13
b:op_groen 0:-12 6:31
b:op_het 3:12 4:39
b:op_je 1:13 7:-13 8:26
b:op_rood 6:13
b:op_school 0:13
b:op_te 2:29
b:op_tijd 7:18
b:op_wat 0:-13 5:23
b:open_dag 0:15 1:17 3:12 6:15
b:open_dagen 3:11
b:opleiding_? 3:12
b:opleiding_die 0:18 2:11
b:opleiding_in 8:11
b:opleiding_is 1:10
b:opleiding_met 8:13
b:opleiding_te 5:12
b:opleiding_van 2:17
b:opleiding_wordt 0:-12 7:30
b:oplossen_? 1:21
b:opties_open 8:11
b:orienteren_? 0:11
b:ouders_? 0:-20 5:31
b:over_hoe 0:13
b:over_je 0:14 2:10
b:over_jezelf 0:14
b:over_jou 1:26
b:over_later 0:12
b:over_te 0:-13 2:30
b:over_wat 2:17
b:overzicht_van 6:12
b:pak_jij 0:-17 4:21
b:pakte_dat 0:10
b:passen_? 4:10
b:past_beter 8:15
b:past_bij 1:-11 4:15
b:past_daar 2:11
b:past_daarbij 0:-20 1:15
b:past_dan 1:11
b:past_niet 8:15
b:per_nacht 5:30
b:pie_? 1:14
b:plaats_van 8:13
b:plan_b 0:11
b:plan_je 0:-11 6:24
b:plek_? 0:15
b:praktisch_ingesteld 0:-12 4:17
b:praktische_beroepen 4:19
b:profiel_kiest 2:19
b:recht_op 0:20 7:-10
b:rest_van 0:-10 3:23 7:20
b:resultaat_tot 0:10
b:resultaten_zijn 0:-13
b:richting_trekt 4:18
b:rond_de 5:18
b:rond_je 6:10
b:ruimte_voor 0:16
b:schiet_tekort 1:17
b:schoonmaak_of 4:11
b:sinds_de 5:13
b:slaap_je 5:26
b:slimmer_zijn 0:-12 8:11
b:soort_voldoening 0:10
b:spreekt_je 0:13
b:spreekt_zulk 0:16 4:-12
b:spreken_je 0:-18 4:35
b:sta_je 0:-15 6:33
b:sta_jij 3:31
b:staan_? 6:13 7:14
b:staan_er 0:-14 6:30 8:15
b:staan_je 0:-18 2:24
b:staat_een 0:-18 1:29
b:staat_het 0:-18 3:17 5:-10 6:33
b:staat_naast 0:24
b:staat_op 2:-12 6:26
b:stage_bij 8:11
b:stage_in 4:16
b:stageplek_? 0:10
b:stageplek_past 8:17
b:stageplek_te 0:-14 1:27
b:stap_? 0:17
b:start_van 0:11
b:steeds_geen 1:16 5:14
b:steeds_niet 7:23
b:stel_je 0:14
b:stellen_? 1:10
b:studeren_? 4:16
b:studie_in 8:15
b:studie_wordt 4:23
b:studiekeuze_? 0:-30 2:21 3:20
b:te_denken 0:13
b:te_doen 0:18 7:-10
b:te_gaan 0:-20 2:23 6:19
b:te_hoog 0:-15 8:27
b:te_kiezen 0:15
b:te_kunnen 0:-23 7:24
b:te_laat 1:11 7:47
b:te_lang 7:15
b:te_leren 0:15
b:te_maken 0:13 1:12
b:te_nemen 1:16
b:te_orienteren 0:11
b:te_regelen 3:13
b:te_stellen 1:11
b:te_stromen 0:-10 8:14
b:te_weten 8:11
b:te_zetten 1:18
b:te_zijn 1:25
b:te_zoeken 1:16
b:tegen_om 0:-18 1:16
b:terug_? 0:14
b:thuis_genoeg 0:-13 5:17
b:thuis_van 0:-14 5:19
b:thuis_voor 5:20
b:tijdens_het 0:12
b:toegelaten_tot 2:18
b:toen_nog 0:13
b:tot_<grade> 0:11
b:tot_de 2:19 7:15
b:tot_het 3:15
b:tot_nu 0:16
b:tot_vrijdag 7:14
b:trekt_je 0:16 4:25
b:trok_je 0:26
b:trots_op 0:15
b:twee_keer 1:25
b:twee_opleidingen 0:13
b:typisch_een 0:-19 4:25
b:uit_<grade> 0:-21 3:14
b:uit_? 0:10
b:uit_de 6:33
b:uit_een 0:-26 4:49
b:uit_het 0:22
b:uit_je 3:23 8:11
b:uit_jouw 4:18
b:uit_te 0:10
b:uitzoeken_voordat 0:17
b:upload_je 0:-12 6:35
b:uw_kind 6:11
b:vaak_een 4:21
b:vaak_niet 0:-18 4:28
b:vaak_te 1:18
b:vaak_voor 0:-16 4:18
b:vader_nog 5:27
b:vak_al 1:11
b:vak_hoort 0:15
b:vak_met 0:-11 4:17
b:vak_trekt 0:-18 2:20
b:van_<grade> 0:-21 3:13 6:14 7:13
b:van_anderen 0:23
b:van_de 0:-12 4:23 5:12 6:62
b:van_dichtbij 0:10
b:van_een 0:25 1:16
b:van_het 3:13 6:18
b:van_je 0:-41 2:29 3:39 4:-19 5:35 6:11
b:van_jezelf 0:-13 1:31
b:van_jullie 3:28
b:van_twee 7:11
b:van_uw 6:11
b:vandaag_nog 2:-12 6:12 7:15
b:vast_niet 4:16
b:verder_? 1:21 4:15
b:verder_met 0:-10 3:27
b:verdient_een 0:17
b:vergeleken_met 3:29
b:verkennen_? 0:16 1:15
b:verschillende_dingen 0:11
b:verschillende_soorten 0:11
b:vertel_eens 0:-18 1:15 5:31
b:vertellen_? 0:14
b:vertellen_of 0:-11 5:23
b:verwacht_je 0:-18 2:31
b:via_mensen 0:11
b:vijf_loopbaancompetenties 0:11
b:vind_je 0:36
b:vindt_? 0:15
b:vink_na 0:-12 6:26
b:voel_je 5:15
b:voelde_je 0:12
b:voelt_dat 3:17
b:voldoening_wijst 0:10
b:volgende_stap 0:18
b:volgens_jou 0:20 1:-15 2:13
b:volgt_een 0:-15 7:17
b:volgt_meestal 0:17 4:-12
b:vond_je 0:34
b:voor_<grade> 0:20
b:voor_<num> 6:11 7:17
b:voor_biologie 2:12
b:voor_de 0:-45 1:-10 5:-20 6:21 7:-19 8:15
b:voor_dit 0:13
b:voor_economie 2:11 6:11
b:voor_een 0:58 3:12 4:-24
b:voor_het 2:40 4:10 5:25
b:voor_iemand 0:-10 8:16
b:voor_iets 0:-25 8:27
b:voor_in 0:-16 1:20
b:voor_je 0:-60 2:39 3:-10 5:32 6:-13
b:voor_jezelf 0:15
b:voor_jou 0:58 2:-12 3:21 8:25
b:voor_scheikunde 2:23
b:voor_techniek 1:22
b:voor_vragen 0:11
b:voor_vrijdag 0:-21 7:15
b:voor_wiskunde 0:-12 2:30
b:voordat_het 6:14 7:20
b:voordat_je 0:-27 1:25 2:41 5:20
b:vorig_jaar 3:15
b:vraag_over 0:10
b:vraag_van 0:12
b:vragen_heb 0:13
b:vragen_in 6:24
b:vragen_te 1:13
b:waar_ben 0:25
b:waar_gaat 0:-14 1:19
b:waar_je 0:35 5:12
b:waarin_je 0:25
b:waarom_? 0:35
b:waarom_heb 1:20 7:15
b:waarom_kies 3:11
b:waarom_kom 1:27
b:waarom_lukt 3:12
b:waarom_zou 0:-18 4:18
b:wacht_wordt 7:24
b:wanneer_lever 7:23
b:wanneer_voelde 0:13
b:was_dat 0:19
b:was_het 0:10
b:was_je 0:-21 2:20 5:23
b:wat_als 0:11
b:wat_betekent 1:10
b:wat_denk 0:-17 1:26
b:wat_doe 2:12
b:wat_doet 3:11
b:wat_een 0:-50 4:52
b:wat_ga 0:-19 1:15 3:14 7:13
b:wat_gaf 0:15
b:wat_ging 0:12
b:wat_heb 1:19 5:-14
b:wat_heeft 0:12
b:wat_helpt 0:10
b:wat_hielp 0:15
b:wat_houdt 0:-18 1:16 3:13
b:wat_iemand 0:22
b:wat_is 0:15 2:37
b:wat_je 0:25 3:-11 4:-14 6:-14 7:-13 8:19
b:wat_kun 2:-12 3:12 6:15
b:wat_lijkt 4:14
b:wat_maakt 3:13
b:wat_moet 0:24 2:11
b:wat_neem 0:11
b:wat_nog 0:11
b:wat_ontbreekt 0:-19 6:19
b:wat_trekt 0:10
b:wat_vind 0:13
b:wat_vond 0:25
b:wat_voor 0:-10 4:27
b:wat_was 2:18
b:wat_weet 0:19
b:wat_wil 0:28 2:-11
b:wat_ze 3:19
b:wat_zegt 0:-32 1:23 2:21
b:wat_zou 0:42
b:we_je 8:23
b:week_af 6:10
b:weet_al 3:12
b:weet_je 0:19 4:12
b:weg_? 0:-20 1:27
b:weken_? 0:10
b:wel_een 0:-21 3:26
b:wel_eens 0:10
b:wel_genoeg 5:22
b:wel_goed 5:13
b:wel_vergeten 7:17
b:wel_vragen 1:12
b:weleens_iets 5:16
b:welk_advies 0:14
b:welk_beroep 1:34
b:welk_cijfer 0:-12 2:23
b:welk_gemiddelde 2:14
b:welk_niveau 2:13
b:welk_onderwerp 0:20
b:welk_risico 0:14
b:welk_schoolvak 0:13
b:welk_vak 0:-28 2:19 4:16
b:welk_van 0:-15 2:19
b:welk_verhaal 0:15
b:welk_werk 0:14 1:23
b:welke_andere 4:10
b:welke_beroepen 0:13 1:12
b:welke_competenties 0:-13 6:20
b:welke_fout 0:14
b:welke_hbo-opleiding 4:-13 8:22
b:welke_mbo-opleiding 2:16
b:welke_moeilijke 0:18
b:welke_onderdelen 0:-12 6:25
b:welke_opleiding 7:30
b:welke_rol 0:18
b:welke_studie 0:-13 4:32
b:welke_taken 0:-13 6:33
b:welke_vakken 2:17
b:welke_van 0:-10 1:46 6:-11
b:welke_verschillende 0:11
b:welke_vraag 0:19
b:welke_vragen 0:21
b:welke_zou 0:16 4:-13
b:werk_? 5:17
b:werk_het 4:21
b:werk_je 0:35 4:-18
b:werk_kun 0:-17 1:12
b:werk_op 5:19
b:werk_past 1:15
b:werk_zou 0:-12 4:16
b:werkdag_van 0:11
b:werken_op 0:17 4:13 5:-18
b:werkexploratie_welk 0:12
b:weten_wat 0:-14 8:12
b:wie_de 7:12
b:wie_heb 0:11
b:wie_heeft 0:13
b:wie_in 7:13
b:wie_is 3:25
b:wie_je 0:22
b:wie_kan 0:10
b:wie_van 0:-11 3:32
b:wie_voor 0:19
b:wie_zou 0:14
b:wil_je 0:36 1:27 4:28 5:-14 6:-23
b:wil_jij 7:11
b:willen_? 4:14
b:willen_bekijken 0:11
b:willen_weten 0:-11 5:19
b:wilt_? 0:-16 1:26
b:wilt_u 6:13 7:12
b:wiskunde_c 2:17
b:wist_? 0:14
b:wist_je 0:-22 4:17
b:wonen_en 2:20
b:woon_je 0:-12 5:15
b:word_je 8:24
b:worden_? 0:-16
b:worden_vaak 4:15
b:wordt_? 0:10
b:wordt_het 0:-21 7:25 8:14
b:wordt_je 7:24
b:wordt_toegelaten 2:18
b:zag_je 0:18
b:ze_kunnen 0:10
b:ze_wil 3:12
b:zegt_dat 1:11 2:12
b:zegt_het 0:-32 1:18 2:19
b:zelf_? 1:27
b:zelf_een 1:14
b:zelf_het 0:26
b:zetten_? 0:-13 1:16 6:15
b:zie_ik 6:15
b:zie_je 0:45 4:15 5:-13
b:zie_jou 8:24
b:ziekenhuis_ligt 0:-11 5:14
b:zien_? 0:16
b:ziet_? 0:17
b:ziet_een 0:13
b:zijn_? 3:17
b:zijn_een 0:13 3:15
b:zijn_geen 0:-15 4:27
b:zijn_je 6:15
b:zijn_motieven 0:19 4:-12
b:zijn_niet 0:11
b:zijn_nog 0:-10 6:20
b:zijn_om 0:-15 2:15 8:17
b:zijn_vaak 4:28
b:zijn_voor 1:23
b:zit_al 1:13
b:zit_dat 0:-15 3:16
b:zit_er 0:21
b:zo'n_moment 0:17
b:zo_? 0:12
b:zo_niet 6:11
b:zo_vaak 1:-19 5:51
b:zo_weinig 1:26
b:zoals_de 4:13
b:zoals_jij 4:25
b:zodat_het 6:12
b:zodat_je 0:-10 2:18 6:21
b:zoek_jij 4:20
b:zonde_van 8:16
b:zonde_zijn 8:12
b:zonder_veel 0:-17 1:16
b:zorg_? 1:23
b:zorg_is 0:32 4:-11
b:zorg_jij 5:14
b:zorgen_dat 7:12
b:zou_dat 0:15 3:19 4:-11
b:zou_het 0:-15 1:23 3:-11 8:13
b:zou_ik 0:-11 4:15
b:zou_je 0:44 1:-15 2:-13 4:14 6:-12 8:21
b:zou_jij 0:33 1:-12 3:21 4:-24
b:zwakke_leerling 0:-19
q:<grade> 0:-13 2:34 3:11 8:16
q:<num> 6:12
q:aan 3:-23 4:13 5:-24
q:aanpakken 1:26
q:achter 0:27
q:advies 0:15
q:af 6:13
q:afgerond 0:14
q:afgevinkt 0:-16 6:21
q:aftekenen 6:16
q:al 0:-38 2:-23 3:13 5:-29 6:122
q:alle 5:-10 6:28
q:alleen 1:14
q:als 1:13 2:-27 3:13 5:-28 7:-24 8:-10
q:altijd 1:39 3:-11
q:andere 3:23
q:anderen 0:20 1:-14
q:anders 1:-14 3:34 4:16
q:b 0:13
q:baan 4:12
q:bakker 0:17
q:beantwoord 6:24
q:bed 0:-13 5:20
q:bedrijf 0:22
q:bedrijven 1:21
q:beetje 4:14
q:begeleider 0:-25 6:20
q:begint 0:12
q:behaald 6:20
q:bekeken 0:18
q:bekijken 4:10
q:belangrijk 4:15
q:ben 3:28 5:21 6:-12
q:bent 1:36 5:10
q:beroep 0:20 1:22 4:28
q:beroepen 0:17 4:11 6:-11
q:beroepsgerichte 2:12
q:beroepskeuze 0:-38 1:41 2:12
q:beschut 0:-23 4:39
q:beslissing 0:16
q:best 4:21
q:beste 3:13
q:betalen 5:24
q:betekent 1:10
q:beter 4:16 8:12
q:bezig 0:18
q:bezocht 1:-12 3:24
q:bezoeken 0:-13 4:14
q:bij 0:-18 1:23 2:14 5:18 6:-40 7:-25 8:-17
q:bijbaan 0:17 1:-14 5:19
q:bijgebleven 0:28
q:bijvoorbeeld 5:32 6:-16
q:binnen 2:11
q:biologie 2:12
q:blijven 0:-28 5:20
q:bouwen 0:-12 2:20
q:bpv 0:14 3:12
q:broertjes 5:14
q:buiten 0:15
q:cijfer 0:-24 2:77
q:cijfers 0:-30 2:72 5:-11
q:collega's 0:12
q:compleet 6:54
q:daar 0:27 2:10 7:12
q:daaraan 0:-19 2:21 3:18
q:daarbij 1:16
q:daarin 0:11
q:daarmee 2:33
q:daarop 1:11
q:daaruit 0:22
q:dag 0:23 3:11
q:dagen 3:10
q:dan 1:54 2:45 3:19 6:-19
q:dat 1:40 3:20 5:-45 6:-50 7:10 8:-38
q:de 0:-22 4:-13 5:24 6:15 7:-18
q:deed 0:27
q:deel 0:13
q:denk 0:-13 3:14 5:-23 6:-21
q:denken 2:17
q:deze 0:45 6:16
q:die 0:50 1:-27 2:17 3:35 4:-13 6:-14
q:dingen 0:15 1:14
q:dit 0:10 1:-15 2:20 7:22
q:doen 0:-31 1:21 2:18 3:11 4:-15 5:-12 6:-11
q:doet 3:10
q:door 0:-12 5:12 6:15
q:doorslag 0:15
q:dossier 6:22
q:duits 0:-25 2:40
q:durf 0:17
q:dus 0:-19 4:66
q:echt 1:14 4:-11 7:30
q:economie 1:15
q:een 0:54 1:43 2:29 4:19 6:-21
q:eens 0:17 1:11 3:15 4:13 5:-12 6:-14
q:eerst 8:14
q:eerste 0:22 2:-11
q:eet 0:-20 5:46
q:eigen 1:23
q:eigenlijk 0:-22 1:39 5:42
q:eindelijk 0:-20 1:20 7:11
q:elke 0:19
q:en 0:45 1:-44 2:46 3:-14 4:-19 6:24 7:-13
q:engels 1:20 5:-11
q:er 1:13 4:-18 5:18 6:41 7:-13
q:eraan 0:-18 1:26
q:ergens 1:18
q:ernaar 7:18
q:eruit 0:13
q:ervan 0:11
q:ervoor 0:-13 2:18 3:11 7:13
q:eten 5:14
q:even 3:11 5:-16 6:16
q:familie 0:-16 4:15 5:18
q:fijn 4:14
q:fout 0:18
q:ga 0:-26 1:26 3:14 4:-13 6:-15 7:14 8:-16
q:gaan 0:-24 1:14 2:27 4:18
q:gaat 0:-21 1:11 2:11 5:47
q:gebeuren 2:17
q:gebrek 0:-14 1:30
q:gebruik 5:32
q:gedaan 0:20 7:15
q:geen 0:-21 3:14 5:10 6:-11
q:geholpen 0:11
q:gekozen 3:11
q:geld 0:17 5:25
q:geleerd 0:19 1:21
q:gemaakt 6:11
q:gemiddeld 5:12
q:gemiddelde 0:-38 2:82
q:gemotiveerd 3:12
q:geneeskunde 3:14
q:genoeg 0:-29 2:26 5:33
q:gesprek 0:16
q:geweest 5:27
q:gewoon 1:28
q:gezien 3:11
q:gezondheid 5:15
q:ging 0:41
q:goed 0:21 1:24 6:-12
q:goede 1:23
q:graag 0:33
q:grens 2:17
q:groep 2:11 3:19
q:groepje 0:-17 3:47
q:haalbaar 0:11
q:haalt 2:22
q:had 0:34
q:halen 2:29
q:handen 4:17
q:havo 0:-11 2:18 8:14
q:hbo 4:17
q:hbo-opleiding 4:-13 8:22
q:heb 2:-17 5:14 6:48
q:hebben 0:-16 1:-11 3:31 5:10
q:hebt 3:13 5:11
q:heeft 0:35 1:-11 5:21 6:14
q:helpen 0:15
q:helpt 0:11
q:hen 5:14
q:herken 0:-11 1:18 4:21
q:het 0:-43 2:-14
q:hielp 0:14
q:hoe 0:47 4:-22 5:13 6:-29 7:-12
q:hoeveel 0:-15 1:-13 2:19 6:41
q:hoog 2:17
q:hoor 0:16
q:houden 4:15
q:houdt 1:15 3:14
q:huis 4:16
q:idee 0:19 1:11
q:iemand 0:25 5:14
q:iets 0:48 3:26 6:-11 8:-11
q:ik 0:17 7:13
q:in 5:-11
q:ingeleverd 6:19
q:ingevuld 0:-13 6:30
q:initiatief 1:18
q:interessant 0:17
q:invloed 5:20
q:is 0:-56 2:21 5:-13 6:27 7:30 8:-14
q:jaar 0:18 2:33
q:je 2:22 3:-57 5:27 6:37 7:-22 8:-38
q:jezelf 0:12 1:23 3:16 4:15 5:-20
q:jij 1:39 2:-20 3:101 4:54 6:-14 7:14
q:jou 0:11 1:38 2:-22 3:54 4:36 6:-18 7:-12 8:-24
q:jouw 0:-31 1:51 2:10 3:10 4:20 5:-24
q:juist 0:18
q:jullie 0:-15 3:26 5:19
q:kader 3:15
q:kamer 0:-12 5:17
q:kan 0:20 3:12
q:keer 1:16 7:19
q:ken 0:28
q:kennen 0:11
q:keus 0:14
q:keuze 0:51 1:11 2:-24
q:keuzedeel 0:-13 4:23
q:keuzes 0:11
q:kies 0:-31 4:24 7:28
q:kiest 0:-13 1:20 7:10
q:kiezen 0:20 1:22 3:12 5:-12
q:kijk 0:21 3:-15
q:kind 6:11
q:klaar 6:30
q:klanten 1:11
q:klas 3:47
q:klasgenoten 0:-16 1:-16 3:54
q:klopt 4:20 8:-11
q:kom 0:12 1:23
q:komende 0:15
q:komt 0:-18 1:24 3:34
q:kreeg 0:10
q:krijg 2:15
q:kun 1:24 4:-13
q:kunnen 1:20 5:14 7:22
q:kunt 0:-16 2:18 4:13
q:kwaliteit 0:13
q:kwam 0:-13 1:28
q:laat 0:-12 2:-12 5:22 7:12
q:laatst 0:37
q:laatste 1:-13 3:12 5:12
q:lang 7:27
q:last 5:18
q:lastig 0:11
q:laten 6:15
q:later 0:13 2:18 3:29 5:-22
q:leerbedrijf 1:14
q:leerling 3:26 4:-11
q:leerlingen 0:-21 3:24 4:16
q:leert 0:21
q:leggen 7:10
q:leren 3:13 4:20
q:les 0:12
q:let 0:-13 5:22
q:leuk 0:20
q:leukst 0:14
q:lever 7:23
q:liefst 0:20
q:liep 0:12
q:liever 0:24
q:ligt 0:-11 2:17 5:15
q:lijkt 8:26
q:lob-punten 5:-12 6:36
q:los 0:22 2:-12
q:luisteren 4:14
q:lukt 3:24
q:maak 5:12
q:maakt 3:12
q:maakte 0:12
q:maar 0:12
q:mag 0:-14 2:18 5:14
q:maken 0:25
q:mbo-opleiding 2:15
q:mee 0:30 3:11
q:meedenkt 0:23
q:meeloopdag 7:14
q:meelopen 0:15
q:meer 0:11 3:20
q:meest 0:22 1:16 4:16 5:-13 6:-24
q:meestal 4:17
q:meeste 3:12
q:meisje 0:-16 1:-11 4:37
q:mensen 0:24
q:mentor 6:11
q:mentorgroep 1:-10 3:21
q:merk 5:17
q:merkt 0:24 1:-14
q:met 0:-23 1:-26 4:13 5:24 7:-22
q:mij 0:23
q:minder 1:-11 3:19
q:minimaal 6:24
q:mis 0:-12 1:50
q:mist 1:13
q:mocht 0:11
q:moeder 5:17
q:moeilijk 1:17
q:moeilijke 0:18
q:moet 1:36 2:16
q:moeten 0:-13 3:20
q:moment 5:26
q:motivatie 1:19
q:na 8:15
q:naar 2:14 3:-16 5:22
q:naast 5:14
q:nacht 5:30
q:nederlands 0:-19 1:36
q:neem 0:12
q:nemen 0:-16 1:15 2:-12 3:13 4:16 8:24
q:net 3:18
q:niet 0:39 3:52 6:25 8:17
q:nieuwe 0:22
q:nieuws 0:14
q:nieuwsgierig 0:19
q:niveau 1:17 2:17 8:18
q:nodig 0:-14 5:11
q:nog 3:12 4:-15 6:46
q:nooit 1:28 3:-12
q:nu 0:22 1:-26 5:19
q:of 0:61 1:-21 2:-14 5:28 6:-23
q:om 4:-28 5:20 6:-38 7:-15
q:omdat 1:12
q:omhoog 2:21
q:omlaag 0:-31 2:33
q:onder 1:28
q:onderdelen 0:-12 6:26
q:onderwerp 0:25
q:onderzoeken 4:11
q:onlangs 0:19
q:ontbreekt 0:-19 6:19
q:ontbreken 6:16
q:ooit 1:32
q:ook 3:10 4:40
q:op 0:20 6:12
q:open 0:24 3:21
q:opleiding 0:-12 1:20 2:-12 3:14 6:-13 7:26
q:opleidingen 0:14
q:oplossen 1:21
q:orienteren 0:11
q:ouders 0:-17 5:43 6:17
q:over 0:56 2:38 3:-13 6:-16
q:pabo 2:19 8:18
q:pak 0:-16 4:20
q:pakte 0:15
q:passen 4:25
q:past 0:-23 1:15 2:56 4:37
q:per 5:30
q:pie 0:-15 1:32
q:plaats 8:14
q:plan 3:12 6:23
q:plant 0:-17 1:26
q:plek 3:12
q:portfolio 0:-11 6:35
q:praktijkbegeleider 0:12
q:praktijklessen 1:11 5:13
q:praten 0:10
q:precies 5:13
q:presentatie 0:10
q:proberen 0:15
q:profiel 2:29
q:profielkeuze 6:18
q:profielkeuzeformulier 6:39
q:profielwerkstuk 2:19
q:project 1:10
q:punten 1:16
q:rapport 0:-19 2:26
q:rapportcijfers 0:-28 2:44
q:rest 3:18
q:richting 4:15
q:risico 0:15
q:rond 5:28
q:samen 1:12
q:scheiding 5:12
q:scheikunde 2:14
q:schermen 0:13
q:school 0:22
q:schooljaar 5:-11 6:28
q:schoolvak 0:13
q:schulden 0:-13 5:41 6:-16
q:score 0:-11 2:13
q:sector 1:16
q:sinds 5:23
q:slaap 5:46
q:slecht 0:-18 1:25
q:slimmer 0:-12 8:11
q:snuffelstage 0:-11 4:21 6:11
q:sollicitatiegesprek 1:13
q:soort 0:13
q:spreekt 0:25
q:spreken 0:-14 4:34
q:sta 3:12 6:12
q:staan 0:-25 2:23 5:-13 6:43 7:14
q:staat 0:-38 1:21 3:13 5:-15 6:40
q:stage 0:19 2:-13
q:stap 0:27
q:stappen 0:-16 6:24
q:steeds 0:-28 1:30 5:10 6:-12 7:13
q:stellen 1:11
q:straks 1:10
q:student 1:11
q:studeren 4:14
q:studie 2:14 4:30
q:studiekeuze 0:-26 2:17 3:31
q:studies 4:11
q:stuk 1:31
q:taal 1:15
q:taken 0:-13 6:33
q:te 0:-10 1:39 2:33 4:-15 6:-24 7:16
q:techniek 0:-22 1:12 2:28
q:tegen 0:-21 1:28 3:11
q:tempo 0:24 4:-19
q:terecht 0:10
q:terug 0:18
q:terugdenkt 0:12
q:thuis 0:-19 5:120 8:10
q:tijd 0:30 5:18
q:toch 1:27 8:16
q:toen 0:26
q:toets 2:26
q:toetsweek 0:-11 5:15
q:tot 3:14 6:22
q:trekt 0:14 2:14 4:30
q:trok 0:26
q:tussen 5:17
q:twee 1:14 4:10
q:twijfel 0:17
q:u 7:10
q:uit 2:-11 3:27 6:14
q:uitzoeken 0:41
q:uur 5:51
q:uw 6:11 7:12
q:vaak 0:-19 5:81
q:vader 0:-15 5:42
q:vak 2:21 4:15
q:vakken 2:26
q:van 2:-26 3:26 4:-30 5:15 7:-22
q:vandaag 2:-11 6:17 7:14
q:vandaan 5:14
q:vast 0:-13 4:43 7:12
q:veel 0:-19 1:12 5:12
q:verbeteren 0:-12 2:25
q:verder 0:21 1:15 3:12
q:verdienen 0:11
q:verdient 0:15
q:vergaat 4:18
q:vergat 0:12
q:vergeleken 3:10
q:vergelijk 3:10
q:verhaal 0:23
q:verkennen 0:16 1:15
q:verplichte 5:-12 6:25
q:verraste 0:11
q:verschillende 0:11
q:verwacht 2:29
q:vijf 6:26
q:vind 0:36
q:vinden 1:19
q:vindt 0:22
q:voel 0:15 5:15
q:voelde 0:29
q:voelt 3:17
q:voldoende 0:-10 2:31
q:volgende 0:28
q:volgens 0:20 1:-15 2:13
q:vond 0:35
q:voor 2:100 4:18 5:21
q:voordat 0:-25 2:18 7:16
q:vraag 0:32 6:-10 7:21
q:vragen 0:15 1:18 6:17
q:vrienden 0:12
q:vroeg 0:13
q:waar 0:69 5:-10 7:15
q:waarin 0:15
q:waarom 0:-15 1:50 2:-13 3:47 6:-18
q:wanneer 0:17 6:33 7:38
q:waren 2:25
q:was 0:28 1:-17 2:14 5:21
q:wat 0:84 1:24 2:11 3:16 4:-22 5:-30 6:-17 8:-21
q:we 1:18 8:19
q:weeg 0:13
q:week 0:17 6:14
q:weet 0:17 4:11
q:weg 0:-20 1:27 2:14
q:weinig 1:21
q:weken 0:17
q:wel 0:-35 1:14 3:31 5:62
q:weleens 5:18
q:welk 0:67 1:21 2:44 3:-16 4:40 5:-24 6:-18
q:welke 0:57 2:18 3:-23 4:35 5:-41
q:werk 0:49 3:-11 4:16
q:werkdag 0:16
q:werken 0:21 1:11 5:-17
q:werkexploratie 0:12
q:werkplek 0:14 4:22 7:12
q:werkstuk 0:12
q:werkt 0:12
q:weten 0:18 1:-11 3:13
q:wie 0:58 3:51
q:wil 0:53 1:18 5:-14 6:-25 7:11
q:willen 0:37
q:wilt 1:14 4:14 5:-14 7:14
q:wiskunde 2:24
q:wist 4:17
q:woon 0:-12 5:15
q:wordt 1:-11 4:11 5:21 7:22 8:19
q:ze 0:18 6:12
q:zegt 0:-37 1:14 2:40
q:zeker 4:11
q:zelf 0:43 1:21 4:-16
q:zet 1:10
q:zetten 1:12 6:13
q:zich 3:15
q:zie 0:38 5:-16
q:ziek 1:-12 5:22
q:zieke 0:11
q:ziekenhuis 5:14
q:ziekte 5:19
q:zien 0:24
q:ziet 0:32
q:zijn 0:-44 4:11 5:-16 6:29
q:zit 0:16 1:-12 3:12
q:zitten 0:-16
q:zo 0:-43 1:78 4:11 5:27
q:zo'n 1:27
q:zoals 0:23
q:zodat 6:25
q:zoek 0:-11 4:27
q:zonder 0:-32 1:40
q:zorg 1:11
q:zorgberoep 4:19
q:zorgen 5:14 7:12
q:zou 0:59 1:-11 3:25 8:19
q:zulk 0:16 4:-12
q:zwaar 0:12
q:zwakke 0:-26 1:44
s:comparative-dan 3:13 4:-14 6:21
s:compare 1:-31 3:102 4:-32 5:-41 8:-38
s:exclamation 0:-49 4:25 6:14
s:grade 0:-26 1:-14 2:72 3:18 4:-22 6:24
s:imperative-first 0:100 1:-36 2:-20 6:73 7:52 8:26
s:long 0:51 5:28 6:-15 7:16
s:medium 0:84 1:-15 3:-13 4:-60 5:36 8:-12
s:modal 0:24 4:-11 5:-11 7:21 8:43
s:negation 0:-19 1:17 2:-22 4:42 5:-12 6:-34 7:105 8:11
s:number 0:-26 2:76 3:27 4:-15 6:71 7:32
s:question 1:-11 4:13 5:21 7:-37 8:-77
s:question-word-first 0:51 1:61 2:22 3:20 4:-18 5:-86 6:-34 8:-38
s:several 0:-37 3:53 4:52 5:-14 6:-13 7:32 8:44
s:short 0:-12 1:-35 2:-56 3:17 4:138 5:-76 6:20
s:statement 0:72 2:-35 4:86 5:-33 6:-12 7:30 8:55
s:why-not 0:-22 1:48 3:20
s:you-modal 5:-18 8:28
s:you-negation 0:-20 1:36 2:-15 3:21 6:-24 7:33 8:16
s:you-question 2:-16 4:15 5:34 7:-37 8:-73
s:you-statement 0:-91 1:51 3:12 4:-48 5:-18 7:14 8:101
w:! 0:-49 4:25 6:14
w:% 0:-12 6:29
w:/ 0:55 4:-23 6:14
w:<grade> 0:-26 1:-14 2:72 3:18 4:-22 6:24
w:<num> 6:41 7:19
w:? 4:16 5:21 7:-37 8:-74
w:aan 0:30 4:11 5:-21 7:18 8:-18
w:aandacht 0:-13 4:12
w:aanleiding 0:11
w:aanmelddatum 7:32
w:aanmelden 0:22 8:14
w:aanmeldt 0:23
w:aanpakken 1:26
w:achter 0:19 4:18 7:11
w:achteraf 0:16
w:achtergrond 4:17
w:achterstand 0:-17 4:16
w:adhd 4:14
w:advies 8:21
w:af 6:33
w:afgerond 0:23 6:17
w:afgevinkt 0:-64 4:31 6:25
w:afspraak 7:12
w:afspraken 1:31
w:aftekenen 6:16
w:al 0:29 1:31 3:94 5:-13 6:110
w:alle 0:-22 1:12 6:47
w:allebei 3:10
w:alleen 0:-11 1:23
w:allemaal 3:39
w:alles 1:11
w:als 0:11 2:-32 4:33 5:-30 7:21
w:altijd 1:54 3:-14
w:ander 0:15
w:andere 3:44 8:13
w:anderen 0:47 1:-13
w:anders 0:34 1:-11 3:27 4:22 7:72 8:-22
w:april 7:11
w:autisme 0:-12 4:30
w:b 0:14
w:baan 0:-15 4:43
w:bakker 0:17
w:bakkerij 0:11
w:banen 0:12
w:bank 4:18
w:bbl 0:11
w:bbl-traject 8:16
w:bbl-werkplek 1:13
w:beantwoord 6:23
w:bed 0:-13 5:20
w:bedrijf 0:14 3:15 8:12
w:bedrijven 1:18 3:11 6:-10
w:beeld 0:15
w:beetje 4:14
w:begeleider 0:-25 6:20
w:begin 0:11 8:11
w:begint 0:36
w:behaald 6:32
w:behalve 0:-28 1:29 3:11
w:beinvloeden 0:-15 5:28
w:bekeken 0:20
w:bekende 0:22
w:bekijken 4:10
w:belangrijk 4:19
w:belangstelling 0:11
w:ben 1:-13 2:-13 3:24 6:-28
w:benoemen 0:14
w:bent 0:-25 1:53 2:-12 3:-11 5:13 7:-11 8:52
w:bepaalt 7:17
w:beroep 0:44 1:23 4:27
w:beroepen 0:69 1:13
w:beroepenmarkt 0:-11 6:10 7:12
w:beroepentest 0:-11 6:12 8:38
w:beroepsgerichte 2:12
w:beroepskeuze 0:-38 1:41 2:12
w:beschut 0:-23 4:39
w:besef 0:-15 7:28
w:beslissen 7:10
w:beslissing 0:13 6:-11
w:best 1:16 4:22
w:bestaan 0:13
w:bestaat 0:10
w:beste 0:13 3:29 8:18
w:betalen 5:24
w:betekenis 0:16 4:-11
w:betekent 0:-12 1:11 7:18
w:beter 0:-28 4:55 7:-12 8:36
w:beveiliging 4:13
w:bewegen 0:18
w:bewust 0:13
w:bezig 0:18
w:bezocht 1:-11 3:35
w:bezoeken 0:-13 4:14
w:bij 0:12 1:21 4:-17 5:18 6:-40
w:bijbaan 0:21 1:-15 5:19
w:bijgebleven 0:28
w:bijna 3:10
w:bijvoorbeeld 0:17 5:32 6:-18
w:binnen 0:16 2:28 4:-10 6:21
w:biologie 2:12
w:blijf 0:-10 1:18
w:blijft 0:13
w:blijkt 8:11
w:blijven 0:-25 5:20
w:blik 0:15
w:bouw 4:14
w:bouwen 2:20
w:bpv-begeleider 0:16
w:bpv-plek 7:13
w:broer 3:28
w:broertjes 5:14
w:buiten 0:34
w:buitenland 8:11
w:c 2:17
w:checklist 0:-11 8:16
w:cijfer 0:-34 2:77 4:17
w:cijferlijst 0:-10 2:37
w:cijfers 0:-27 2:78 8:12
w:collega's 0:14
w:competenties 0:-15 6:32
w:compleet 6:54
w:compliment 0:16
w:concentratie 1:20 5:18
w:concreet 0:13
w:contact 0:32
w:contacten 0:19
w:creatief 0:-13 4:14
w:cultuur 4:15 8:11
w:cv 8:15
w:daar 0:21 8:35
w:daaraan 0:-19 2:21 3:18
w:daarbij 1:16
w:daarin 0:11
w:daarmee 2:35
w:daarna 0:11 4:-12 7:31
w:daarop 1:11
w:daaruit 0:22
w:dag 0:19 2:-10 4:-22 5:-11 8:-19
w:dagen 6:-14 7:26
w:dan 0:24 1:35 2:29 4:-15 6:29 7:-15 8:-15
w:dat 1:38 4:-19 5:-25 6:-30 8:31
w:de 0:10 2:-12 3:13 4:-24 7:-14 8:25
w:deadline 0:20 4:-18 7:14
w:decaan 4:-11 6:12 7:11
w:deed 0:25 3:15
w:deel 0:22 7:12
w:delen 0:39
w:denk 0:-21 3:12 5:-23 6:-24 7:28 8:-10
w:denken 2:18
w:denkers 0:-13 4:24
w:denkt 0:16
w:deur 0:11
w:deuren 8:20
w:deze 0:12 4:12 6:20 7:23
w:dichtbij 0:18
w:die 0:28 3:29 4:-22 6:-24 7:-24
w:dingen 0:16 1:26
w:dinsdag 7:15
w:diploma 7:11
w:dit 1:-23 3:-22 4:16 6:11
w:doe 0:-26 6:19
w:doen 0:-26 1:11 2:14 4:23 5:-15 6:-15 7:-20
w:doet 0:64
w:door 0:30 2:24 5:13 6:17 7:-11
w:doorgaat 7:13
w:doorslag 0:15
w:doorstromen 8:12
w:doorzettingsvermogen 1:22
w:dossier 1:16 6:18
w:drie 0:-17 1:18 3:14 6:20
w:droom 0:-12 8:11
w:duits 0:-25 2:45
w:duo 0:11
w:durf 0:17
w:dus 0:-34 1:-12 4:79 7:19 8:37
w:dyslexie 0:-14 4:30
w:echt 0:19 2:-12 4:-26 5:-11 6:-13 7:22
w:echte 4:26
w:economie 1:11 8:14
w:een 0:42 1:28 2:11 4:70 5:-37 6:-65
w:eens 0:-21 1:17 3:23 6:-24 7:-18 8:-14
w:eerlijk 8:13
w:eerst 2:13 7:-12
w:eerste 0:40 4:-12
w:eerstegeneratiestudenten 0:15
w:eerstejaars 3:12
w:eet 0:-20 5:46
w:eigen 0:68 1:27
w:eigenlijk 0:-41 1:39 5:43 8:25
w:eindelijk 0:-20 1:20 7:11
w:elk 0:11
w:elkaar 0:26
w:elke 0:36 4:-16 6:10
w:en 0:88 1:-49 2:27 3:-21 4:-61 7:18
w:energie 0:23
w:engels 1:23 2:13
w:enige 0:-14 3:15
w:entreeopleiding 8:14
w:er 3:-15 4:-44 5:16 6:30 7:18
w:eraan 1:25
w:erbij 7:12
w:ergens 1:18
w:ernaar 7:18
w:eruit 0:12 7:15
w:ervan 0:11
w:ervaring 0:46
w:ervaringen 0:10
w:ervoor 0:15 2:19 3:11
w:eten 5:14
w:even 0:14 3:13 5:-14 6:17
w:extra 0:-17 4:13
w:f 2:22 6:-11
w:familie 4:16 5:18
w:februari 0:19
w:feedback 0:13
w:fijn 4:14 5:11
w:fijnst 4:11
w:fout 0:-11 4:28
w:frans 2:15
w:ga 0:-48 1:15 2:-10 4:-23 6:-24
w:gaan 0:-47 5:-18 7:-16
w:gaat 1:33 2:37 4:19 5:80
w:gebeuren 2:17
w:gebrek 0:-14 1:30
w:gebruik 5:32
w:gebruikt 0:-10 5:18
w:gedaan 0:-45 1:-16 3:18 5:-10 8:16
w:geef 1:20
w:geeft 0:22
w:geen 0:-45 1:10 4:33 6:-25 7:51
w:gehaald 2:43
w:geholpen 0:11
w:gekozen 0:-11 3:18
w:geld 0:23 5:25
w:geldt 0:12
w:geleerd 0:19 1:21
w:gemaakt 6:11
w:gemiddeld 2:18 5:12
w:gemiddelde 0:-41 1:-10 2:88
w:gemotiveerd 3:12
w:geneeskunde 3:16 8:19
w:genoeg 0:-29 2:26 5:33
w:genomen 0:14 4:12 6:-13
w:gerust 0:17
w:geschikt 0:-22 1:23 4:11
w:gesprek 4:19 7:23
w:gesprekken 0:12
w:gestopt 0:12
w:geven 0:10
w:gevuld 6:12
w:geweest 5:27
w:gewend 0:37
w:gewone 0:18
w:gewoon 0:-13 1:27 8:42
w:geworden 3:27
w:gezegd 8:14
w:gezondheid 5:15
w:ging 0:51 4:-11
w:goed 0:17 1:11 2:16 3:-12 6:-25 8:-15
w:goede 1:23
w:graag 0:34
w:grens 2:17
w:groeit 0:19
w:groen 0:-12 6:31
w:groep 2:11 3:19
w:groepje 0:-17 3:47
w:haalbaar 8:14
w:haalde 0:-14 2:22
w:haalt 2:22
w:haar 5:12
w:had 0:20 1:-11 3:13
w:halen 2:31
w:hand 4:16
w:handel 4:11
w:handen 0:-11 4:20
w:handig 1:13
w:handtekening 7:13
w:havist 4:13
w:havisten 4:19
w:havo 0:-20 2:18 3:14 8:47
w:hbo 4:56
w:hbo-opleiding 4:-14 8:25
w:heb 3:21 5:15 6:34
w:hebben 0:-17 1:-19 3:28
w:hebt 5:10 6:12 7:20 8:-11
w:heeft 0:-27 1:-19 2:-14 3:27 4:-10 5:12 7:27 8:15
w:helpen 0:23
w:helpt 0:53 4:-13
w:hem 0:15
w:hen 5:14
w:herfstvakantie 6:23
w:herken 0:-11 1:18 4:21
w:het 2:-25 4:-24 6:28
w:hielp 0:16
w:hier 0:18
w:hij 0:-29 7:22
w:hoe 0:48 2:12 4:-32 5:37 6:-35 7:-28 8:-11
w:hoeveel 0:-15 1:-13 2:19 6:41
w:hoger 0:-36 6:20
w:hoofd 0:10
w:hoog 0:-13 2:19 8:28
w:hoor 8:10
w:hoort 8:14
w:horeca 4:18
w:horen 4:10
w:houd 8:23
w:houden 4:13
w:houding 1:25
w:houdt 2:-12 6:-19
w:huis 4:16
w:hun 3:21
w:idee 0:15 3:13
w:iedere 7:11
w:iedereen 3:17
w:iemand 0:66 5:18
w:iets 0:57 3:24 4:-11 6:-17 7:-13 8:39
w:ik 1:-13 3:-24 4:-15 7:56 8:27
w:in 0:23 2:-16 3:11 5:-23 6:15
w:informatie 0:17
w:ingeleverd 0:-11 6:21 7:27
w:ingeschreven 7:19
w:ingesteld 0:-12 4:17
w:ingevuld 0:-16 6:26 7:16
w:initiatief 0:-10 1:34
w:inleveren 0:-17 5:11
w:inschrijving 7:12
w:interessant 0:17
w:interieur 2:20
w:invloed 5:20
w:is 0:-45 3:-14 5:-34 6:21 7:14 8:39
w:isk-groep 3:11
w:jaar 0:21 1:-14 2:24 3:13 4:-22
w:januari 2:10
w:je 1:-10 2:42 3:-15 4:-24 5:39 6:55 7:36
w:jezelf 0:27 1:25 3:19 4:18 5:-17
w:jij 0:-43 1:73 2:-34 3:117 4:27 6:-30 8:40
w:jongen 4:15
w:jongens 3:-10 4:42
w:jongeren 4:13
w:jou 0:-11 1:51 2:-22 3:53 4:26 6:-19 7:-24 8:55
w:journalisten 0:15 4:-13
w:jouw 0:-65 1:52 3:26 4:18 5:-31 6:-14 7:-10 8:21
w:jouwe 3:14
w:juist 0:18
w:jullie 0:-11 3:27 5:20
w:kader 0:-10 3:22
w:kamer 0:-12 5:17
w:kan 0:45 3:13 6:24
w:kans 7:24
w:kansen 8:15
w:kanten 0:18
w:kantoorbaan 0:-11 1:24
w:keer 1:39 3:-13 7:37
w:ken 0:42
w:kennen 0:25
w:kent 0:28
w:kerstvakantie 6:18
w:keus 0:14
w:keuze 0:37 2:-12 6:-16 7:38
w:keuzedeel 4:19
w:keuzemoment 0:15
w:keuzes 0:38 3:17
w:keuzevak 0:25
w:kies 0:-79 4:19 7:39 8:45
w:kiest 0:-15 1:21 7:28
w:kiezen 0:22 1:16 4:31 5:-13
w:kijk 0:13
w:kijkt 0:17
w:kind 4:21 6:11
w:kinderopvang 4:12
w:klaar 6:47
w:klanten 1:11
w:klas 0:-22 1:-17 3:54
w:klasgenoot 3:11
w:klasgenoten 0:-26 1:-21 3:76
w:kleiner 7:16
w:kleins 0:10
w:klik 0:17
w:klopt 4:20 8:-11
w:kok 8:28
w:kom 1:22
w:komende 0:15
w:komt 0:-11 1:22 3:33
w:koos 0:-13 3:16 8:16
w:koppelt 0:22
w:korte 1:27 4:-10
w:kreeg 0:10
w:krijg 2:15
w:krijgen 5:10
w:krijgt 7:24
w:kun 0:-14 1:17 4:11 7:10 8:-12
w:kunnen 0:-20 1:16 3:-13 4:11 5:31 7:20
w:kunt 0:-19 2:11
w:kwaliteit 0:30
w:kwaliteiten 0:42
w:kwam 0:-13 1:28
w:kwijt 1:14
w:laag 0:-15 1:17
w:laat 2:-10 5:21 7:29 8:16
w:laatst 0:57
w:laatste 0:-29 1:-21 2:13 5:12 6:-17
w:land 5:14
w:lang 7:43
w:last 5:18
w:lastig 1:35
w:laten 6:15
w:later 0:11 2:16 3:25 5:-24 8:22
w:leer 0:10
w:leerbedrijf 0:-14 7:31
w:leerling 0:11 3:23 4:52 7:-12 8:-11
w:leerlingen 0:-20 3:50 4:25
w:leert 0:24
w:leg 0:15 2:18
w:leggen 0:11
w:lens 0:12
w:leraar 8:17
w:leren 0:19 3:15 4:21
w:les 0:24
w:let 0:-29 5:22
w:leuk 0:21
w:leukst 0:14
w:leven 7:16
w:lever 0:-24 4:-11 6:12 7:39
w:levert 8:16
w:lichamelijke 1:13
w:liefst 0:23
w:liep 0:15
w:liever 0:18 8:24
w:ligt 2:17 4:13 5:17
w:lijkt 0:-15 4:26 8:34
w:lijst 3:16
w:lob 3:16
w:lob-punten 5:-12 6:36
w:loopbaan 0:14
w:loopbaanbegeleider 0:19
w:loopbaanbegeleiding 0:50 4:-12 8:-12
w:loopbaancompetenties 0:11
w:loopbaandossier 0:-29 4:17 6:20
w:loopbaangesprek 7:14
w:loopbaansturing 0:11
w:loopt 0:-12 4:12
w:los 2:-12 8:16
w:lui 4:16
w:luisteren 4:14
w:lukt 1:13 3:24
w:maak 5:12
w:maakt 0:59 3:14 8:-10
w:maakte 0:12
w:maandag 7:24
w:maar 0:-14 8:76
w:maart 7:16
w:maatschappij 8:22
w:mag 0:-15 2:19 5:16 7:20
w:magazijn 0:-10
w:maken 0:34 1:11
w:makkelijker 8:11
w:marokkaanse 0:-11 4:15
w:mbo 6:14 8:14
w:mbo-diploma 8:13
w:mbo-opleiding 1:25 2:16
w:medicijnen 0:-16 5:35
w:mee 0:21 1:-14 8:22
w:meedenkt 0:24
w:meeloopdag 7:17
w:meeloopdagen 0:-23 3:14 6:25
w:meelopen 0:22
w:meer 0:15 4:11 6:-13 7:28 8:30
w:meerdere 0:14
w:meest 0:13 1:16 4:27 5:-13 6:-24
w:meestal 0:-19 4:64
w:meeste 3:13
w:meetlat 0:12
w:mei 0:29 7:14
w:meiden 3:-16 4:22
w:meisje 0:-28 1:-12 4:69
w:meisjes 4:19
w:meld 0:-18 7:26
w:mens 0:11
w:mensen 0:39
w:mentor 0:18 6:25
w:mentorgroep 1:-12 3:27
w:merk 5:17
w:merkt 0:25 1:-14
w:met 0:-17 2:-16 5:12 6:-20 8:22
w:meteen 8:17
w:mij 0:14 8:13
w:mijn 7:17 8:14
w:mik 0:-27 6:21
w:minder 0:14 1:-11 3:19
w:minimaal 6:24
w:mis 0:-12 1:50
w:misschien 0:-19 2:13 4:11 5:19
w:mist 0:-26 1:68 3:-10 7:23 8:-11
w:mocht 0:11
w:moe 5:16
w:moeder 0:-19 5:30 8:15
w:moeilijk 1:17
w:moeilijke 0:18
w:moeite 1:10
w:moet 0:-18 1:30 2:14 3:-14 8:17
w:moeten 0:-21 3:20
w:mogelijke 0:16
w:moment 0:27 5:26
w:motief 0:30 4:-15
w:motieven 0:38 4:-17
w:motivatie 1:19
w:na 0:14 1:-20 2:-12 4:-15 6:11
w:naar 0:16 1:-17 4:-25 5:13 6:-36
w:naast 0:25 5:16
w:nacht 5:30
w:nadenken 4:22
w:natuur 8:24
w:nederlands 1:36 4:-11
w:neem 8:19
w:neemt 0:13
w:nemen 0:-18 1:10 3:10 4:12 8:23
w:nergens 0:-15 1:17
w:net 0:14 3:16
w:netwerk 0:51 8:-11
w:netwerken 0:25
w:niet 0:30 1:-34 3:24 4:23 5:-15 7:53
w:niets 7:11 8:17
w:nieuw 1:12
w:nieuwe 0:37 5:13
w:nieuws 0:22
w:nieuwsgierig 0:20
w:nieuwsgierigheid 0:33 8:-10
w:niveau 0:-20 1:14 2:14 7:11 8:31
w:nodig 0:-29
w:nodigt 0:11
w:noem 1:12
w:noemen 0:19
w:nog 0:-16 1:36 4:-27 6:105 7:53 8:-27
w:nooit 1:39 3:-13 7:10
w:nu 1:-29 3:16 4:15 5:20 7:14
w:of 0:100 1:-14 4:13 5:64 6:-18
w:om 0:48 1:25 2:28 4:-24 5:37 6:-35 7:-12 8:-13
w:omdat 0:-11 1:12 4:32
w:omhoog 2:21
w:omlaag 0:-31 2:33
w:omweg 0:14 4:-13
w:onder 1:28
w:onderdelen 0:-13 6:46
w:ondermaats 0:-22 1:11 4:14
w:ondernemen 0:17
w:ondernemer 0:11
w:onderwerp 0:38
w:onderzoeken 0:11
w:onlangs 0:27
w:ontbijt 0:-11 5:25
w:ontbreekt 0:-21 1:16 6:32
w:ontbreken 6:32
w:ontdekken 0:19
w:ontwerpen 0:12
w:onvoldoendes 2:23
w:ooit 1:32
w:ook 0:45 3:41 4:20
w:op 0:-11 1:16 4:-15 6:45 8:-10
w:opdracht 0:11 6:13
w:opdrachten 6:12
w:open 0:24 2:-12 3:17 4:-11 7:-14
w:openen 0:10
w:opent 0:31
w:opleiding 0:-11 6:-20 7:12 8:20
w:opleidingen 0:25
w:oplossen 1:21
w:opties 8:11
w:opvoeding 1:13
w:orientatie 0:13
w:orienteren 0:11
w:ouders 0:-19 1:-13 2:-11 5:37 7:24 8:-16
w:over 0:88 2:48 6:-14 7:31
w:overstap 0:13
w:overwegen 4:-12
w:overzicht 6:12
w:pabo 0:-11 2:36 8:21
w:pak 0:-16 4:20
w:pakte 0:15
w:passen 4:25
w:past 1:14 2:55 4:29 8:28
w:per 5:30
w:periode 2:20
w:pie 0:-15 1:32
w:plaats 8:13
w:plan 3:11 6:22 7:-12
w:plannen 1:11
w:plant 0:-17 1:26
w:plek 0:11 3:13 7:21 8:14
w:plezier 0:13
w:politie 3:13
w:politieacademie 0:-14 8:17
w:portfolio 0:-11 6:43
w:praat 0:15
w:praktijk 0:17
w:praktijkbegeleider 0:29
w:praktijklessen 1:11 5:13
w:praktijkonderwijs 0:-21 3:15 4:11
w:praktijkopleider 1:12 6:24
w:praktisch 4:17
w:praktische 0:-10 4:23
w:praten 0:22
w:precies 3:12 4:-10 5:13
w:presentatie 0:10
w:prima 8:18
w:proberen 0:15
w:profiel 2:28
w:profielkeuze 0:-18 6:18 7:32
w:profielkeuzeformulier 6:39
w:profielwerkstuk 2:19 3:12
w:project 1:10
w:punten 1:16
w:raakt 1:11
w:raken 0:14
w:rapport 0:-21 2:27 7:11
w:rapportcijfers 0:-28 2:44
w:realistisch 0:-17 4:32
w:recht 0:21
w:rechten 3:13 4:10
w:redden 4:20
w:reflectie 7:18
w:reflecties 6:20
w:regelen 3:13
w:relatie 5:27
w:rest 0:-12 3:16 7:16
w:resultaat 0:39 4:-10
w:resultaten 0:-13
w:richting 0:21
w:rij 1:14
w:risico 0:21
w:roc 3:16
w:rol 0:19
w:rond 5:27
w:rood 6:13
w:route 0:48 4:-14
w:routes 0:29
w:ruimte 0:26 7:22
w:samen 0:28 1:13
w:samenwerken 1:15
w:scheiding 5:12
w:scheikunde 2:24
w:schermen 0:13
w:schiet 1:18
w:school 0:44
w:schooljaar 5:-11 6:28
w:schoolvak 0:13
w:schoonmaak 0:-16 4:22
w:schulden 0:-13 5:41 6:-16
w:score 0:-13 2:14
w:sector 1:15
w:serieus 4:11
w:sinds 5:26
w:slaap 5:46
w:slapen 0:18
w:slb'er 0:19
w:slecht 0:-16 1:38
w:slim 0:-11
w:slimmer 0:-12 8:11
w:snel 1:22 7:29
w:snuffelstage 0:-11 4:21 6:11
w:sollicitatiegesprek 1:13
w:soms 0:28
w:soort 0:29
w:soorten 0:11
w:spreekt 0:25
w:spreken 0:-12 4:32
w:sta 0:-21 3:29 6:32 7:10
w:staan 0:-33 2:23 5:-12 6:50 7:13 8:14
w:staat 0:-29 4:-15 5:-20 6:48 7:-15
w:stage 0:23 2:-15 3:14
w:stage-ervaring 0:16
w:stage-uren 3:14 6:10
w:stageplek 2:-14 4:-18 8:-12
w:stap 0:40
w:stappen 6:32
w:start 0:17
w:steeds 0:-38 1:42 5:11 6:-11 7:18
w:stel 0:33
w:stellen 1:11
w:stelt 2:17
w:sterk 0:35 4:-16
w:sterker 8:13
w:straks 0:-13 1:24 2:19 7:26
w:stromen 0:-10 8:14
w:studeert 3:28
w:student 0:13 1:11
w:studeren 0:10 4:11
w:studie 3:13 4:18 7:-11
w:studiefinanciering 0:11
w:studiekeuze 2:18 3:30
w:studiekeuzecheck 0:30 4:-11
w:studies 4:11
w:stuk 0:-14 1:31 3:16
w:switchen 0:10
w:taal 0:21 1:29 4:-13
w:taken 0:-13 6:33
w:talent 0:14 1:22
w:te 0:-15 1:53 2:19 3:-20 4:-43 6:-23 7:30 8:26
w:teamleider 0:-15 7:40
w:techniek 0:-38 1:26 2:21 4:17 5:-10 6:-14 8:13
w:tegen 0:-15 1:30 3:13
w:tekent 6:23
w:tekort 1:17
w:telt 0:17
w:tempo 0:25 4:-19
w:terecht 4:12
w:terechtkunt 0:15
w:terug 0:29
w:terugdenkt 0:12
w:terugkijken 0:10
w:thuis 5:129
w:tijd 0:12 4:-11 5:26 7:16 8:29
w:tijdens 0:13
w:toch 1:28 8:25
w:toe 0:16
w:toegelaten 2:18
w:toekomst 8:19
w:toen 0:26
w:toets 2:37
w:toetsen 2:25
w:toetsweek 0:-11 5:15
w:toont 1:16
w:tot 0:10 4:-10 5:-14 7:17
w:trekt 0:18 2:14 4:28
w:trok 0:26
w:trots 0:18
w:tussen 5:17 7:16
w:tussenjaar 8:16
w:twee 0:18 1:15 7:24
w:tweede 0:22
w:twijfel 0:11 4:-11 7:31
w:twijfelen 8:11
w:typisch 0:-16 4:25
w:typische 0:-37 4:52
w:uit 1:-15 3:22 4:44 6:17 7:-12
w:uitstellen 7:32
w:uitzoeken 0:41
w:universiteit 4:12 8:21
w:upload 0:-12 6:35
w:uur 5:50 7:16
w:uw 6:11 7:11
w:vaak 4:74 5:83
w:vader 0:-15 5:42 6:-10 8:17
w:vak 0:24 2:20 4:15
w:vakken 1:17 2:24
w:vaktaal 0:12
w:valt 4:18
w:van 0:20 3:47 5:11 6:32 7:-17 8:-17
w:vandaag 0:-18 4:18 6:17 7:46
w:vandaan 5:14
w:vanuit 0:11
w:vast 0:-14 4:81
w:vaste 4:18
w:veel 4:37 5:21 7:-12 8:20
w:ver 1:16
w:verbeteren 0:-12 2:25
w:verbindt 0:18
w:verder 0:14 1:13 3:17 7:-12
w:verdient 0:17 8:12
w:vergaat 4:18
w:vergat 0:12
w:vergeet 1:31
w:vergeleken 3:29
w:vergelijk 3:10
w:vergeten 0:-12 7:39
w:verhaal 0:31
w:verkeerde 0:-21 7:21
w:verkennen 0:29 1:16
w:verplichte 5:-12 6:25
w:verrassingen 0:12
w:verraste 0:11
w:verschillende 0:39
w:vertel 0:-10 1:13 5:30
w:vertellen 5:24
w:vervolgopleiding 0:12
w:vervolgstap 0:13
w:verwacht 2:30 7:17
w:verwachtingen 0:16
w:verzorgers 0:26
w:via 0:21
w:vier 0:25
w:vijf 6:36
w:vind 0:38
w:vinden 1:18
w:vindt 0:26 7:14
w:vink 0:-12 6:26
w:vinkje 6:25
w:vmbo 0:12 1:16
w:voel 0:15 5:15
w:voelde 0:29
w:voelen 0:19
w:voelt 3:15
w:vol 6:14
w:voldoende 0:-10 2:31
w:voldoening 0:11
w:volgende 0:44
w:volgens 0:13 1:-18 2:14 8:28
w:volgt 0:11 4:-15 7:14
w:voltooid 0:-32 4:19 6:26
w:vond 0:35
w:voor 1:-17 2:87 4:-15 7:19 8:36
w:vooral 4:14
w:voorbeeld 0:-13 3:20
w:voordat 0:-35 2:26 8:-15
w:voorkeuren 0:19 4:-11
w:voortgang 0:-13
w:vorig 3:15
w:vorige 0:11 3:15
w:vraag 0:75 7:13
w:vraagstukken 0:13
w:vraagt 1:30 8:-10
w:vragen 0:52 1:19 6:17
w:vriend 5:12
w:vrienden 0:13
w:vrijdag 0:-28 7:39
w:vroeg 0:31
w:vso-leerlingen 0:-23 4:39
w:vwo 0:-15 3:28 8:13
w:waar 0:96 1:12 4:-11
w:waarden 0:49 4:-13
w:waardevol 0:12
w:waarin 0:25
w:waarom 0:-14 1:65 2:-11 3:48 6:-16
w:wacht 0:-12 7:34
w:wachten 7:12
w:wandelend 0:18
w:wanneer 0:17 6:33 7:38
w:want 0:-18 7:44
w:waren 2:28
w:was 0:16 1:-14 2:19 5:25 8:26
w:wat 0:69 1:14 3:11 5:-41 6:-29 7:-27
w:we 0:-14 1:31 5:16 8:18
w:weeg 0:13
w:week 6:23 7:23
w:weet 0:27 1:-11 3:18
w:weg 1:29 2:16
w:weinig 0:-19 1:48 4:19
w:weken 7:11
w:wel 0:-32 1:12 3:32 4:-10 5:61 6:-11 7:18
w:weleens 5:18
w:welk 0:68 1:22 2:45 3:-15 4:40 5:-24 6:-18
w:welke 0:62 2:18 3:-24 4:33 5:-41 8:-11
w:werk 0:71 5:18 6:-14 7:-13 8:-13
w:werkdag 0:16
w:werken 0:37 1:14 4:24 5:-12 8:13
w:werkexploratie 0:14
w:werkhouding 1:28
w:werkplek 0:26 4:23 7:12
w:werkstuk 0:13
w:werkt 0:23 3:12 4:-18
w:werkveld 0:17
w:werkvelden 0:20
w:werkvloer 0:32 1:10
w:weten 0:26 1:-13 3:12 5:13 7:-12
w:wie 0:57 1:-11 2:-10 3:36 4:-13 7:61 8:-11
w:wijst 0:15
w:wil 0:25 2:-15 4:14 5:-21 6:-22 7:18 8:-15
w:willen 0:31 3:13 5:24
w:wilt 3:-13 4:10 5:-18
w:wiskunde 0:-15 2:29 4:12
w:wist 4:17
w:wo 2:19 8:11
w:woensdag 7:24 8:-10
w:wonen 2:20
w:woon 0:-12 5:15
w:woorden 0:15
w:word 8:56
w:worden 0:-27 8:18
w:wordt 0:-29 3:-10 4:-16 6:-20 7:44 8:16
w:zag 0:28
w:zat 3:14
w:ze 0:21 3:19 4:18 6:11
w:zegt 0:-21 1:22 2:41
w:zeker 4:11
w:zelf 0:70 1:38 7:14
w:zelfstandig 3:14
w:zet 8:12
w:zetten 1:26 6:35
w:zich 3:18
w:zichtbaar 0:18
w:zie 0:14 5:-16 8:37
w:ziek 1:-12 5:23
w:zieke 0:11
w:ziekenhuis 0:-14 5:15
w:ziekte 5:19
w:zien 0:70
w:ziet 0:40
w:zij 0:-25 3:14 4:14
w:zijn 3:19 4:43 5:-13 6:20
w:zit 0:17 2:-10 3:13
w:zitten 0:-32
w:zo 0:-55 1:68 2:-12 4:15 5:21
w:zo'n 0:15 1:39 4:-11
w:zoals 0:16 4:35 8:21
w:zodat 2:19 6:49
w:zoek 0:-17 4:11 8:38
w:zoeken 1:15
w:zomer 0:-10 3:14
w:zonde 8:28
w:zonder 0:-26 1:35 3:15 7:41
w:zorg 2:-11 3:-13 4:-13 7:-21
w:zorgberoep 4:19
w:zorgen 5:14 7:12
w:zou 0:51 3:27 4:22 8:56
w:zulk 0:16 4:-12
w:zus 3:26
w:zwaar 0:12
w:zwakke 0:-36 1:44
`,
};
