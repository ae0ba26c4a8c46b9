<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Pli is already running but does not answer.</source>
        <translation>Pli est déjà ouvert mais ne répond pas.</translation>
    </message>
</context>
<context>
    <name>pli::AccountStore</name>
    <message>
        <source>the server address must start with https:// or http:// and name a server</source>
        <translation>l&apos;adresse du serveur doit commencer par https:// ou http:// et nommer un serveur</translation>
    </message>
    <message>
        <source>the username is empty</source>
        <translation>le nom d&apos;utilisateur est vide</translation>
    </message>
    <message>
        <source>the username is too long or contains invisible characters</source>
        <translation>le nom d&apos;utilisateur est trop long ou contient des caractères invisibles</translation>
    </message>
    <message>
        <source>this account is already in the list</source>
        <translation>ce compte figure déjà dans la liste</translation>
    </message>
    <message>
        <source>this account is not in the list</source>
        <translation>ce compte ne figure pas dans la liste</translation>
    </message>
    <message>
        <source>the trusted certificate is damaged</source>
        <translation>le certificat approuvé est endommagé</translation>
    </message>
</context>
<context>
    <name>pli::ActivityModel</name>
    <message>
        <source>Created the conversation</source>
        <extracomment>Activity history: what a person did in a conversation</extracomment>
        <translation>A lancé la conversation</translation>
    </message>
    <message>
        <source>Posted a message</source>
        <translation>A affiché un message</translation>
    </message>
    <message>
        <source>Opened a message</source>
        <translation>A ouvert un message</translation>
    </message>
    <message>
        <source>Downloaded an attachment</source>
        <translation>A téléchargé une pièce jointe</translation>
    </message>
    <message>
        <source>Deleted the conversation</source>
        <translation>A supprimé la conversation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>pli::ChunkedDownload</name>
    <message>
        <source>The file keeps changing on the server.</source>
        <translation>Le fichier ne cesse de changer sur le serveur.</translation>
    </message>
</context>
<context>
    <name>pli::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse électronique</translation>
    </message>
</context>
<context>
    <name>pli::ConversationTableModel</name>
    <message>
        <source>view</source>
        <extracomment>The link that opens a conversation&apos;s activity history (the portal&apos;s &quot;vue&quot;)</extracomment>
        <translation>vue</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Column of the conversation list: who started the conversation (the portal&apos;s TITULAIRE)</extracomment>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Date modified</source>
        <translation>Date de modification</translation>
    </message>
</context>
<context>
    <name>pli::CredentialJob</name>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation>L&apos;accès au trousseau du système a été refusé.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access.</source>
        <translation>Le trousseau du système est verrouillé ou a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain.</source>
        <translation>La session mémorisée n&apos;a pas pu être retirée du trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain answered (on Linux: no Secret Service is running).</source>
        <extracomment>The Secret Service is the keychain of Linux desktops (GNOME Keyring, KWallet).</extracomment>
        <translation>Aucun trousseau du système n&apos;a répondu (sous Linux : aucun service Secret Service n&apos;est en marche).</translation>
    </message>
    <message>
        <source>no account was given for the keychain entry</source>
        <translation>aucun compte n&apos;a été indiqué pour l&apos;entrée du trousseau</translation>
    </message>
    <message>
        <source>there is no sign-in token to save</source>
        <translation>il n&apos;y a aucun jeton de session à enregistrer</translation>
    </message>
    <message>
        <source>the sign-in token is %1 bytes long; the system keychain keeps at most %2 bytes</source>
        <extracomment>%1 and %2 are sizes in bytes</extracomment>
        <translation>le jeton de session fait %1 octets; le trousseau du système en conserve au plus %2</translation>
    </message>
</context>
<context>
    <name>pli::DownloadDigest</name>
    <message>
        <source>The server did not say what the file should contain (no digest); it was not kept.</source>
        <translation>Le serveur n&apos;a pas indiqué le contenu attendu du fichier (aucune empreinte); il n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>%1 arrived damaged and was deleted.</source>
        <translation>%1 est arrivé endommagé et a été supprimé.</translation>
    </message>
</context>
<context>
    <name>pli::Error</name>
    <message>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established (%1). Pli does not connect to a server whose identity it cannot check.</source>
        <translation>La connexion sécurisée au serveur n&apos;a pas pu être établie (%1). Pli ne se connecte pas à un serveur dont il ne peut pas vérifier l&apos;identité.</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>certificat non reconnu</translation>
    </message>
    <message>
        <source>The server took too long to answer. Try again in a moment.</source>
        <translation>Le serveur a mis trop de temps à répondre. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>This server address is not secure. Use an address that starts with https:// (plain http:// is only allowed for this computer).</source>
        <translation>Cette adresse de serveur n&apos;est pas sécurisée. Utilisez une adresse qui commence par https:// (http:// n&apos;est permis que pour cet ordinateur).</translation>
    </message>
    <message>
        <source>The server sent an answer Pli does not understand.</source>
        <translation>Le serveur a envoyé une réponse que Pli ne comprend pas.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again.</source>
        <translation>Vous n&apos;avez pas de session ouverte. Ouvrez une session de nouveau.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Ouvrez une session de nouveau.</translation>
    </message>
    <message>
        <source>The username or the password is incorrect.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your account is locked after too many failed sign-ins. Follow the link in the e-mail you received to unlock it.</source>
        <translation>Votre compte est verrouillé après trop de tentatives d&apos;ouverture de session infructueuses. Suivez le lien du courriel que vous avez reçu pour le déverrouiller.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Trop de tentatives. Attendez un moment et réessayez.</translation>
    </message>
    <message>
        <source>This sign-in step has expired. Sign in again.</source>
        <translation>Cette étape de l&apos;ouverture de session a expiré. Ouvrez une session de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The code is incorrect. %n attempt(s) left.</source>
        <translation>
            <numerusform>Le code est incorrect. Il reste %n tentative.</numerusform>
            <numerusform>Le code est incorrect. Il reste %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is incorrect.</source>
        <translation>Le code est incorrect.</translation>
    </message>
    <message>
        <source>Too many incorrect codes. Sign in again.</source>
        <translation>Trop de codes incorrects. Ouvrez une session de nouveau.</translation>
    </message>
    <message>
        <source>The new password does not follow the password rules.</source>
        <translation>Le nouveau mot de passe ne respecte pas les règles des mots de passe.</translation>
    </message>
    <message>
        <source>The new password does not follow the password rules. It needs: %1.</source>
        <extracomment>%1 is a list of rules, e.g. &quot;at least 14 characters; an upper-case letter&quot;</extracomment>
        <translation>Le nouveau mot de passe ne respecte pas les règles des mots de passe. Il lui faut : %1.</translation>
    </message>
    <message>
        <source>This item does not exist or you may not see it.</source>
        <translation>Cet élément n&apos;existe pas ou vous n&apos;avez pas le droit de le voir.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;avez pas le droit de faire ceci.</translation>
    </message>
    <message>
        <source>Only collaborators can start a conversation.</source>
        <translation>Seuls les collaborateurs peuvent lancer une conversation.</translation>
    </message>
    <message>
        <source>This conversation is read-only: its collaborator&apos;s account is deactivated.</source>
        <translation>Cette conversation est en lecture seule : le compte de son collaborateur est désactivé.</translation>
    </message>
    <message>
        <source>This message has expired: its content is no longer available.</source>
        <translation>Ce message a expiré : son contenu n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>This is too large for the server (attachments are limited to 1 GB per message).</source>
        <translation>C&apos;est trop volumineux pour le serveur (les pièces jointes sont limitées à 1 Go par message).</translation>
    </message>
    <message>
        <source>This conflicts with a change made in the meantime. Try again.</source>
        <translation>Ceci entre en conflit avec une modification faite entre-temps. Réessayez.</translation>
    </message>
    <message>
        <source>This already exists.</source>
        <translation>Ceci existe déjà.</translation>
    </message>
    <message>
        <source>The limit for this has been reached.</source>
        <translation>La limite a été atteinte.</translation>
    </message>
    <message>
        <source>The data was damaged on the way. It will be sent again.</source>
        <translation>Les données ont été endommagées en route. Elles seront envoyées de nouveau.</translation>
    </message>
    <message>
        <source>The downloaded file does not match the original and was not kept.</source>
        <translation>Le fichier téléchargé ne correspond pas à l&apos;original et n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>There is not enough free disk space.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace libre sur le disque.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Un fichier n&apos;a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>Un fichier n&apos;a pas pu être lu ou écrit : %1</translation>
    </message>
    <message>
        <source>The system keychain is not available, so Pli cannot remember this sign-in. You stay signed in until you quit.</source>
        <translation>Le trousseau du système n&apos;est pas disponible; Pli ne peut donc pas mémoriser cette session. Elle reste ouverte jusqu&apos;à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation>La demande a été refusée comme non valide.</translation>
    </message>
    <message>
        <source>The request was refused as invalid: %1</source>
        <translation>La demande a été refusée comme non valide : %1</translation>
    </message>
    <message>
        <source>The server had a problem. Try again later.</source>
        <translation>Le serveur a eu un problème. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1).</source>
        <translation>Le serveur a répondu par une erreur inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Une erreur inattendue s&apos;est produite.</translation>
    </message>
    <message>
        <source>Pli does not know what this link opens (it may need a newer Pli).</source>
        <translation>Pli ne sait pas ce que ce lien ouvre (il faut peut-être une version plus récente de Pli).</translation>
    </message>
    <message>
        <source>The link is incomplete: its code is missing.</source>
        <translation>Le lien est incomplet : son code manque.</translation>
    </message>
    <message>
        <source>The link is incomplete: it names no conversation.</source>
        <translation>Le lien est incomplet : il n&apos;indique aucune conversation.</translation>
    </message>
    <message>
        <source>The link was damaged on the way: part of it is missing or changed.</source>
        <translation>Le lien a été abîmé en chemin : une partie manque ou a été modifiée.</translation>
    </message>
    <message>
        <source>The server address in the link is not valid.</source>
        <translation>L&apos;adresse du serveur indiquée dans le lien n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The link names the same thing twice.</source>
        <translation>Le lien indique deux fois la même chose.</translation>
    </message>
    <message>
        <source>This is not a link Pli can open.</source>
        <translation>Ce n&apos;est pas un lien que Pli peut ouvrir.</translation>
    </message>
    <message>
        <source>%1 Copy the whole link from the e-mail, or ask for a new one.</source>
        <extracomment>%1 is the reason, e.g. &quot;The link is incomplete: its code is missing.&quot;</extracomment>
        <translation>%1 Copiez le lien entier depuis le courriel, ou demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by an authority this computer trusts. The fingerprint of its authority is %1: trust it only if the server&apos;s administrator gave you this very fingerprint.</source>
        <extracomment>%1 is a certificate fingerprint such as SHA256:AB:CD:…</extracomment>
        <translation>Le certificat du serveur n&apos;est pas signé par une autorité que cet ordinateur reconnaît. L&apos;empreinte de son autorité est %1 : ne lui faites confiance que si l&apos;administrateur du serveur vous a donné exactement cette empreinte.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed: it is no longer signed by the authority you trusted for this account (the new authority&apos;s fingerprint is %1). Someone may be impersonating the server: do not continue unless its administrator confirms the change.</source>
        <translation>Le certificat du serveur a changé : il n&apos;est plus signé par l&apos;autorité que vous avez approuvée pour ce compte (l&apos;empreinte de la nouvelle autorité est %1). Quelqu&apos;un se fait peut-être passer pour le serveur : n&apos;allez pas plus loin sans que son administrateur confirme le changement.</translation>
    </message>
    <message>
        <source>This link is invalid, has expired or was already used. Ask for a new one.</source>
        <translation>Ce lien n&apos;est pas valide, a expiré ou a déjà servi. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>This link is for the server %1, not for the account in use. Sign in to %1 to open it.</source>
        <extracomment>%1 is a server address such as https://pli.example.org</extracomment>
        <translation>Ce lien est destiné au serveur %1, pas au compte utilisé. Ouvrez une session sur %1 pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>pli::PartFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 needs %2 bytes but only %3 are free.</source>
        <translation>%1 nécessite %2 octets, mais seulement %3 sont libres.</translation>
    </message>
    <message>
        <source>Not enough free disk space.</source>
        <translation>Espace disque insuffisant.</translation>
    </message>
    <message>
        <source>Cannot rename the finished download to %1.</source>
        <translation>Impossible de renommer le téléchargement terminé en %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a plain file.</source>
        <translation>Impossible d&apos;écrire %1 : ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>pli::PasswordPolicy</name>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>a longer password</source>
        <translation>un mot de passe plus long</translation>
    </message>
    <message numerus="yes">
        <source>at most %n character(s)</source>
        <translation>
            <numerusform>au plus %n caractère</numerusform>
            <numerusform>au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>a shorter password</source>
        <translation>un mot de passe plus court</translation>
    </message>
    <message>
        <source>an upper-case letter</source>
        <translation>une lettre majuscule</translation>
    </message>
    <message>
        <source>a lower-case letter</source>
        <translation>une lettre minuscule</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>un chiffre</translation>
    </message>
    <message>
        <source>a symbol</source>
        <translation>un symbole</translation>
    </message>
    <message>
        <source>a digit or a symbol</source>
        <translation>un chiffre ou un symbole</translation>
    </message>
    <message>
        <source>not to contain your username</source>
        <translation>ne pas contenir votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>to differ from the current password</source>
        <translation>être différent du mot de passe actuel</translation>
    </message>
    <message>
        <source>the server&apos;s rule &quot;%1&quot;</source>
        <extracomment>%1 is a rule name the server sent that Pli does not know</extracomment>
        <translation>la règle du serveur « %1 »</translation>
    </message>
</context>
<context>
    <name>pli::ServerTrust</name>
    <message>
        <source>it holds no certificate in PEM form</source>
        <translation>il ne contient aucun certificat au format PEM</translation>
    </message>
    <message numerus="yes">
        <source>it holds more than %n certificate(s)</source>
        <translation>
            <numerusform>il contient plus de %n certificat</numerusform>
            <numerusform>il contient plus de %n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate %1 expired on %2</source>
        <extracomment>%1 is a certificate&apos;s name, %2 a date</extracomment>
        <translation>le certificat %1 a expiré le %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 what is wrong with it (e.g. &quot;it holds no certificate...&quot;)</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>pli::StreamedFileRequest</name>
    <message>
        <source>No data moved for %1 s.</source>
        <translation>Aucune donnée n&apos;a circulé depuis %1 s.</translation>
    </message>
    <message>
        <source>Unsupported URL %1</source>
        <translation>Adresse non prise en charge : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be read during the upload.</source>
        <translation>%1 n&apos;a pas pu être lu pendant le téléversement.</translation>
    </message>
    <message>
        <source>The server sent an oversized answer head.</source>
        <translation>Le serveur a envoyé un en-tête de réponse trop volumineux.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Le serveur a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The server sent a malformed answer.</source>
        <translation>Le serveur a envoyé une réponse mal formée.</translation>
    </message>
    <message>
        <source>The server sent an oversized answer.</source>
        <translation>Le serveur a envoyé une réponse trop volumineuse.</translation>
    </message>
    <message>
        <source>The server closed the connection mid-answer.</source>
        <translation>Le serveur a fermé la connexion au milieu de la réponse.</translation>
    </message>
    <message>
        <source>Aborted.</source>
        <translation>Interrompu.</translation>
    </message>
</context>
<context>
    <name>pli::TusUpload</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is %2; an attachment may be at most %3.</source>
        <translation>%1 fait %2; une pièce jointe peut faire au plus %3.</translation>
    </message>
    <message>
        <source>The attachments total %1; a message may carry at most %2.</source>
        <translation>Les pièces jointes totalisent %1; un message peut en contenir au plus %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 changed or became unreadable during the upload.</source>
        <translation>%1 a changé ou est devenu illisible pendant le téléversement.</translation>
    </message>
    <message>
        <source>The server refuses a file of this size.</source>
        <translation>Le serveur refuse un fichier de cette taille.</translation>
    </message>
    <message>
        <source>The server does not accept resumable uploads (tus 1.0.0).</source>
        <translation>Le serveur n&apos;accepte pas les téléversements avec reprise (tus 1.0.0).</translation>
    </message>
    <message>
        <source>%1 is %2; this server accepts at most %3.</source>
        <translation>%1 fait %2; ce serveur accepte au plus %3.</translation>
    </message>
    <message>
        <source>The server created no upload.</source>
        <translation>Le serveur n&apos;a créé aucun téléversement.</translation>
    </message>
    <message>
        <source>The upload on the server does not match %1.</source>
        <translation>Le téléversement sur le serveur ne correspond pas à %1.</translation>
    </message>
    <message>
        <source>The server redirected the upload to %1.</source>
        <translation>Le serveur a redirigé le téléversement vers %1.</translation>
    </message>
</context>
<context>
    <name>pli::UploadOrigin</name>
    <message>
        <source>The upload was to continue at %1, not on %2: it was stopped so that your session is not sent there.</source>
        <extracomment>%1 is an address such as http://example.org:8080; %2 the account&apos;s server</extracomment>
        <translation>Le téléversement devait se poursuivre à l&apos;adresse %1 et non sur %2 : il a été arrêté pour que votre session n&apos;y soit pas envoyée.</translation>
    </message>
</context>
<context>
    <name>pli::cli::AccountChoice</name>
    <message>
        <source>use either --account or --server and --user, not both</source>
        <translation>utilisez soit --account, soit --server et --user, pas les deux</translation>
    </message>
    <message>
        <source>--account needs USER@SERVER, e.g. alice@pli.example.org</source>
        <translation>--account demande UTILISATEUR@SERVEUR, par exemple alice@pli.example.org</translation>
    </message>
    <message>
        <source>%1 is not a server address</source>
        <translation>%1 n&apos;est pas une adresse de serveur</translation>
    </message>
    <message>
        <source>no account yet: sign in first with pli-cli login --server URL</source>
        <translation>aucun compte pour l&apos;instant : ouvrez d&apos;abord une session avec pli-cli login --server URL</translation>
    </message>
    <message>
        <source>no known account is called %1: give --server URL</source>
        <translation>aucun compte connu ne s&apos;appelle %1 : indiquez --server URL</translation>
    </message>
</context>
<context>
    <name>pli::cli::AccountsCommand</name>
    <message>
        <source>No account yet: sign in with pli-cli login --server URL --user NAME.</source>
        <translation>Aucun compte pour l&apos;instant : ouvrez une session avec pli-cli login --server URL --user NOM.</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>column headers of `pli-cli accounts`; the first column marks the default account; the fourth lists the programs that stay signed in (pli-cli, the desktop app), each its own</extracomment>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>desktop app</source>
        <extracomment>in the column &quot;Signed in on this computer&quot; of `pli-cli accounts`</extracomment>
        <translation>application de bureau</translation>
    </message>
    <message>
        <source>Signed in on this computer</source>
        <translation>Session gardée sur cet ordinateur</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <extracomment>in the &quot;Certificate authority&quot; column: the account trusts what the system trusts</extracomment>
        <translation>celle du système</translation>
    </message>
    <message>
        <source>its own (%1…)</source>
        <extracomment>in the &quot;Certificate authority&quot; column: %1 is the start of its fingerprint</extracomment>
        <translation>la sienne (%1…)</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
</context>
<context>
    <name>pli::cli::ActivityCommand</name>
    <message>
        <source>--sort is name, activity or date</source>
        <translation>--sort vaut name, activity ou date</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Aucune activité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>pli::cli::CliApplication</name>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>help takes one command</source>
        <translation>help prend une seule commande</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>commande inconnue : %1</translation>
    </message>
    <message>
        <source>--code is for the authenticator app; with --email-code the code is asked once the e-mail is sent</source>
        <translation>--code sert pour l&apos;application d&apos;authentification ; avec --email-code, le code est demandé une fois le courriel envoyé</translation>
    </message>
    <message>
        <source>--no-password asks only the e-mailed code: give it with --code-stdin</source>
        <translation>--no-password ne demande que le code reçu par courriel : donnez-le avec --code-stdin</translation>
    </message>
</context>
<context>
    <name>pli::cli::CliSession</name>
    <message>
        <source>The remembered sign-in has ended: sign in again.</source>
        <translation>La session gardée a pris fin : ouvrez une nouvelle session.</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Nom d&apos;utilisateur : </translation>
    </message>
    <message>
        <source>%1: run pli-cli login --remember, or give --password-stdin</source>
        <translation>%1 : lancez pli-cli login --remember, ou indiquez --password-stdin</translation>
    </message>
    <message>
        <source>the sign-in was abandoned: the username is missing</source>
        <translation>l&apos;ouverture de session a été abandonnée : le nom d&apos;utilisateur manque</translation>
    </message>
    <message>
        <source>give the username with --user NAME</source>
        <translation>indiquez le nom d&apos;utilisateur avec --user NOM</translation>
    </message>
</context>
<context>
    <name>pli::cli::CliSignIn</name>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2 : </translation>
    </message>
    <message>
        <source>You can sign in again at %1.</source>
        <extracomment>%1 is a local time such as 14:32:05</extracomment>
        <translation>Vous pourrez ouvrir une session à nouveau à %1.</translation>
    </message>
    <message>
        <source>The sign-in step expired; it starts again.</source>
        <translation>L&apos;étape d&apos;ouverture de session a expiré ; elle recommence.</translation>
    </message>
    <message>
        <source>the server does not offer codes by e-mail for this account</source>
        <translation>le serveur n&apos;offre pas de code par courriel pour ce compte</translation>
    </message>
    <message>
        <source>a second-step code is needed: give --code CODE or --email-code</source>
        <translation>un code de deuxième étape est nécessaire : indiquez --code CODE ou --email-code</translation>
    </message>
    <message>
        <source>Code from your authenticator app (or press Enter to receive one by e-mail): </source>
        <translation>Code de votre application d&apos;authentification (ou appuyez sur Entrée pour en recevoir un par courriel) : </translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Code de votre application d&apos;authentification : </translation>
    </message>
    <message>
        <source>Code from the e-mail (or press Enter to receive a new one): </source>
        <translation>Code reçu par courriel (ou appuyez sur Entrée pour en recevoir un nouveau) : </translation>
    </message>
    <message>
        <source>A sign-in code was sent to your e-mail address.</source>
        <translation>Un code d&apos;ouverture de session a été envoyé à votre adresse de courriel.</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be sent in %n second(s); type the last code you received.</source>
        <translation>
            <numerusform>Un nouveau code pourra être envoyé dans %n seconde ; tapez le dernier code reçu.</numerusform>
            <numerusform>Un nouveau code pourra être envoyé dans %n secondes ; tapez le dernier code reçu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The set-up expired; it starts again with a new key.</source>
        <translation>La configuration a expiré ; elle recommence avec une nouvelle clé.</translation>
    </message>
    <message>
        <source>This account needs two-step sign-in. Add it to your authenticator app with this address (the content of a QR code):</source>
        <translation>Ce compte demande une ouverture de session en deux étapes. Ajoutez-le à votre application d&apos;authentification avec cette adresse (le contenu d&apos;un code QR) :</translation>
    </message>
    <message>
        <source>or type this key in the app:</source>
        <translation>ou tapez cette clé dans l&apos;application :</translation>
    </message>
    <message>
        <source>Finish before %1.</source>
        <extracomment>%1 is a local time such as 14:32:05</extracomment>
        <translation>Terminez avant %1.</translation>
    </message>
    <message>
        <source>setting up the authenticator needs answers: run pli-cli login at a terminal</source>
        <translation>la configuration de l&apos;authentification demande des réponses : lancez pli-cli login dans un terminal</translation>
    </message>
    <message>
        <source>First code shown by the app: </source>
        <translation>Premier code affiché par l&apos;application : </translation>
    </message>
    <message>
        <source>A name for this authenticator (e.g. &quot;Alice&apos;s phone&quot;): </source>
        <translation>Un nom pour cet appareil d&apos;authentification (par exemple « Téléphone d&apos;Alice ») : </translation>
    </message>
    <message>
        <source>the authenticator needs a name</source>
        <translation>l&apos;appareil d&apos;authentification doit avoir un nom</translation>
    </message>
    <message>
        <source>You must choose a new password. It needs:</source>
        <translation>Vous devez choisir un nouveau mot de passe. Il lui faut :</translation>
    </message>
    <message>
        <source>the sign-in was abandoned: an answer is missing</source>
        <translation>l&apos;ouverture de session a été abandonnée : une réponse manque</translation>
    </message>
    <message>
        <source>To unlock it, copy the link of that e-mail into: pli-cli link &quot;LINK&quot;</source>
        <extracomment>pli-cli link is a command: keep it as it is</extracomment>
        <translation>Pour le déverrouiller, copiez le lien de ce courriel dans : pli-cli link &quot;LIEN&quot;</translation>
    </message>
    <message>
        <source>If %1 may sign in here, a sign-in code was sent to its e-mail address.</source>
        <translation>Si %1 peut ouvrir une session ici, un code d&apos;ouverture de session a été envoyé à son adresse de courriel.</translation>
    </message>
</context>
<context>
    <name>pli::cli::Command</name>
    <message>
        <source>If the server&apos;s administrator confirms this fingerprint, trust their certificate authority for this account: pli-cli login --ca-file FILE</source>
        <translation>Si l&apos;administrateur du serveur confirme cette empreinte, approuvez son autorité de certification pour ce compte : pli-cli login --ca-file FICHIER</translation>
    </message>
</context>
<context>
    <name>pli::cli::CommandCatalog</name>
    <message>
        <source>USER@SERVER</source>
        <translation>UTILISATEUR@SERVEUR</translation>
    </message>
    <message>
        <source>Use this account (by default the one used last).</source>
        <translation>Utiliser ce compte (par défaut, le dernier utilisé).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The server to sign in to, e.g. https://pli.example.org.</source>
        <translation>Le serveur où ouvrir la session, par exemple https://pli.example.org.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The username to sign in with.</source>
        <translation>Le nom d&apos;utilisateur de la session.</translation>
    </message>
    <message>
        <source>Stay signed in: keep the sign-in in the system keychain (never the password).</source>
        <translation>Garder la session ouverte : la conserver dans le trousseau du système (jamais le mot de passe).</translation>
    </message>
    <message>
        <source>Read the password, and any further answer the sign-in needs, one per line from standard input instead of the terminal.</source>
        <translation>Lire le mot de passe, et toute autre réponse dont l&apos;ouverture de session a besoin, une par ligne sur l&apos;entrée standard plutôt que dans le terminal.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The code of your authenticator app (second step, or the first code of a new authenticator).</source>
        <translation>Le code de votre application d&apos;authentification (deuxième étape, ou premier code d&apos;un nouvel appareil).</translation>
    </message>
    <message>
        <source>Receive the second-step code by e-mail, then type it.</source>
        <translation>Recevoir le code de deuxième étape par courriel, puis le taper.</translation>
    </message>
    <message>
        <source>The name of the authenticator device when setting one up.</source>
        <translation>Le nom de l&apos;appareil d&apos;authentification lors de sa configuration.</translation>
    </message>
    <message>
        <source>Print the result as JSON (dates in UTC, sizes in bytes).</source>
        <translation>Afficher le résultat en JSON (dates en UTC, tailles en octets).</translation>
    </message>
    <message>
        <source>Log what happens on standard error.</source>
        <translation>Journaliser ce qui se passe sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>Show the help (of a command) and exit.</source>
        <translation>Afficher l&apos;aide (d&apos;une commande) et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Sort in ascending order (the default is descending).</source>
        <translation>Trier en ordre croissant (par défaut, décroissant).</translation>
    </message>
    <message>
        <source>Sign in to a server.</source>
        <translation>Ouvrir une session sur un serveur.</translation>
    </message>
    <message>
        <source>[--forget]</source>
        <translation>[--forget]</translation>
    </message>
    <message>
        <source>Sign out and forget the remembered sign-in.</source>
        <translation>Fermer la session et oublier la session gardée.</translation>
    </message>
    <message>
        <source>Ends the session on the server and deletes the sign-in kept in the system keychain. With --forget, the account also leaves the list of accounts.</source>
        <translation>Met fin à la session sur le serveur et supprime la session conservée dans le trousseau du système. Avec --forget, le compte quitte aussi la liste des comptes.</translation>
    </message>
    <message>
        <source>Also remove the account from the list.</source>
        <translation>Retirer aussi le compte de la liste.</translation>
    </message>
    <message>
        <source>List the accounts used on this computer.</source>
        <translation>Lister les comptes utilisés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>List your personas (e-mail addresses) with their unread counts.</source>
        <translation>Lister vos personas (adresses de courriel) avec leur nombre de non-lus.</translation>
    </message>
    <message>
        <source>PERSONA [--page N] [--per-page 10|20|30] [--sort modified|title|owner] [--asc] [--search TEXT]</source>
        <translation>PERSONA [--page N] [--per-page 10|20|30] [--sort modified|title|owner] [--asc] [--search TEXTE]</translation>
    </message>
    <message>
        <source>List the conversations of a persona.</source>
        <translation>Lister les conversations d&apos;une persona.</translation>
    </message>
    <message>
        <source>PERSONA is the e-mail address or the id of one of your personas. Conversations are shown most recently modified first, one page at a time.</source>
        <translation>PERSONA est l&apos;adresse de courriel ou l&apos;identifiant d&apos;une de vos personas. Les conversations sont affichées de la plus récemment modifiée à la plus ancienne, une page à la fois.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The page to show (from 1).</source>
        <translation>La page à afficher (à partir de 1).</translation>
    </message>
    <message>
        <source>Conversations per page: 10, 20 or 30.</source>
        <translation>Conversations par page : 10, 20 ou 30.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>Sort by modified (the date, the default), title or owner.</source>
        <translation>Trier par modified (la date, par défaut), title (le titre) ou owner (le titulaire).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Only conversations matching this text.</source>
        <translation>Seulement les conversations qui correspondent à ce texte.</translation>
    </message>
    <message>
        <source>CONVERSATION [--all]</source>
        <translation>CONVERSATION [--all]</translation>
    </message>
    <message>
        <source>Show the messages of a conversation.</source>
        <translation>Afficher les messages d&apos;une conversation.</translation>
    </message>
    <message>
        <source>Shows the five newest messages (or all of them with --all), oldest first: sender, dates in local time, expiry, text and attachments with their sizes and ids.</source>
        <translation>Affiche les cinq messages les plus récents (ou tous avec --all), du plus ancien au plus récent : expéditeur, dates en heure locale, expiration, texte et pièces jointes avec leur taille et leur identifiant.</translation>
    </message>
    <message>
        <source>Show every message.</source>
        <translation>Afficher tous les messages.</translation>
    </message>
    <message>
        <source>CONVERSATION [--sort name|activity|date] [--asc]</source>
        <translation>CONVERSATION [--sort name|activity|date] [--asc]</translation>
    </message>
    <message>
        <source>Show who created, posted, opened, downloaded or deleted what, and when.</source>
        <translation>Afficher qui a créé, envoyé, ouvert, téléchargé ou supprimé quoi, et quand.</translation>
    </message>
    <message>
        <source>Sort by name, activity or date (the default).</source>
        <translation>Trier par name (le nom), activity (l&apos;activité) ou date (par défaut).</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>Mark a message as opened.</source>
        <translation>Marquer un message comme ouvert.</translation>
    </message>
    <message>
        <source>Records that you opened the message: its sender sees it in the activity.</source>
        <translation>Enregistre que vous avez ouvert le message : son expéditeur le voit dans les activités.</translation>
    </message>
    <message>
        <source>ATTACHMENT [-o PATH]</source>
        <translation>PIÈCE-JOINTE [-o CHEMIN]</translation>
    </message>
    <message>
        <source>Download an attachment and check it.</source>
        <translation>Télécharger une pièce jointe et la vérifier.</translation>
    </message>
    <message>
        <source>Downloads in parallel chunks into PATH (a folder, or the file to create; by default the current folder under the attachment&apos;s name), checks its SHA-256 and only then gives the file its name. An existing file is never replaced: &quot;name (1).ext&quot; is used instead. When interrupted (even killed), run the same command again: it continues where it stopped.</source>
        <translation>Télécharge par blocs en parallèle dans CHEMIN (un dossier, ou le fichier à créer ; par défaut le dossier courant, sous le nom de la pièce jointe), vérifie son SHA-256 et seulement ensuite donne son nom au fichier. Un fichier existant n&apos;est jamais remplacé : « nom (1).ext » est utilisé à la place. Après une interruption (même un arrêt forcé), relancez la même commande : elle reprend là où elle s&apos;était arrêtée.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Where to save the file (a folder or a file name).</source>
        <translation>Où enregistrer le fichier (un dossier ou un nom de fichier).</translation>
    </message>
    <message>
        <source>CONVERSATION --message TEXT [--attach FILE]...</source>
        <translation>CONVERSATION --message TEXTE [--attach FICHIER]...</translation>
    </message>
    <message>
        <source>Post a message, with attachments, to a conversation.</source>
        <translation>Envoyer un message, avec des pièces jointes, dans une conversation.</translation>
    </message>
    <message>
        <source>Uploads each attachment (at most 1 GB in all), resuming where an earlier attempt stopped, then posts the message.</source>
        <translation>Téléverse chaque pièce jointe (1 Go au plus en tout), en reprenant là où une tentative précédente s&apos;est arrêtée, puis envoie le message.</translation>
    </message>
    <message>
        <source>The text of the message.</source>
        <translation>Le texte du message.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>A file to attach (repeat for several).</source>
        <translation>Un fichier à joindre (répétez l&apos;option pour plusieurs).</translation>
    </message>
    <message>
        <source>PERSONA CONVERSATION...</source>
        <translation>PERSONA CONVERSATION...</translation>
    </message>
    <message>
        <source>Remove conversations from a persona&apos;s list.</source>
        <translation>Retirer des conversations de la liste d&apos;une persona.</translation>
    </message>
    <message>
        <source>The other members of the conversations are not affected.</source>
        <translation>Les autres membres des conversations ne sont pas touchés.</translation>
    </message>
    <message>
        <source>List your address book.</source>
        <translation>Lister votre carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>[COMMAND]</source>
        <translation>[COMMANDE]</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Afficher l&apos;aide d&apos;une commande.</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to the command %2</source>
        <extracomment>%1 is an option such as --page, %2 a command such as show</extracomment>
        <translation>l&apos;option --%1 ne s&apos;applique pas à la commande %2</translation>
    </message>
    <message>
        <source>the command %1 needs more arguments: %1 %2</source>
        <translation>la commande %1 demande plus d&apos;arguments : %1 %2</translation>
    </message>
    <message>
        <source>too many arguments for the command %1: %1 %2</source>
        <translation>trop d&apos;arguments pour la commande %1 : %1 %2</translation>
    </message>
    <message>
        <source>Trust the certificate authority in FILE (PEM) for this account instead of the system&apos;s; replaces the one trusted before.</source>
        <translation>Approuver l&apos;autorité de certification du FICHIER (PEM) pour ce compte au lieu de celles du système ; remplace celle approuvée auparavant.</translation>
    </message>
    <message>
        <source>LINK [--user NAME]</source>
        <translation>LIEN [--user NOM]</translation>
    </message>
    <message>
        <source>Do what a link from a Pli e-mail is for.</source>
        <translation>Faire ce à quoi sert un lien d&apos;un courriel de Pli.</translation>
    </message>
    <message>
        <source>LINK is a link copied from an e-mail: pli://… or https://…/open/…. An invitation or a password reset shows the password rules and asks for the new password twice (read from standard input with --password-stdin); with --user it then signs in, as login does. An unlock link unlocks the account. A conversation link shows the conversation, as show does. The link names its server; --server or --account must name the same one, and a link without a server is for the account in use.</source>
        <translation>LIEN est un lien copié d&apos;un courriel : pli://… ou https://…/open/…. Une invitation ou une réinitialisation du mot de passe affiche les règles des mots de passe et demande deux fois le nouveau mot de passe (lu sur l&apos;entrée standard avec --password-stdin) ; avec --user, la session est ensuite ouverte, comme avec login. Un lien de déverrouillage déverrouille le compte. Un lien de conversation affiche la conversation, comme show. Le lien indique son serveur ; --server ou --account doivent indiquer le même, et un lien sans serveur vaut pour le compte utilisé.</translation>
    </message>
    <message>
        <source>The account marked with * is the default one: the one used last. The last column tells which certificate authority the account trusts its server by: the system&apos;s, or its own (trusted with login --ca-file, or on the desktop&apos;s &quot;Trust this certificate?&quot; page).</source>
        <translation>Le compte marqué d&apos;un * est celui par défaut : le dernier utilisé. La dernière colonne indique l&apos;autorité de certification par laquelle le compte reconnaît son serveur : celle du système, ou la sienne (approuvée avec login --ca-file, ou sur la page « Faire confiance à ce certificat ? » de l&apos;application de bureau).</translation>
    </message>
    <message>
        <source>Sign in without a password: a code is e-mailed to the address (or the username) given with --user, then it is asked for.</source>
        <translation>Ouvrir une session sans mot de passe : un code est envoyé par courriel à l&apos;adresse (ou au nom d&apos;utilisateur) donnée avec --user, puis il est demandé.</translation>
    </message>
    <message>
        <source>Read the e-mailed code, and any further answer the sign-in needs, one per line from standard input instead of the terminal.</source>
        <translation>Lire le code reçu par courriel, et toute autre réponse dont l&apos;ouverture de session a besoin, une par ligne sur l&apos;entrée standard plutôt que dans le terminal.</translation>
    </message>
    <message>
        <source>[--server URL] [--user NAME] [--remember] [--no-password] [--ca-file FILE]</source>
        <translation>[--server URL] [--user NOM] [--remember] [--no-password] [--ca-file FICHIER]</translation>
    </message>
    <message>
        <source>Asks for the password and the second step (a code of your authenticator app, or one sent by e-mail with --email-code; accounts that use only e-mailed codes get one without asking) on the terminal without showing them. With --no-password (participants without a password), the server e-mails a code to the address given with --user and only that code is asked; scripts give it with --code-stdin. The first time, it sets up the authenticator: it shows the otpauth:// address and the key to type in the app, then asks for a first code and a name for the device. When the server asks for a new password, it asks for it twice and checks the password rules first.
With --remember, later commands sign in by themselves through the system keychain; without it, each command asks to sign in again.
A server with a certificate authority of its own (pli-server --tls-self-signed prints its file and fingerprint) is trusted with --ca-file: the authority is kept with the account, and every later command of this account trusts it, and only it. If the server&apos;s certificate changes, commands refuse it until you log in again with the new authority&apos;s file.</source>
        <translation>Demande le mot de passe et la deuxième étape (un code de votre application d&apos;authentification, ou un code envoyé par courriel avec --email-code ; les comptes qui n&apos;utilisent que des codes envoyés par courriel en reçoivent un sans le demander) dans le terminal, sans les afficher. Avec --no-password (participants sans mot de passe), le serveur envoie un code par courriel à l&apos;adresse donnée avec --user, et seul ce code est demandé ; les scripts le donnent avec --code-stdin. La première fois, configure l&apos;authentification : affiche l&apos;adresse otpauth:// et la clé à taper dans l&apos;application, puis demande un premier code et un nom pour l&apos;appareil. Quand le serveur exige un nouveau mot de passe, le demande deux fois et vérifie d&apos;abord les règles des mots de passe.
Avec --remember, les commandes suivantes ouvrent la session d&apos;elles-mêmes grâce au trousseau du système ; sans cette option, chaque commande redemande d&apos;ouvrir une session.
Un serveur doté de sa propre autorité de certification (pli-server --tls-self-signed affiche son fichier et son empreinte) est approuvé avec --ca-file : l&apos;autorité est conservée avec le compte, et chaque commande suivante de ce compte lui fait confiance, à elle seule. Si le certificat du serveur change, les commandes le refusent jusqu&apos;à ce que vous ouvriez de nouveau la session avec le fichier de la nouvelle autorité.</translation>
    </message>
</context>
<context>
    <name>pli::cli::CommandLine</name>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue : %1</translation>
    </message>
    <message>
        <source>the option %1 needs a value (%2)</source>
        <extracomment>%1 is an option such as --server, %2 what it needs, such as URL</extracomment>
        <translation>l&apos;option %1 demande une valeur (%2)</translation>
    </message>
    <message>
        <source>the option %1 takes no value</source>
        <translation>l&apos;option %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>the option --%1 is given more than once</source>
        <translation>l&apos;option --%1 est donnée plus d&apos;une fois</translation>
    </message>
</context>
<context>
    <name>pli::cli::ContactsCommand</name>
    <message>
        <source>Your address book is empty.</source>
        <translation>Votre carnet d&apos;adresses est vide.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>pli::cli::DeleteCommand</name>
    <message>
        <source>there is no conversation %1; nothing was deleted</source>
        <translation>il n&apos;y a pas de conversation %1 ; rien n&apos;a été supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) removed from the list of %1.</source>
        <translation>
            <numerusform>%n conversation retirée de la liste de %1.</numerusform>
            <numerusform>%n conversations retirées de la liste de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 conversations can be deleted at a time</source>
        <translation>au plus %1 conversations peuvent être supprimées à la fois</translation>
    </message>
</context>
<context>
    <name>pli::cli::DisplayText</name>
    <message>
        <source>created</source>
        <extracomment>activity: started the conversation</extracomment>
        <translation>créée</translation>
    </message>
    <message>
        <source>posted</source>
        <extracomment>activity: posted a message</extracomment>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>opened</source>
        <extracomment>activity: opened a message</extracomment>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>downloaded</source>
        <extracomment>activity: downloaded an attachment</extracomment>
        <translation>téléchargé</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>activity: removed the conversation from their list</extracomment>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>pli::cli::DownloadCommand</name>
    <message>
        <source>Saved %1 (%2, SHA-256 checked).</source>
        <translation>%1 enregistré (%2, SHA-256 vérifié).</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>pli::cli::HelpText</name>
    <message>
        <source>Usage: pli-cli COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Utilisation : pli-cli COMMANDE [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Pli from the terminal: sign in, read your conversations, reply with attachments and download them.</source>
        <translation>Pli dans le terminal : ouvrez une session, lisez vos conversations, répondez avec des pièces jointes et téléchargez-les.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Options de toutes les commandes :</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Comptes :</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>Environment and files:</source>
        <translation>Environnement et fichiers :</translation>
    </message>
    <message>
        <source>See &apos;pli-cli help COMMAND&apos; for the options of a command.</source>
        <translation>Voyez « pli-cli help COMMANDE » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Usage: pli-cli %1 %2</source>
        <translation>Utilisation : pli-cli %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Try &apos;pli-cli --help&apos;.</source>
        <translation>Essayez « pli-cli --help ».</translation>
    </message>
    <message>
        <source>Try &apos;pli-cli help %1&apos;.</source>
        <translation>Essayez « pli-cli help %1 ».</translation>
    </message>
    <message>
        <source>0 success; 1 another failure (writing a file, the disk, a conflict); 2 wrong usage or input (an unknown option, a missing or too large file); 3 not signed in or sign-in refused (wrong password or code, locked, too many attempts); 4 not found or not allowed (conversation, message, attachment, persona), or read-only; 5 network or server problem; 6 a downloaded file did not match its checksum and was not kept.</source>
        <translation>0 succès ; 1 autre échec (écriture d&apos;un fichier, disque, conflit) ; 2 utilisation ou saisie incorrecte (option inconnue, fichier absent ou trop gros) ; 3 session non ouverte ou refusée (mot de passe ou code erroné, compte verrouillé, trop de tentatives) ; 4 introuvable ou non permis (conversation, message, pièce jointe, persona), ou en lecture seule ; 5 problème de réseau ou de serveur ; 6 un fichier téléchargé ne correspondait pas à sa somme de contrôle et n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>Messages follow LC_ALL, LC_MESSAGES or LANG (English or French). The list of accounts is kept in %1 (no secrets); a remembered sign-in is kept only in the system keychain (Secret Service), under the service &quot;pli&quot;, apart from the desktop app&apos;s: each program has its own sign-in.</source>
        <translation>Les messages suivent LC_ALL, LC_MESSAGES ou LANG (anglais ou français). La liste des comptes est conservée dans %1 (aucun secret) ; une session gardée l&apos;est uniquement dans le trousseau du système (Secret Service), sous le service « pli », à part de celle de l&apos;application de bureau : chaque programme a sa propre session.</translation>
    </message>
    <message>
        <source>Several accounts can be used side by side. A command uses the account given by --account USER@SERVER (or --server and --user), otherwise the one used last. Without a remembered sign-in, a command asks for the password first; a script gives it with --password-stdin and --code. Participants without a password sign in with --no-password and the code e-mailed to them (--code-stdin for scripts). An account whose server has a certificate authority of its own trusts it once it is given to login with --ca-file; other commands use the one kept with the account.</source>
        <translation>Plusieurs comptes peuvent servir côte à côte. Une commande utilise le compte indiqué par --account UTILISATEUR@SERVEUR (ou --server et --user), sinon le dernier utilisé. Sans session gardée, une commande demande d&apos;abord le mot de passe ; un script le donne avec --password-stdin et --code. Les participants sans mot de passe ouvrent une session avec --no-password et le code reçu par courriel (--code-stdin pour les scripts). Un compte dont le serveur a sa propre autorité de certification lui fait confiance une fois qu&apos;elle a été donnée à login avec --ca-file ; les autres commandes utilisent celle conservée avec le compte.</translation>
    </message>
    <message>
        <source>Options for every command (see pli-cli --help): --account, --server, --user, --remember, --password-stdin, --code, --email-code, --no-password, --code-stdin, --device-name, --json, --verbose.</source>
        <translation>Options de toutes les commandes (voyez pli-cli --help) : --account, --server, --user, --remember, --password-stdin, --code, --email-code, --no-password, --code-stdin, --device-name, --json, --verbose.</translation>
    </message>
</context>
<context>
    <name>pli::cli::LinkCommand</name>
    <message>
        <source>this link does not name its server: give --server URL</source>
        <translation>ce lien n&apos;indique pas son serveur : précisez --server URL</translation>
    </message>
    <message>
        <source>Your account on %1 is unlocked: sign in again with pli-cli login.</source>
        <translation>Votre compte sur %1 est déverrouillé : ouvrez de nouveau une session avec pli-cli login.</translation>
    </message>
    <message>
        <source>Choose your password. It needs:</source>
        <translation>Choisissez votre mot de passe. Il lui faut :</translation>
    </message>
    <message>
        <source>Reset your password. The new one needs:</source>
        <translation>Réinitialisez votre mot de passe. Il faut au nouveau :</translation>
    </message>
    <message>
        <source>Your password is chosen; signing in.</source>
        <translation>Votre mot de passe est choisi ; ouverture de la session.</translation>
    </message>
    <message>
        <source>Your password is reset; signing in.</source>
        <translation>Votre mot de passe est réinitialisé ; ouverture de la session.</translation>
    </message>
    <message>
        <source>Your password is chosen.</source>
        <translation>Votre mot de passe est choisi.</translation>
    </message>
    <message>
        <source>Your password is reset.</source>
        <translation>Votre mot de passe est réinitialisé.</translation>
    </message>
    <message>
        <source>Sign in with it: pli-cli login --server %1 --user NAME</source>
        <translation>Ouvrez une session avec celui-ci : pli-cli login --server %1 --user NOM</translation>
    </message>
</context>
<context>
    <name>pli::cli::ListCommand</name>
    <message>
        <source>--page needs a page number from 1</source>
        <translation>--page demande un numéro de page à partir de 1</translation>
    </message>
    <message>
        <source>--per-page is 10, 20 or 30</source>
        <translation>--per-page vaut 10, 20 ou 30</translation>
    </message>
    <message>
        <source>--sort is modified, title or owner</source>
        <translation>--sort vaut modified, title ou owner</translation>
    </message>
    <message>
        <source>No conversations.</source>
        <translation>Aucune conversation.</translation>
    </message>
    <message>
        <source>No conversations on page %1 of %2.</source>
        <translation>Aucune conversation à la page %1 sur %2.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>conversation state: never opened</extracomment>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>unread</source>
        <extracomment>conversation state: has a message not opened yet</extracomment>
        <translation>non lue</translation>
    </message>
    <message>
        <source>read-only</source>
        <extracomment>conversation state: its collaborator is deactivated</extracomment>
        <translation>lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2, %n conversation(s) in all.</source>
        <extracomment>%1 and %2 are page numbers; %n the number of conversations</extracomment>
        <translation>
            <numerusform>Page %1 sur %2, %n conversation en tout.</numerusform>
            <numerusform>Page %1 sur %2, %n conversations en tout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::cli::LoginCommand</name>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Session ouverte sur %1 en tant que %2.</translation>
    </message>
    <message>
        <source>You stay signed in on this computer: other commands sign in by themselves until pli-cli logout.</source>
        <translation>Votre session reste ouverte sur cet ordinateur : les autres commandes l&apos;ouvrent d&apos;elles-mêmes jusqu&apos;à pli-cli logout.</translation>
    </message>
    <message>
        <source>This sign-in is not remembered: other commands ask for your password again (use --remember to stay signed in).</source>
        <translation>Cette session n&apos;est pas gardée : les autres commandes redemandent votre mot de passe (utilisez --remember pour garder la session ouverte).</translation>
    </message>
    <message>
        <source>This sign-in is not remembered on this computer.</source>
        <translation>Cette session n&apos;est pas gardée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>the first sign-in needs the server: --server URL</source>
        <translation>la première ouverture de session demande le serveur : --server URL</translation>
    </message>
    <message>
        <source>This account trusts the certificate authority %1 for its server, and only it.</source>
        <extracomment>%1 is a fingerprint such as SHA256:AB:CD:…</extracomment>
        <translation>Ce compte fait confiance à l&apos;autorité de certification %1 pour son serveur, et à elle seule.</translation>
    </message>
</context>
<context>
    <name>pli::cli::LogoutCommand</name>
    <message>
        <source>there is no account %1 on this computer</source>
        <translation>il n&apos;y a pas de compte %1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>Signed out of %1 on this computer.</source>
        <translation>Session de %1 fermée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server could not be told to end the session; it ends by itself when it expires.</source>
        <translation>Le serveur n&apos;a pas pu être avisé de la fin de la session ; elle prendra fin d&apos;elle-même à son expiration.</translation>
    </message>
</context>
<context>
    <name>pli::cli::NewPasswordPrompt</name>
    <message>
        <source>the new password is missing</source>
        <translation>le nouveau mot de passe manque</translation>
    </message>
    <message>
        <source>a new password is needed: run the command at a terminal, or give it twice on standard input with --password-stdin</source>
        <translation>un nouveau mot de passe est nécessaire : lancez la commande dans un terminal, ou donnez-le deux fois sur l&apos;entrée standard avec --password-stdin</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Nouveau mot de passe, encore une fois : </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>The new password does not follow these rules:</source>
        <translation>Le nouveau mot de passe ne respecte pas ces règles :</translation>
    </message>
    <message>
        <source>the new passwords differ</source>
        <translation>les nouveaux mots de passe diffèrent</translation>
    </message>
</context>
<context>
    <name>pli::cli::OpenCommand</name>
    <message>
        <source>Message %1 is marked as opened.</source>
        <translation>Le message %1 est marqué comme ouvert.</translation>
    </message>
</context>
<context>
    <name>pli::cli::PersonaLookup</name>
    <message>
        <source>you have no persona %1</source>
        <translation>vous n&apos;avez pas de persona %1</translation>
    </message>
</context>
<context>
    <name>pli::cli::PersonasCommand</name>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>pli::cli::ProgressLine</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>transfer progress: %1 bytes done of %2 in all</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>time left in a transfer, e.g. &quot;1:05 left&quot;</extracomment>
        <translation>encore %1</translation>
    </message>
</context>
<context>
    <name>pli::cli::ReplyCommand</name>
    <message>
        <source>reply needs the text of the message: --message TEXT</source>
        <translation>reply demande le texte du message : --message TEXTE</translation>
    </message>
    <message numerus="yes">
        <source>Message %1 posted with %n attachment(s).</source>
        <translation>
            <numerusform>Message %1 envoyé avec %n pièce jointe.</numerusform>
            <numerusform>Message %1 envoyé avec %n pièces jointes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::cli::ShowCommand</name>
    <message>
        <source>Owner: %1</source>
        <translation>Titulaire : %1</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participants : %1</translation>
    </message>
    <message>
        <source>Read-only: its collaborator&apos;s account is deactivated, no reply is possible.</source>
        <translation>Lecture seule : le compte de son collaborateur est désactivé, aucune réponse n&apos;est possible.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Aucun message.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 newest of %n messages (all of them with --all).</source>
        <translation>
            <numerusform>Les %1 plus récents sur %n message (tous avec --all).</numerusform>
            <numerusform>Les %1 plus récents sur %n messages (tous avec --all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>(you)</source>
        <extracomment>after the sender of a message the signed-in person sent</extracomment>
        <translation>(vous)</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>not opened yet</source>
        <translation>pas encore ouvert</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>This message has expired: its text and attachments are no longer available.</source>
        <translation>Ce message a expiré : son texte et ses pièces jointes ne sont plus disponibles.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes :</translation>
    </message>
</context>
<context>
    <name>pli::ui::AccountMenu</name>
    <message>
        <source>Signed in as %1</source>
        <extracomment>Account menu caption; %1 is the account</extracomment>
        <translation>Session ouverte : %1</translation>
    </message>
    <message>
        <source>&amp;Add another account…</source>
        <translation>&amp;Ajouter un autre compte…</translation>
    </message>
    <message>
        <source>Sign &amp;out of %1</source>
        <translation>&amp;Fermer la session de %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>This app: stays signed in</source>
        <extracomment>Account menu: this desktop app&apos;s own sign-in, kept when Pli restarts</extracomment>
        <translation>Cette application : session gardée</translation>
    </message>
    <message>
        <source>This app: signed in until Pli quits</source>
        <translation>Cette application : session ouverte jusqu&apos;à la fermeture de Pli</translation>
    </message>
    <message>
        <source>pli-cli: stays signed in</source>
        <extracomment>Account menu: pli-cli (the terminal program) keeps its own sign-in</extracomment>
        <translation>pli-cli : session gardée</translation>
    </message>
    <message>
        <source>pli-cli: not signed in</source>
        <translation>pli-cli : aucune session</translation>
    </message>
</context>
<context>
    <name>pli::ui::ActivityDialog</name>
    <message>
        <source>Loading the activity…</source>
        <translation>Chargement des activités…</translation>
    </message>
    <message>
        <source>The activity could not be loaded.</source>
        <translation>Les activités n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>No activity recorded yet.</source>
        <translation>Aucune activité enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Conversation activity – %1</source>
        <extracomment>Title of the activity history window; %1 is the conversation&apos;s title</extracomment>
        <translation>Activités de la conversation – %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Who created, opened and answered this conversation, and when</source>
        <translation>Qui a créé, ouvert et répondu à cette conversation, et quand</translation>
    </message>
    <message>
        <source>Close the activity history</source>
        <translation>Fermer l&apos;historique d&apos;activité</translation>
    </message>
</context>
<context>
    <name>pli::ui::AddressBookView</name>
    <message>
        <source>Loading the address book…</source>
        <translation>Chargement du carnet d&apos;adresses…</translation>
    </message>
    <message>
        <source>The address book could not be loaded.</source>
        <translation>Le carnet d&apos;adresses n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Your address book is empty.</source>
        <translation>Votre carnet d&apos;adresses est vide.</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>Address book – %1</source>
        <translation>Carnet d&apos;adresses – %1</translation>
    </message>
    <message>
        <source>%1 was added to your address book.</source>
        <extracomment>Status bar; %1 is the name and address of the contact</extracomment>
        <translation>%1 est maintenant dans votre carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>%1 is already in your address book.</source>
        <translation>%1 est déjà dans votre carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>The server does not accept “%1” as an e-mail address.</source>
        <translation>Le serveur n&apos;accepte pas « %1 » comme adresse électronique.</translation>
    </message>
    <message>
        <source>The server does not accept this name: shorten it or remove its special characters.</source>
        <translation>Le serveur n&apos;accepte pas ce nom : raccourcissez-le ou retirez-en les caractères spéciaux.</translation>
    </message>
    <message>
        <source>The contact could not be added: %1</source>
        <translation>Le contact n&apos;a pas pu être ajouté : %1</translation>
    </message>
    <message>
        <source>Delete %1 from your address book?</source>
        <extracomment>%1 is the contact&apos;s name and address</extracomment>
        <translation>Supprimer %1 de votre carnet d&apos;adresses ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from your address book?</source>
        <translation>
            <numerusform>Supprimer %n contact de votre carnet d&apos;adresses ?</numerusform>
            <numerusform>Supprimer %n contacts de votre carnet d&apos;adresses ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Your conversations with them are not affected.</source>
        <translation>Vos conversations avec ces personnes ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) could not be deleted: %1</source>
        <translation>
            <numerusform>%n contact n&apos;a pas pu être supprimé : %1</numerusform>
            <numerusform>%n contacts n&apos;ont pas pu être supprimés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted from your address book.</source>
        <translation>
            <numerusform>%n contact supprimé de votre carnet d&apos;adresses.</numerusform>
            <numerusform>%n contacts supprimés de votre carnet d&apos;adresses.</numerusform>
        </translation>
    </message>
    <message>
        <source>To add someone, type their name and e-mail address above, then choose Add contact.</source>
        <translation>Pour ajouter une personne, entrez son nom et son adresse électronique ci-dessus, puis choisissez Ajouter le contact.</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Delete)</source>
        <translation>Supprimer les contacts sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Delete removes the selected contacts</source>
        <translation>Suppr supprime les contacts sélectionnés</translation>
    </message>
</context>
<context>
    <name>pli::ui::ApplicationWindows</name>
    <message>
        <source>The conversation of this link is not among those of the accounts signed in. If the e-mail went to another of your accounts, sign in to it with &quot;Add another account…&quot; and open the link again.</source>
        <translation>La conversation de ce lien ne fait pas partie de celles des comptes ouverts. Si le courriel a été envoyé à un autre de vos comptes, ouvrez une session sur celui-ci avec « Ajouter un autre compte… » puis ouvrez de nouveau le lien.</translation>
    </message>
    <message>
        <source>Link from an e-mail</source>
        <translation>Lien d&apos;un courriel</translation>
    </message>
</context>
<context>
    <name>pli::ui::AttachmentDownloads</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
</context>
<context>
    <name>pli::ui::AttachmentRow</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Download to your computer</source>
        <translation>Télécharger sur votre ordinateur</translation>
    </message>
    <message>
        <source>Download %1</source>
        <extracomment>Screen-reader name of an attachment&apos;s download button; %1 is the file name and size</extracomment>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <source>Open the downloaded file with its application</source>
        <translation>Ouvrir le fichier téléchargé avec son application</translation>
    </message>
    <message>
        <source>Show the downloaded file in its folder</source>
        <translation>Afficher le fichier téléchargé dans son dossier</translation>
    </message>
</context>
<context>
    <name>pli::ui::BackgroundQuestion</name>
    <message>
        <source>Keep Pli running?</source>
        <translation>Garder Pli ouvert ?</translation>
    </message>
    <message>
        <source>Keep Pli running in the background when you close its window?</source>
        <translation>Garder Pli ouvert en arrière-plan quand vous fermez sa fenêtre ?</translation>
    </message>
    <message>
        <source>Pli then stays in the notification area and tells you as soon as a message arrives. You can change this in Settings.</source>
        <translation>Pli reste alors dans la zone de notification et vous prévient dès qu&apos;un message arrive. Vous pouvez changer ce choix dans les paramètres.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Garder ouvert</translation>
    </message>
    <message>
        <source>Quit Pli</source>
        <translation>Quitter Pli</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Ne plus demander</translation>
    </message>
</context>
<context>
    <name>pli::ui::BlockedPage</name>
    <message>
        <source>Your account is locked</source>
        <translation>Votre compte est verrouillé</translation>
    </message>
    <message>
        <source>After too many unsuccessful attempts, your account was locked to protect it. We sent an e-mail to the address of your account with a link that unlocks it. If you no longer know your password, reset it instead. If you receive no e-mail, contact your organization&apos;s support.</source>
        <translation>Après trop de tentatives infructueuses, votre compte a été verrouillé pour le protéger. Nous avons envoyé à l&apos;adresse électronique de votre compte un courriel contenant un lien qui le déverrouille. Si vous ne connaissez plus votre mot de passe, réinitialisez-le plutôt. Si vous ne recevez aucun courriel, communiquez avec le soutien de votre organisation.</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Retour à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>Trop de tentatives</translation>
    </message>
    <message>
        <source>This computer made too many sign-in attempts in a short time. For your security, wait a moment before trying again.</source>
        <translation>Cet ordinateur a fait trop de tentatives d&apos;ouverture de session en peu de temps. Pour votre sécurité, attendez un moment avant de réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Vous pourrez réessayer dans %n minute.</numerusform>
            <numerusform>Vous pourrez réessayer dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Reset my password</source>
        <translation>Réinitialiser mon &amp;mot de passe</translation>
    </message>
    <message>
        <source>Leave this page and go back to the username and password</source>
        <translation>Quitter cette page et revenir au nom d&apos;utilisateur et au mot de passe</translation>
    </message>
    <message>
        <source>Go back to the username and password to sign in again</source>
        <translation>Revenir au nom d&apos;utilisateur et au mot de passe pour ouvrir une session de nouveau</translation>
    </message>
    <message>
        <source>Receive an e-mail with a link to choose a new password, which also unlocks the account</source>
        <translation>Recevoir un courriel contenant un lien pour choisir un nouveau mot de passe, ce qui déverrouille aussi le compte</translation>
    </message>
</context>
<context>
    <name>pli::ui::CertificateTrustPage</name>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>Le certificat du serveur a changé</translation>
    </message>
    <message>
        <source>%1 no longer presents a certificate signed by the authority you trusted for this account. The administrator may have replaced it, but someone may also be impersonating the server. Nothing was sent to it. Do not continue unless the server&apos;s administrator confirms the change and gave you the new fingerprint.</source>
        <translation>%1 ne présente plus de certificat signé par l&apos;autorité que vous avez approuvée pour ce compte. L&apos;administrateur l&apos;a peut-être remplacé, mais quelqu&apos;un se fait peut-être aussi passer pour le serveur. Rien ne lui a été envoyé. N&apos;allez pas plus loin sans que l&apos;administrateur du serveur confirme le changement et vous donne la nouvelle empreinte.</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Faire confiance à ce certificat ?</translation>
    </message>
    <message>
        <source>%1 presents a certificate signed by an authority this computer does not know, as a server with a certificate authority of its own does. Nothing was sent to it yet. Compare the fingerprint below with the one the server&apos;s administrator gave you: trust this authority only if the two are identical. Pli will then trust it for this account only.</source>
        <translation>%1 présente un certificat signé par une autorité que cet ordinateur ne connaît pas, comme le fait un serveur doté de sa propre autorité de certification. Rien ne lui a encore été envoyé. Comparez l&apos;empreinte ci-dessous avec celle que l&apos;administrateur du serveur vous a donnée : ne faites confiance à cette autorité que si elles sont identiques. Pli lui fera alors confiance pour ce compte seulement.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <extracomment>the subject of a certificate: whom it was issued to</extracomment>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>%1 and %2 are dates with times</extracomment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>New SHA-256 fingerprint:</source>
        <translation>Nouvelle empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation>Approuvée jusqu&apos;ici :</translation>
    </message>
    <message>
        <source>I checked the new fingerprint with the server&apos;s administrator</source>
        <translation>J&apos;ai vérifié la nouvelle empreinte auprès de l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Approuver le nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Délivré à</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Trusted until now</source>
        <translation>Approuvé jusqu&apos;à maintenant</translation>
    </message>
    <message>
        <source>Required before trusting a changed certificate: confirm you compared the fingerprints</source>
        <translation>Obligatoire avant de faire confiance à un certificat modifié : confirmez que vous avez comparé les empreintes</translation>
    </message>
    <message>
        <source>Do not trust this certificate and go back; nothing is sent</source>
        <translation>Ne pas faire confiance à ce certificat et revenir en arrière; rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Trust this certificate authority for this account only, then continue signing in</source>
        <translation>Faire confiance à cette autorité de certification pour ce compte seulement, puis poursuivre l&apos;ouverture de session</translation>
    </message>
</context>
<context>
    <name>pli::ui::ComposePane</name>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>These files cannot be attached: a message may carry at most %1 of attachments in all, and they would make %2.</source>
        <translation>Ces fichiers ne peuvent pas être joints : un message peut comporter au plus %1 de pièces jointes en tout, et ils feraient %2.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>Total : %1 sur %2</translation>
    </message>
    <message>
        <source>Write a message before submitting it.</source>
        <translation>Écrivez un message avant de le soumettre.</translation>
    </message>
    <message>
        <source>This account is not connected.</source>
        <translation>Ce compte n’est pas connecté.</translation>
    </message>
    <message>
        <source>Uploading %1 of %2…</source>
        <translation>Envoi de %1 sur %2…</translation>
    </message>
    <message>
        <source>%1 could not be uploaded: %2 Your message is kept; Retry continues where it stopped.</source>
        <translation>%1 n’a pas pu être envoyé : %2 Votre message est conservé ; « Réessayer » reprend là où l’envoi s’est arrêté.</translation>
    </message>
    <message>
        <source>Posting the message…</source>
        <translation>Envoi du message…</translation>
    </message>
    <message>
        <source>The message could not be posted: %1 It is kept; try again.</source>
        <translation>Le message n’a pas pu être affiché : %1 Il est conservé ; réessayez.</translation>
    </message>
    <message>
        <source>Discard the message?</source>
        <translation>Abandonner le message?</translation>
    </message>
    <message>
        <source>The message you are writing has not been submitted. Discard it?</source>
        <translation>Le message que vous écrivez n’a pas été soumis. L’abandonner?</translation>
    </message>
    <message>
        <source>Add a message</source>
        <translation>Ajouter un message</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Write your message here</source>
        <translation>Écrivez votre message ici</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>or drop files here (up to %1 in all)</source>
        <translation>ou déposez des fichiers ici (jusqu’à %1 en tout)</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>The button that resumes a submission that failed (uploads continue where they stopped).</extracomment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Continuer à écrire</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Your message is being sent. Wait until it appears, or choose Cancel to stop sending it.</source>
        <translation>Votre message est en cours d’envoi. Attendez qu’il s’affiche, ou choisissez Annuler pour arrêter l’envoi.</translation>
    </message>
    <message>
        <source>The file stays on your computer</source>
        <translation>Le fichier reste sur votre ordinateur</translation>
    </message>
    <message>
        <source>The text of your reply</source>
        <translation>Le texte de votre réponse</translation>
    </message>
    <message>
        <source>Send the message and its attachments</source>
        <translation>Envoyer le message et ses pièces jointes</translation>
    </message>
    <message>
        <source>Stop sending, or discard the message</source>
        <translation>Arrêter l&apos;envoi, ou abandonner le message</translation>
    </message>
</context>
<context>
    <name>pli::ui::ContactForm</name>
    <message>
        <source>Enter the contact&apos;s e-mail address.</source>
        <translation>Entrez l&apos;adresse électronique du contact.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. An address looks like marie.unetelle@innovactione.com.</source>
        <extracomment>%1 is what was typed; the example is the one of the participant guide</extracomment>
        <translation>« %1 » n&apos;est pas une adresse électronique. Une adresse ressemble à marie.unetelle@innovactione.com.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: %n characters at most.</source>
        <translation>
            <numerusform>Le nom est trop long : %n caractère au plus.</numerusform>
            <numerusform>Le nom est trop long : %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>Label of the contact&apos;s name in the address book&apos;s add form</extracomment>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Marie Unetelle</source>
        <translation>Marie Unetelle</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>A&amp;dresse électronique</translation>
    </message>
    <message>
        <source>marie.unetelle@innovactione.com</source>
        <translation>marie.unetelle@innovactione.com</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Ajouter le contact</translation>
    </message>
    <message>
        <source>Add this person to your address book (Enter)</source>
        <translation>Ajouter cette personne à votre carnet d&apos;adresses (Entrée)</translation>
    </message>
    <message>
        <source>The name of the person to add</source>
        <translation>Le nom de la personne à ajouter</translation>
    </message>
    <message>
        <source>The e-mail address of the person to add</source>
        <translation>L&apos;adresse de courriel de la personne à ajouter</translation>
    </message>
</context>
<context>
    <name>pli::ui::ConversationListView</name>
    <message>
        <source>Choose an e-mail address on the left to see its conversations.</source>
        <translation>Choisissez une adresse électronique à gauche pour voir ses conversations.</translation>
    </message>
    <message>
        <source>Loading the conversations…</source>
        <translation>Chargement des conversations…</translation>
    </message>
    <message>
        <source>The conversations could not be loaded.</source>
        <translation>Les conversations n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Aucune conversation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Clear the filter to see every conversation.</source>
        <translation>Effacez le filtre pour voir toutes les conversations.</translation>
    </message>
    <message>
        <source>No conversations for %1 yet.</source>
        <translation>Aucune conversation pour %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>When a collaborator sends you a secure message, its conversation appears here.</source>
        <translation>Lorsqu&apos;un collaborateur vous envoie un message sécurisé, sa conversation s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n conversation(s) from your list?</source>
        <translation>
            <numerusform>Supprimer %n conversation de votre liste?</numerusform>
            <numerusform>Supprimer %n conversations de votre liste?</numerusform>
        </translation>
    </message>
    <message>
        <source>Only your list changes: the other members keep the conversation. This cannot be undone.</source>
        <translation>Seule votre liste change : les autres membres conservent la conversation. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n conversation(s)</source>
        <translation>
            <numerusform>Supprimer %n conversation</numerusform>
            <numerusform>Supprimer %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversations could not be deleted: %1</source>
        <translation>Les conversations n&apos;ont pas pu être supprimées : %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Enter opens the conversation, Space ticks it, Delete removes the ticked ones</source>
        <translation>Entrée ouvre la conversation, la barre d&apos;espacement la coche, Suppr retire les conversations cochées</translation>
    </message>
</context>
<context>
    <name>pli::ui::ConversationPresentationModel</name>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>Date format of the &quot;Date modified&quot; column (QDate format: the portal&apos;s &quot;27 avr., 2017&quot;); French: d MMM yyyy</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>Show who created, opened and answered this conversation, and when</source>
        <translation>Voir qui a lancé, ouvert et répondu à cette conversation, et quand</translation>
    </message>
    <message>
        <source>This conversation has a message you have not opened yet</source>
        <translation>Cette conversation contient un message que vous n&apos;avez pas encore ouvert</translation>
    </message>
    <message>
        <source>New conversation: you have not opened it yet</source>
        <translation>Nouvelle conversation : vous ne l&apos;avez pas encore ouverte</translation>
    </message>
    <message>
        <source>Read only: the collaborator&apos;s account is no longer active. You can read the messages but not post new ones.</source>
        <translation>Lecture seule : le compte du collaborateur n&apos;est plus actif. Vous pouvez lire les messages, mais pas en afficher de nouveaux.</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lue</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Newest first; click to show the oldest first</source>
        <translation>Les plus récentes d&apos;abord; cliquez pour voir les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first; click to show the newest first</source>
        <translation>Les plus anciennes d&apos;abord; cliquez pour voir les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Select or clear every conversation of this page</source>
        <translation>Cocher ou décocher toutes les conversations de cette page</translation>
    </message>
    <message>
        <source>Select “%1”</source>
        <extracomment>Screen-reader name of a row&apos;s check box; %1 is the conversation&apos;s title</extracomment>
        <translation>Cocher « %1 »</translation>
    </message>
    <message>
        <source>View the activity of this conversation</source>
        <translation>Voir l&apos;activité de cette conversation</translation>
    </message>
</context>
<context>
    <name>pli::ui::ConversationView</name>
    <message>
        <source>The messages could not be loaded</source>
        <translation>Les messages n’ont pas pu être chargés</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Chargement de la conversation…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n message(s).</source>
        <extracomment>%1 is how many messages are shown, %n how many the conversation has in all.</extracomment>
        <translation>
            <numerusform>Montrant %1 de %n message.</numerusform>
            <numerusform>Montrant %1 de %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show next %n message(s)</source>
        <translation>
            <numerusform>Afficher le message suivant</numerusform>
            <numerusform>Afficher les %n messages suivants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n message(s)</source>
        <translation>
            <numerusform>Afficher le message</numerusform>
            <numerusform>Afficher tous les %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the conversation</source>
        <translation>Imprimer la conversation</translation>
    </message>
    <message>
        <source>The conversation details could not be loaded: %1</source>
        <translation>Les détails de la conversation n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Print or export to PDF</source>
        <translation>Imprimer ou exporter en PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the conversation list (Esc)</source>
        <translation>Retour à la liste des conversations (Échap)</translation>
    </message>
    <message>
        <source>This conversation is read-only: the account of the collaborator who started it is no longer active. You can read its messages and download its attachments, but no new message can be posted.</source>
        <translation>Cette conversation est en lecture seule : le compte du collaborateur qui l’a lancée n’est plus actif. Vous pouvez lire ses messages et télécharger ses pièces jointes, mais il n’est plus possible d’y afficher de nouveaux messages.</translation>
    </message>
    <message>
        <source>Post a message</source>
        <extracomment>Opens the pane to write a reply (the participant guide calls it &quot;Afficher un message&quot;).</extracomment>
        <translation>Afficher un message</translation>
    </message>
    <message>
        <source>This conversation is read-only.</source>
        <translation>Cette conversation est en lecture seule.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Show the older messages above, a few at a time</source>
        <translation>Afficher les messages plus anciens au-dessus, quelques-uns à la fois</translation>
    </message>
    <message>
        <source>Show every message of this conversation</source>
        <translation>Afficher tous les messages de cette conversation</translation>
    </message>
    <message>
        <source>Write a reply in this conversation</source>
        <translation>Écrire une réponse dans cette conversation</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>The messages of this conversation, oldest first</source>
        <translation>Les messages de cette conversation, du plus ancien au plus récent</translation>
    </message>
</context>
<context>
    <name>pli::ui::CredentialsPage</name>
    <message>
        <source>Sign in</source>
        <extracomment>Heading of the sign-in window (the portal&apos;s &quot;Ouvrir une session&quot;)</extracomment>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Options avancées</translation>
    </message>
    <message>
        <source>Choose the server to connect to</source>
        <translation>Choisir le serveur auquel se connecter</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>e.g. connect.example.org</source>
        <translation>p. ex., connexion.exemple.org</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Remember me</source>
        <extracomment>Keeps the username for the next sign-in (the portal&apos;s &quot;Mémoriser mes coordonnées&quot;)</extracomment>
        <translation>&amp;Mémoriser mes coordonnées</translation>
    </message>
    <message>
        <source>Fill in this username next time. Your password is never kept.</source>
        <translation>Remplir ce nom d&apos;utilisateur la prochaine fois. Votre mot de passe n&apos;est jamais conservé.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation>&amp;Rester connecté</translation>
    </message>
    <message>
        <source>Keep this account signed in on this computer, in the system&apos;s keychain. Anyone using your session on this computer could read your conversations.</source>
        <translation>Garder ce compte connecté sur cet ordinateur, dans le trousseau du système. Toute personne qui utilise votre session sur cet ordinateur pourrait lire vos conversations.</translation>
    </message>
    <message>
        <source>This computer has no keychain Pli can use, so it cannot keep you signed in: you will be asked to sign in again next time. Nothing is stored unprotected.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau que Pli peut utiliser; Pli ne peut donc pas vous garder connecté : vous devrez ouvrir une session de nouveau la prochaine fois. Rien n&apos;est conservé sans protection.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <extracomment>Button of the sign-in window</extracomment>
        <translation>&amp;Ouvrir une session</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Forgot your username or password?</source>
        <translation>Oublié votre nom d&apos;utilisateur? ou mot de passe?</translation>
    </message>
    <message>
        <source>The address of the Pli server of your organization</source>
        <translation>L&apos;adresse du serveur Pli de votre organisation</translation>
    </message>
    <message>
        <source>The username of your invitation e-mail</source>
        <translation>Le nom d&apos;utilisateur de votre courriel d&apos;invitation</translation>
    </message>
    <message>
        <source>Your password; it is never kept on this computer</source>
        <translation>Votre mot de passe; il n&apos;est jamais conservé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Why you cannot stay signed in</source>
        <translation>Pourquoi vous ne pouvez pas rester connecté</translation>
    </message>
    <message>
        <source>Sign in with this username and password</source>
        <translation>Ouvrir une session avec ce nom d&apos;utilisateur et ce mot de passe</translation>
    </message>
    <message>
        <source>Close this window without signing in</source>
        <translation>Fermer cette fenêtre sans ouvrir de session</translation>
    </message>
    <message>
        <source>Receive an e-mail to choose a new password</source>
        <translation>Recevoir un courriel pour choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;E-mail address or username</source>
        <translation>&amp;Adresse électronique ou nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Send me a &amp;code</source>
        <extracomment>Button of the sign-in window when no password is used: the code is e-mailed</extracomment>
        <translation>Recevoir un &amp;code par courriel</translation>
    </message>
    <message>
        <source>No password needed: Pli e-mails you a one-time code, every time you sign in, and you type it on the next page.</source>
        <translation>Aucun mot de passe à saisir : à chaque ouverture de session, Pli vous envoie par courriel un code à usage unique, que vous tapez à la page suivante.</translation>
    </message>
    <message>
        <source>Sign in with a code sent by e-mail</source>
        <extracomment>The second way in of the sign-in window, for participants without a password</extracomment>
        <translation>Ouvrir une session avec un code reçu par courriel</translation>
    </message>
    <message>
        <source>Sign in with a password instead</source>
        <translation>Ouvrir plutôt une session avec un mot de passe</translation>
    </message>
    <message>
        <source>Ask for a one-time code sent to your e-mail address</source>
        <translation>Demander un code à usage unique envoyé à votre adresse de courriel</translation>
    </message>
    <message>
        <source>Sign in with your username and password</source>
        <translation>Ouvrir une session avec votre nom d&apos;utilisateur et votre mot de passe</translation>
    </message>
    <message>
        <source>Sign in without a password: a one-time code is e-mailed to you</source>
        <translation>Ouvrir une session sans mot de passe : un code à usage unique vous est envoyé par courriel</translation>
    </message>
</context>
<context>
    <name>pli::ui::DroppedFiles</name>
    <message>
        <source>%1 is not a file on this computer: download it first, then attach it.</source>
        <translation>%1 n’est pas un fichier de votre ordinateur : téléchargez-le d’abord, puis joignez-le.</translation>
    </message>
    <message>
        <source>%1 is a folder: attach the files it contains instead.</source>
        <translation>%1 est un dossier : joignez plutôt les fichiers qu’il contient.</translation>
    </message>
</context>
<context>
    <name>pli::ui::EnrollmentPage</name>
    <message>
        <source>My phone</source>
        <translation>Mon téléphone</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Configurer votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>1. On your phone, install an authenticator app (for example Google Authenticator or Microsoft Authenticator) and add an account in it.</source>
        <translation>1. Sur votre téléphone, installez une application d&apos;authentification (par exemple Google Authenticator ou Microsoft Authenticator) et ajoutez-y un compte.</translation>
    </message>
    <message>
        <source>2. Scan this QR code with the app.</source>
        <translation>2. Numérisez ce code QR avec l&apos;application.</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>Can&apos;t scan the image?</source>
        <translation>Impossible de numériser l&apos;image?</translation>
    </message>
    <message>
        <source>In the app, choose to enter a key manually, then type this key (time-based):</source>
        <translation>Dans l&apos;application, choisissez d&apos;entrer le code manuellement, puis tapez cette clé (basée sur l&apos;heure) :</translation>
    </message>
    <message>
        <source>Key for manual entry</source>
        <translation>Clé à entrer manuellement</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>3. Enter the 6-digit code the app now shows, and name this phone.</source>
        <translation>3. Entrez le code à 6 chiffres qu&apos;affiche maintenant l&apos;application et nommez ce téléphone.</translation>
    </message>
    <message>
        <source>First code from the app</source>
        <translation>Premier code de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Device name</source>
        <translation>Nom de l&apos;&amp;appareil</translation>
    </message>
    <message>
        <source>e.g. My iPhone</source>
        <translation>p. ex., Mon iPhone</translation>
    </message>
    <message>
        <source>The clocks of this computer and of your phone must agree (set both to set the time automatically), or the codes will be refused.</source>
        <translation>L&apos;ordinateur et le téléphone doivent être à la même heure (réglez les deux pour qu&apos;ils se mettent à l&apos;heure automatiquement), sinon les codes seront refusés.</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <extracomment>Countdown on the authenticator set-up page; %1 is minutes:seconds</extracomment>
        <translation>Temps restant : %1</translation>
    </message>
    <message>
        <source>&amp;Finish set-up</source>
        <translation>&amp;Terminer la configuration</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Retour à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>The set-up took too long and has expired: for your security, the QR code is only valid for a few minutes. Start again to get a new code; remove the old Pli entry from your app if you had already added it.</source>
        <translation>La configuration a pris trop de temps et a expiré : pour votre sécurité, le code QR n&apos;est valide que quelques minutes. Recommencez pour obtenir un nouveau code; supprimez l&apos;ancienne entrée Pli de votre application si vous l&apos;aviez déjà ajoutée.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Show or hide the key to type into the app instead</source>
        <translation>Afficher ou masquer la clé à saisir plutôt dans l&apos;application</translation>
    </message>
    <message>
        <source>Type this key into your authenticator app</source>
        <translation>Saisissez cette clé dans votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Copier la clé dans le presse-papiers</translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now</source>
        <translation>Le code à 6 chiffres qu&apos;affiche maintenant votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>A name to recognize this phone later</source>
        <translation>Un nom pour reconnaître ce téléphone plus tard</translation>
    </message>
    <message>
        <source>Check the code and finish setting up the app</source>
        <translation>Vérifier le code et terminer la configuration de l&apos;application</translation>
    </message>
    <message>
        <source>Leave this page and go back to the username and password</source>
        <translation>Quitter cette page et revenir au nom d&apos;utilisateur et au mot de passe</translation>
    </message>
    <message>
        <source>Get a new QR code to set up the app</source>
        <translation>Obtenir un nouveau code QR pour configurer l&apos;application</translation>
    </message>
</context>
<context>
    <name>pli::ui::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>pli::ui::HelpView</name>
    <message>
        <source>Using Pli</source>
        <translation>Utiliser Pli</translation>
    </message>
    <message>
        <source>Your e-mail addresses</source>
        <translation>Vos adresses électroniques</translation>
    </message>
    <message>
        <source>Each e-mail address tied to your profile has its own entry on the left, with the number of conversations holding an unread message. Choose one to see its conversations. Several accounts can be signed in at once: use &quot;Add another account&quot; in the account menu.</source>
        <translation>Chaque adresse électronique (persona) associée à votre profil a son propre onglet à gauche, avec le nombre de conversations qui contiennent un message non lu. Choisissez-en une pour voir ses conversations. Plusieurs comptes peuvent être connectés à la fois : utilisez « Ajouter un autre compte » dans le menu du compte.</translation>
    </message>
    <message>
        <source>The conversation list</source>
        <translation>La liste des conversations</translation>
    </message>
    <message>
        <source>Owner: the address that started the conversation. Title: its subject. Activity: click &quot;view&quot; to see who created, opened and answered it, and when; the history sorts by name, activity or date. Date modified: the last activity; click the column header to show the oldest conversations first (▲) or the newest first (▼).</source>
        <translation>Titulaire : l&apos;adresse qui a lancé la conversation. Titre : son objet. Activité : cliquez sur « vue » pour voir qui l&apos;a lancée, ouverte et y a répondu, et quand; l&apos;historique peut être ordonné par nom, activité ou date. Date de modification : la dernière activité; cliquez sur l&apos;en-tête de la colonne pour voir les conversations les plus anciennes d&apos;abord (▲) ou les plus récentes d&apos;abord (▼).</translation>
    </message>
    <message>
        <source>A speech bubble with an exclamation mark marks a conversation with a message you have not opened. New conversations are in bold. Conversations in red were started by a collaborator whose account is no longer active: you can read them but not post new messages.</source>
        <translation>Un point d&apos;exclamation dans un phylactère indique une conversation qui contient un message non lu. Les nouvelles conversations sont affichées en caractères gras. Les conversations en rouge ont été lancées par un collaborateur dont le compte n&apos;est plus actif : vous pouvez les lire, mais plus y afficher de nouveaux messages.</translation>
    </message>
    <message>
        <source>Below the list, choose 10, 20 or 30 conversations per page and move between pages with First, Previous, Next and Last.</source>
        <translation>Sous la liste, choisissez d&apos;afficher 10, 20 ou 30 conversations par page et passez d&apos;une page à l&apos;autre avec Première, Précédente, Suivante et Dernière.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the selected conversation. Space ticks it; Delete removes the ticked conversations from your list after a confirmation (the other members keep them). F5 refreshes; Ctrl+F goes to the filter; Ctrl+Page Up and Ctrl+Page Down change pages.</source>
        <translation>Entrée ou un double-clic ouvre la conversation sélectionnée. La barre d&apos;espacement la coche; Suppr retire les conversations cochées de votre liste après confirmation (les autres membres les conservent). F5 actualise; Ctrl+F mène au filtre; Ctrl+Pg préc. et Ctrl+Pg suiv. changent de page.</translation>
    </message>
    <message>
        <source>Need help?</source>
        <translation>Besoin d&apos;aide?</translation>
    </message>
    <message>
        <source>If a technical problem keeps you from your conversations, contact your organization&apos;s support; the invitation e-mail you received says how.</source>
        <translation>Si des difficultés techniques vous empêchent d&apos;accéder à vos conversations, communiquez avec le soutien de votre organisation; le courriel d&apos;invitation que vous avez reçu indique comment.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>How to use Pli</source>
        <translation>Comment utiliser Pli</translation>
    </message>
</context>
<context>
    <name>pli::ui::LaunchArguments</name>
    <message>
        <source>Pli: secure conversations and documents.</source>
        <translation>Pli : conversations et documents sécurisés.</translation>
    </message>
    <message>
        <source>Sign in to the server at &lt;url&gt;.</source>
        <translation>Ouvrir une session sur le serveur à l&apos;adresse &lt;url&gt;.</translation>
    </message>
    <message>
        <source>A link from a Pli e-mail (pli://… or https://…/open/…): an invitation, a password reset, an account unlock or a conversation. Given to the Pli already running, if any.</source>
        <translation>Un lien d&apos;un courriel de Pli (pli://… ou https://…/open/…) : une invitation, une réinitialisation du mot de passe, un déverrouillage de compte ou une conversation. Transmis au Pli déjà ouvert, s&apos;il y en a un.</translation>
    </message>
</context>
<context>
    <name>pli::ui::LinkStatusPage</name>
    <message>
        <source>Back to sign-in</source>
        <translation>Retour à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Reset my password</source>
        <translation>Réinitialiser mon &amp;mot de passe</translation>
    </message>
    <message>
        <source>&amp;Send me a new link</source>
        <translation>&amp;Envoyez-moi un nouveau lien</translation>
    </message>
    <message>
        <source>Checking your invitation…</source>
        <translation>Vérification de votre invitation…</translation>
    </message>
    <message>
        <source>Unlocking your account…</source>
        <translation>Déverrouillage de votre compte…</translation>
    </message>
    <message>
        <source>Checking the link…</source>
        <translation>Vérification du lien…</translation>
    </message>
    <message>
        <source>This link cannot be used</source>
        <translation>Ce lien ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>The link belongs to another Pli server than the one you use. Open it where you use that server, or sign in to it.</source>
        <translation>Le lien appartient à un autre serveur Pli que celui que vous utilisez. Ouvrez-le là où vous utilisez ce serveur, ou ouvrez une session sur celui-ci.</translation>
    </message>
    <message>
        <source>Check your connection and open the link again.</source>
        <translation>Vérifiez votre connexion et ouvrez de nouveau le lien.</translation>
    </message>
    <message>
        <source>An invitation works once and for a limited time. If you already chose your password, sign in with it; otherwise ask the person who invited you to send a new invitation.</source>
        <translation>Une invitation ne sert qu&apos;une fois et pour une durée limitée. Si vous avez déjà choisi votre mot de passe, ouvrez une session avec celui-ci ; sinon, demandez à la personne qui vous a invité de vous envoyer une nouvelle invitation.</translation>
    </message>
    <message>
        <source>A reset link works once, for a limited time, and only the newest one sent counts. Ask for a new link: it arrives in a few minutes.</source>
        <translation>Un lien de réinitialisation ne sert qu&apos;une fois, pour une durée limitée, et seul le plus récent compte. Demandez un nouveau lien : il arrive en quelques minutes.</translation>
    </message>
    <message>
        <source>An unlock link works once and for a limited time. If your account is still locked, reset your password: that unlocks it too.</source>
        <translation>Un lien de déverrouillage ne sert qu&apos;une fois et pour une durée limitée. Si votre compte est toujours verrouillé, réinitialisez votre mot de passe : cela le déverrouille aussi.</translation>
    </message>
    <message>
        <source>Leave this page and go back to the username and password</source>
        <translation>Quitter cette page et revenir au nom d&apos;utilisateur et au mot de passe</translation>
    </message>
    <message>
        <source>Receive an e-mail with a link to choose a new password, which also unlocks the account</source>
        <translation>Recevoir un courriel contenant un lien pour choisir un nouveau mot de passe, ce qui déverrouille aussi le compte</translation>
    </message>
    <message>
        <source>Receive a new e-mail with a link that is still valid</source>
        <translation>Recevoir un nouveau courriel contenant un lien encore valide</translation>
    </message>
</context>
<context>
    <name>pli::ui::MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Pli</source>
        <translation>Pli</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <extracomment>Toolbar button (the portal&apos;s &quot;Supprimer la sélection&quot;)</extracomment>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Remove the ticked conversations from your list (Delete)</source>
        <translation>Retirer les conversations cochées de votre liste (Suppr)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Look for new messages (F5)</source>
        <translation>Vérifier s&apos;il y a de nouveaux messages (F5)</translation>
    </message>
    <message>
        <source>Filter conversations (Ctrl+F)</source>
        <translation>Filtrer les conversations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation>Filtrer les conversations</translation>
    </message>
    <message>
        <source>Show only the conversations that match these words</source>
        <translation>N&apos;afficher que les conversations qui correspondent à ces mots</translation>
    </message>
    <message>
        <source>Sign out, add another account, choose the language or open the settings</source>
        <translation>Fermer la session, ajouter un autre compte, choisir la langue ou ouvrir les paramètres</translation>
    </message>
</context>
<context>
    <name>pli::ui::MessageCard</name>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé le %1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open this message (the sender sees that you opened it)</source>
        <translation>Ouvrir ce message (l’expéditeur verra que vous l’avez ouvert)</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <source>This message has expired: its text and attachments are no longer available.</source>
        <translation>Ce message a expiré : son texte et ses pièces jointes ne sont plus disponibles.</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <extracomment>Screen-reader description of a message&apos;s text; %1 is the sender</extracomment>
        <translation>Message de %1</translation>
    </message>
    <message>
        <source>Show only the beginning of the message</source>
        <translation>N&apos;afficher que le début du message</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Afficher le message en entier</translation>
    </message>
    <message>
        <source>Sender</source>
        <extracomment>Screen-reader description of the line naming who sent a message</extracomment>
        <translation>Expéditeur</translation>
    </message>
</context>
<context>
    <name>pli::ui::MessageNotifications</name>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>New conversation from %1</source>
        <extracomment>desktop notification; %1 is the sender&apos;s name (or address)</extracomment>
        <translation>Nouvelle conversation de %1</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <extracomment>desktop notification; %1 is the sender&apos;s name (or address)</extracomment>
        <translation>Nouveau message de %1</translation>
    </message>
    <message>
        <source>In a conversation of %1</source>
        <translation>Dans une conversation de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <extracomment>desktop notification for several messages at once, first part: &quot;5 new messages&quot;</extracomment>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n conversation(s)</source>
        <extracomment>desktop notification: %1 is &quot;5 new messages&quot;, then the number of conversations they arrived in</extracomment>
        <translation>
            <numerusform>%1 dans %n conversation</numerusform>
            <numerusform>%1 dans %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>desktop notification: after the first titles, how many conversations are not listed</extracomment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pli::ui::PaginationBar</name>
    <message>
        <source>Show %1 conversations per page</source>
        <extracomment>The pagination bar&apos;s sentence around the 10/20/30 choice; %1 is where the choice goes</extracomment>
        <translation>Afficher %1 conversations par page</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Pagination: &quot;Page 1 of 3&quot;</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>First</source>
        <extracomment>Pagination button: go to the first page</extracomment>
        <translation>Première</translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>Pagination button: go to the previous page</extracomment>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Pagination button: go to the next page</extracomment>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Last</source>
        <extracomment>Pagination button: go to the last page</extracomment>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a pagination button: &quot;Next (Ctrl+PgDown)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>How many conversations each page shows</source>
        <translation>Le nombre de conversations affichées sur chaque page</translation>
    </message>
</context>
<context>
    <name>pli::ui::PasswordChangePage</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Your password is temporary or has expired. Choose a new one to continue; it must meet every rule below.</source>
        <translation>Votre mot de passe est temporaire ou a expiré. Choisissez-en un nouveau pour continuer; il doit respecter chacune des règles ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm the new password</source>
        <translation>&amp;Confirmez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Retour à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Your new password; it must meet every rule listed</source>
        <translation>Votre nouveau mot de passe; il doit respecter chacune des règles énumérées</translation>
    </message>
    <message>
        <source>The new password again, to avoid a typing mistake</source>
        <translation>Le nouveau mot de passe de nouveau, pour éviter une faute de frappe</translation>
    </message>
    <message>
        <source>Replace your password and continue signing in</source>
        <translation>Remplacer votre mot de passe et poursuivre l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Leave this page and go back to the username and password</source>
        <translation>Quitter cette page et revenir au nom d&apos;utilisateur et au mot de passe</translation>
    </message>
</context>
<context>
    <name>pli::ui::PasswordChecklist</name>
    <message>
        <source>Both entries match</source>
        <translation>Les deux entrées sont identiques</translation>
    </message>
    <message>
        <source>%1: met</source>
        <extracomment>Screen-reader text of a password rule: &quot;at least 14 characters: met&quot;</extracomment>
        <translation>%1 : respectée</translation>
    </message>
    <message>
        <source>%1: not met yet</source>
        <translation>%1 : pas encore respectée</translation>
    </message>
</context>
<context>
    <name>pli::ui::PasswordResetPage</name>
    <message>
        <source>Forgot your username or password?</source>
        <translation>Oublié votre nom d&apos;utilisateur? ou mot de passe?</translation>
    </message>
    <message>
        <source>Enter your username. If it belongs to an account, we will send a link to choose a new password to that account&apos;s e-mail address. If you forgot your username, the invitation e-mail you received from your organization shows it; otherwise contact its support.</source>
        <translation>Entrez votre nom d&apos;utilisateur. S&apos;il correspond à un compte, nous enverrons à l&apos;adresse électronique de ce compte un lien pour choisir un nouveau mot de passe. Si vous avez oublié votre nom d&apos;utilisateur, il figure dans le courriel d&apos;invitation de votre organisation; sinon, communiquez avec son soutien.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>If an account has this username, an e-mail with a link to reset its password is on its way. The link is valid for 24 hours; check your junk mail folder if it does not arrive.</source>
        <translation>Si un compte porte ce nom d&apos;utilisateur, un courriel contenant un lien pour réinitialiser son mot de passe est en route. Le lien est valide 24 heures; vérifiez votre dossier de courriel indésirable s&apos;il n&apos;arrive pas.</translation>
    </message>
    <message>
        <source>&amp;Send the link</source>
        <translation>&amp;Envoyer le lien</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Retour à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>The username of the account whose password you forgot</source>
        <translation>Le nom d&apos;utilisateur du compte dont vous avez oublié le mot de passe</translation>
    </message>
    <message>
        <source>Send a link to choose a new password to the account&apos;s e-mail address</source>
        <translation>Envoyer un lien pour choisir un nouveau mot de passe à l&apos;adresse de courriel du compte</translation>
    </message>
    <message>
        <source>Leave this page and go back to the username and password</source>
        <translation>Quitter cette page et revenir au nom d&apos;utilisateur et au mot de passe</translation>
    </message>
</context>
<context>
    <name>pli::ui::PersonaSidebar</name>
    <message numerus="yes">
        <source>%n unread conversation(s)</source>
        <translation>
            <numerusform>%n conversation non lue</numerusform>
            <numerusform>%n conversations non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Sidebar entry opening the user guide</extracomment>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Accounts and personas</source>
        <translation>Comptes et personas</translation>
    </message>
    <message>
        <source>Choose a persona to show its conversations, or the address book or help</source>
        <translation>Choisissez une persona pour afficher ses conversations, ou le carnet d&apos;adresses ou l&apos;aide</translation>
    </message>
</context>
<context>
    <name>pli::ui::QrCodeWidget</name>
    <message>
        <source>QR code for your authenticator app</source>
        <extracomment>Accessible name of the QR code picture on the authenticator set-up page</extracomment>
        <translation>Code QR pour votre application d&apos;authentification</translation>
    </message>
</context>
<context>
    <name>pli::ui::SecondFactorPage</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirmez votre identité</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to the e-mail address of your account. Enter it below; it is valid for 10 minutes.</source>
        <translation>Nous avons envoyé un code à 6 chiffres à l&apos;adresse électronique de votre compte. Entrez-le ci-dessous; il est valide 10 minutes.</translation>
    </message>
    <message>
        <source>Send me another code</source>
        <translation>M&apos;envoyer un autre code</translation>
    </message>
    <message>
        <source>Open the authenticator app on your phone and enter the 6-digit code it shows for Pli.</source>
        <translation>Ouvrez l&apos;application d&apos;authentification de votre téléphone et entrez le code à 6 chiffres qu&apos;elle affiche pour Pli.</translation>
    </message>
    <message>
        <source>Send me a code by e-mail</source>
        <translation>M&apos;envoyer un code par courriel</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Code à 6 chiffres</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message numerus="yes">
        <source>You can ask for another code in %n second(s).</source>
        <extracomment>Shown under &quot;Send me a code by e-mail&quot; while another one cannot be asked for yet</extracomment>
        <translation>
            <numerusform>Vous pourrez demander un autre code dans %n seconde.</numerusform>
            <numerusform>Vous pourrez demander un autre code dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use my authenticator app instead</source>
        <translation>Utiliser plutôt mon application d&apos;authentification</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Retour à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>The code of the e-mail we sent you</source>
        <translation>Le code du courriel que nous vous avons envoyé</translation>
    </message>
    <message>
        <source>The code your authenticator app shows for Pli</source>
        <translation>Le code qu&apos;affiche votre application d&apos;authentification pour Pli</translation>
    </message>
    <message>
        <source>Check the code and finish signing in</source>
        <translation>Vérifier le code et terminer l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Receive a 6-digit code at the e-mail address of your account</source>
        <translation>Recevoir un code à 6 chiffres à l&apos;adresse de courriel de votre compte</translation>
    </message>
    <message>
        <source>Enter the code of your authenticator app instead</source>
        <translation>Entrer plutôt le code de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Leave this page and go back to the username and password</source>
        <translation>Quitter cette page et revenir au nom d&apos;utilisateur et au mot de passe</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to %1. Enter it below; it is valid for 10 minutes.</source>
        <extracomment>%1 is the e-mail address (or username) typed on the first page</extracomment>
        <translation>Nous avons envoyé un code à 6 chiffres à %1. Entrez-le ci-dessous; il est valide 10 minutes.</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to the e-mail address of %1. Enter it below; it is valid for 10 minutes.</source>
        <translation>Nous avons envoyé un code à 6 chiffres à l&apos;adresse électronique de %1. Entrez-le ci-dessous; il est valide 10 minutes.</translation>
    </message>
    <message>
        <source>No e-mail? Look in your junk mail folder, or send a new code.</source>
        <translation>Aucun courriel? Vérifiez votre dossier de courriel indésirable, ou envoyez un nouveau code.</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Envoyer un nouveau code</translation>
    </message>
</context>
<context>
    <name>pli::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Conversations per page</source>
        <translation>&amp;Conversations par page</translation>
    </message>
    <message>
        <source>&amp;Ask where to save each file</source>
        <translation>&amp;Demander où enregistrer chaque fichier</translation>
    </message>
    <message>
        <source>Downloads</source>
        <extracomment>Settings row for the attachments a person downloads from a conversation.</extracomment>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Each attachment you download asks for a place, starting in the folder you chose last.</source>
        <translation>Chaque pièce jointe que vous téléchargez vous demande un emplacement, en commençant par le dernier dossier choisi.</translation>
    </message>
    <message>
        <source>Attachments you download go to your Downloads folder (%1).</source>
        <translation>Les pièces jointes que vous téléchargez sont enregistrées dans votre dossier Téléchargements (%1).</translation>
    </message>
    <message>
        <source>&amp;Keep running in the background</source>
        <translation>&amp;Garder Pli ouvert en arrière-plan</translation>
    </message>
    <message>
        <source>When you close the window, Pli stays in the notification area and keeps telling you about new messages.</source>
        <translation>Quand vous fermez la fenêtre, Pli reste dans la zone de notification et continue de vous prévenir des nouveaux messages.</translation>
    </message>
    <message>
        <source>This desktop has no notification area to keep Pli in: closing the window quits Pli.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification où garder Pli : fermer la fenêtre quitte Pli.</translation>
    </message>
    <message>
        <source>Background</source>
        <extracomment>Settings row: what happens when the main window is closed</extracomment>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>Notifications</source>
        <extracomment>Settings row: desktop notifications, one box per account</extracomment>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>New messages for %1</source>
        <extracomment>Settings: one box per signed-in account; %1 is the account</extracomment>
        <translation>Nouveaux messages pour %1</translation>
    </message>
    <message>
        <source>A notification says who wrote and in which conversation, never the message. Transfers that end while the window is hidden are notified too.</source>
        <extracomment>Settings: under the notification boxes</extracomment>
        <translation>Une notification indique qui a écrit et dans quelle conversation, jamais le message. Les transferts qui se terminent pendant que la fenêtre est cachée sont aussi signalés.</translation>
    </message>
    <message>
        <source>The language of Pli&apos;s windows and messages</source>
        <translation>La langue des fenêtres et des messages de Pli</translation>
    </message>
    <message>
        <source>How many conversations a page of the list shows</source>
        <translation>Le nombre de conversations affichées par page de la liste</translation>
    </message>
    <message>
        <source>Ask for a folder at each download instead of saving to the downloads folder</source>
        <translation>Demander un dossier à chaque téléchargement au lieu d&apos;enregistrer dans le dossier des téléchargements</translation>
    </message>
    <message>
        <source>Closing the window keeps Pli in the notification area</source>
        <translation>Fermer la fenêtre garde Pli dans la zone de notification</translation>
    </message>
    <message>
        <source>Not available: this desktop has no notification area</source>
        <translation>Indisponible : ce bureau n&apos;a pas de zone de notification</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>Conserver ces paramètres</translation>
    </message>
    <message>
        <source>Close without changing the settings</source>
        <translation>Fermer sans modifier les paramètres</translation>
    </message>
    <message>
        <source>Show a desktop notification when a message arrives for this account</source>
        <translation>Afficher une notification sur le bureau à l&apos;arrivée d&apos;un message pour ce compte</translation>
    </message>
</context>
<context>
    <name>pli::ui::SignInLinkFlow</name>
    <message>
        <source>Open the link?</source>
        <translation>Ouvrir le lien ?</translation>
    </message>
    <message>
        <source>A sign-in is in progress in this window. Leave it to open the link from your e-mail?</source>
        <translation>Une ouverture de session est en cours dans cette fenêtre. L&apos;abandonner pour ouvrir le lien de votre courriel ?</translation>
    </message>
    <message>
        <source>Open the link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Continue signing in</source>
        <translation>Poursuivre l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Account unlocked — sign in</source>
        <translation>Compte déverrouillé — ouvrez une session</translation>
    </message>
    <message>
        <source>Your account can be used again: sign in with your username and password.</source>
        <translation>Votre compte peut de nouveau être utilisé : ouvrez une session avec votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Your new password is set</source>
        <translation>Votre nouveau mot de passe est enregistré</translation>
    </message>
    <message>
        <source>Sign in with your username and this password.</source>
        <translation>Ouvrez une session avec votre nom d&apos;utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>Sign in to open the conversation</source>
        <translation>Ouvrez une session pour afficher la conversation</translation>
    </message>
    <message>
        <source>The conversation of the link from your e-mail opens as soon as you are signed in.</source>
        <translation>La conversation du lien de votre courriel s&apos;affiche dès que votre session est ouverte.</translation>
    </message>
</context>
<context>
    <name>pli::ui::SignInWindow</name>
    <message>
        <source>%1 is already signed in.</source>
        <translation>%1 a déjà une session ouverte.</translation>
    </message>
    <message>
        <source>Pli on %1</source>
        <extracomment>The name the server records for this sign-in&apos;s device; %1 is the computer&apos;s name</extracomment>
        <translation>Pli sur %1</translation>
    </message>
    <message>
        <source>The previous set-up expired, so here is a new QR code. If you had already added Pli to your app, delete that entry and scan this code instead.</source>
        <translation>La configuration précédente a expiré; voici donc un nouveau code QR. Si vous aviez déjà ajouté Pli à votre application, supprimez cette entrée et numérisez plutôt ce code.</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Ajouter un autre compte</translation>
    </message>
    <message>
        <source>Sign in to Pli</source>
        <translation>Ouvrir une session dans Pli</translation>
    </message>
    <message>
        <source>Pli</source>
        <translation>Pli</translation>
    </message>
    <message>
        <source>Secure conversations and documents</source>
        <translation>Conversations et documents sécurisés</translation>
    </message>
</context>
<context>
    <name>pli::ui::StatePane</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation>Interroger le serveur de nouveau</translation>
    </message>
</context>
<context>
    <name>pli::ui::ThreadDocument</name>
    <message>
        <source>Owner:</source>
        <translation>Titulaire :</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants :</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé le %1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <source>This message has expired: its text and attachments are no longer available.</source>
        <translation>Ce message a expiré : son texte et ses pièces jointes ne sont plus disponibles.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>Impossible d’écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>Le fichier PDF %1 n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>pli::ui::TokenPasswordPage</name>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>Welcome to Pli. Choose the password of your account: it must meet every rule below. You then set up the authenticator app of your phone, and you are in.</source>
        <translation>Bienvenue dans Pli. Choisissez le mot de passe de votre compte : il doit respecter toutes les règles ci-dessous. Vous configurerez ensuite l&apos;application d&apos;authentification de votre téléphone, et ce sera tout.</translation>
    </message>
    <message>
        <source>As written in your invitation e-mail</source>
        <translation>Tel qu&apos;indiqué dans votre courriel d&apos;invitation</translation>
    </message>
    <message>
        <source>&amp;Choose this password</source>
        <translation>&amp;Choisir ce mot de passe</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Réinitialisez votre mot de passe</translation>
    </message>
    <message>
        <source>Choose a new password: it must meet every rule below. It replaces the old one everywhere, ends your other sign-ins and unlocks your account if it was locked.</source>
        <translation>Choisissez un nouveau mot de passe : il doit respecter toutes les règles ci-dessous. Il remplace l&apos;ancien partout, ferme vos autres sessions et déverrouille votre compte s&apos;il était verrouillé.</translation>
    </message>
    <message>
        <source>Optional: to sign in right away</source>
        <translation>Facultatif : pour ouvrir une session tout de suite</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm the new password</source>
        <translation>&amp;Confirmez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Retour à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Your new password; it must meet every rule listed</source>
        <translation>Votre nouveau mot de passe; il doit respecter chacune des règles énumérées</translation>
    </message>
    <message>
        <source>The new password again, to avoid a typing mistake</source>
        <translation>Le nouveau mot de passe de nouveau, pour éviter une faute de frappe</translation>
    </message>
    <message>
        <source>Save this password and set up your authenticator app</source>
        <translation>Enregistrer ce mot de passe et configurer votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Replace the password of your account</source>
        <translation>Remplacer le mot de passe de votre compte</translation>
    </message>
    <message>
        <source>Leave this page and go back to the username and password</source>
        <translation>Quitter cette page et revenir au nom d&apos;utilisateur et au mot de passe</translation>
    </message>
</context>
<context>
    <name>pli::ui::TransferDelegate</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n seconde restante</numerusform>
            <numerusform>%n secondes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>En pause à %1</translation>
    </message>
    <message>
        <source>Done – %1</source>
        <translation>Terminé – %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>pli::ui::TransferNotifications</name>
    <message>
        <source>Download finished</source>
        <translation>Téléchargement terminé</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Envoi terminé</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Échec de l&apos;envoi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>desktop notification: a file&apos;s name, then why its transfer failed</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>pli::ui::TransfersDock</name>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Show or hide the downloads and uploads</source>
        <translation>Afficher ou masquer les téléchargements et les envois</translation>
    </message>
</context>
<context>
    <name>pli::ui::TransfersPanel</name>
    <message numerus="yes">
        <source>%n transfer(s) running</source>
        <translation>
            <numerusform>%n transfert en cours</numerusform>
            <numerusform>%n transferts en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les transferts terminés</translation>
    </message>
    <message>
        <source>No downloads or uploads yet.</source>
        <translation>Aucun téléchargement ni envoi pour l’instant.</translation>
    </message>
    <message>
        <source>Downloads and uploads</source>
        <translation>Téléchargements et envois</translation>
    </message>
    <message>
        <source>Each file with its progress and state</source>
        <translation>Chaque fichier avec sa progression et son état</translation>
    </message>
    <message>
        <source>Pause the selected transfer; it resumes where it stopped</source>
        <translation>Mettre en pause le transfert sélectionné; il reprendra là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Continue the selected transfer where it stopped</source>
        <translation>Reprendre le transfert sélectionné là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Stop the selected transfer and remove its partial file</source>
        <translation>Arrêter le transfert sélectionné et supprimer son fichier partiel</translation>
    </message>
    <message>
        <source>Try the selected failed transfer again</source>
        <translation>Réessayer le transfert sélectionné qui a échoué</translation>
    </message>
    <message>
        <source>Show the downloaded file in its folder</source>
        <translation>Afficher le fichier téléchargé dans son dossier</translation>
    </message>
    <message>
        <source>Remove the finished transfers from this list</source>
        <translation>Retirer les transferts terminés de cette liste</translation>
    </message>
</context>
<context>
    <name>pli::ui::TrayMenu</name>
    <message>
        <source>&amp;Open Pli</source>
        <translation>&amp;Ouvrir Pli</translation>
    </message>
    <message>
        <source>%1 (%2 unread)</source>
        <translation>%1 (%2 non lues)</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferts</translation>
    </message>
    <message>
        <source>&amp;Quit Pli</source>
        <translation>&amp;Quitter Pli</translation>
    </message>
</context>
<context>
    <name>pli::ui::TrayStatus</name>
    <message>
        <source>Pli: nothing unread</source>
        <extracomment>tray icon tooltip, first line</extracomment>
        <translation>Pli : rien de non lu</translation>
    </message>
    <message numerus="yes">
        <source>Pli: %n unread conversation(s)</source>
        <translation>
            <numerusform>Pli : %n conversation non lue</numerusform>
            <numerusform>Pli : %n conversations non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>tray tooltip: a persona&apos;s address and its number of unread conversations</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <extracomment>tray tooltip and menu: the account&apos;s server cannot be reached; %1 is the account</extracomment>
        <translation>%1 (hors ligne)</translation>
    </message>
    <message>
        <source>%1 (connecting…)</source>
        <extracomment>tray tooltip and menu: the account is (re)connecting; %1 is the account</extracomment>
        <translation>%1 (connexion…)</translation>
    </message>
</context>
</TS>
