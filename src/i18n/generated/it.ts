
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's00e1a56a841e83af': `Banner`,
's0487f33d9ddaabde': `Informazioni`,
's0801bf06900fa87d': `L’evento è iniziato.`,
's0c0bdd99132adb02': `L’evento è terminato.`,
's0fd75cc6a1aad906': `Notizie`,
's1523af075ee13a67': str`${0}, nel suo fuso orario`,
's2ace368f648b267c': `Partecipa online`,
's2d985034b63c5885': `Sito ufficiale`,
's30c0a4d43229080a': `Leggi di più`,
's3687049d1af562c4': `Copia`,
's3d2014db05f63236': `Metti in pausa il conto alla rovescia`,
's3ec49dd155d60282': `Eventi passati`,
's4627a9667a335f23': `In programma`,
's48d7e073d8566449': `Informazioni sull’evento`,
's52c19558060cee94': `Questo evento è stato annullato.`,
's5c18cae48b93138c': `Sessioni`,
's5c76cc4ada53f648': str`Termina tra ${0}`,
's5f494801f1665b8b': `Pubblichi questo evento sul suo sito`,
's5f6f9d9e70b14538': str`Tema del ${0}`,
's6ca492577d67f9d0': `Guarda la registrazione`,
's74fa553f008337da': `Guarda in diretta`,
's7f72225942ff8648': str`${0}, in tutti i fusi orari`,
's8105fc891be78c91': `Data prevista`,
's8792eeb969ddd689': `Questo evento si svolgerà online.`,
's87b00027b3cd9d55': `Questo evento è terminato.`,
's88c2251c192e280a': `Aggiungi al calendario`,
's88ff1cf004e1abc8': `Questo evento è stato rinviato. Le nuove date saranno annunciate qui.`,
's8fbbda40a6a58a03': `Inizia tra`,
's90bb4dfc04794421': str`Questo evento è terminato. La prossima edizione inizia tra ${0}`,
'sa0469b5048b7b344': `Dati per partner e incorporamenti:`,
'sa3d6652fb22d74a0': str`Il tema del ${0} non è ancora stato annunciato.`,
'sa6dae975b10530c6': `Temi degli anni precedenti`,
'saab875d8cfcfe712': `Tema`,
'sab2b6fb0c6fc7e5a': `Manca un’ora.`,
'sb39ac7dab8d011c2': `Copi uno snippet nell’HTML della sua pagina. L’elemento mostra il testo nella lingua scelta e mantiene il link inserito al suo interno se i dati non possono essere caricati.`,
'sc683c10250a1b719': `Quando`,
'sc6e7aebb6e5586e1': str`${0} ${1} (${2}) · ${3} nel suo fuso orario`,
'sc75b638daebe95c1': `Organizzatore`,
'sd5e8ea1163401242': `Termina tra`,
'sd5e9b70ffb7a8b46': `Vai al contenuto`,
'sd79c3d195bfcd52f': `In corso`,
'sdf91756a8e460a05': str`Inizia tra ${0}`,
'se01c9d5c4f859d82': `Quando si è svolto`,
'se7936a069c9582fb': `File del calendario (.ics)`,
'sea2ee5fa4b7af320': `Conto alla rovescia`,
'seadeb3a807d7478a': `Online`,
'sef105511c7e436c9': `La prossima edizione inizia tra`,
'sefcf950b3cc4fc3b': `Lingua`,
'sf3f752ef031b25d8': `Luogo`,
'sf4de3bfbfaca12e5': `Copiato`,
'sf88aefe18c966ab8': str`${0} sul suo sito`,
'sfa8081a0a550e7f8': `Manca un giorno.`,
    };
  