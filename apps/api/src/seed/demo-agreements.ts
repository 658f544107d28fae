import type { AgreementPartyRole } from '@helix/domain';
import { DEMO_FINALISED_PROJECTS, DEMO_PROPOSALS } from './demo-proposals';

/** A party as a demo version has it. */
export interface DemoAgreementParty {
  /** Registration code (see DEMO_ORGANISATIONS). */
  code: string;
  role: AgreementPartyRole;
  /** Đồng (the agreements are in VND, whose minor unit is the đồng). */
  money: number;
  inKind: string | null;
}

export interface DemoMilestone {
  /** Names the milestone across versions: an edit that keeps the key keeps the milestone (and its id). */
  key: string;
  title: string;
  /** Registration code of the responsible party. */
  responsible: string;
  /** Days after the agreement's first day. */
  dueDay: number;
  deliverable: string;
  /** Percent of the money paid on acceptance. */
  paymentShare: number;
}

/** What a version writes; a field left out stays as the previous version had it (lists are replaced whole). */
export interface DemoAgreementContent {
  title?: string;
  purpose?: string;
  /** Markdown. */
  terms?: string;
  /** The first day, counted in days from the seeding day in Binh Duong (negative: in the past), and the length in whole months. */
  period?: { startsInDays: number; months: number };
  disclosed?: boolean;
  parties?: DemoAgreementParty[];
  milestones?: DemoMilestone[];
}

/** A version written by a member (above viewer) of a party. */
export interface DemoAgreementEdit {
  /** Registration code of the editing party. */
  by: string;
  daysAgo: number;
  changes: DemoAgreementContent;
}

/** A submission by the responsible party or a review by another party, once the agreement is in force. */
export interface DemoMilestoneStep {
  milestone: string;
  action: 'SUBMIT' | 'ACCEPT' | 'REJECT';
  /** Registration code of the reviewing party (a submission is the responsible party's). */
  by?: string;
  /** The deliverable's note, or the review's reason (required to reject). */
  note: string;
  daysAgo: number;
}

export interface DemoAgreement {
  /** Where it stands once loaded (it follows from the steps; kept for the tests and the README). */
  state: 'NEGOTIATION' | 'ACTIVE' | 'COMPLETED';
  /** Registration code of the managing organisation. */
  manager: string;
  /** Made with createFromProposal from the accepted proposal on this awarded call (whose owner is the manager); otherwise created on its own. */
  fromProposalOn?: string;
  createdDaysAgo: number;
  /**
   * The managing organisation's draft: the create input of a standalone agreement (written when it
   * is created), or the edit of the pre-filled draft made from a proposal (written at draftDaysAgo).
   */
  draft: DemoAgreementContent;
  draftDaysAgo?: number;
  /** Edits by the parties once negotiation has opened (the day after the draft), oldest first. */
  negotiation: DemoAgreementEdit[];
  /**
   * Signatures, requested by the manager after the last edit (the request leaves no time behind:
   * activation clears it), then given by an owner or admin of every party in this order.
   */
  signers?: { code: string; daysAgo: number }[];
  /** Milestone work, oldest first. */
  progress?: DemoMilestoneStep[];
}

const BDSC = 'BD-SC-2016';
const DIC = 'BD-DIC-001';
const TDMU = 'EDU-TDMU-2009';
const EIU = 'EDU-EIU-2010';
const BECAMEX = '3700145020';
const VNPT = '0100684378-BD';

/**
 * How long ago the awarded call was decided, at the latest: the agreements chapter moves the call's
 * history (publication, submissions, reviews, decisions) back to this when it was more recent, so
 * its agreement can have been negotiated, signed and worked on since.
 */
export const DEMO_AWARD_DAYS_AGO = 100;

const AWARDED = DEMO_PROPOSALS.find((demo) => demo.project === DEMO_FINALISED_PROJECTS.awarded && demo.state === 'ACCEPTED');

// ——— ACTIVE: rooftop solar on the awarded Becamex call, VNPT leading, EIU and the programme office joining ———

const SOLAR_TITLE = 'Thỏa thuận hợp tác ba nhà: điện mặt trời áp mái 2,4 MWp và quản lý năng lượng IoT cho 6 nhà xưởng KCN Mỹ Phước 3';

const solarTerms = (withResearch: boolean, withOpenData: boolean): string =>
  [
    `# ${SOLAR_TITLE}`,
    '',
    'Căn cứ kết quả lựa chọn hồ sơ đề xuất của Tổng Công ty Becamex IDC cho gói thí điểm “Điện mặt trời áp mái và hệ thống quản lý năng lượng cho nhà xưởng KCN Mỹ Phước 3”; căn cứ Nghị định 135/2024/NĐ-CP về điện mặt trời mái nhà tự sản xuất, tự tiêu thụ.',
    '',
    '## Điều 1. Phạm vi hợp tác',
    '',
    '1. Lắp đặt 2,4 MWp điện mặt trời áp mái trên 6 nhà xưởng xây sẵn tại KCN Mỹ Phước 3, TP. Bến Cát, theo hai giai đoạn, mỗi giai đoạn 1,2 MWp.',
    '2. Triển khai nền tảng quản lý năng lượng (EMS) đo đếm tiêu thụ và sản lượng từng nhà xưởng theo thời gian thực, cung cấp số liệu phát thải phạm vi 2 cho doanh nghiệp thuê xưởng.',
    ...(withResearch ? ['3. Nghiên cứu, đánh giá hiệu quả vận hành và công bố dữ liệu sản lượng tổng hợp dưới dạng dữ liệu mở.'] : []),
    '',
    '## Điều 2. Trách nhiệm của các bên',
    '',
    '- **Becamex IDC** (bên tài trợ, chủ đầu tư nhà xưởng): bố trí kinh phí, bàn giao mặt bằng mái, phối hợp với doanh nghiệp thuê xưởng về lịch thi công theo ca.',
    '- **VNPT Bình Dương** (bên điều phối): thiết kế, cung cấp, lắp đặt, đấu nối; vận hành nền tảng EMS và giám sát 24/7; bảo trì 10 năm theo hồ sơ đề xuất.',
    ...(withResearch
      ? [
          '- **Trường Đại học Quốc tế Miền Đông** (đối tác nghiên cứu): khảo sát tiêu thụ cơ sở, đánh giá hiệu quả vận hành, đào tạo kỹ thuật viên của Becamex IDC.',
          '- **Văn phòng Thành phố Thông minh Bình Dương** (bên tài trợ): hỗ trợ kinh phí nghiên cứu và dữ liệu mở, kết nối dữ liệu với Trung tâm Điều hành Thông minh (IOC) của tỉnh.',
        ]
      : []),
    '',
    '## Điều 3. Kinh phí và thanh toán theo mốc',
    '',
    'Kinh phí do các bên tài trợ đóng góp được thanh toán theo tỷ lệ của từng mốc sau khi mốc được một bên khác nghiệm thu trên nền tảng Helix. Mốc bị từ chối được nộp lại; không thanh toán cho mốc chưa được nghiệm thu.',
    '',
    '## Điều 4. Sở hữu trí tuệ và dữ liệu',
    '',
    '1. Thiết bị lắp trên mái thuộc sở hữu của Becamex IDC sau khi nghiệm thu giai đoạn tương ứng.',
    '2. Dữ liệu đo đếm của từng nhà xưởng là dữ liệu của doanh nghiệp thuê xưởng; chỉ được chia sẻ khi có đồng ý của doanh nghiệp đó.',
    ...(withOpenData
      ? ['3. Sản lượng tổng hợp theo giờ của toàn khu được công bố trên Cổng dữ liệu mở Bình Dương theo giấy phép CC BY 4.0, không kèm thông tin định danh nhà xưởng.']
      : []),
    '',
    '## Điều 5. Bảo mật',
    '',
    'Các bên giữ bí mật thông tin kỹ thuật và thương mại của nhau trong thời hạn thỏa thuận và 3 năm sau khi kết thúc.',
    '',
    '## Điều 6. Sửa đổi và chấm dứt',
    '',
    'Mọi sửa đổi được lập thành phiên bản mới và có hiệu lực khi tất cả các bên ký. Thỏa thuận kết thúc khi tất cả các mốc được nghiệm thu hoặc được chấm dứt trước hạn với lý do bằng văn bản.',
  ].join('\n');

const solarMilestones = (withResearch: boolean, reportDueDay = 200): DemoMilestone[] => [
  {
    key: 'survey',
    title: 'Khảo sát kết cấu mái và thiết kế chi tiết cho 6 nhà xưởng',
    responsible: VNPT,
    dueDay: 30,
    deliverable: 'Báo cáo khảo sát kết cấu, thiết kế kỹ thuật được Becamex IDC phê duyệt, lịch thi công theo ca.',
    paymentShare: 15,
  },
  {
    key: 'phase1',
    title: 'Giai đoạn 1: lắp đặt và đóng điện 1,2 MWp trên 3 nhà xưởng',
    responsible: VNPT,
    dueDay: 75,
    deliverable: 'Biên bản nghiệm thu lắp đặt, biên bản nghiệm thu phòng cháy chữa cháy, thỏa thuận đấu nối với Công ty Điện lực Bình Dương.',
    paymentShare: 35,
  },
  ...(withResearch
    ? [
        {
          key: 'baseline',
          title: 'Báo cáo tiêu thụ điện cơ sở và phát thải phạm vi 2 của các nhà xưởng',
          responsible: EIU,
          dueDay: 90,
          deliverable: 'Số liệu tiêu thụ 12 tháng trước dự án của 6 nhà xưởng, phương pháp tính phát thải, báo cáo cho từng doanh nghiệp thuê.',
          paymentShare: 10,
        },
      ]
    : []),
  {
    key: 'phase2',
    title: 'Giai đoạn 2: 1,2 MWp trên 3 nhà xưởng còn lại và tích hợp EMS',
    responsible: VNPT,
    dueDay: 150,
    deliverable: 'Biên bản nghiệm thu giai đoạn 2, cổng dữ liệu EMS cho từng doanh nghiệp thuê, kết nối dữ liệu với IOC Bình Dương.',
    paymentShare: 30,
  },
  ...(withResearch
    ? [
        {
          key: 'report',
          title: 'Báo cáo đánh giá hiệu quả vận hành và bộ dữ liệu mở',
          responsible: EIU,
          dueDay: reportDueDay,
          deliverable:
            reportDueDay > 200
              ? 'Báo cáo đánh giá sau 3 tháng vận hành toàn bộ 2,4 MWp (sản lượng, tỷ lệ tự tiêu thụ, phát thải tránh được) và bộ dữ liệu mở sản lượng theo giờ.'
              : 'Báo cáo đánh giá sản lượng và phát thải tránh được, bộ dữ liệu mở sản lượng theo giờ.',
          paymentShare: 10,
        },
      ]
    : []),
];

const solarParties = (bdscInKind: string): DemoAgreementParty[] => [
  { code: BECAMEX, role: 'FUNDER', money: AWARDED?.requestedBudget ?? 21_600_000_000, inKind: 'Mặt bằng mái 6 nhà xưởng, đội kỹ thuật hạ tầng KCN Mỹ Phước 3.' },
  { code: VNPT, role: 'COORDINATOR', money: 0, inKind: 'Nền tảng IoT quản lý năng lượng, đường truyền và trung tâm giám sát 24/7.' },
  { code: EIU, role: 'RESEARCH_PARTNER', money: 0, inKind: 'Phòng thí nghiệm năng lượng tái tạo, 2 giảng viên và 4 học viên cao học.' },
  { code: BDSC, role: 'FUNDER', money: 1_200_000_000, inKind: bdscInKind },
];

const ACTIVE_AGREEMENT: DemoAgreement = {
  state: 'ACTIVE',
  manager: BECAMEX,
  fromProposalOn: DEMO_FINALISED_PROJECTS.awarded,
  createdDaysAgo: 96,
  draftDaysAgo: 95,
  draft: {
    title: SOLAR_TITLE,
    purpose:
      'Đưa điện xanh đến các doanh nghiệp thuê nhà xưởng tại KCN Mỹ Phước 3: 2,4 MWp điện mặt trời áp mái tự sản xuất, tự tiêu thụ, đo đếm từng nhà xưởng qua nền tảng IoT để doanh nghiệp có số liệu phát thải phạm vi 2 cho báo cáo ESG.',
    terms: solarTerms(false, false),
    period: { startsInDays: -82, months: AWARDED?.durationMonths ?? 8 },
    disclosed: true,
    parties: solarParties('').slice(0, 2),
    milestones: solarMilestones(false),
  },
  negotiation: [
    // The programme office and EIU join: the research milestones and the State's co-funding.
    {
      by: BECAMEX,
      daysAgo: 92,
      changes: {
        terms: solarTerms(true, false),
        parties: solarParties('Kết nối dữ liệu với Trung tâm Điều hành Thông minh (IOC) của tỉnh.'),
        milestones: solarMilestones(true),
      },
    },
    // The university moves its evaluation after three months of operating the whole 2.4 MWp.
    { by: EIU, daysAgo: 89, changes: { milestones: solarMilestones(true, 230) } },
    // The programme office asks for the open-data clause and says what it brings.
    {
      by: BDSC,
      daysAgo: 87,
      changes: {
        terms: solarTerms(true, true),
        parties: solarParties('Kết nối dữ liệu với IOC, hướng dẫn thủ tục đấu nối và công bố trên Cổng dữ liệu mở Bình Dương.'),
      },
    },
  ],
  signers: [
    { code: BECAMEX, daysAgo: 85 },
    { code: VNPT, daysAgo: 84 },
    { code: EIU, daysAgo: 83 },
    { code: BDSC, daysAgo: 82 },
  ],
  progress: [
    { milestone: 'survey', action: 'SUBMIT', note: 'Báo cáo khảo sát kết cấu 6 mái, thiết kế kỹ thuật và lịch thi công theo ca đã thống nhất với doanh nghiệp thuê xưởng.', daysAgo: 55 },
    { milestone: 'survey', action: 'ACCEPT', by: BECAMEX, note: 'Thiết kế đạt yêu cầu; lịch thi công phù hợp ca sản xuất.', daysAgo: 51 },
    { milestone: 'phase1', action: 'SUBMIT', note: 'Đã đóng điện 1,2 MWp trên nhà xưởng A3, A5 và B2; kèm biên bản nghiệm thu lắp đặt.', daysAgo: 10 },
    {
      milestone: 'phase1',
      action: 'REJECT',
      by: BECAMEX,
      note: 'Thiếu biên bản nghiệm thu phòng cháy chữa cháy của nhà xưởng B2 và thỏa thuận đấu nối với Điện lực Bình Dương. Đề nghị bổ sung và nộp lại.',
      daysAgo: 6,
    },
    { milestone: 'baseline', action: 'SUBMIT', note: 'Số liệu tiêu thụ 12 tháng của 6 nhà xưởng và báo cáo phát thải phạm vi 2 cho từng doanh nghiệp thuê.', daysAgo: 2 },
  ],
};

// ——— NEGOTIATION: the Department of Information and Communications with TDMU and VNPT ———

const SECURITY_TITLE = 'Thỏa thuận hợp tác đào tạo nhân lực an toàn thông tin và diễn tập ứng cứu sự cố cho cơ quan nhà nước tỉnh Bình Dương';

const securityTerms = (withLab: boolean): string =>
  [
    `# ${SECURITY_TITLE}`,
    '',
    '## Điều 1. Phạm vi hợp tác',
    '',
    'Đào tạo 120 cán bộ quản trị hệ thống của các sở, ngành và UBND cấp huyện; tổ chức một cuộc diễn tập ứng cứu sự cố an toàn thông tin cấp tỉnh; biên soạn bộ tài liệu hướng dẫn dùng chung.',
    '',
    '## Điều 2. Trách nhiệm của các bên',
    '',
    '- **Sở Thông tin và Truyền thông** (bên tài trợ): bố trí kinh phí, cử học viên, chủ trì kịch bản diễn tập.',
    '- **Trường Đại học Thủ Dầu Một** (bên điều phối đào tạo): chương trình, giảng viên, cấp chứng nhận hoàn thành khóa học.',
    '- **VNPT Bình Dương** (đối tác triển khai): hạ tầng diễn tập, chuyên gia của Trung tâm giám sát an toàn thông tin (SOC).',
    '',
    '## Điều 3. Kinh phí và thanh toán theo mốc',
    '',
    'Kinh phí của Sở được thanh toán theo tỷ lệ của từng mốc sau khi mốc được nghiệm thu.',
    '',
    '## Điều 4. Bảo mật',
    '',
    'Kịch bản diễn tập, nhật ký hệ thống và điểm yếu phát hiện trong diễn tập là thông tin mật, chỉ chia sẻ giữa các bên và cơ quan có hệ thống được diễn tập.',
    ...(withLab
      ? [
          '',
          '## Điều 5. Môi trường diễn tập',
          '',
          'Diễn tập chỉ được thực hiện trên môi trường mô phỏng do VNPT dựng riêng, tách biệt hoàn toàn với hệ thống đang vận hành của tỉnh; dữ liệu mô phỏng được xóa sau 30 ngày kể từ khi kết thúc diễn tập.',
        ]
      : []),
  ].join('\n');

const securityMilestones = (trainingDueDay: number, online: boolean): DemoMilestone[] => [
  {
    key: 'curriculum',
    title: 'Chương trình và học liệu 3 khóa đào tạo',
    responsible: TDMU,
    dueDay: trainingDueDay,
    deliverable: 'Đề cương, bài giảng và bài thực hành của 3 khóa: quản trị hệ thống an toàn, giám sát và ứng cứu sự cố, an toàn dữ liệu cá nhân.',
    paymentShare: 20,
  },
  {
    key: 'training',
    title: 'Đào tạo 120 cán bộ quản trị hệ thống',
    responsible: TDMU,
    dueDay: 150,
    deliverable: online
      ? 'Danh sách học viên, kết quả kiểm tra cuối khóa và chứng nhận; thêm một khóa trực tuyến cho cán bộ phụ trách công nghệ thông tin cấp xã.'
      : 'Danh sách học viên, kết quả kiểm tra cuối khóa và chứng nhận.',
    paymentShare: 35,
  },
  {
    key: 'exercise',
    title: 'Diễn tập ứng cứu sự cố an toàn thông tin cấp tỉnh',
    responsible: VNPT,
    dueDay: 240,
    deliverable: 'Kịch bản, môi trường diễn tập, báo cáo kết quả và danh sách khuyến nghị cho từng cơ quan tham gia.',
    paymentShare: 30,
  },
  {
    key: 'handbook',
    title: 'Báo cáo tổng kết và bộ tài liệu hướng dẫn dùng chung',
    responsible: TDMU,
    dueDay: 290,
    deliverable: 'Báo cáo tổng kết và sổ tay ứng cứu sự cố cho cơ quan nhà nước, công bố theo giấy phép CC BY 4.0.',
    paymentShare: 15,
  },
];

const securityParties = (vnptInKind: string | null): DemoAgreementParty[] => [
  { code: DIC, role: 'FUNDER', money: 1_850_000_000, inKind: 'Cử học viên, chủ trì kịch bản diễn tập với các sở, ngành.' },
  { code: TDMU, role: 'COORDINATOR', money: 0, inKind: 'Phòng máy thực hành, 6 giảng viên an toàn thông tin.' },
  { code: VNPT, role: 'IMPLEMENTATION_PARTNER', money: 0, inKind: vnptInKind },
];

const NEGOTIATION_AGREEMENT: DemoAgreement = {
  state: 'NEGOTIATION',
  manager: DIC,
  createdDaysAgo: 12,
  draft: {
    title: SECURITY_TITLE,
    purpose:
      'Nâng cao năng lực bảo đảm an toàn thông tin của các cơ quan nhà nước tỉnh Bình Dương: đào tạo đội ngũ quản trị hệ thống, diễn tập ứng cứu sự cố trên môi trường mô phỏng và để lại bộ tài liệu dùng chung.',
    terms: securityTerms(false),
    period: { startsInDays: 21, months: 10 },
    parties: securityParties(null),
    milestones: securityMilestones(45, false),
  },
  negotiation: [
    // The university needs more time for the materials and adds an online course for the communes.
    { by: TDMU, daysAgo: 6, changes: { milestones: securityMilestones(60, true) } },
    // The telecom operator states what it brings and how the exercise environment is kept apart.
    { by: VNPT, daysAgo: 2, changes: { terms: securityTerms(true), parties: securityParties('Môi trường diễn tập mô phỏng và 4 chuyên gia SOC trong 2 tuần diễn tập.') } },
  ],
};

// ——— COMPLETED: the programme office commissions a survey from TDMU ———

const SURVEY_TITLE = 'Khảo sát mức độ hài lòng của người dân với dịch vụ công trực tuyến và ứng dụng Bình Dương Số';

const surveyMilestones = (sample: number): DemoMilestone[] => [
  {
    key: 'design',
    title: 'Bộ công cụ khảo sát và kế hoạch chọn mẫu',
    responsible: TDMU,
    dueDay: 30,
    deliverable: `Bảng hỏi tiếng Việt, kế hoạch chọn mẫu ${sample} người dân tại 9 huyện, thị xã, thành phố; hướng dẫn điều tra viên.`,
    paymentShare: 30,
  },
  {
    key: 'report',
    title: 'Báo cáo kết quả khảo sát và khuyến nghị',
    responsible: TDMU,
    dueDay: 160,
    deliverable: 'Báo cáo kết quả theo từng dịch vụ công và từng địa bàn, khuyến nghị cải tiến, bộ dữ liệu ẩn danh.',
    paymentShare: 70,
  },
];

const COMPLETED_AGREEMENT: DemoAgreement = {
  state: 'COMPLETED',
  manager: BDSC,
  createdDaysAgo: 300,
  draft: {
    title: SURVEY_TITLE,
    purpose: 'Đo mức độ hài lòng của người dân với 20 dịch vụ công trực tuyến được dùng nhiều nhất và ứng dụng Bình Dương Số, làm căn cứ ưu tiên cải tiến của Đề án Thành phố thông minh.',
    terms: [
      `# ${SURVEY_TITLE}`,
      '',
      '## Điều 1. Phạm vi',
      '',
      'Khảo sát trực tiếp và trực tuyến người dân đã dùng dịch vụ công trực tuyến trong 12 tháng qua tại 9 huyện, thị xã, thành phố của tỉnh.',
      '',
      '## Điều 2. Trách nhiệm của các bên',
      '',
      '- **Văn phòng Thành phố Thông minh Bình Dương**: kinh phí, giới thiệu làm việc với UBND cấp xã, góp ý bảng hỏi.',
      '- **Trường Đại học Thủ Dầu Một**: thiết kế nghiên cứu, tổ chức điều tra, phân tích và báo cáo.',
      '',
      '## Điều 3. Kinh phí và thanh toán',
      '',
      'Thanh toán 30% khi nghiệm thu bộ công cụ khảo sát, 70% khi nghiệm thu báo cáo kết quả.',
      '',
      '## Điều 4. Dữ liệu',
      '',
      'Dữ liệu cá nhân của người trả lời không được thu thập ngoài mục đích khảo sát; bộ dữ liệu bàn giao được ẩn danh theo Nghị định 13/2023/NĐ-CP.',
    ].join('\n'),
    period: { startsInDays: -291, months: 6 },
    disclosed: true,
    parties: [
      { code: BDSC, role: 'FUNDER', money: 240_000_000, inKind: 'Giấy giới thiệu làm việc với UBND cấp xã, danh sách dịch vụ công cần khảo sát.' },
      { code: TDMU, role: 'COORDINATOR', money: 0, inKind: 'Nhóm nghiên cứu 5 giảng viên và 40 sinh viên điều tra viên.' },
    ],
    milestones: surveyMilestones(1000),
  },
  negotiation: [
    // TDMU raises the sample so that each district has enough answers to compare.
    { by: TDMU, daysAgo: 296, changes: { milestones: surveyMilestones(1200) } },
  ],
  signers: [
    { code: TDMU, daysAgo: 292 },
    { code: BDSC, daysAgo: 291 },
  ],
  progress: [
    { milestone: 'design', action: 'SUBMIT', note: 'Bảng hỏi 32 câu đã thử nghiệm với 40 người dân tại phường Phú Cường, kế hoạch chọn mẫu 1.200 người.', daysAgo: 263 },
    { milestone: 'design', action: 'ACCEPT', by: BDSC, note: 'Đồng ý bảng hỏi và kế hoạch chọn mẫu.', daysAgo: 260 },
    { milestone: 'report', action: 'SUBMIT', note: 'Báo cáo kết quả khảo sát 1.214 người dân và khuyến nghị.', daysAgo: 140 },
    {
      milestone: 'report',
      action: 'REJECT',
      by: BDSC,
      note: 'Đề nghị tách kết quả theo từng huyện, thị xã, thành phố và bổ sung phụ lục bộ dữ liệu ẩn danh trước khi nghiệm thu.',
      daysAgo: 137,
    },
    { milestone: 'report', action: 'SUBMIT', note: 'Báo cáo đã bổ sung kết quả theo 9 địa bàn và phụ lục dữ liệu ẩn danh (CSV).', daysAgo: 133 },
    { milestone: 'report', action: 'ACCEPT', by: BDSC, note: 'Nghiệm thu báo cáo; khuyến nghị được đưa vào kế hoạch cải tiến năm tới.', daysAgo: 130 },
  ],
};

/** The programme's partnership agreements, oldest first: one in force, one being negotiated, one completed. */
export const DEMO_AGREEMENTS: DemoAgreement[] = [COMPLETED_AGREEMENT, ACTIVE_AGREEMENT, NEGOTIATION_AGREEMENT];
