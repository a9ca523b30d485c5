
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's00e1a56a841e83af': `Cartel`,
's0487f33d9ddaabde': `Acerca de`,
's0801bf06900fa87d': `El evento ha comenzado.`,
's0c0bdd99132adb02': `El evento ha terminado.`,
's0fd75cc6a1aad906': `Noticias`,
's1523af075ee13a67': str`${0}, en su hora local`,
's2ace368f648b267c': `Participar en línea`,
's2d985034b63c5885': `Sitio web oficial`,
's30c0a4d43229080a': `Leer más`,
's3687049d1af562c4': `Copiar`,
's3d2014db05f63236': `Pausar la cuenta regresiva`,
's3ec49dd155d60282': `Eventos anteriores`,
's4627a9667a335f23': `Próximos`,
's48d7e073d8566449': `Más información sobre el evento`,
's52c19558060cee94': `Este evento se ha cancelado.`,
's5c18cae48b93138c': `Sesiones`,
's5c76cc4ada53f648': str`Termina en ${0}`,
's5f494801f1665b8b': `Mostrar este evento en su sitio web`,
's5f6f9d9e70b14538': str`Tema de ${0}`,
's6ca492577d67f9d0': `Ver la grabación`,
's74fa553f008337da': `Ver en directo`,
's7f72225942ff8648': str`${0}, en todos los husos horarios`,
's8105fc891be78c91': `Fecha prevista`,
's8792eeb969ddd689': `Este evento ahora se celebra en línea.`,
's87b00027b3cd9d55': `Este evento ha terminado.`,
's88c2251c192e280a': `Añadir a su calendario`,
's88ff1cf004e1abc8': `Este evento se ha aplazado. Las nuevas fechas se anunciarán aquí.`,
's8fbbda40a6a58a03': `Comienza en`,
's90bb4dfc04794421': str`Este evento ha terminado. La próxima edición comienza en ${0}`,
'sa0469b5048b7b344': `Datos para asociados e inserciones en otros sitios:`,
'sa3d6652fb22d74a0': str`El tema de ${0} aún no se ha anunciado.`,
'sa6dae975b10530c6': `Temas de años anteriores`,
'saab875d8cfcfe712': `Tema`,
'sab2b6fb0c6fc7e5a': `Queda una hora.`,
'sb39ac7dab8d011c2': `Copie un fragmento en el HTML de su página. El elemento muestra su texto en el idioma que elija y conserva el enlace que coloque en su interior si no se pueden cargar los datos.`,
'sc683c10250a1b719': `Cuándo`,
'sc6e7aebb6e5586e1': str`${0} ${1} (${2}) · ${3} en su hora local`,
'sc75b638daebe95c1': `Organizador`,
'sd5e8ea1163401242': `Termina en`,
'sd5e9b70ffb7a8b46': `Ir al contenido`,
'sd79c3d195bfcd52f': `En curso`,
'sdf91756a8e460a05': str`Comienza en ${0}`,
'se01c9d5c4f859d82': `Cuándo tuvo lugar`,
'se7936a069c9582fb': `Archivo de calendario (.ics)`,
'sea2ee5fa4b7af320': `Cuenta regresiva`,
'seadeb3a807d7478a': `En línea`,
'sef105511c7e436c9': `La próxima edición comienza en`,
'sefcf950b3cc4fc3b': `Idioma`,
'sf3f752ef031b25d8': `Lugar`,
'sf4de3bfbfaca12e5': `Copiado`,
'sf88aefe18c966ab8': str`${0} en su sitio web`,
'sfa8081a0a550e7f8': `Queda un día.`,
    };
  