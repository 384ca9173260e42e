// The DSFR's style sheets this app uses: its core (grid, typography, spacing, icons' base,
// Marianne) and the components the pages draw, instead of all 45 components (28 kB of the
// first view's 75 kB of DSFR CSS, gzip). A component drawn anew needs its sheet here:
// test/unit/ui/dsfr-styles.test.ts fails on any `fr-` class of the sources that the DSFR
// styles and these sheets do not. Icon families are imported where they are used.
// In the DSFR's own order (that of dsfr.main.css), so that rules of equal weight win as there.
import "@codegouvfr/react-dsfr/dsfr/core/core.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/link/link.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/upload/upload.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/badge/badge.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/logo/logo.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/button/button.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/form/form.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/alert/alert.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/notice/notice.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/radio/radio.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/checkbox/checkbox.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/input/input.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/skiplink/skiplink.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/select/select.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/search/search.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/table/table.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/component/header/header.main.min.css";
