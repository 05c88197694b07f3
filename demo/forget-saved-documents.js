// The sign-in page: whoever signs in next is another person, perhaps at a shared
// council computer, so the documents kept here for the last person's offline
// reading (their own secret vote among them) are forgotten. Their queued records
// stay, and are sent only when they sign in again.
import { forgetSavedDocuments } from '/dist/partnership-kit.js';

forgetSavedDocuments();
