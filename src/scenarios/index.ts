/** The scenario library, in the order the scenario list shows it. Add a scenario here after writing its file. */
import type { Scenario } from '../schemas/scenario';
import bioBoardCertification from './bio-board-certification';
import captionDisabilityLanguage from './caption-disability-language';
import clinicLivestreamSchedule from './clinic-livestream-schedule';
import commenterOwnDiagnosis from './commenter-own-diagnosis';
import deviceCompanyFreeProduct from './device-company-free-product';
import frontDeskResigns from './front-desk-resigns';
import lateNightDisparagingPost from './late-night-disparaging-post';
import miracleAdjustmentVideo from './miracle-adjustment-video';
import oldArticleShare from './old-article-share';
import orPhotoColleague from './or-photo-colleague';
import patientDmLegPain from './patient-dm-leg-pain';
import personalProfessionalMix from './personal-professional-mix';
import sharedPasswordNewIntern from './shared-password-new-intern';
import testimonialVideo from './testimonial-video';

export const scenarios: readonly Scenario[] = [
  // Compliance and Confidentiality
  orPhotoColleague,
  clinicLivestreamSchedule,
  bioBoardCertification,
  commenterOwnDiagnosis,
  // Professionalism
  patientDmLegPain,
  lateNightDisparagingPost,
  deviceCompanyFreeProduct,
  // Security and Access
  frontDeskResigns,
  personalProfessionalMix,
  sharedPasswordNewIntern,
  // Spine Care
  testimonialVideo,
  miracleAdjustmentVideo,
  captionDisabilityLanguage,
  oldArticleShare,
];

/** A scenario by ID; throws on an unknown ID. */
export function getScenario(id: string): Scenario {
  const scenario = scenarios.find((candidate) => candidate.id === id);
  if (!scenario) throw new Error(`Unknown scenario "${id}".`);
  return scenario;
}
