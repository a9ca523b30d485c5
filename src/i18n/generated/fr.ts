
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's00e1a56a841e83af': `Bannière`,
's0487f33d9ddaabde': `À propos`,
's0801bf06900fa87d': `L’événement a commencé.`,
's0c0bdd99132adb02': `L’événement est terminé.`,
's0fd75cc6a1aad906': `Actualités`,
's1523af075ee13a67': str`${0}, à votre heure`,
's2ace368f648b267c': `Participer en ligne`,
's2d985034b63c5885': `Site officiel`,
's30c0a4d43229080a': `Lire la suite`,
's3687049d1af562c4': `Copier`,
's3d2014db05f63236': `Suspendre le compte à rebours`,
's3ec49dd155d60282': `Événements passés`,
's4627a9667a335f23': `À venir`,
's48d7e073d8566449': `En savoir plus sur l’événement`,
's52c19558060cee94': `Cet événement a été annulé.`,
's5c18cae48b93138c': `Séances`,
's5c76cc4ada53f648': str`Se termine dans ${0}`,
's5f494801f1665b8b': `Présenter cet événement sur votre site`,
's5f6f9d9e70b14538': str`Thème ${0}`,
's6ca492577d67f9d0': `Regarder l’enregistrement`,
's74fa553f008337da': `Suivre en direct`,
's7f72225942ff8648': str`${0}, dans tous les fuseaux horaires`,
's8105fc891be78c91': `Date prévue`,
's8792eeb969ddd689': `Cet événement se tient désormais en ligne.`,
's87b00027b3cd9d55': `Cet événement est terminé.`,
's88c2251c192e280a': `Ajouter à votre agenda`,
's88ff1cf004e1abc8': `Cet événement a été reporté. Les nouvelles dates seront annoncées ici.`,
's8fbbda40a6a58a03': `Commence dans`,
's90bb4dfc04794421': str`Cet événement est terminé. La prochaine édition commence dans ${0}`,
'sa0469b5048b7b344': `Données pour les partenaires et l’intégration :`,
'sa3d6652fb22d74a0': str`Le thème de ${0} n’a pas encore été annoncé.`,
'sa6dae975b10530c6': `Thèmes des années précédentes`,
'saab875d8cfcfe712': `Thème`,
'sab2b6fb0c6fc7e5a': `Il reste une heure.`,
'sb39ac7dab8d011c2': `Copiez un extrait dans le code HTML de votre page. L’élément affiche son texte dans la langue choisie et conserve le lien placé à l’intérieur si les données ne peuvent pas être chargées.`,
'sc683c10250a1b719': `Quand`,
'sc6e7aebb6e5586e1': str`${0} ${1} (${2}) · ${3} à votre heure`,
'sc75b638daebe95c1': `Organisateur`,
'sd5e8ea1163401242': `Se termine dans`,
'sd5e9b70ffb7a8b46': `Aller au contenu`,
'sd79c3d195bfcd52f': `En cours`,
'sdf91756a8e460a05': str`Commence dans ${0}`,
'se01c9d5c4f859d82': `Quand il a eu lieu`,
'se7936a069c9582fb': `Fichier d’agenda (.ics)`,
'sea2ee5fa4b7af320': `Compte à rebours`,
'seadeb3a807d7478a': `En ligne`,
'sef105511c7e436c9': `La prochaine édition commence dans`,
'sefcf950b3cc4fc3b': `Langue`,
'sf3f752ef031b25d8': `Lieu`,
'sf4de3bfbfaca12e5': `Copié`,
'sf88aefe18c966ab8': str`${0} sur votre site`,
'sfa8081a0a550e7f8': `Il reste un jour.`,
    };
  